//! Who is on a meeting's docket on one of its days, and what was decided
//! there. The peer picks from those the rules let go to the meeting's
//! partner today (a consent in force, an agreement in force or none on
//! file, and something left once restrictions are taken out); a decision
//! about someone on the docket can open a follow-up in their record.

use super::agreement::{self, Standing};
use super::meeting::{self, Meeting};
use super::sharing;
use crate::domain::consent::{self, ConsentCategory};
use crate::domain::followup::{self, FollowUp, FollowUpDraft};
use crate::error::Result;
use crate::ids::{ConsentId, DecisionId, FollowUpId, MeetingId, ParticipantId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{required_note, Problem, ValidationError};
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

/// Someone who may be put on the docket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Offered {
    pub participant_id: ParticipantId,
    pub consent_id: ConsentId,
    /// What may go to the partner about them today.
    pub categories: Vec<ConsentCategory>,
}

/// Everyone who may be on the meeting's docket on `today`. None when the
/// partner's agreements have all ended.
pub fn offered(conn: &Connection, meeting: &Meeting, today: NaiveDate) -> Result<Vec<Offered>> {
    let standing = agreement::standing(conn, meeting.partner_id, today)?;
    if matches!(standing, Standing::Expired { .. }) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (participant_id, consent) in consent::in_force_for_partner(conn, meeting.partner_id, today)?
    {
        let categories = sharing::allowed(conn, &consent, &standing, today)?;
        if !categories.is_empty() {
            out.push(Offered {
                participant_id,
                consent_id: consent.id,
                categories,
            });
        }
    }
    Ok(out)
}

/// Puts exactly `participants` on the docket of the meeting on `held_on`,
/// replacing who was there; each must be offered today.
pub fn set(
    store: &mut Store,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    participants: &[ParticipantId],
) -> Result<Vec<ParticipantId>> {
    let today = store.today();
    store.write(|tx| put(tx, meeting_id, held_on, participants, today))
}

/// [`set`] inside the caller's transaction, with the rules as of `today`.
pub fn put(
    conn: &Connection,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    participants: &[ParticipantId],
    today: NaiveDate,
) -> Result<Vec<ParticipantId>> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    meeting.require_held_on("held_on", held_on)?;
    let offered = offered(conn, &meeting, today)?;
    for id in participants {
        if !offered.iter().any(|o| o.participant_id == *id) {
            return Err(ValidationError::new("participants", Problem::NotConsented).into());
        }
    }
    conn.execute(
        "DELETE FROM meeting_dockets WHERE meeting_id = ?1 AND held_on = ?2",
        params![meeting_id, held_on],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO meeting_dockets (meeting_id, held_on, participant_id)
         VALUES (?1, ?2, ?3)",
    )?;
    for id in participants {
        insert.execute(params![meeting_id, held_on, id])?;
    }
    of(conn, meeting_id, held_on)
}

/// Who is on the docket of the meeting on `held_on`.
pub fn of(
    conn: &Connection,
    meeting_id: MeetingId,
    held_on: NaiveDate,
) -> Result<Vec<ParticipantId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT participant_id FROM meeting_dockets WHERE meeting_id = ?1 AND held_on = ?2
         ORDER BY participant_id",
    )?;
    let rows = stmt
        .query_map(params![meeting_id, held_on], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// What was decided at a meeting about someone on its docket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub id: DecisionId,
    pub meeting_id: MeetingId,
    pub held_on: NaiveDate,
    pub participant_id: ParticipantId,
    pub text: String,
    /// The follow-up it opened in the participant's record.
    pub follow_up: Option<FollowUp>,
    pub created_at: Timestamp,
}

/// Records a decision, and the follow-up it opens, in one transaction.
pub fn decide(
    store: &mut Store,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    participant_id: ParticipantId,
    text: &str,
    follow_up: Option<FollowUpDraft>,
) -> Result<Decision> {
    let text = required_note("decision", text, 1000)?;
    let follow_up = follow_up.map(|f| f.checked(Some(held_on))).transpose()?;
    let now = store.now();
    store.write(|tx| {
        let meeting = meeting::fetch(tx, meeting_id)?;
        meeting.require_held_on("held_on", held_on)?;
        if !of(tx, meeting_id, held_on)?.contains(&participant_id) {
            return Err(ValidationError::new("participant", Problem::NoSuchRecord).into());
        }
        let follow_up = follow_up
            .map(|draft| followup::insert(tx, participant_id, None, &draft, now))
            .transpose()?;
        let id = DecisionId::new();
        tx.prepare_cached(
            "INSERT INTO meeting_decisions (id, meeting_id, held_on, participant_id, text,
                 follow_up_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            id,
            meeting_id,
            held_on,
            participant_id,
            text,
            follow_up.as_ref().map(|f| f.id),
            now.to_string(),
        ])?;
        Ok(Decision {
            id,
            meeting_id,
            held_on,
            participant_id,
            text,
            follow_up,
            created_at: now,
        })
    })
}

/// A decision as listed: its follow-up by id (the follow-up itself lives,
/// and changes, in the participant's record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DecisionLine {
    pub id: DecisionId,
    pub participant_id: ParticipantId,
    pub text: String,
    pub follow_up_id: Option<FollowUpId>,
    pub created_at: Timestamp,
}

/// The decisions of the meeting on `held_on`, in the order recorded.
pub fn decisions(
    store: &Store,
    meeting_id: MeetingId,
    held_on: NaiveDate,
) -> Result<Vec<DecisionLine>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT id, participant_id, text, follow_up_id, created_at FROM meeting_decisions
         WHERE meeting_id = ?1 AND held_on = ?2 ORDER BY rid",
    )?;
    let rows = stmt
        .query_map(params![meeting_id, held_on], |row| {
            Ok(DecisionLine {
                id: row.get(0)?,
                participant_id: row.get(1)?,
                text: row.get(2)?,
                follow_up_id: row.get(3)?,
                created_at: rfc3339(row, 4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
