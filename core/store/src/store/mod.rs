//! The encrypted store: one SQLCipher file keyed with the raw data key.

pub mod codec;
mod crash_check;
mod schema;
pub mod verify;

pub use schema::LATEST_VERSION;

/// Migrates a bare connection to `version` only, as an older build left
/// its store; for tests of a later migration.
#[cfg(feature = "testing")]
pub fn schema_up_to(conn: &mut rusqlite::Connection, version: i64) -> Result<()> {
    schema::migrate_up_to(conn, version)
}

use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::secret::DataKey;
use crate::time::Timestamp;
use chrono::NaiveDate;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Decrypted pages are cached per connection; a cache that holds a busy
/// peer's whole store (about 25 MiB a year) keeps SQLCipher from decrypting
/// the same pages again. SQLite fills it only as pages are read.
const CACHE_KIB: i64 = 256 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Migrate {
    Create,
    Yes,
    No,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// A shared lock held while this store is open, so that another open can
    /// tell a live session's write-ahead log from one left by a crash.
    _session_lock: std::fs::File,
    /// Audit entries that could not be written yet (the disk was full);
    /// they go in with the next write that succeeds.
    pending_audit: Vec<PendingAudit>,
    /// Where "now" comes from for everything done through this store.
    clock: Arc<dyn Clock>,
}

#[derive(Debug, Clone)]
pub struct PendingAudit {
    pub at: crate::time::Timestamp,
    pub action: crate::audit::AuditAction,
    pub detail: String,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// This instant, by the store's clock.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Today, by the store's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// Sets where "now" comes from (tests, and a demo dated in the past).
    pub fn set_clock(&mut self, clock: Arc<dyn Clock>) {
        self.clock = clock;
    }

    /// Creates a new, empty store. Fails if the file exists.
    pub fn create(path: &Path, key: &DataKey) -> Result<Store> {
        create_private_file(path)?;
        let session = SessionLock::acquire(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::prepare(conn, path, Some(key), Migrate::Create, session)
    }

    /// Opens an existing store, bringing its schema up to date; never
    /// creates one.
    pub fn open(path: &Path, key: &DataKey) -> Result<Store> {
        Self::open_with(path, Some(key), Migrate::Yes)
    }

    /// Opens an existing store exactly as it is, to inspect it: no migration
    /// runs, so nothing is written unless the caller writes.
    pub fn open_as_is(path: &Path, key: &DataKey) -> Result<Store> {
        Self::open_with(path, Some(key), Migrate::No)
    }

    /// Opens an unencrypted copy made for the benchmark, with the same
    /// settings as the real store: the physical limit to compare against.
    /// Never used for a peer's records.
    #[cfg(feature = "unencrypted-twin")]
    pub fn open_unencrypted_twin(path: &Path) -> Result<Store> {
        Self::open_with(path, None, Migrate::Yes)
    }

    fn open_with(path: &Path, key: Option<&DataKey>, migrate: Migrate) -> Result<Store> {
        if !path.exists() {
            return Err(Error::StoreDamaged("the database file is missing".into()));
        }
        let companions: Vec<PathBuf> = ["-wal", "-shm", ".lock"]
            .iter()
            .map(|suffix| companion(path, suffix))
            .filter(|p| !p.exists())
            .collect();
        let opened = SessionLock::acquire(path).and_then(|session| {
            // A store is written only once it has proven readable: the first
            // look is through a read-only connection, so a refused store
            // gets no log frame, no checkpoint and no audit entry.
            let crashed = session.alone && leftover_wal(path);
            probe(path, key, crashed)?;
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            Self::prepare(conn, path, key, migrate, session)
        });
        if opened.is_err() {
            // A store that could not be opened is left as it was found,
            // without the empty log files that opening it created.
            for file in companions {
                let _ = std::fs::remove_file(file);
            }
        }
        opened
    }

    fn prepare(
        mut conn: Connection,
        path: &Path,
        key: Option<&DataKey>,
        migrate: Migrate,
        session: SessionLock,
    ) -> Result<Store> {
        // Until the store has proven readable, closing must not checkpoint:
        // a write-ahead log from another store would be copied into this one.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        // SQLCipher's own log would print to stderr; our errors say enough.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        // The key comes before any statement that touches the database.
        if let Some(key) = key {
            conn.execute_batch(&key.sqlcipher_pragma())?;
        }
        first_read(&conn)?;
        let version = schema::check_not_newer(&conn)?;
        if version == 0 && migrate != Migrate::Create {
            return Err(empty_store());
        }
        conn.execute_batch(&format!(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -{CACHE_KIB};"
        ))?;
        conn.set_prepared_statement_cache_capacity(64);
        if migrate != Migrate::No {
            schema::migrate(&mut conn)?;
        }
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            _session_lock: session.into_shared()?,
            pending_audit: Vec::new(),
            clock: Arc::new(SystemClock),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder the store lives in; nothing is ever written into it but
    /// the store's own files.
    pub fn data_folder(&self) -> &Path {
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        }
    }

    /// Read access for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs one user action as one transaction: all of it is written, or
    /// none of it. The commit is durable when this returns (`synchronous=FULL`).
    pub fn write<T>(&mut self, action: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        if self.damage_met() {
            return Err(Error::StoreDamaged(
                "a page failed its check earlier in this session".into(),
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for entry in &self.pending_audit {
            crate::audit::record(&tx, entry.at, entry.action, &entry.detail)?;
        }
        let done = action(&tx).and_then(|value| {
            tx.commit()?;
            Ok(value)
        });
        let value = done?;
        self.pending_audit.clear();
        Ok(value)
    }

    /// Runs `action` with reads limited to `tables`: a statement prepared
    /// meanwhile that reads any other table (even `count(*)` of it) fails to
    /// prepare. What must never leave (boundary notes, self-checks) is then
    /// kept out by the database itself, not only by the query that was
    /// written. Statements prepared before are prepared again under it.
    pub fn reading_only<T>(
        &mut self,
        tables: Vec<&'static str>,
        action: impl FnOnce(&mut Store) -> Result<T>,
    ) -> Result<T> {
        use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
        self.conn
            .authorizer(Some(move |context: AuthContext<'_>| match context.action {
                AuthAction::Read { table_name, .. } if !tables.contains(&table_name) => {
                    Authorization::Deny
                }
                _ => Authorization::Allow,
            }))?;
        let result = action(self);
        self.conn
            .authorizer(None::<fn(AuthContext<'_>) -> Authorization>)?;
        result
    }

    /// Whether a page failed SQLCipher's check in this session: SQLCipher
    /// then turns the connection read-only for good. From then on nothing
    /// is written, and closing does not copy the log into the database.
    pub fn damage_met(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
    }

    /// Keeps an audit entry to write with the next successful write.
    pub fn defer_audit(&mut self, entry: PendingAudit) {
        self.pending_audit.push(entry);
    }

    /// Writes an unencrypted copy with the identical schema and rows, for
    /// the benchmark's comparison. Never used for a peer's records.
    #[cfg(feature = "unencrypted-twin")]
    pub fn export_unencrypted_twin(&self, target: &Path) -> Result<()> {
        let target = target
            .to_str()
            .ok_or_else(|| Error::Database("benchmark path is not UTF-8".into()))?;
        self.conn
            .execute("ATTACH DATABASE ?1 AS twin KEY ''", [target])?;
        let exported = self
            .conn
            .query_row("SELECT sqlcipher_export('twin')", [], |_| Ok(()))
            .and_then(|()| {
                self.conn.pragma_update(
                    Some("twin"),
                    "user_version",
                    self.schema_version().unwrap_or(0),
                )
            });
        self.conn.execute("DETACH DATABASE twin", [])?;
        exported?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        schema::version(&self.conn)
    }
}

/// Creates the empty database file readable by its owner only; SQLite gives
/// its `-wal` and `-shm` files the same permissions.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::VaultExists),
        Err(e) => Err(e.into()),
    }
}

/// The lock file beside the database. Opening takes it exclusively for a
/// moment to learn whether any other session has the store open, then holds
/// it shared for as long as the store is open. The file holds no data: on
/// Windows a locked range cannot be read or written through another handle,
/// so nothing but the lock itself ever touches it.
struct SessionLock {
    file: std::fs::File,
    path: PathBuf,
    alone: bool,
}

impl SessionLock {
    fn acquire(database: &Path) -> Result<SessionLock> {
        let path = companion(database, ".lock");
        let file = open_lock_file(&path)?;
        let alone = match file.try_lock() {
            Ok(()) => true,
            Err(std::fs::TryLockError::WouldBlock) => false,
            Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
        };
        Ok(SessionLock { file, path, alone })
    }

    fn into_shared(self) -> Result<std::fs::File> {
        let file = if self.alone {
            release_exclusive(self.file, &self.path)?
        } else {
            self.file
        };
        file.lock_shared()?;
        Ok(file)
    }
}

fn open_lock_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(not(windows))]
fn release_exclusive(file: std::fs::File, _path: &Path) -> std::io::Result<std::fs::File> {
    file.unlock()?;
    Ok(file)
}

/// On Windows the exclusive lock is released by closing its handle, never
/// with `File::unlock`. The standard library unlocks a range twice (a
/// handle may hold an exclusive and a shared lock on it) and counts on the
/// second call failing with ERROR_NOT_LOCKED, as Windows does; wine fails it
/// with ERROR_LOCK_VIOLATION instead, so under wine every `unlock` of a
/// singly locked file is an error ("Lock violation (os error 33)") after the
/// lock is already gone, and `peerlog init` failed there. Real Windows
/// unlocks without error. Closing releases the lock on both, and leaves the
/// same moment between the exclusive and the shared lock as `unlock` then
/// `lock_shared` does on Unix.
#[cfg(windows)]
fn release_exclusive(file: std::fs::File, path: &Path) -> std::io::Result<std::fs::File> {
    drop(file);
    open_lock_file(path)
}

impl Drop for Store {
    /// One last try for audit entries that waited on a full disk; and a
    /// store that met damage is closed without a checkpoint, so the
    /// database file stays as it was.
    fn drop(&mut self) {
        // With nothing in the log, closing copies nothing, and SQLite
        // removes the log files as after any clean session.
        if self.damage_met() && leftover_wal(&self.path) {
            let _ = self
                .conn
                .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
        } else if !self.pending_audit.is_empty() {
            let _ = self.write(|_| Ok(()));
        }
    }
}

/// A file SQLite keeps beside the database: `peerlog.db` + `-wal`.
pub fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Looks at an existing store through a connection that may not write
/// (`query_only`, no checkpoint on close): the key and the header, the
/// schema version, and after a crash every page the write-ahead log holds.
/// Nothing is written, whatever it finds. (Not `SQLITE_OPEN_READ_ONLY`:
/// SQLCipher reports a page that fails its HMAC check by turning the
/// connection read-only, which only a read-write connection can show.)
fn probe(path: &Path, key: Option<&DataKey>, crashed: bool) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE; PRAGMA query_only = ON;")?;
    if let Some(key) = key {
        conn.execute_batch(&key.sqlcipher_pragma())?;
    }
    first_read(&conn)?;
    if schema::check_not_newer(&conn)? == 0 {
        return Err(empty_store());
    }
    if crashed {
        // No other session is open, so the last one did not close cleanly
        // (or the log came from elsewhere): read every page the log holds
        // before anything can be checkpointed.
        crash_check::check_logged_pages(&conn, &companion(path, "-wal"))?;
    }
    Ok(())
}

/// The first read proves the key and the file header; the vault has already
/// proven the key, so a failure here means damage.
fn first_read(conn: &Connection) -> Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
        .map_err(|e| Error::StoreDamaged(damage_reason(&e)))
}

/// SQLite takes an empty file for a new database; ours never is.
fn empty_store() -> Error {
    Error::StoreDamaged("the database file is empty or cut short".into())
}

fn leftover_wal(path: &Path) -> bool {
    std::fs::metadata(companion(path, "-wal")).is_ok_and(|m| m.len() > 0)
}

fn damage_reason(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(rusqlite::ffi::ErrorCode::NotADatabase) => {
            "the file is not a Peerlog store or does not match this vault".into()
        }
        Some(rusqlite::ffi::ErrorCode::DatabaseCorrupt) => "the file is corrupt".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests;
