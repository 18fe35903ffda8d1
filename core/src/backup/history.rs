//! The backups a store remembers, and when to remind the peer of the next.

use crate::error::Result;
use crate::store::Store;
use crate::time::Timestamp;
use serde::Serialize;

/// Remind the peer when the last backup is older than this.
pub const REMIND_AFTER_DAYS: i64 = 7;

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
