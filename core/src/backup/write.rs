//! Writing a backup: a consistent snapshot of the store, sealed, placed
//! and recorded in one transaction.

use super::*;
use crate::audit::{self, AuditAction};
use crate::error::{Error, Result};
use crate::export::output::PendingFile;
use crate::packet::container::{self, Kind};
use crate::secret::random_bytes;
use crate::session::Peerlog;
use crate::store::{companion, Store};
use crate::time::Timestamp;
use rusqlite::{params, Connection};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::path::Path;

/// A consistent copy of the store file: the write-ahead log folded in,
/// then the file read while holding the write lock, so no change can land
/// half-way. Returns the bytes and the store's change marker.
pub(super) fn snapshot(store: &Store) -> Result<(Vec<u8>, String, i64)> {
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

pub(super) fn record(
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
