//! `peerlog bench`: the time each operation a peer waits on takes, on a
//! store of realistic scale, side by side with the same operation on an
//! unencrypted twin of the same data (the physical limit of this design).

mod dataset;
pub mod team_read;
mod timing;

pub use dataset::Dataset;
pub use timing::Samples;

use crate::demo::DemoSpec;
use crate::domain::contact::{self, ContactInput, ContactMode, Service};
use crate::domain::participant;
use crate::error::Result;
use crate::export;
use crate::ids::ParticipantId;
use crate::secret::Passphrase;
use crate::store::Store;
use crate::vault::Vault;
use crate::views::{caseload, search, timeline, trend};
use chrono::NaiveDate;
use rand::seq::IndexedRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::path::PathBuf;
use std::time::Duration;
use timing::{millis, Side};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// One busy peer over ten years.
    BusyPeer,
    /// Twenty such peers in one store.
    Program,
    /// The busy peer's shape at a tenth of the size, for a quick look.
    Smoke,
}

impl Scale {
    pub fn spec(self) -> DemoSpec {
        match self {
            Scale::BusyPeer => DemoSpec::busy_peer_ten_years(1),
            Scale::Program => DemoSpec::program_of_twenty(1),
            Scale::Smoke => DemoSpec::busy_peer_ten_years(1).scaled(0.1),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scale::BusyPeer => "busy-peer",
            Scale::Program => "program",
            Scale::Smoke => "smoke",
        }
    }

    pub fn years(self) -> f64 {
        self.spec().history_days as f64 / 365.25
    }
}

pub struct BenchOptions {
    pub scale: Scale,
    /// Where the generated dataset is kept between runs.
    pub dir: PathBuf,
    /// Timed runs per operation.
    pub runs: usize,
    /// The day the dataset is generated as of; fixed so runs compare.
    pub today: NaiveDate,
}

/// One line of the report.
pub struct Row {
    pub operation: String,
    pub encrypted: Samples,
    pub plain: Option<Samples>,
    /// The median the operation should stay under, if it has a target.
    pub target: Option<Duration>,
}

impl Row {
    pub fn ratio(&self) -> Option<f64> {
        let plain = self.plain.as_ref()?;
        Some(self.encrypted.median().as_secs_f64() / plain.median().as_secs_f64().max(1e-9))
    }
}

pub struct BenchReport {
    pub scale: Scale,
    pub participants: usize,
    pub contacts: i64,
    pub rows: Vec<Row>,
    pub encrypted_bytes: u64,
    pub plain_bytes: u64,
}

/// Words peers search for, and a name or two.
const QUERIES: &[&str] = &[
    "housing",
    "court date",
    "clinic",
    "benefits office",
    "sponsor",
    "job",
    "Navarro",
    "ride",
];

/// The interactive views must fit in one frame at 60 Hz.
const FRAME: Duration = Duration::from_millis(16);
const LOG_CONTACT: Duration = Duration::from_millis(10);
const EXPORT: Duration = Duration::from_secs(1);
/// Opening after a power cut: well under a second, at any size.
const CRASH_OPEN: Duration = Duration::from_millis(500);
/// The timeline page the desktop app asks for.
pub const TIMELINE_PAGE: usize = 100;

/// The recipient most demo participants have consented to.
const RECIPIENT: &str = "Circuit Court Behavioral Health Docket";

pub fn run(options: &BenchOptions, log: &mut dyn FnMut(&str)) -> Result<BenchReport> {
    let spec = options.scale.spec();
    log(&format!(
        "dataset: {} ({})",
        options.scale.name(),
        options.dir.display()
    ));
    let dataset = Dataset::prepare(&options.dir, &spec, options.today, log)?;
    let runs = options.runs;
    let today = options.today;
    let mut rows = Vec::new();

    log("timing: derive the key");
    let vault = Vault::load(&dataset.dir)?;
    let passphrase = Passphrase::new(dataset::BENCH_PASSPHRASE);
    rows.push(Row {
        operation: "derive the key (Argon2id 64 MiB, t=3, p=4; slow on purpose)".into(),
        encrypted: Samples::measure(runs.clamp(1, 5), |_| {
            vault.unlock_with_passphrase(&passphrase)
        })?,
        plain: None,
        target: None,
    });

    log("timing: open the store");
    let key = vault.unlock_with_passphrase(&passphrase)?;
    let db = dataset.dir.database();
    let opens = runs.min(50);
    let (e, p) = Samples::measure_pair(
        opens,
        |_| Store::open(&db, &key),
        |_| Store::open_unencrypted_twin(&dataset.plain),
    )?;
    rows.push(Row {
        operation: "open the store (key derived; clean shutdown before)".into(),
        encrypted: e,
        plain: Some(p),
        target: None,
    });

    log("timing: open the store after a crash");
    let (e, p) = Samples::measure_pair_prepared(
        opens.min(10),
        |side| match side {
            Side::Encrypted => leave_as_after_a_crash(Store::open(&db, &key)?),
            Side::Plain => leave_as_after_a_crash(Store::open_unencrypted_twin(&dataset.plain)?),
        },
        || Store::open(&db, &key),
        || Store::open_unencrypted_twin(&dataset.plain),
    )?;
    rows.push(Row {
        operation: "open the store after a crash (its write-ahead log's pages checked)".into(),
        encrypted: e,
        plain: Some(p),
        target: Some(CRASH_OPEN),
    });

    let mut encrypted = dataset.open_encrypted()?;
    let mut plain = dataset.open_plain()?;
    // Write something so both logs hold frames, as while the desktop app
    // has the store open and the command line opens it beside the app. (A
    // log left by a crash, with no session open, makes an open read every
    // page first; that is timed in docs/BENCHMARKS.md, not here.)
    for store in [encrypted.store_mut(), &mut plain] {
        let now = store.now();
        store.write(|tx| {
            crate::audit::record(tx, now, crate::audit::AuditAction::Unlocked, "benchmark")
        })?;
    }
    log("timing: open the store beside a live session");
    let (e, p) = Samples::measure_pair(
        opens.min(10),
        |_| Store::open(&db, &key),
        |_| Store::open_unencrypted_twin(&dataset.plain),
    )?;
    rows.push(Row {
        operation: "open the store beside a live session (its write-ahead log in use)".into(),
        encrypted: e,
        plain: Some(p),
        target: None,
    });

    let warmed = dataset.warm_file_cache()?;
    log(&format!(
        "read both stores once ({} MiB) so the file cache holds them alike",
        warmed / (1024 * 1024)
    ));

    let participants: Vec<ParticipantId> = participant::list(encrypted.store())?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let contacts: i64 =
        encrypted
            .store()
            .conn()
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?;

    let out = options.dir.join("output");
    std::fs::create_dir_all(&out)?;
    let consented: Vec<ParticipantId> = export::candidates(encrypted.store(), RECIPIENT)?
        .into_iter()
        .take(25)
        .map(|c| c.participant_id)
        .collect();

    let mut compare_n = |name: &str,
                         target: Option<Duration>,
                         runs: usize,
                         op: &mut dyn FnMut(&mut Store, &mut ChaCha8Rng) -> Result<()>|
     -> Result<Row> {
        log(&format!("timing: {name}"));
        // The same seed: both stores see the same sequence of inputs.
        let mut rng_e = ChaCha8Rng::seed_from_u64(7);
        let mut rng_p = ChaCha8Rng::seed_from_u64(7);
        let op = std::cell::RefCell::new(op);
        let (e, p) = Samples::measure_pair(
            runs,
            |_| (op.borrow_mut())(encrypted.store_mut(), &mut rng_e),
            |_| (op.borrow_mut())(&mut plain, &mut rng_p),
        )?;
        Ok(Row {
            operation: name.to_string(),
            encrypted: e,
            plain: Some(p),
            target,
        })
    };
    let mut compare = |name: &str,
                       target: Option<Duration>,
                       op: &mut dyn FnMut(&mut Store, &mut ChaCha8Rng) -> Result<()>|
     -> Result<Row> { compare_n(name, target, runs, op) };

    rows.push(compare(
        "log one contact (durable commit, full-text index)",
        Some(LOG_CONTACT),
        &mut |store, rng| {
            let participant_id = *participants.choose(rng).expect("participants");
            contact::create(
                store,
                ContactInput {
                    goals: Vec::new(),
                    format: Default::default(),
                    parts: Vec::new(),
                    participant_id,
                    occurred_at: store.now().plus_minutes(-5),
                    duration_minutes: 20,
                    mode: ContactMode::Phone,
                    setting: None,
                    services: vec![Service::CheckIn],
                    dimensions: vec![],
                    narrative: "Checked in by phone about the week ahead and the ride to the clinic on Thursday. \
                                Steady and hopeful; plan to call again after the appointment."
                        .into(),
                    follow_up: None,
                },
            )
            .map(drop)
        },
    )?);
    rows.push(compare("caseload", Some(FRAME), &mut |store, _| {
        caseload::caseload(store, today).map(drop)
    })?);
    rows.push(compare(
        "a participant's timeline, first 100 entries (one screenful and more)",
        Some(FRAME),
        &mut |store, rng| {
            timeline::timeline(
                store,
                *participants.choose(rng).expect("participants"),
                Some(TIMELINE_PAGE),
            )
            .map(drop)
        },
    )?);
    rows.push(compare(
        "a participant's whole timeline (about 700 entries)",
        None,
        &mut |store, rng| {
            timeline::timeline(
                store,
                *participants.choose(rng).expect("participants"),
                None,
            )
            .map(drop)
        },
    )?);
    rows.push(compare(
        "full-text search (50 hits)",
        Some(FRAME),
        &mut |store, rng| {
            search::search(store, QUERIES.choose(rng).expect("queries"), 50).map(drop)
        },
    )?);
    rows.push(compare(
        "wellness trend",
        Some(FRAME),
        &mut |store, rng| {
            trend::wellness_trend(store, *participants.choose(rng).expect("participants")).map(drop)
        },
    )?);

    let export_runs = runs.clamp(1, 20);
    let pdf = out.join("case-conference.pdf");
    rows.push(compare_n(
        &format!(
            "case-conference export, {} participants, 90 days, PDF",
            consented.len()
        ),
        Some(EXPORT),
        export_runs,
        &mut |store, _| {
            let mut request =
                export::ExportRequest::new(RECIPIENT, today - chrono::Duration::days(89), today);
            request.participants = Some(consented.clone());
            let mut output = export::ExportOutput::new(export::ExportFormat::Pdf, &pdf);
            output.replace = true;
            export::write(store, &request, &output).map(drop)
        },
    )?);
    let report = out.join("program-report.pdf");
    rows.push(compare_n(
        "program report for a year, PDF",
        None,
        export_runs,
        &mut |store, _| {
            crate::report::write(
                store,
                today - chrono::Duration::days(364),
                today,
                crate::report::ReportFormat::Pdf,
                peerlog_core::i18n::Language::English,
                &report,
                true,
            )
            .map(drop)
        },
    )?);

    drop(encrypted);
    drop(plain);
    let size = |path: &std::path::Path| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(BenchReport {
        scale: options.scale,
        participants: participants.len(),
        contacts,
        rows,
        encrypted_bytes: size(&db),
        plain_bytes: size(&dataset.plain),
    })
}

impl BenchReport {
    /// The report as a Markdown table, as it goes into docs/BENCHMARKS.md.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "Scale `{}`: {} participants, {} contacts.\n\n\
             | operation | encrypted median | encrypted p95 | plain median | plain p95 | encrypted/plain | target | met |\n\
             |---|---:|---:|---:|---:|---:|---:|:-:|\n",
            self.scale.name(),
            self.participants,
            self.contacts
        );
        for row in &self.rows {
            let (plain_median, plain_p95) = match &row.plain {
                Some(p) => (
                    format!("{:.2} ms", millis(p.median())),
                    format!("{:.2} ms", millis(p.p95())),
                ),
                None => ("–".into(), "–".into()),
            };
            let ratio = row
                .ratio()
                .map(|r| format!("{r:.2}"))
                .unwrap_or_else(|| "–".into());
            let (target, met) = match row.target {
                Some(t) => {
                    let met = row.encrypted.median() <= t && row.ratio().is_none_or(|r| r <= 1.3);
                    (
                        format!("< {} ms, ≤ 1.3×", t.as_millis()),
                        if met { "yes" } else { "no" },
                    )
                }
                None => ("–".into(), ""),
            };
            out.push_str(&format!(
                "| {} | {:.2} ms | {:.2} ms | {} | {} | {} | {} | {} |\n",
                row.operation,
                millis(row.encrypted.median()),
                millis(row.encrypted.p95()),
                plain_median,
                plain_p95,
                ratio,
                target,
                met
            ));
        }
        let years = self.scale.years();
        out.push_str(&format!(
            "\nOn disk: {:.1} MiB encrypted, {:.1} MiB plain ({:.1} MiB per year of records, encrypted).\n",
            self.encrypted_bytes as f64 / 1048576.0,
            self.plain_bytes as f64 / 1048576.0,
            self.encrypted_bytes as f64 / 1048576.0 / years
        ));
        out
    }
}

/// Leaves `store` as a power cut in the middle of a busy session would: a
/// commit that touched a third of the participants' pages still in the
/// write-ahead log, closed without a checkpoint.
fn leave_as_after_a_crash(mut store: Store) -> Result<()> {
    store.write(|tx| {
        tx.execute(
            "UPDATE participants SET updated_at = updated_at WHERE rowid % 3 = 0",
            [],
        )?;
        Ok(())
    })?;
    store.conn().set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        true,
    )?;
    Ok(())
}
