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

pub use crate::refusal::RestoreRefusal;

use crate::audit::{self, AuditAction};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::export::output::{sync_dir, PendingFile};
use crate::packet::container::{self, Kind};
use crate::paths::DataDir;
use crate::secret::{random_bytes, DataKey, Passphrase, RecoveryKey, KEY_LEN};
use crate::session::Peerlog;
use crate::store::{companion, verify, Store, LATEST_VERSION};
use crate::time::Timestamp;
use crate::vault::Vault;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Remind the peer when the last backup is older than this.
pub const REMIND_AFTER_DAYS: i64 = 7;

const FORMAT: &str = "peerlog-backup";

/// The largest backup file read. A peer's store is a few megabytes to a
/// few hundred; a restore holds the file and the store in memory at once.
pub const MAX_BACKUP_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// The longest text field the description may hold (an id, a version, a
/// timestamp: all far shorter).
const MAX_INFO_TEXT: usize = 128;

/// What the header says about a backup, readable without any secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub format: String,
    pub vault_id: String,
    /// When the snapshot was taken.
    pub taken_at: Timestamp,
    /// When the store's contents last changed before the snapshot.
    pub changed_at: String,
    pub schema_version: i64,
    pub app_version: String,
    pub store_bytes: u64,
}

/// How to open a backup.
pub enum BackupCredential<'a> {
    /// The passphrase the store had when the backup was written.
    Passphrase(&'a Passphrase),
    RecoveryKey(&'a RecoveryKey),
}

/// A backup written or restored, as recorded in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupRecord {
    /// `written` or `restored`.
    pub kind: String,
    /// When it was recorded.
    pub at: Timestamp,
    /// When its snapshot was taken.
    pub taken_at: Timestamp,
    pub sha256: String,
    pub bytes: u64,
}

fn data_key(peerlog: &Peerlog) -> DataKey {
    let hex = peerlog.raw_key_hex();
    let bytes = Zeroizing::new(hex::decode(hex.as_str()).expect("the key is hex"));
    DataKey::from_bytes(&bytes).expect("the key is 32 bytes")
}

fn master_key(key: &DataKey, salt: &[u8]) -> Zeroizing<[u8; KEY_LEN]> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    hkdf::Hkdf::<Sha256>::new(Some(salt), key.expose())
        .expand(b"peerlog backup master v1", out.as_mut())
        .expect("32 bytes is a valid HKDF length");
    out
}

/// Key block: 16-byte salt, then the info JSON and the vault file, each
/// after its length (u32 big-endian).
fn key_block(salt: &[u8], info: &BackupInfo, vault: &[u8]) -> Vec<u8> {
    let info = serde_json::to_vec(info).expect("backup info serialises");
    let mut block = Vec::with_capacity(16 + 8 + info.len() + vault.len());
    block.extend_from_slice(salt);
    block.extend_from_slice(&(info.len() as u32).to_be_bytes());
    block.extend_from_slice(&info);
    block.extend_from_slice(&(vault.len() as u32).to_be_bytes());
    block.extend_from_slice(vault);
    block
}

struct KeyBlock<'a> {
    salt: &'a [u8],
    info: BackupInfo,
    vault: &'a [u8],
}

fn parse_key_block(block: &[u8]) -> Result<KeyBlock<'_>> {
    let damaged = || Error::FileDamaged {
        what: Kind::Backup.what(),
        reason: "its description",
    };
    let take = |from: usize| -> Result<(&[u8], usize)> {
        let len_end = from.checked_add(4).ok_or_else(damaged)?;
        let len = u32::from_be_bytes(
            block
                .get(from..len_end)
                .ok_or_else(damaged)?
                .try_into()
                .expect("four bytes"),
        ) as usize;
        let end = len_end.checked_add(len).ok_or_else(damaged)?;
        Ok((block.get(len_end..end).ok_or_else(damaged)?, end))
    };
    let salt = block.get(..16).ok_or_else(damaged)?;
    let (info, next) = take(16)?;
    let (vault, end) = take(next)?;
    if end != block.len() {
        return Err(damaged());
    }
    let info: BackupInfo = serde_json::from_slice(info).map_err(|_| damaged())?;
    if info.format != FORMAT || !info_sane(&info) {
        return Err(damaged());
    }
    Ok(KeyBlock { salt, info, vault })
}

/// The description is read and shown before anything is authenticated:
/// short text without control characters (nothing that could rewrite a
/// terminal), and numbers a real backup could hold.
fn info_sane(info: &BackupInfo) -> bool {
    let text_ok = |t: &str| t.len() <= MAX_INFO_TEXT && !t.chars().any(char::is_control);
    text_ok(&info.vault_id)
        && text_ok(&info.changed_at)
        && text_ok(&info.app_version)
        && info.schema_version >= 1
        && info.store_bytes <= MAX_BACKUP_BYTES
}

/// Reads what a backup file says about itself, without any secret. Only
/// the front of the file, where the header is, is read.
pub fn inspect(path: &Path) -> Result<BackupInfo> {
    describe(&container::read_front(path)?)
}

/// What a backup says about itself, from its bytes (the header is enough).
pub fn describe(bytes: &[u8]) -> Result<BackupInfo> {
    let header = container::read_header(Kind::Backup, bytes)?;
    Ok(parse_key_block(header.key_block())?.info)
}

/// A consistent copy of the store file: the write-ahead log folded in,
/// then the file read while holding the write lock, so no change can land
/// half-way. Returns the bytes and the store's change marker.
fn snapshot(store: &Store) -> Result<(Vec<u8>, String, i64)> {
    let conn = store.conn();
    let wal = companion(store.path(), "-wal");
    for _ in 0..20 {
        let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        if busy != 0 {
            std::thread::sleep(std::time::Duration::from_millis(50));
            continue;
        }
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let taken = (|| -> Result<Option<(Vec<u8>, String, i64)>> {
            if std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) > 0 {
                return Ok(None);
            }
            let changed: String = conn.query_row(
                "SELECT changed_at FROM store_changes WHERE id = 1",
                [],
                |r| r.get(0),
            )?;
            let version = store.schema_version()?;
            Ok(Some((std::fs::read(store.path())?, changed, version)))
        })();
        conn.execute_batch("ROLLBACK")?;
        if let Some(snapshot) = taken? {
            return Ok(snapshot);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Err(Error::Database(
        "the store stayed busy in another program; close it and try the backup again".into(),
    ))
}

/// What `write` reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupWritten {
    pub info: BackupInfo,
    pub sha256: String,
    pub bytes: u64,
}

/// Writes a backup of the open store to `path` (never partially), and
/// records it in the store with an audit entry, in one transaction.
pub fn write(peerlog: &mut Peerlog, path: &Path, replace: bool) -> Result<BackupWritten> {
    let now = peerlog.store().now();
    let data_folder = peerlog.dir().root().to_path_buf();
    crate::export::output::check_target(path, replace, &data_folder)?;
    let key = data_key(peerlog);
    let vault = std::fs::read(peerlog.dir().vault_file())?;
    let vault_id = peerlog.vault().id().to_string();
    let (store_bytes, changed_at, schema_version) = snapshot(peerlog.store())?;
    let info = BackupInfo {
        format: FORMAT.into(),
        vault_id,
        taken_at: now,
        changed_at,
        schema_version,
        app_version: env!("CARGO_PKG_VERSION").into(),
        store_bytes: store_bytes.len() as u64,
    };
    let salt = random_bytes::<16>();
    let sealed = container::seal(
        Kind::Backup,
        &key_block(salt.as_ref(), &info, &vault),
        &master_key(&key, salt.as_ref()),
        &store_bytes,
    );
    let written = BackupWritten {
        sha256: hex::encode(Sha256::digest(&sealed)),
        bytes: sealed.len() as u64,
        info,
    };
    let placed: Cell<Option<PendingFile>> = Cell::new(None);
    let result = peerlog.store_mut().write(|tx| {
        record(
            tx,
            now,
            "written",
            &written.info.taken_at,
            &written.sha256,
            written.bytes,
        )?;
        audit::record(
            tx,
            now,
            AuditAction::BackupWritten,
            &format!("{} bytes, sha256 {}", written.bytes, &written.sha256[..16]),
        )?;
        let mut pending = PendingFile::write(path, &sealed, replace, &data_folder)?;
        pending.place()?;
        placed.set(Some(pending));
        Ok(())
    });
    if let Err(e) = result {
        if let Some(mut pending) = placed.take() {
            pending.undo();
        }
        return Err(e);
    }
    Ok(written)
}

fn record(
    conn: &Connection,
    now: Timestamp,
    kind: &str,
    taken_at: &Timestamp,
    sha256: &str,
    bytes: u64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO backups (id, at_utc, at_offset, kind, taken_at, sha256, bytes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        uuid::Uuid::now_v7().to_string(),
        now.utc_text(),
        now.offset_minutes(),
        kind,
        taken_at.to_string(),
        sha256,
        bytes as i64,
    ])?;
    Ok(())
}

/// When the last backup was, whether one is due, and the latest few.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupStatus {
    /// The most recent backup of this store's contents (written from it,
    /// or the one it was restored from); `None` if there has never been one.
    pub last: Option<BackupRecord>,
    /// No backup yet, or the last is older than `remindAfterDays`.
    pub due: bool,
    pub remind_after_days: i64,
    /// The latest backups written or restored, newest first.
    pub history: Vec<BackupRecord>,
    /// The day the peer set the caseload's reminder aside ("Not now"): it
    /// stays away for the rest of that day.
    pub reminder_set_aside_on: Option<chrono::NaiveDate>,
}

const REMINDER_SET_ASIDE: &str = "backup_reminder_set_aside_on";

/// "Not now" on the caseload's backup reminder: it stays away for the rest
/// of `today`, across a lock or a restart, and comes back the next day.
pub fn set_aside_reminder(store: &mut Store, today: chrono::NaiveDate) -> Result<()> {
    crate::settings::write(store, REMINDER_SET_ASIDE, &today.to_string())
}

/// The backup status on `today`, with at most `recent` entries of history;
/// the backups table is read once.
pub fn status(store: &Store, today: chrono::NaiveDate, recent: usize) -> Result<BackupStatus> {
    let mut history = history(store)?;
    let last = latest(&history);
    history.truncate(recent);
    let reminder_set_aside_on =
        crate::settings::read(store, REMINDER_SET_ASIDE)?.and_then(|day| day.parse().ok());
    Ok(BackupStatus {
        due: is_due(last.as_ref(), today),
        last,
        remind_after_days: REMIND_AFTER_DAYS,
        history,
        reminder_set_aside_on,
    })
}

/// The most recent backup of this store's contents: written from it, or
/// the one it was restored from. `None` if there has never been one.
pub fn last_backup(store: &Store) -> Result<Option<BackupRecord>> {
    Ok(latest(&history(store)?))
}

/// Whether to remind the peer: no backup yet, or the last is older than
/// `REMIND_AFTER_DAYS` on `today`.
pub fn backup_due(store: &Store, today: chrono::NaiveDate) -> Result<bool> {
    Ok(is_due(last_backup(store)?.as_ref(), today))
}

fn latest(history: &[BackupRecord]) -> Option<BackupRecord> {
    history.iter().max_by_key(|r| r.taken_at.utc()).cloned()
}

fn is_due(last: Option<&BackupRecord>, today: chrono::NaiveDate) -> bool {
    last.is_none_or(|last| (today - last.taken_at.local_date()).num_days() > REMIND_AFTER_DAYS)
}

/// Every backup recorded in this store, newest first.
pub fn history(store: &Store) -> Result<Vec<BackupRecord>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT kind, at_utc, at_offset, taken_at, sha256, bytes FROM backups ORDER BY at_utc DESC",
    )?;
    let rows = stmt
        .query_map([], |row| {
            let taken: String = row.get(3)?;
            Ok(BackupRecord {
                kind: row.get(0)?,
                at: crate::store::codec::timestamp(row, 1)?,
                taken_at: Timestamp::parse(&taken).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        "not an RFC 3339 timestamp".into(),
                    )
                })?,
                sha256: row.get(4)?,
                bytes: row.get::<_, i64>(5)? as u64,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

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
            hex::encode(random_bytes::<6>().as_ref())
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
    std::fs::rename(staged.database(), dir.database())?;
    if !keep_vault {
        std::fs::rename(staged.vault_file(), dir.vault_file())?;
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

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests read the real clock
mod tests {
    use super::*;
    use peerlog_store::testing;

    fn info() -> BackupInfo {
        BackupInfo {
            format: FORMAT.into(),
            vault_id: "0192f0c4-0000-7000-8000-000000000000".into(),
            taken_at: Timestamp::parse("2026-11-23T17:00:00-05:00").unwrap(),
            changed_at: "2026-11-23T21:59:00Z".into(),
            schema_version: 1,
            app_version: "0.1.0".into(),
            store_bytes: 4096,
        }
    }

    /// A key block from raw parts: the salt, then each part after its
    /// length, which may be a lie.
    fn raw_block(parts: &[(u32, &[u8])]) -> Vec<u8> {
        let mut block = vec![7u8; 16];
        for (len, bytes) in parts {
            block.extend_from_slice(&len.to_be_bytes());
            block.extend_from_slice(bytes);
        }
        block
    }

    #[test]
    fn absurd_lengths_in_the_description_are_damage() {
        let json = serde_json::to_vec(&info()).unwrap();
        let n = json.len() as u32;
        assert!(parse_key_block(&raw_block(&[(n, &json), (3, b"abc")])).is_ok());
        for block in [
            Vec::new(),
            vec![0u8; 15],
            vec![0u8; 16],
            vec![0u8; 19],
            raw_block(&[(u32::MAX, &json), (3, b"abc")]),
            raw_block(&[(u32::MAX - 3, &json)]),
            raw_block(&[(n + 1, &json), (3, b"abc")]),
            raw_block(&[(n - 1, &json), (3, b"abc")]),
            raw_block(&[(n, &json), (u32::MAX, b"abc")]),
            raw_block(&[(n, &json), (4, b"abc")]),
            raw_block(&[(n, &json), (2, b"abc")]),
            raw_block(&[(n, &json)]),
            raw_block(&[(n, &json), (3, b"abc"), (0, b"")]),
        ] {
            let err = parse_key_block(&block).err().expect("accepted");
            assert_eq!(err.code(), "file_damaged");
        }
    }

    #[test]
    fn a_hostile_description_is_damage() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let mut texts: Vec<Vec<u8>> = vec![b"not json".to_vec(), deep.into_bytes()];
        let long = "x".repeat(MAX_INFO_TEXT + 1);
        let edits: [fn(&mut BackupInfo, &str); 7] = [
            |i, _| i.app_version = "0.1\u{1b}[2J".into(),
            |i, _| i.vault_id = "id\r\nforged line".into(),
            |i, long| i.changed_at = long.into(),
            |i, _| i.schema_version = 0,
            |i, _| i.schema_version = i64::MIN,
            |i, _| i.store_bytes = u64::MAX,
            |i, _| i.format = "peerlog-backup2".into(),
        ];
        for edit in edits {
            let mut info = info();
            edit(&mut info, &long);
            texts.push(serde_json::to_vec(&info).unwrap());
        }
        for text in texts {
            let block = raw_block(&[(text.len() as u32, &text), (3, b"abc")]);
            let err = parse_key_block(&block).err().expect("accepted");
            assert_eq!(err.code(), "file_damaged");
        }
    }

    /// Header-level hostility reaches neither the data folder nor memory:
    /// inspect and restore both say damaged, and nothing is created.
    #[test]
    fn hostile_backup_files_are_refused_before_anything_is_touched() {
        let temp = tempfile::tempdir().unwrap();
        let target = DataDir::new(temp.path().join("new"));
        let credential = Passphrase::new(testing::PASSPHRASE);
        let attempt = |bytes: &[u8]| -> (String, String) {
            let file = temp.path().join("hostile.backup");
            std::fs::write(&file, bytes).unwrap();
            let inspected = inspect(&file).map(|_| ()).unwrap_err().code();
            let restored = restore(
                &target,
                &file,
                BackupCredential::Passphrase(&credential),
                RestoreOptions { force: true },
            )
            .unwrap_err()
            .code();
            assert!(!target.root().exists());
            (inspected, restored)
        };
        let json = serde_json::to_vec(&info()).unwrap();
        let n = json.len() as u32;
        for block in [
            raw_block(&[(u32::MAX, &json), (3, b"abc")]),
            raw_block(&[(n, &json), (u32::MAX, b"abc")]),
        ] {
            let sealed = container::seal(Kind::Backup, &block, &[1u8; KEY_LEN], b"store");
            let damaged = ("file_damaged".to_string(), "file_damaged".to_string());
            assert_eq!(attempt(&sealed), damaged);
        }
        // A schema from far in the future is told as such, its number whole.
        let mut newer = info();
        newer.schema_version = i64::MAX;
        let json = serde_json::to_vec(&newer).unwrap();
        let block = raw_block(&[(json.len() as u32, &json), (3, b"abc")]);
        let sealed = container::seal(Kind::Backup, &block, &[1u8; KEY_LEN], b"store");
        let file = temp.path().join("newer.backup");
        std::fs::write(&file, sealed).unwrap();
        match restore(
            &target,
            &file,
            BackupCredential::Passphrase(&credential),
            RestoreOptions::default(),
        ) {
            Err(Error::FileTooNew { found, .. }) => assert_eq!(found, u32::MAX),
            other => panic!("{other:?}"),
        }
        // A sparse file larger than any backup is not read at all.
        let huge = temp.path().join("huge.backup");
        std::fs::File::create(&huge)
            .unwrap()
            .set_len(MAX_BACKUP_BYTES + 1)
            .unwrap();
        let err = restore(
            &target,
            &huge,
            BackupCredential::Passphrase(&credential),
            RestoreOptions::default(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "file_damaged");
        assert!(!target.root().exists());
    }

    /// A description whose store size is not the size of the store inside
    /// is refused, even though the seal and the store are good.
    #[test]
    fn a_description_that_lies_about_the_store_size_is_refused() {
        let temp = tempfile::tempdir().unwrap();
        let dir = DataDir::new(temp.path().join("data"));
        let peerlog = testing::create(&dir).peerlog;
        let (bytes, changed_at, schema_version) = snapshot(peerlog.store()).unwrap();
        let vault = std::fs::read(dir.vault_file()).unwrap();
        let salt = [9u8; 16];
        let target = DataDir::new(temp.path().join("new"));
        for (n, store_bytes) in [bytes.len() as u64 + 1, 0, MAX_BACKUP_BYTES]
            .into_iter()
            .enumerate()
        {
            let info = BackupInfo {
                format: FORMAT.into(),
                vault_id: peerlog.vault().id().to_string(),
                taken_at: Timestamp::now(),
                changed_at: changed_at.clone(),
                schema_version,
                app_version: "test".into(),
                store_bytes,
            };
            let sealed = container::seal(
                Kind::Backup,
                &key_block(&salt, &info, &vault),
                &master_key(&data_key(&peerlog), &salt),
                &bytes,
            );
            let file = temp.path().join(format!("lying-{n}.backup"));
            std::fs::write(&file, sealed).unwrap();
            let err = restore(
                &target,
                &file,
                BackupCredential::Passphrase(&Passphrase::new(testing::PASSPHRASE)),
                RestoreOptions { force: true },
            )
            .unwrap_err();
            assert_eq!(err.code(), "file_damaged", "{err}");
            assert!(!target.database().exists() && !target.vault_file().exists());
        }
    }

    /// A backup sealed correctly around a store whose pages are damaged: the
    /// seal opens, the store check catches it, and nothing is restored.
    #[test]
    fn a_damaged_store_inside_a_good_seal_is_refused() {
        let temp = tempfile::tempdir().unwrap();
        let dir = DataDir::new(temp.path().join("data"));
        let mut peerlog = testing::create(&dir).peerlog;
        for n in 0..40 {
            crate::domain::participant::create(
                peerlog.store_mut(),
                crate::domain::participant::ParticipantInput {
                    external_id: format!("X-{n}"),
                    first_name: Some("Robin".into()),
                    ..Default::default()
                },
            )
            .unwrap();
        }
        let (mut bytes, changed_at, schema_version) = snapshot(peerlog.store()).unwrap();
        // Damage a byte in the middle of a page past the first.
        let middle = 4096 * (bytes.len() / 4096 / 2).max(1) + 100;
        bytes[middle] ^= 0xff;
        let info = BackupInfo {
            format: FORMAT.into(),
            vault_id: peerlog.vault().id().to_string(),
            taken_at: Timestamp::now(),
            changed_at,
            schema_version,
            app_version: "test".into(),
            store_bytes: bytes.len() as u64,
        };
        let vault = std::fs::read(dir.vault_file()).unwrap();
        let salt = [7u8; 16];
        let sealed = container::seal(
            Kind::Backup,
            &key_block(&salt, &info, &vault),
            &master_key(&data_key(&peerlog), &salt),
            &bytes,
        );
        let file = temp.path().join("damaged.backup");
        std::fs::write(&file, sealed).unwrap();
        let target = DataDir::new(temp.path().join("new"));
        let err = restore(
            &target,
            &file,
            BackupCredential::Passphrase(&Passphrase::new(testing::PASSPHRASE)),
            RestoreOptions { force: true },
        )
        .unwrap_err();
        assert_eq!(err.code(), "file_damaged", "{err}");
        assert!(!target.database().exists() && !target.vault_file().exists());
    }
}
