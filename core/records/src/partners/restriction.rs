//! Restriction requests: a participant asks that some categories not be
//! shared with one partner (or with any). The program accepts or refuses;
//! an accepted one takes those categories out of every export to that
//! partner from the day it was decided ([`withheld`]). No narrative: the
//! categories, the partner and the decision say what there is to say.

use super::partner;
use crate::domain::consent::ConsentCategory;
use crate::domain::participant;
use crate::domain::vocabulary::{dedup, join_codes, split_codes, text_enum};
use crate::error::{Error, Result};
use crate::ids::{ParticipantId, PartnerId, RestrictionId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{
    not_before, plausible_date, required_text, Checked, Problem, ValidationError,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(RestrictionDecision {
    Accepted = "accepted" / "Accepted",
    Refused = "refused" / "Refused",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RestrictionRequest {
    pub id: RestrictionId,
    pub participant_id: ParticipantId,
    /// `None`: every partner.
    pub partner_id: Option<PartnerId>,
    pub categories: Vec<ConsentCategory>,
    pub requested_on: NaiveDate,
    pub decision: Option<RestrictionDecision>,
    pub decided_on: Option<NaiveDate>,
    /// Who decided, by role or name (the privacy officer, the peer).
    pub decided_by: Option<String>,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RestrictionInput {
    pub participant_id: ParticipantId,
    #[serde(default)]
    pub partner_id: Option<PartnerId>,
    pub categories: Vec<ConsentCategory>,
    pub requested_on: NaiveDate,
}

impl RestrictionInput {
    pub fn checked(self, today: NaiveDate) -> Checked<RestrictionInput> {
        let categories = dedup(&self.categories);
        if categories.is_empty() {
            return Err(ValidationError::new("categories", Problem::Required));
        }
        plausible_date("requested_on", self.requested_on, Some(today))?;
        Ok(RestrictionInput { categories, ..self })
    }
}

const COLUMNS: &str = "id, participant_id, partner_id, categories, requested_on, decision, \
                       decided_on, decided_by, created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<RestrictionRequest> {
    let categories: String = row.get(3)?;
    Ok(RestrictionRequest {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        partner_id: row.get(2)?,
        categories: split_codes(&categories, ConsentCategory::ALL, ConsentCategory::code),
        requested_on: row.get(4)?,
        decision: row.get(5)?,
        decided_on: row.get(6)?,
        decided_by: row.get(7)?,
        created_at: rfc3339(row, 8)?,
    })
}

pub fn create(store: &mut Store, input: RestrictionInput) -> Result<RestrictionRequest> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| {
        participant::require(tx, input.participant_id)?;
        if let Some(partner_id) = input.partner_id {
            partner::fetch(tx, partner_id)?;
        }
        let id = RestrictionId::new();
        tx.prepare_cached(&format!(
            "INSERT INTO restriction_requests ({COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, NULL, NULL, NULL, ?6)"
        ))?
        .execute(params![
            id,
            input.participant_id,
            input.partner_id,
            join_codes(&input.categories, ConsentCategory::code),
            input.requested_on,
            now.to_string(),
        ])?;
        fetch(tx, id)
    })
}

/// Records the decision on a request, on `decided_on` (today if not given).
/// A request is decided once.
pub fn decide(
    store: &mut Store,
    id: RestrictionId,
    decision: RestrictionDecision,
    decided_on: Option<NaiveDate>,
    decided_by: &str,
) -> Result<RestrictionRequest> {
    let now = store.now();
    let decided_on = decided_on.unwrap_or(now.local_date());
    let decided_by = required_text("decided_by", decided_by, 200)?;
    plausible_date("decided_on", decided_on, Some(now.local_date()))?;
    store.write(|tx| {
        let current = fetch(tx, id)?;
        if current.decision.is_some() {
            return Err(ValidationError::new("decision", Problem::Duplicate).into());
        }
        not_before(
            "decided_on",
            decided_on,
            "requested_on",
            current.requested_on,
        )?;
        tx.prepare_cached(
            "UPDATE restriction_requests SET decision = ?2, decided_on = ?3, decided_by = ?4
             WHERE id = ?1",
        )?
        .execute(params![id, decision, decided_on, decided_by])?;
        fetch(tx, id)
    })
}

pub fn fetch(conn: &Connection, id: RestrictionId) -> Result<RestrictionRequest> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM restriction_requests WHERE id = ?1"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or(Error::NotFound("restriction request"))
}

/// Every request, or one participant's, newest requested first.
pub fn list(
    store: &Store,
    participant_id: Option<ParticipantId>,
) -> Result<Vec<RestrictionRequest>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM restriction_requests WHERE ?1 IS NULL OR participant_id = ?1
         ORDER BY requested_on DESC, rid DESC"
    ))?;
    let rows = stmt
        .query_map([participant_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The categories a participant's accepted requests keep from `partner_id`
/// on `date`: those naming that partner or every partner, decided on or
/// before `date`.
pub fn withheld(
    conn: &Connection,
    participant_id: ParticipantId,
    partner_id: PartnerId,
    date: NaiveDate,
) -> Result<Vec<ConsentCategory>> {
    let mut stmt = conn.prepare_cached(
        "SELECT categories FROM restriction_requests
         WHERE participant_id = ?1 AND (partner_id IS NULL OR partner_id = ?2)
           AND decision = 'accepted' AND decided_on <= ?3",
    )?;
    let rows = stmt
        .query_map(params![participant_id, partner_id, date], |row| {
            row.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out: Vec<ConsentCategory> = Vec::new();
    for codes in rows {
        for c in split_codes(&codes, ConsentCategory::ALL, ConsentCategory::code) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    Ok(out)
}
