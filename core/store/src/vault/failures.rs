//! Failed unlock attempts, counted in a small file beside the vault. A wrong
//! passphrase must not touch the database or the key wraps, so the attempts
//! wait here and move into the audit log at the next successful unlock.
//!
//! Each attempt appends one line (its time) with `O_APPEND`, so attempts made
//! at the same moment by two processes are both counted.

use crate::error::Result;
use crate::paths::DataDir;
use crate::time::Timestamp;
use std::io::Write;

/// Times kept for the audit log; beyond this only the count is exact.
const MAX_KEPT_TIMES: usize = 10_000;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FailedUnlocks {
    pub count: u64,
    /// When each attempt was made (the most recent `MAX_KEPT_TIMES`).
    pub times: Vec<Timestamp>,
}

impl FailedUnlocks {
    pub fn read(dir: &DataDir) -> FailedUnlocks {
        // A damaged counter must not lock a peer out: unreadable lines still
        // count as attempts, only without their time.
        let Ok(text) = std::fs::read_to_string(dir.failed_unlocks()) else {
            return FailedUnlocks::default();
        };
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let skip = lines.len().saturating_sub(MAX_KEPT_TIMES);
        FailedUnlocks {
            count: lines.len() as u64,
            times: lines[skip..]
                .iter()
                .filter_map(|l| Timestamp::parse(l))
                .collect(),
        }
    }

    pub fn record(dir: &DataDir, at: Timestamp) -> Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(dir.failed_unlocks())?;
        file.write_all(format!("{at}\n").as_bytes())?;
        file.sync_data()?;
        Ok(())
    }

    pub fn clear(dir: &DataDir) -> Result<()> {
        match std::fs::remove_file(dir.failed_unlocks()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}
