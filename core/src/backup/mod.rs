//! Encrypted backups: one file holding the vault (the data key's wraps)
//! and a snapshot of the encrypted store, sealed in the shared container
//! under a key derived from the data key. A new laptop restores it with
//! the passphrase the store had when the backup was written, or with the
//! recovery key. Format: `docs/BACKUP-FORMAT.md`.
//!
//! A restore checks everything before it replaces anything: the header,
//! the credential, every chunk's tag, then SQLCipher's page check and
//! SQLite's integrity check over the contained store. It never replaces a
//! store holding changes the backup lacks, or a different store, unless
//! told to; the store it replaces is kept beside it.

mod format;
mod history;
mod restore;
mod write;

pub use crate::refusal::RestoreRefusal;
pub use format::*;
pub use history::*;
pub use restore::*;
pub use write::*;

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests read the real clock
mod tests;
