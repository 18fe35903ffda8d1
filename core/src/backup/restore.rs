//! Restoring a backup: checked whole before anything is replaced, never
//! over newer changes unless told to, the replaced store kept beside it.

use super::*;
use crate::audit::{self, AuditAction};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::export::output::sync_dir;
use crate::packet::container::{self, Kind};
use crate::paths::{rename_over, DataDir};
use crate::secret::{random_bytes, DataKey};
use crate::store::{companion, verify, Store, LATEST_VERSION};
use crate::vault::Vault;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// How a restore may proceed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RestoreOptions {
    /// Replace the store here even if it has changes the backup lacks, is
    /// a different store, or can't be read.
    pub force: bool,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    pub info: BackupInfo,
    /// Where the replaced store was kept, if there was one.
    pub previous_kept_in: Option<PathBuf>,
    /// The vault here was kept (same store): its current passphrase works.
    pub kept_vault: bool,
}

/// A folder in the data folder that is removed on drop unless kept.
struct Staging {
    path: PathBuf,
}

impl Staging {
    fn new(root: &Path) -> Result<Staging> {
        let path = root.join(format!(
            ".restore-{}",
            hex::encode(&random_bytes::<6>()[..])
        ));
        std::fs::create_dir(&path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(Staging { path })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

/// What the store here is, compared with the backup.
enum Existing {
    Nothing,
    /// Same store, with no change after the backup's.
    SameNotNewer,
    Refuse(RestoreRefusal),
}

/// Reads the store here with the backup's key, without writing to it.
fn compare_existing(dir: &DataDir, info: &BackupInfo, key: &DataKey) -> Existing {
    let db = dir.database();
    let vault_file = dir.vault_file();
    if !db.exists() && !vault_file.exists() {
        return Existing::Nothing;
    }
    let Ok(vault) = Vault::load(dir) else {
        return Existing::Refuse(RestoreRefusal::CannotCompare);
    };
    if vault.id() != info.vault_id {
        return Existing::Refuse(RestoreRefusal::DifferentStore);
    }
    // A read-only connection to a WAL store leaves an empty `-wal` and a
    // `-shm` behind when there were none; those are removed again after.
    let wal = companion(&db, "-wal");
    let shm = companion(&db, "-shm");
    let had_companions = wal.exists() || shm.exists();
    let changed = read_marker(&db, key);
    if !had_companions && std::fs::metadata(&wal).is_ok_and(|m| m.len() == 0) {
        let _ = std::fs::remove_file(&wal);
        let _ = std::fs::remove_file(&shm);
    }
    match changed {
        Err(_) | Ok((_, None)) => Existing::Refuse(RestoreRefusal::CannotCompare),
        Ok((version, _)) if version > LATEST_VERSION => {
            Existing::Refuse(RestoreRefusal::NewerSchema)
        }
        Ok((_, Some(here))) if here > info.changed_at => {
            Existing::Refuse(RestoreRefusal::NewerChanges {
                changed_at: here,
                backup_taken_at: info.taken_at,
            })
        }
        Ok(_) => Existing::SameNotNewer,
    }
}

/// The schema version and change marker of a store, read without writing.
fn read_marker(db: &Path, key: &DataKey) -> rusqlite::Result<(i64, Option<String>)> {
    let conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let result: rusqlite::Result<(i64, Option<String>)> = (|| {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.execute_batch(&key.sqlcipher_pragma())?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let changed = conn
            .query_row(
                "SELECT changed_at FROM store_changes WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .unwrap_or(None);
        Ok((version, changed))
    })();
    drop(conn);
    result
}

/// Restores `backup` into `dir`. Nothing here is touched until the backup
/// has been opened, authenticated and checked whole; then the store is
/// replaced by a rename, and the one replaced is kept in a `replaced-…`
/// folder beside it. While any Peerlog session has the store open, the
/// restore is refused, even when forced.
pub fn restore(
    dir: &DataDir,
    backup: &Path,
    credential: BackupCredential<'_>,
    options: RestoreOptions,
) -> Result<Restored> {
    let what = Kind::Backup.what();
    let bytes = container::read_file_within(Kind::Backup, backup, MAX_BACKUP_BYTES)?;
    let header = container::read_header(Kind::Backup, &bytes)?;
    let block = parse_key_block(header.key_block())?;
    if block.info.schema_version > LATEST_VERSION {
        return Err(Error::FileTooNew {
            what,
            found: u32::try_from(block.info.schema_version).unwrap_or(u32::MAX),
        });
    }
    if header.declared_length() != block.info.store_bytes {
        return Err(Error::FileDamaged {
            what,
            reason: "its description does not match the store inside",
        });
    }
    dir.ensure_exists()?;
    let staging = Staging::new(dir.root())?;
    let staged = DataDir::new(&staging.path);
    write_private(&staged.vault_file(), block.vault)?;
    let vault = Vault::load(&staged).map_err(|_| Error::FileDamaged {
        what,
        reason: "its vault",
    })?;
    if vault.id() != block.info.vault_id {
        return Err(Error::FileDamaged {
            what,
            reason: "its vault",
        });
    }
    let key = match credential {
        BackupCredential::Passphrase(p) => vault.unlock_with_passphrase(p)?,
        BackupCredential::RecoveryKey(k) => vault.unlock_with_recovery_key(k)?,
    };
    // The vault opened, so the key is right: a key check that still fails
    // means the file was altered.
    let store_bytes = header.open(
        &master_key(&key, block.salt),
        Error::FileDamaged {
            what,
            reason: "its key check",
        },
    )?;
    write_private(&staged.database(), &store_bytes)?;
    drop(store_bytes);

    let (taken_changed_at, report) = (|| -> Result<(String, verify::IntegrityReport)> {
        let store = Store::open(&staged.database(), &key)?;
        let report = verify::check(&store)?;
        let changed: String = store.conn().query_row(
            "SELECT changed_at FROM store_changes WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        Ok((changed, report))
    })()
    .map_err(|e| match e {
        Error::StoreDamaged(_) | Error::Database(_) => Error::FileDamaged {
            what,
            reason: "the store inside can't be read",
        },
        other => other,
    })?;
    if !report.is_ok() {
        return Err(Error::FileDamaged {
            what,
            reason: "the store inside failed its integrity check",
        });
    }
    if taken_changed_at != block.info.changed_at {
        return Err(Error::FileDamaged {
            what,
            reason: "its description does not match the store inside",
        });
    }

    // From here on no Peerlog session may open the store: the one here is
    // compared, then replaced.
    let exclusive = ExclusiveLock::take(dir)?;
    let existing = compare_existing(dir, &block.info, &key);
    if let Existing::Refuse(reason) = &existing {
        if !options.force {
            return Err(Error::RestoreRefused(reason.clone()));
        }
    }
    // Record the restore inside the restored store, then close it.
    {
        let mut store = Store::open(&staged.database(), &key)?;
        let now = store.now();
        let digest = hex::encode(Sha256::digest(&bytes));
        store.write(|tx| {
            record(
                tx,
                now,
                "restored",
                &block.info.taken_at,
                &digest,
                bytes.len() as u64,
            )?;
            audit::record(
                tx,
                now,
                AuditAction::Restored,
                &format!("backup taken {}", block.info.taken_at),
            )
        })?;
        store
            .conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(companion(&staged.database(), suffix));
    }

    let keep_vault = matches!(existing, Existing::SameNotNewer)
        || (matches!(existing, Existing::Refuse(_))
            && Vault::load(dir).is_ok_and(|v| v.id() == block.info.vault_id));
    if !keep_vault {
        // Quick unlock belongs to the keyring of the machine the backup was
        // taken on; here the peer turns it on again if they want it.
        Vault::load(&staged)?.forget_device_wrap()?;
    }
    let previous_kept_in = set_aside(dir)?;
    rename_over(&staged.database(), &dir.database())?;
    if !keep_vault {
        rename_over(&staged.vault_file(), &dir.vault_file())?;
    }
    sync_dir(dir.root());
    exclusive.keep();
    Ok(Restored {
        info: block.info,
        previous_kept_in,
        kept_vault: keep_vault,
    })
}

/// The store's session lock (`peerlog.db.lock`, held shared by every open
/// store), taken exclusively for the length of a restore.
struct ExclusiveLock {
    file: std::fs::File,
    created: Option<PathBuf>,
}

impl ExclusiveLock {
    fn take(dir: &DataDir) -> Result<ExclusiveLock> {
        let path = companion(&dir.database(), ".lock");
        let existed = path.exists();
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(ExclusiveLock {
                file,
                created: (!existed).then_some(path),
            }),
            Err(std::fs::TryLockError::WouldBlock) => {
                Err(Error::RestoreRefused(RestoreRefusal::InUse))
            }
            Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }

    /// The restore went through: a lock file it created stays, as the
    /// store's own.
    fn keep(mut self) {
        self.created = None;
    }
}

impl Drop for ExclusiveLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
        if let Some(path) = &self.created {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Keeps the current store's files (hard links where the file system has
/// them, else copies) in `replaced-<time>/`, then removes the write-ahead
/// files that belong to the store being replaced.
fn set_aside(dir: &DataDir) -> Result<Option<PathBuf>> {
    let db = dir.database();
    let files: Vec<PathBuf> = [
        db.clone(),
        companion(&db, "-wal"),
        companion(&db, "-shm"),
        dir.vault_file(),
    ]
    .into_iter()
    .filter(|f| f.exists())
    .collect();
    if files.is_empty() {
        return Ok(None);
    }
    // No store is open while one is set aside: the system's clock names it.
    let stamp = SystemClock.now().utc().format("%Y%m%dT%H%M%SZ").to_string();
    let mut aside = dir.root().join(format!("replaced-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = dir.root().join(format!("replaced-{stamp}-{n}"));
    }
    std::fs::create_dir(&aside)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&aside, std::fs::Permissions::from_mode(0o700))?;
    }
    for file in &files {
        let target = aside.join(file.file_name().expect("a file name"));
        if std::fs::hard_link(file, &target).is_err() {
            std::fs::copy(file, &target)?;
        }
    }
    sync_dir(&aside);
    for suffix in ["-wal", "-shm"] {
        let companion = companion(&db, suffix);
        if companion.exists() {
            std::fs::remove_file(companion)?;
        }
    }
    Ok(Some(aside))
}
