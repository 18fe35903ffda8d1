//! Failed unlock attempts, counted in a small file beside the vault. A wrong
//! passphrase must not touch the database or the key wraps, so the attempts
//! wait here and move into the audit log at the next successful unlock.

use crate::error::Result;
use crate::paths::{write_atomically, DataDir};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Keeps the file small even under a storm of attempts; the count stays exact.
const MAX_KEPT_TIMES: usize = 10_000;

#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FailedUnlocks {
    pub count: u64,
    /// When each attempt was made (the most recent `MAX_KEPT_TIMES`).
    pub times: Vec<String>,
}

impl FailedUnlocks {
    pub fn read(dir: &DataDir) -> FailedUnlocks {
        // A damaged counter must not lock a peer out; the attempts it held
        // are lost, which the next audit entry can't show, but unlocking works.
        std::fs::read(dir.failed_unlocks())
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn record(dir: &DataDir, at: Timestamp) -> Result<()> {
        let mut current = Self::read(dir);
        current.count += 1;
        current.times.push(at.to_string());
        if current.times.len() > MAX_KEPT_TIMES {
            let excess = current.times.len() - MAX_KEPT_TIMES;
            current.times.drain(..excess);
        }
        let json = serde_json::to_vec(&current).expect("serialisable");
        write_atomically(&dir.failed_unlocks(), &json)?;
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
