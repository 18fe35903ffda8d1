//! A file kept as bytes inside the encrypted store, beside the record it
//! belongs to: a training's certificate, an agreement's signed document.
//! Each lives in a table of the same shape (`media_type`, `size`, `bytes`,
//! `added_at`, keyed by its record's id); this is the one writer and reader
//! of that shape.

use super::certificate::MediaType;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension, ToSql};

/// Which table keeps the files, and the column naming their record.
pub(crate) struct KeptFiles {
    pub table: &'static str,
    pub key: &'static str,
}

impl KeptFiles {
    /// Keeps `bytes` for `record`, replacing a file kept before, inside the
    /// caller's transaction.
    pub fn put(
        &self,
        conn: &Connection,
        record: &dyn ToSql,
        media_type: MediaType,
        bytes: &[u8],
        now: &str,
    ) -> Result<()> {
        conn.prepare_cached(&format!(
            "INSERT INTO {table} ({key}, media_type, size, bytes, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT ({key}) DO UPDATE SET
               media_type = excluded.media_type, size = excluded.size,
               bytes = excluded.bytes, added_at = excluded.added_at",
            table = self.table,
            key = self.key
        ))?
        .execute(params![
            record,
            media_type.code(),
            bytes.len() as i64,
            bytes,
            now
        ])?;
        Ok(())
    }

    /// The kept file's type code and bytes, read only on purpose.
    pub fn read(&self, conn: &Connection, record: &dyn ToSql) -> Result<Option<(String, Vec<u8>)>> {
        Ok(conn
            .prepare_cached(&format!(
                "SELECT media_type, bytes FROM {} WHERE {} = ?1",
                self.table, self.key
            ))?
            .query_row([record], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?)
    }
}
