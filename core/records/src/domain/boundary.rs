//! Boundary notes: what a peer agreed with a participant about hours,
//! channels, money, rides, topics or dual relationships. Private to the
//! peer: no export ever reads this table.

use super::participant;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::audit::{self, AuditAction};
use crate::domain::recent::Recent;
use crate::error::Result;
use crate::ids::{BoundaryId, ParticipantId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{not_before, plausible_date, required_note, Checked};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(BoundaryCategory {
    Hours = "hours" / "Hours and availability",
    Channels = "channels" / "Contact channels",
    Money = "money" / "Money and gifts",
    Rides = "rides" / "Rides",
    Topics = "topics" / "Topics",
    DualRelationships = "dual_relationships" / "Dual relationships",
    Other = "other" / "Other",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BoundaryNote {
    pub id: BoundaryId,
    pub participant_id: ParticipantId,
    pub category: BoundaryCategory,
    pub text: String,
    pub agreed_on: NaiveDate,
    pub review_on: Option<NaiveDate>,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BoundaryInput {
    pub participant_id: ParticipantId,
    pub category: BoundaryCategory,
    pub text: String,
    pub agreed_on: NaiveDate,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
}

impl BoundaryInput {
    pub fn checked(self, today: NaiveDate) -> Checked<BoundaryInput> {
        plausible_date("agreed_on", self.agreed_on, Some(today))?;
        if let Some(review) = self.review_on {
            not_before("review_on", review, "agreed_on", self.agreed_on)?;
        }
        Ok(BoundaryInput {
            text: required_note("text", &self.text, 4000)?,
            ..self
        })
    }
}

const COLUMNS: &str = "id, participant_id, category, text, agreed_on, review_on, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<BoundaryNote> {
    Ok(BoundaryNote {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        category: row.get(2)?,
        text: row.get(3)?,
        agreed_on: row.get(4)?,
        review_on: row.get(5)?,
        updated_at: rfc3339(row, 6)?,
    })
}

pub fn create(store: &mut Store, input: BoundaryInput) -> Result<BoundaryNote> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| insert(tx, &input, now))
}

pub fn insert(conn: &Connection, input: &BoundaryInput, now: Timestamp) -> Result<BoundaryNote> {
    participant::require(conn, input.participant_id)?;
    let id = BoundaryId::new();
    conn.prepare_cached(&format!(
        "INSERT INTO boundary_notes ({COLUMNS}, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
    ))?
    .execute(params![
        id,
        input.participant_id,
        input.category,
        input.text,
        input.agreed_on,
        input.review_on,
        now.to_string(),
    ])?;
    fetch(conn, id)
}

pub fn update(store: &mut Store, id: BoundaryId, input: BoundaryInput) -> Result<BoundaryNote> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| {
        participant::require(tx, input.participant_id)?;
        let changed = tx.execute(
            "UPDATE boundary_notes SET category = ?2, text = ?3, agreed_on = ?4, review_on = ?5, updated_at = ?6
             WHERE id = ?1 AND participant_id = ?7",
            params![
                id,
                input.category,
                input.text,
                input.agreed_on,
                input.review_on,
                now.to_string(),
                input.participant_id,
            ],
        )?;
        require_changed(changed, "boundary note")?;
        fetch(tx, id)
    })
}

pub fn delete(store: &mut Store, id: BoundaryId) -> Result<()> {
    let now = store.now();
    store.write(|tx| {
        let changed = tx.execute("DELETE FROM boundary_notes WHERE id = ?1", [id])?;
        require_changed(changed, "boundary note")?;
        audit::record(
            tx,
            now,
            AuditAction::Deleted,
            &format!("boundary note {id}"),
        )
    })
}

fn fetch(conn: &Connection, id: BoundaryId) -> Result<BoundaryNote> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM boundary_notes WHERE id = ?1"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or(crate::Error::NotFound("boundary note"))
}

/// A participant's boundary notes, newest first.
pub fn list_for(store: &Store, participant_id: ParticipantId) -> Result<Vec<BoundaryNote>> {
    recent_for(store, participant_id, Recent::all())
}

/// A participant's boundary notes, newest first; as much as `window` takes.
pub fn recent_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<BoundaryNote>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM boundary_notes WHERE participant_id = ?1 AND agreed_on >= ?3 ORDER BY agreed_on DESC LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(
            rusqlite::params![participant_id, window.sql_limit(), window.sql_since_day()],
            from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub const KIND: RecordKind = RecordKind {
    name: "boundary",
    tables: &["boundary_notes"],
    timeline: Timeline::Shown(timeline_items),
    search: Search::Indexed {
        kind: SearchKind::new("boundary", "Boundary note"),
        participant: "t.participant_id",
        date: "t.agreed_on",
        offset: "NULL",
    },
    export: Export::Never("boundary notes are private to the peer"),
    demo: Demo::Generated,
};

fn timeline_items(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    Ok(recent_for(store, participant_id, window)?
        .into_iter()
        .map(|n| TimelineItem::on_day(n.agreed_on, TimelineEntry::Boundary { note: n }))
        .collect())
}
