//! Consents (releases of information) with the 42 CFR §2.31 elements: who may
//! disclose what to whom, for which purpose, from when until when. A
//! consent's status on any date is derived, never stored.

use super::participant;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::{dedup, join_codes, split_codes, text_enum};
use crate::error::Result;
use crate::ids::{ConsentId, ParticipantId, PartnerId};
use crate::partners::partner;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{
    not_before, optional_text, plausible_date, required_text, Checked, Problem, ValidationError,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

text_enum!(ConsentCategory {
    Attendance = "attendance" / "Group attendance",
    ContactSummaries = "contact_summaries" / "Contact summaries (date, length, mode, services)",
    ContactNarratives = "contact_narratives" / "Contact narratives",
    Wellness = "wellness" / "Wellness scores",
    Referrals = "referrals" / "Referrals and outcomes",
    FollowUps = "follow_ups" / "Follow-ups",
});

text_enum!(ConsentStatus {
    Active = "active" / "Active",
    Expired = "expired" / "Expired",
    Revoked = "revoked" / "Revoked",
    NotYetEffective = "not_yet_effective" / "Not yet effective",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub id: ConsentId,
    pub participant_id: ParticipantId,
    /// Who may disclose: the peer's program.
    pub discloser: String,
    /// Who may receive, as the consent was written: a partner such as a
    /// treatment court docket. Kept for display; [`partner_id`](Self::partner_id)
    /// is what an export matches.
    pub recipient: String,
    /// The partner the recipient resolved to.
    pub partner_id: PartnerId,
    pub purpose: String,
    /// Only these kinds of information may go to the recipient.
    pub categories: Vec<ConsentCategory>,
    pub effective_on: NaiveDate,
    /// The last day the consent is in force, if it ends on a date.
    pub expires_on: Option<NaiveDate>,
    /// The event or condition that ends it, if it ends on one.
    pub expiry_event: Option<String>,
    pub signed_on: NaiveDate,
    /// From this day on, the consent no longer allows any disclosure.
    pub revoked_on: Option<NaiveDate>,
    pub created_at: Timestamp,
    /// The day the participant left the program (completed, discharged or
    /// transferred) on or after the consent took effect, if they have. A
    /// consent that ends on an event is no longer in force from that day.
    /// Read from the participant's status history; never written.
    #[serde(default)]
    pub program_exit_on: Option<NaiveDate>,
}

impl Consent {
    /// Revoked from `revoked_on`; in force from `effective_on` through
    /// `expires_on`, both days included. One that ends on an event (the
    /// program's consents name completion of or discharge from the
    /// program) has expired from the day the participant left the program;
    /// to outlast that, a consent needs an end date instead of an event.
    pub fn status_on(&self, date: NaiveDate) -> ConsentStatus {
        if self.revoked_on.is_some_and(|revoked| date >= revoked) {
            ConsentStatus::Revoked
        } else if date < self.effective_on {
            ConsentStatus::NotYetEffective
        } else if self.expires_on.is_some_and(|end| date > end) || self.ended_with_program(date) {
            ConsentStatus::Expired
        } else {
            ConsentStatus::Active
        }
    }

    /// Whether it ends on an event and the participant had left the program
    /// by `date`.
    fn ended_with_program(&self, date: NaiveDate) -> bool {
        self.expiry_event.is_some() && self.program_exit_on.is_some_and(|exit| date >= exit)
    }

    pub fn allows(&self, category: ConsentCategory) -> bool {
        self.categories.contains(&category)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ConsentInput {
    pub participant_id: ParticipantId,
    pub discloser: String,
    pub recipient: String,
    pub purpose: String,
    pub categories: Vec<ConsentCategory>,
    pub effective_on: NaiveDate,
    #[serde(default)]
    pub expires_on: Option<NaiveDate>,
    #[serde(default)]
    pub expiry_event: Option<String>,
    pub signed_on: NaiveDate,
}

impl ConsentInput {
    pub fn checked(self, today: NaiveDate) -> Checked<ConsentInput> {
        let discloser = required_text("discloser", &self.discloser, 200)?;
        let recipient = required_text("recipient", &self.recipient, 200)?;
        let purpose = required_text("purpose", &self.purpose, 500)?;
        let categories = dedup(&self.categories);
        if categories.is_empty() {
            return Err(ValidationError::new("categories", Problem::Required));
        }
        plausible_date("signed_on", self.signed_on, Some(today))?;
        plausible_date("effective_on", self.effective_on, None)?;
        not_before(
            "effective_on",
            self.effective_on,
            "signed_on",
            self.signed_on,
        )?;
        let expiry_event = optional_text("expiry_event", self.expiry_event.as_deref(), 300)?;
        match self.expires_on {
            Some(end) => not_before("expires_on", end, "effective_on", self.effective_on)?,
            // §2.31 requires an expiration date, event or condition.
            None if expiry_event.is_none() => {
                return Err(ValidationError::new("expires_on", Problem::Required))
            }
            None => {}
        }
        Ok(ConsentInput {
            participant_id: self.participant_id,
            discloser,
            recipient,
            purpose,
            categories,
            effective_on: self.effective_on,
            expires_on: self.expires_on,
            expiry_event,
            signed_on: self.signed_on,
        })
    }
}

const COLUMNS: &str =
    "id, participant_id, discloser, recipient, purpose, categories, effective_on, \
     expires_on, expiry_event, signed_on, revoked_on, created_at, partner_id";

/// What [`from_row`] reads: the stored columns and the day the participant
/// left the program after the consent took effect.
pub const SELECTED: &str =
    "id, participant_id, discloser, recipient, purpose, categories, effective_on, \
     expires_on, expiry_event, signed_on, revoked_on, created_at, partner_id, \
     (SELECT min(s.changed_on) FROM participant_status_changes s \
      WHERE s.participant_id = consents.participant_id \
        AND s.status IN ('completed', 'discharged', 'transferred') \
        AND s.changed_on >= consents.effective_on)";

pub fn from_row(row: &Row<'_>) -> rusqlite::Result<Consent> {
    let categories: String = row.get(5)?;
    Ok(Consent {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        discloser: row.get(2)?,
        recipient: row.get(3)?,
        purpose: row.get(4)?,
        categories: split_codes(&categories, ConsentCategory::ALL, ConsentCategory::code),
        effective_on: row.get(6)?,
        expires_on: row.get(7)?,
        expiry_event: row.get(8)?,
        signed_on: row.get(9)?,
        revoked_on: row.get(10)?,
        created_at: rfc3339(row, 11)?,
        partner_id: row.get(12)?,
        program_exit_on: row.get(13)?,
    })
}

pub fn create(store: &mut Store, input: ConsentInput) -> Result<Consent> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| insert(tx, &input, now))
}

/// Writes a consent; its recipient resolves to a partner, made when no
/// partner has that name yet (`partner::resolve`), in the same transaction.
pub fn insert(conn: &Connection, input: &ConsentInput, now: Timestamp) -> Result<Consent> {
    participant::require(conn, input.participant_id)?;
    let partner = partner::resolve(conn, &input.recipient, now)?;
    let id = ConsentId::new();
    conn.prepare_cached(&format!(
        "INSERT INTO consents ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, NULL, ?11, ?12)"
    ))?
    .execute(params![
        id,
        input.participant_id,
        input.discloser,
        input.recipient,
        input.purpose,
        join_codes(&input.categories, ConsentCategory::code),
        input.effective_on,
        input.expires_on,
        input.expiry_event,
        input.signed_on,
        now.to_string(),
        partner.id,
    ])?;
    fetch(conn, id)
}

/// Records a revocation received on `revoked_on` (today if not given).
pub fn revoke(store: &mut Store, id: ConsentId, revoked_on: Option<NaiveDate>) -> Result<Consent> {
    let now = store.now();
    let revoked_on = revoked_on.unwrap_or(now.local_date());
    store.write(|tx| {
        let current = fetch(tx, id)?;
        if current.revoked_on.is_some() {
            return Err(ValidationError::new("revoked_on", Problem::Duplicate).into());
        }
        plausible_date("revoked_on", revoked_on, Some(now.local_date()))?;
        not_before("revoked_on", revoked_on, "signed_on", current.signed_on)?;
        set_revoked(tx, id, revoked_on)?;
        fetch(tx, id)
    })
}

pub fn set_revoked(conn: &Connection, id: ConsentId, revoked_on: NaiveDate) -> Result<()> {
    let changed = conn
        .prepare_cached("UPDATE consents SET revoked_on = ?2 WHERE id = ?1")?
        .execute(params![id, revoked_on])?;
    require_changed(changed, "consent")
}

pub fn fetch(conn: &Connection, id: ConsentId) -> Result<Consent> {
    conn.prepare_cached(&format!("SELECT {SELECTED} FROM consents WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("consent"))
}

pub fn get(store: &Store, id: ConsentId) -> Result<Consent> {
    fetch(store.conn(), id)
}

/// All consents, or one participant's, newest first.
pub fn list(store: &Store, participant_id: Option<ParticipantId>) -> Result<Vec<Consent>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {SELECTED} FROM consents WHERE ?1 IS NULL OR participant_id = ?1 ORDER BY signed_on DESC, created_at DESC"
    ))?;
    let rows = stmt
        .query_map([participant_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every consent for the partner `recipient` names (`partner::find`: the
/// same name trimmed, case- and Unicode-folded, or one merged into it),
/// newest signed first.
pub fn for_recipient(store: &Store, recipient: &str) -> Result<Vec<Consent>> {
    match partner::find(store.conn(), recipient)? {
        Some(p) => for_partner(store.conn(), p.id),
        None => Ok(Vec::new()),
    }
}

/// Every consent naming `partner_id`, newest signed first.
pub fn for_partner(conn: &Connection, partner_id: PartnerId) -> Result<Vec<Consent>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SELECTED} FROM consents WHERE partner_id = ?1 ORDER BY signed_on DESC, created_at DESC"
    ))?;
    let rows = stmt
        .query_map([partner_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// For each participant, their consent naming `partner_id` in force on
/// `date`: the most recently signed one when several are.
pub fn in_force_for_partner(
    conn: &Connection,
    partner_id: PartnerId,
    date: NaiveDate,
) -> Result<BTreeMap<ParticipantId, Consent>> {
    let mut chosen: BTreeMap<ParticipantId, Consent> = BTreeMap::new();
    for consent in for_partner(conn, partner_id)? {
        if consent.status_on(date) != ConsentStatus::Active {
            continue;
        }
        let newer = chosen.get(&consent.participant_id).is_none_or(|current| {
            (consent.signed_on, consent.created_at.utc(), consent.id)
                > (current.signed_on, current.created_at.utc(), current.id)
        });
        if newer {
            chosen.insert(consent.participant_id, consent);
        }
    }
    Ok(chosen)
}

/// Consents for `recipient` that are active on `date`.
pub fn active_for(store: &Store, recipient: &str, date: NaiveDate) -> Result<Vec<Consent>> {
    Ok(for_recipient(store, recipient)?
        .into_iter()
        .filter(|c| c.status_on(date) == ConsentStatus::Active)
        .collect())
}

/// The partners named in any consent, by name, for pickers.
pub fn recipients(store: &Store) -> Result<Vec<String>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT name FROM partners WHERE id IN (SELECT partner_id FROM consents)
         ORDER BY name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// Recipients already named in a consent that look like `recipient` (see
/// [`crate::text::look_alike_key`]) but are not the same name: a new consent
/// for one of them is probably meant for the other, and an export to one
/// would never use a consent made out to the other.
pub fn look_alike_recipients(store: &Store, recipient: &str) -> Result<Vec<String>> {
    let wanted = crate::text::look_alike_key(recipient);
    let same = crate::text::external_id_key(recipient);
    Ok(recipients(store)?
        .into_iter()
        .filter(|known| {
            crate::text::look_alike_key(known) == wanted
                && crate::text::external_id_key(known) != same
        })
        .collect())
}

pub const KIND: RecordKind = RecordKind {
    name: "consent",
    tables: &["consents"],
    timeline: Timeline::NotShown("consents have a card of their own on the participant's page"),
    search: Search::NotIndexed("consents are found through their participant"),
    // What the participant agreed to share is what decides an export.
    export: Export::Basis,
    demo: Demo::Generated,
};

/// Consents that name no partner, or a partner the store no longer holds
/// (which the migration and every write should make impossible): an export
/// could not match them to a recipient, so the integrity check lists them.
pub fn without_partner(conn: &Connection) -> Result<Vec<ConsentId>> {
    let mut stmt = conn.prepare(
        "SELECT c.id FROM consents c LEFT JOIN partners p ON p.id = c.partner_id \
         WHERE p.id IS NULL ORDER BY c.id",
    )?;
    let ids = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<ConsentId>>>()?;
    Ok(ids)
}
