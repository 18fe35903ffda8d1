//! Reading Peerlog's own column shapes back out of rows.

use crate::time::Timestamp;
use rusqlite::Row;

/// An instant kept as `(utc_text, offset_minutes)` in two adjacent columns.
pub fn timestamp(row: &Row<'_>, utc_column: usize) -> rusqlite::Result<Timestamp> {
    let utc: String = row.get(utc_column)?;
    let offset: i32 = row.get(utc_column + 1)?;
    Timestamp::from_store(&utc, offset).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            utc_column,
            rusqlite::types::Type::Text,
            "not a Peerlog timestamp".into(),
        )
    })
}

/// Timestamps stored in one RFC 3339 column (`created_at`, `updated_at`).
pub fn rfc3339(row: &Row<'_>, column: usize) -> rusqlite::Result<Timestamp> {
    let text: String = row.get(column)?;
    Timestamp::parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            "not an RFC 3339 timestamp".into(),
        )
    })
}

/// A `LIMIT` parameter: SQLite reads a negative limit as none.
pub fn sql_limit(limit: Option<usize>) -> i64 {
    limit.map_or(-1, |n| n.min(i64::MAX as usize) as i64)
}
