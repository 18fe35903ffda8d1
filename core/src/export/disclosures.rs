//! The accounting of disclosures: one record per export that left the app.
//! Records are never changed or deleted (the table refuses it), and they
//! outlive a deleted participant, keeping the external id.

use super::content::Period;
use super::request::MeetingAt;
use super::ExportFormat;
use crate::domain::consent::ConsentCategory;
use crate::domain::vocabulary::{join_codes, split_codes};
use crate::error::Result;
use crate::ids::{ConsentId, DisclosureId, ParticipantId};
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{Problem, ValidationError};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DisclosedParticipant {
    pub participant_id: ParticipantId,
    pub external_id: String,
    pub consent_id: ConsentId,
    pub categories: Vec<ConsentCategory>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DisclosureRecord {
    pub id: DisclosureId,
    /// When the export was written.
    pub at: Timestamp,
    pub recipient: String,
    pub purpose: String,
    pub prepared_by: String,
    pub period: Period,
    pub format: ExportFormat,
    /// SHA-256 of the file as written, hex.
    pub sha256: String,
    pub bytes: u64,
    pub participants: Vec<DisclosedParticipant>,
    /// The case conference the export was made for, if any.
    #[serde(default)]
    pub meeting: Option<MeetingAt>,
}

pub(crate) fn insert(conn: &Connection, record: &DisclosureRecord) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO disclosures (id, at_utc, at_offset, recipient, purpose, prepared_by,
             period_from, period_to, format, sha256, bytes, meeting_id, meeting_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        record.id,
        record.at.utc_text(),
        record.at.offset_minutes(),
        record.recipient,
        record.purpose,
        record.prepared_by,
        record.period.from,
        record.period.to,
        record.format,
        record.sha256,
        record.bytes as i64,
        record.meeting.map(|m| m.id),
        record.meeting.map(|m| m.held_on),
    ])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO disclosure_participants (disclosure_id, participant_id, external_id, consent_id, categories)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for p in &record.participants {
        stmt.execute(params![
            record.id,
            p.participant_id,
            p.external_id,
            p.consent_id,
            join_codes(&p.categories, ConsentCategory::code),
        ])?;
    }
    Ok(())
}

fn read_participants(
    conn: &Connection,
    id: DisclosureId,
    only: Option<ParticipantId>,
) -> Result<Vec<DisclosedParticipant>> {
    let mut stmt = conn.prepare_cached(
        "SELECT participant_id, external_id, consent_id, categories FROM disclosure_participants
         WHERE disclosure_id = ?1 AND (?2 IS NULL OR participant_id = ?2)
         ORDER BY external_id COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map(params![id, only], |row| {
            let categories: String = row.get(3)?;
            Ok(DisclosedParticipant {
                participant_id: row.get(0)?,
                external_id: row.get(1)?,
                consent_id: row.get(2)?,
                categories: split_codes(&categories, ConsentCategory::ALL, ConsentCategory::code),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

const COLUMNS: &str = "id, at_utc, at_offset, recipient, purpose, prepared_by, period_from, period_to, format, sha256, bytes, meeting_id, meeting_on";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DisclosureRecord> {
    Ok(DisclosureRecord {
        id: row.get(0)?,
        at: timestamp(row, 1)?,
        recipient: row.get(3)?,
        purpose: row.get(4)?,
        prepared_by: row.get(5)?,
        period: Period {
            from: row.get(6)?,
            to: row.get(7)?,
        },
        format: row.get(8)?,
        sha256: row.get(9)?,
        bytes: row.get::<_, i64>(10)? as u64,
        participants: Vec::new(),
        meeting: match (row.get(11)?, row.get(12)?) {
            (Some(id), Some(held_on)) => Some(MeetingAt { id, held_on }),
            _ => None,
        },
    })
}

/// Every disclosure written on or after `since` (all of them without it),
/// newest first.
pub fn list(store: &Store, since: Option<NaiveDate>) -> Result<Vec<DisclosureRecord>> {
    let conn = store.conn();
    let since_utc = since.map(|d| format!("{d}T00:00:00Z"));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM disclosures WHERE ?1 IS NULL OR at_utc >= ?1 ORDER BY at_utc DESC, id DESC"
    ))?;
    let mut records = stmt
        .query_map([since_utc], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for record in &mut records {
        record.participants = read_participants(conn, record.id, None)?;
    }
    // `since` is a local date; the query's bound is a day early or late by
    // the offset at most, so filter exactly here.
    if let Some(since) = since {
        records.retain(|r| r.at.local_date() >= since);
    }
    Ok(records)
}

/// One participant's disclosure history, newest first. Each record lists
/// only that participant, never the others disclosed with them.
pub fn for_participant(
    store: &Store,
    participant_id: ParticipantId,
) -> Result<Vec<DisclosureRecord>> {
    let conn = store.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM disclosures
         WHERE id IN (SELECT disclosure_id FROM disclosure_participants WHERE participant_id = ?1)
         ORDER BY at_utc DESC, id DESC"
    ))?;
    let mut records = stmt
        .query_map([participant_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for record in &mut records {
        record.participants = read_participants(conn, record.id, Some(participant_id))?;
    }
    Ok(records)
}

/// The history for a participant by external id: also for one whose
/// record has since been deleted.
pub fn for_external_id(store: &Store, external_id: &str) -> Result<Vec<DisclosureRecord>> {
    if let Some(participant) = crate::domain::participant::find_by_external_id(store, external_id)?
    {
        return for_participant(store, participant.id);
    }
    // Deleted since: the ids kept with the disclosures, matched by the same
    // rule as everywhere else.
    let key = crate::text::external_id_key(external_id);
    let mut matching: Vec<ParticipantId> = store
        .conn()
        .prepare_cached("SELECT DISTINCT participant_id, external_id FROM disclosure_participants")?
        .query_map([], |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<(ParticipantId, String)>>>()?
        .into_iter()
        .filter(|(_, kept)| crate::text::external_id_key(kept) == key)
        .map(|(id, _)| id)
        .collect();
    matching.sort();
    matching.dedup();
    match matching.as_slice() {
        [] => Ok(Vec::new()),
        [id] => for_participant(store, *id),
        _ => Err(ValidationError::new("participant", Problem::Ambiguous).into()),
    }
}

pub fn get(store: &Store, id: DisclosureId) -> Result<DisclosureRecord> {
    let conn = store.conn();
    let mut record = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM disclosures WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("disclosure"))?;
    record.participants = read_participants(conn, id, None)?;
    Ok(record)
}
