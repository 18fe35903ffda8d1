//! The encrypted store: one SQLCipher file keyed with the raw data key.

pub(crate) mod codec;
mod schema;
pub mod verify;

pub use schema::LATEST_VERSION;

use crate::error::{Error, Result};
use crate::secret::DataKey;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// Decrypted pages are cached per connection; a cache that holds a busy
/// peer's working set keeps SQLCipher from decrypting the same pages again.
const CACHE_KIB: i64 = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Migrate {
    Yes,
    No,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Creates a new, empty store. Fails if the file exists.
    pub fn create(path: &Path, key: &DataKey) -> Result<Store> {
        create_private_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::prepare(conn, path, key, Migrate::Yes)
    }

    /// Opens an existing store, bringing its schema up to date; never
    /// creates one.
    pub fn open(path: &Path, key: &DataKey) -> Result<Store> {
        Self::open_with(path, key, Migrate::Yes)
    }

    /// Opens an existing store exactly as it is, to inspect it: no migration
    /// runs, so nothing is written unless the caller writes.
    pub fn open_as_is(path: &Path, key: &DataKey) -> Result<Store> {
        Self::open_with(path, key, Migrate::No)
    }

    fn open_with(path: &Path, key: &DataKey, migrate: Migrate) -> Result<Store> {
        if !path.exists() {
            return Err(Error::StoreDamaged("the database file is missing".into()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::prepare(conn, path, key, migrate)
    }

    fn prepare(
        mut conn: Connection,
        path: &Path,
        key: &DataKey,
        migrate: Migrate,
    ) -> Result<Store> {
        // SQLCipher's own log would print to stderr; our errors say enough.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        // The key comes before any statement that touches the database.
        conn.execute_batch(&key.sqlcipher_pragma())?;
        // The first read proves the key and the file header; the vault has
        // already proven the key, so a failure here means damage.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
            .map_err(|e| Error::StoreDamaged(damage_reason(&e)))?;
        schema::check_not_newer(&conn)?;
        conn.execute_batch(&format!(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -{CACHE_KIB};"
        ))?;
        conn.set_prepared_statement_cache_capacity(64);
        if migrate == Migrate::Yes {
            schema::migrate(&mut conn)?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read access for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs one user action as one transaction: all of it is written, or
    /// none of it. The commit is durable when this returns (`synchronous=FULL`).
    pub fn write<T>(&mut self, action: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = action(&tx)?;
        tx.commit()?;
        Ok(value)
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
