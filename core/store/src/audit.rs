//! The append-only audit log, inside the encrypted store. Entries say what
//! happened and to which record id — never a name or a narrative.

use crate::error::Result;
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use peerlog_base::text_enum;
use rusqlite::{params, Connection};
use serde::Serialize;

text_enum!(AuditAction {
    VaultCreated = "vault_created" / "Vault created",
    Unlocked = "unlocked" / "Unlocked",
    UnlockFailed = "unlock_failed" / "Failed unlock",
    PassphraseChanged = "passphrase_changed" / "Passphrase changed",
    KeyringEnabled = "keyring_enabled" / "Quick unlock turned on",
    KeyringDisabled = "keyring_disabled" / "Quick unlock turned off",
    Deleted = "deleted" / "Deleted",
    Imported = "imported" / "Imported",
    Exported = "exported" / "Exported",
    DemoLoaded = "demo_loaded" / "Demo data loaded",
    BackupWritten = "backup_written" / "Backup written",
    Restored = "restored" / "Restored from backup",
    TeamChanged = "team_changed" / "Team changed",
    TeamMessageReceived = "team_message_received" / "Team message received",
    ReviewSubmitted = "review_submitted" / "Note submitted for review",
    ReviewDecided = "review_decided" / "Review decided",
    SupervisionRecorded = "supervision_recorded" / "Supervision session recorded",
    SupervisionAcknowledged = "supervision_acknowledged" / "Supervision session acknowledged",
    PartnersMerged = "partners_merged" / "Partners merged",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    pub seq: i64,
    pub at: Timestamp,
    pub action: AuditAction,
    pub detail: String,
}

/// Appends an entry inside the caller's transaction, so the entry and the
/// action it records land together or not at all.
pub fn record(conn: &Connection, at: Timestamp, action: AuditAction, detail: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit_log (at_utc, at_offset, action, detail) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![at.utc_text(), at.offset_minutes(), action, detail])?;
    Ok(())
}

/// The most recent entries first.
pub fn recent(store: &Store, limit: usize) -> Result<Vec<AuditEntry>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT seq, at_utc, at_offset, action, detail FROM audit_log ORDER BY seq DESC LIMIT ?1",
    )?;
    let rows = stmt
        .query_map([limit as i64], |row| {
            Ok(AuditEntry {
                seq: row.get(0)?,
                at: timestamp(row, 1)?,
                action: row.get(3)?,
                detail: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn count(store: &Store, action: AuditAction) -> Result<i64> {
    Ok(store.conn().query_row(
        "SELECT count(*) FROM audit_log WHERE action = ?1",
        [action],
        |row| row.get(0),
    )?)
}
