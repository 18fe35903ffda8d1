//! The benchmark's data: a synthetic store of a given scale, made once and
//! kept, and its unencrypted twin with the identical schema and rows.

use crate::demo::{self, DemoSpec};
use crate::error::Result;
use crate::paths::DataDir;
use crate::secret::Passphrase;
use crate::session::{Credential, Peerlog};
use crate::store::Store;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A fixed passphrase: the benchmark's records are synthetic.
pub const BENCH_PASSPHRASE: &str = "benchmark-synthetic-records-only";

pub struct Dataset {
    pub dir: DataDir,
    pub plain: PathBuf,
}

impl Dataset {
    /// Opens the dataset in `root`, generating it first if it is not there.
    pub fn prepare(
        root: &Path,
        spec: &DemoSpec,
        today: NaiveDate,
        log: &mut dyn FnMut(&str),
    ) -> Result<Dataset> {
        let dir = DataDir::new(root.join("encrypted"));
        // In a folder of its own, like the real store: what is written
        // beside the dataset (the timed exports) must be outside both.
        let plain = root.join("unencrypted-twin").join("peerlog.db");
        if !dir.vault_file().exists() {
            std::fs::create_dir_all(root)?;
            let started = Instant::now();
            let created = Peerlog::create(&dir, &Passphrase::new(BENCH_PASSPHRASE))?;
            let mut peerlog = created.peerlog;
            let mut shown = 0;
            let summary = demo::load_large(peerlog.store_mut(), spec, today, &mut |done| {
                let tenth = (done * 10.0) as u32;
                if tenth > shown {
                    shown = tenth;
                    log(&format!("  generated {}% of the history", tenth * 10));
                }
            })?;
            log(&format!(
                "  {} contacts, {} group sessions, {} attendance marks, {} check-ins, {} boundary notes, \
                 {} follow-ups, {} referrals in {:.0} s",
                summary.contacts,
                summary.group_sessions,
                summary.attendance_marks,
                summary.check_ins,
                summary.boundary_notes,
                summary.follow_ups,
                summary.referrals,
                started.elapsed().as_secs_f64()
            ));
            let _ = std::fs::remove_dir_all(root.join("unencrypted-twin"));
            std::fs::create_dir_all(root.join("unencrypted-twin"))?;
            peerlog.store().export_unencrypted_twin(&plain)?;
        }
        Ok(Dataset { dir, plain })
    }

    pub fn open_encrypted(&self) -> Result<Peerlog> {
        Peerlog::unlock(
            &self.dir,
            Credential::Passphrase(&Passphrase::new(BENCH_PASSPHRASE)),
        )
    }

    pub fn open_plain(&self) -> Result<Store> {
        Store::open_unencrypted_twin(&self.plain)
    }

    /// Reads both stores (and their logs) once, so the operating system's
    /// file cache holds them alike: the timings then compare encryption,
    /// not which file the disk happened to serve last. A cold start after a
    /// reboot is slower for both, by the disk's speed.
    pub fn warm_file_cache(&self) -> Result<u64> {
        let mut read = 0;
        for db in [self.dir.database(), self.plain.clone()] {
            for path in [db.clone(), crate::store::companion(&db, "-wal")] {
                if let Ok(mut file) = std::fs::File::open(&path) {
                    read += std::io::copy(&mut file, &mut std::io::sink())?;
                }
            }
        }
        Ok(read)
    }
}
