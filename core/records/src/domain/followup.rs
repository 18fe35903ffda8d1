//! Follow-ups: something due on a date for a participant.

use super::participant;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::domain::recent::Recent;
use crate::error::Result;
use crate::ids::{ContactId, FollowUpId, ParticipantId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{not_before, plausible_date, required_note, Checked};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(FollowUpStatus {
    Open = "open" / "Open",
    Done = "done" / "Done",
    Dropped = "dropped" / "Dropped",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    pub id: FollowUpId,
    pub participant_id: ParticipantId,
    /// The contact it came from, if any.
    pub contact_id: Option<ContactId>,
    pub due_on: NaiveDate,
    pub text: String,
    pub status: FollowUpStatus,
    pub closed_on: Option<NaiveDate>,
    pub created_at: Timestamp,
}

/// A follow-up as a peer writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FollowUpDraft {
    pub due_on: NaiveDate,
    pub text: String,
}

impl FollowUpDraft {
    /// `not_before`: the contact's date, when the follow-up comes from one.
    pub fn checked(self, not_before_date: Option<NaiveDate>) -> Checked<FollowUpDraft> {
        plausible_date("follow_up_due_on", self.due_on, None)?;
        if let Some(start) = not_before_date {
            not_before("follow_up_due_on", self.due_on, "occurred_at", start)?;
        }
        Ok(FollowUpDraft {
            due_on: self.due_on,
            text: required_note("follow_up_text", &self.text, 500)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FollowUpInput {
    pub participant_id: ParticipantId,
    pub due_on: NaiveDate,
    pub text: String,
}

const COLUMNS: &str = "id, participant_id, contact_id, due_on, text, status, closed_on, created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        contact_id: row.get(2)?,
        due_on: row.get(3)?,
        text: row.get(4)?,
        status: row.get(5)?,
        closed_on: row.get(6)?,
        created_at: rfc3339(row, 7)?,
    })
}

pub fn create(store: &mut Store, input: FollowUpInput) -> Result<FollowUp> {
    let now = store.now();
    let draft = FollowUpDraft {
        due_on: input.due_on,
        text: input.text,
    }
    .checked(None)?;
    store.write(|tx| {
        participant::require(tx, input.participant_id)?;
        insert(tx, input.participant_id, None, &draft, now)
    })
}

pub fn insert(
    conn: &Connection,
    participant_id: ParticipantId,
    contact_id: Option<ContactId>,
    draft: &FollowUpDraft,
    now: Timestamp,
) -> Result<FollowUp> {
    let id = FollowUpId::new();
    conn.prepare_cached(&format!(
        "INSERT INTO follow_ups ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, 'open', NULL, ?6)"
    ))?
    .execute(params![
        id,
        participant_id,
        contact_id,
        draft.due_on,
        draft.text,
        now.to_string()
    ])?;
    Ok(FollowUp {
        id,
        participant_id,
        contact_id,
        due_on: draft.due_on,
        text: draft.text.clone(),
        status: FollowUpStatus::Open,
        closed_on: None,
        created_at: now,
    })
}

/// Marks a follow-up done or dropped (closed today), or opens it again.
pub fn set_status(store: &mut Store, id: FollowUpId, status: FollowUpStatus) -> Result<FollowUp> {
    let closed_on = (status != FollowUpStatus::Open).then(|| store.today());
    store.write(|tx| {
        close(tx, id, status, closed_on)?;
        fetch(tx, id)
    })
}

pub fn close(
    conn: &Connection,
    id: FollowUpId,
    status: FollowUpStatus,
    on: Option<NaiveDate>,
) -> Result<()> {
    let changed = conn
        .prepare_cached("UPDATE follow_ups SET status = ?2, closed_on = ?3 WHERE id = ?1")?
        .execute(params![id, status, on])?;
    require_changed(changed, "follow-up")
}

fn fetch(conn: &Connection, id: FollowUpId) -> Result<FollowUp> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM follow_ups WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("follow-up"))
}

/// A participant's follow-ups, latest due first.
pub fn list_for(store: &Store, participant_id: ParticipantId) -> Result<Vec<FollowUp>> {
    recent_for(store, participant_id, Recent::all())
}

/// A participant's open follow-ups, soonest due first, however old: the
/// participant page lists them beside a timeline that loads a page at a time.
pub fn open_for(store: &Store, participant_id: ParticipantId) -> Result<Vec<FollowUp>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM follow_ups WHERE participant_id = ?1 AND status = 'open' ORDER BY due_on, created_at"
    ))?;
    let rows = stmt
        .query_map([participant_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A participant's follow-ups, latest due first; as much as `window` takes.
pub fn recent_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<FollowUp>> {
    let mut stmt = store.conn().prepare_cached(&recent_sql())?;
    let rows = stmt
        .query_map(
            rusqlite::params![participant_id, window.sql_limit(), window.sql_since_day()],
            from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Read from the covering index `follow_ups_by_participant_due`, never the table
/// (`store::tests` checks the plan).
pub fn recent_sql() -> String {
    format!(
        "SELECT {COLUMNS} FROM follow_ups WHERE participant_id = ?1 AND due_on >= ?3 ORDER BY due_on DESC LIMIT ?2"
    )
}

/// Every open follow-up, soonest due first.
pub fn list_open(store: &Store) -> Result<Vec<FollowUp>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM follow_ups WHERE status = 'open' ORDER BY due_on"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub const KIND: RecordKind = RecordKind {
    name: "follow_up",
    tables: &["follow_ups"],
    timeline: Timeline::Shown(timeline_items),
    search: Search::Indexed {
        kind: SearchKind::new("follow_up", "Follow-up"),
        participant: "t.participant_id",
        date: "t.due_on",
        offset: "NULL",
    },
    export: Export::Under(&[super::consent::ConsentCategory::FollowUps]),
    demo: Demo::Generated,
};

fn timeline_items(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    Ok(recent_for(store, participant_id, window)?
        .into_iter()
        .map(|f| TimelineItem::on_day(f.due_on, TimelineEntry::FollowUp { follow_up: f }))
        .collect())
}
