//! Why a restore will not replace the store already in the data folder.
//! Each reason is its own variant so the desktop app can word it for a
//! peer without reading core's command-line sentence.

use crate::time::Timestamp;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreRefusal {
    /// A Peerlog session (the app or another command) has the store open.
    /// No `--force` gets past this: the store is closed first.
    InUse,
    /// The same store, changed after the backup was taken.
    NewerChanges {
        changed_at: String,
        backup_taken_at: Timestamp,
    },
    /// Another Peerlog store (another vault) is here.
    DifferentStore,
    /// The store here was written by a newer Peerlog.
    NewerSchema,
    /// The store or its vault file here can't be read to compare.
    CannotCompare,
}

impl RestoreRefusal {
    /// Whether `--force` (the app's *Replace anyway*) gets past it.
    pub fn can_force(&self) -> bool {
        !matches!(self, RestoreRefusal::InUse)
    }
}

impl fmt::Display for RestoreRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreRefusal::InUse => f.write_str(
                "the store here is open in Peerlog right now (the app or another command); \
                 lock or close it, then restore",
            ),
            RestoreRefusal::NewerChanges {
                changed_at,
                backup_taken_at,
            } => write!(
                f,
                "the store here has changes made after this backup was taken (last change \
                 {changed_at}, backup {backup_taken_at}); restore with --force to replace it anyway"
            ),
            RestoreRefusal::DifferentStore => f.write_str(
                "this data folder holds a different Peerlog store; restore with --force to \
                 replace it",
            ),
            RestoreRefusal::NewerSchema => f.write_str(
                "the store here was written by a newer Peerlog; restore with --force to replace it",
            ),
            RestoreRefusal::CannotCompare => f.write_str(
                "the store here can't be read to compare it with the backup; restore with \
                 --force to replace it",
            ),
        }
    }
}
