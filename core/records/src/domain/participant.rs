//! A participant on the peer's caseload.

use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::audit::{self, AuditAction};
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::text::external_id_key;
use crate::time::Timestamp;
use crate::validate::{
    optional_note, optional_text, plausible_date, required_text, Checked, Problem, ValidationError,
};
use crate::views::search::SearchKind;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(ParticipantStatus {
    Active = "active" / "Active",
    Paused = "paused" / "Paused",
    Completed = "completed" / "Completed",
    Discharged = "discharged" / "Discharged",
    Transferred = "transferred" / "Transferred",
});

// `text_enum!` owns the derive list, so the default is written out.
#[allow(clippy::derivable_impls)]
impl Default for ParticipantStatus {
    fn default() -> Self {
        ParticipantStatus::Active
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub id: ParticipantId,
    /// The program's own case number, used to match spreadsheets and exports.
    pub external_id: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub preferred_name: Option<String>,
    pub pronouns: Option<String>,
    pub program: Option<String>,
    pub docket: Option<String>,
    pub status: ParticipantStatus,
    pub intake_date: Option<NaiveDate>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub contact_preferences: Option<String>,
    pub language: Option<String>,
    pub goals: Option<String>,
    pub display_name: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What a peer enters to add or edit a participant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ParticipantInput {
    pub external_id: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub preferred_name: Option<String>,
    pub pronouns: Option<String>,
    pub program: Option<String>,
    pub docket: Option<String>,
    pub status: ParticipantStatus,
    pub intake_date: Option<NaiveDate>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub contact_preferences: Option<String>,
    pub language: Option<String>,
    pub goals: Option<String>,
}

/// The name a peer uses: the preferred name (or first name) and last name.
/// The display name from a row holding `first_name`, `last_name` and
/// `preferred_name` at `start` and the two columns after it.
pub fn name_at(row: &Row<'_>, start: usize) -> rusqlite::Result<String> {
    let first: Option<String> = row.get(start)?;
    let last: Option<String> = row.get(start + 1)?;
    let preferred: Option<String> = row.get(start + 2)?;
    Ok(display_name(
        first.as_deref(),
        last.as_deref(),
        preferred.as_deref(),
    ))
}

pub fn display_name(first: Option<&str>, last: Option<&str>, preferred: Option<&str>) -> String {
    let given = preferred.or(first);
    match (given, last) {
        (Some(g), Some(l)) => format!("{g} {l}"),
        (Some(g), None) => g.to_string(),
        (None, Some(l)) => l.to_string(),
        (None, None) => "(no name)".to_string(),
    }
}

impl ParticipantInput {
    /// Trims every field and checks every rule, as of `today`.
    pub fn checked(self, today: NaiveDate) -> Checked<ParticipantInput> {
        let external_id = crate::text::nfc(&required_text("external_id", &self.external_id, 64)?);
        let first_name = optional_text("first_name", self.first_name.as_deref(), 100)?;
        let last_name = optional_text("last_name", self.last_name.as_deref(), 100)?;
        let preferred_name = optional_text("preferred_name", self.preferred_name.as_deref(), 100)?;
        if first_name.is_none() && last_name.is_none() && preferred_name.is_none() {
            return Err(ValidationError::new("name", Problem::Required));
        }
        if let Some(date) = self.intake_date {
            plausible_date("intake_date", date, Some(today))?;
        }
        let phone = optional_text("phone", self.phone.as_deref(), 40)?;
        if let Some(phone) = &phone {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().x".contains(c));
            if !allowed || digits < 3 {
                return Err(ValidationError::new(
                    "phone",
                    Problem::UnknownValue {
                        expected: "digits, spaces and + - ( ) x".into(),
                    },
                ));
            }
        }
        let email = optional_text("email", self.email.as_deref(), 254)?;
        if let Some(email) = &email {
            let parts: Vec<&str> = email.split('@').collect();
            if parts.len() != 2
                || parts[0].is_empty()
                || !parts[1].contains('.')
                || email.contains(' ')
            {
                return Err(ValidationError::new(
                    "email",
                    Problem::UnknownValue {
                        expected: "an address like name@example.org".into(),
                    },
                ));
            }
        }
        Ok(ParticipantInput {
            external_id,
            first_name,
            last_name,
            preferred_name,
            pronouns: optional_text("pronouns", self.pronouns.as_deref(), 40)?,
            program: optional_text("program", self.program.as_deref(), 100)?,
            docket: optional_text("docket", self.docket.as_deref(), 100)?,
            status: self.status,
            intake_date: self.intake_date,
            phone,
            email,
            contact_preferences: optional_note(
                "contact_preferences",
                self.contact_preferences.as_deref(),
                1000,
            )?,
            language: optional_text("language", self.language.as_deref(), 60)?,
            goals: optional_note("goals", self.goals.as_deref(), 4000)?,
        })
    }
}

const COLUMNS: &str = "id, external_id, first_name, last_name, preferred_name, pronouns, program, docket, \
     status, intake_date, phone, email, contact_preferences, language, goals, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Participant> {
    let first_name: Option<String> = row.get(2)?;
    let last_name: Option<String> = row.get(3)?;
    let preferred_name: Option<String> = row.get(4)?;
    Ok(Participant {
        id: row.get(0)?,
        external_id: row.get(1)?,
        display_name: display_name(
            first_name.as_deref(),
            last_name.as_deref(),
            preferred_name.as_deref(),
        ),
        first_name,
        last_name,
        preferred_name,
        pronouns: row.get(5)?,
        program: row.get(6)?,
        docket: row.get(7)?,
        status: row.get(8)?,
        intake_date: row.get(9)?,
        phone: row.get(10)?,
        email: row.get(11)?,
        contact_preferences: row.get(12)?,
        language: row.get(13)?,
        goals: row.get(14)?,
        created_at: rfc3339(row, 15)?,
        updated_at: rfc3339(row, 16)?,
    })
}

pub fn create(store: &mut Store, input: ParticipantInput) -> Result<Participant> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| insert(tx, &input, now))
}

/// Inserts an already checked participant inside a caller's transaction.
pub fn insert(conn: &Connection, input: &ParticipantInput, now: Timestamp) -> Result<Participant> {
    if external_id_taken(conn, &input.external_id, None)? {
        return Err(ValidationError::new("external_id", Problem::Duplicate).into());
    }
    let id = ParticipantId::new();
    conn.prepare_cached(&format!(
        "INSERT INTO participants ({COLUMNS}, external_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, ?17)"
    ))?
    .execute(params![
        id,
        input.external_id,
        input.first_name,
        input.last_name,
        input.preferred_name,
        input.pronouns,
        input.program,
        input.docket,
        input.status,
        input.intake_date,
        input.phone,
        input.email,
        input.contact_preferences,
        input.language,
        input.goals,
        now.to_string(),
        external_id_key(&input.external_id),
    ])?;
    record_status(conn, id, input.status, now)?;
    fetch(conn, id)
}

pub fn update(
    store: &mut Store,
    id: ParticipantId,
    input: ParticipantInput,
) -> Result<Participant> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| {
        if external_id_taken(tx, &input.external_id, Some(id))? {
            return Err(ValidationError::new("external_id", Problem::Duplicate).into());
        }
        let before = fetch(tx, id)?.status;
        let changed = tx.execute(
            "UPDATE participants SET external_id = ?2, first_name = ?3, last_name = ?4, preferred_name = ?5,
                 pronouns = ?6, program = ?7, docket = ?8, status = ?9, intake_date = ?10, phone = ?11,
                 email = ?12, contact_preferences = ?13, language = ?14, goals = ?15, updated_at = ?16,
                 external_key = ?17
             WHERE id = ?1",
            params![
                id,
                input.external_id,
                input.first_name,
                input.last_name,
                input.preferred_name,
                input.pronouns,
                input.program,
                input.docket,
                input.status,
                input.intake_date,
                input.phone,
                input.email,
                input.contact_preferences,
                input.language,
                input.goals,
                now.to_string(),
                external_id_key(&input.external_id),
            ],
        )?;
        require_changed(changed, "participant")?;
        if before != input.status {
            record_status(tx, id, input.status, now)?;
        }
        fetch(tx, id)
    })
}

/// Dates a participant's current status from `on` (the demo's history).
pub fn backdate_status(conn: &Connection, id: ParticipantId, on: NaiveDate) -> Result<()> {
    conn.prepare_cached(
        "UPDATE participant_status_changes SET changed_on = ?2
         WHERE rowid = (SELECT max(rowid) FROM participant_status_changes WHERE participant_id = ?1)",
    )?
    .execute(params![id, on])?;
    Ok(())
}

/// Keeps the day a participant was given a status: a consent that ends on
/// an event ends the day they leave the program.
fn record_status(
    conn: &Connection,
    id: ParticipantId,
    status: ParticipantStatus,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO participant_status_changes (participant_id, status, changed_on, recorded_at)
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, status, now.local_date(), now.to_string()])?;
    Ok(())
}

/// Deletes a participant and everything recorded about them.
pub fn delete(store: &mut Store, id: ParticipantId) -> Result<()> {
    let now = store.now();
    store.write(|tx| {
        if super::note_signature::any_signed_for(tx, id)? {
            return Err(crate::Error::SignedNotesKept);
        }
        if super::recovery_plan::any_signed_for(tx, id)? {
            return Err(crate::Error::SignedPlanKept);
        }
        let changed = tx.execute("DELETE FROM participants WHERE id = ?1", [id])?;
        require_changed(changed, "participant")?;
        audit::record(
            tx,
            now,
            AuditAction::Deleted,
            &format!("participant {id} and all their records"),
        )
    })
}

pub fn get(store: &Store, id: ParticipantId) -> Result<Participant> {
    fetch(store.conn(), id)
}

pub fn fetch(conn: &Connection, id: ParticipantId) -> Result<Participant> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM participants WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("participant"))
}

/// The participant whose external id matches under the one rule
/// ([`external_id_key`]). A store made before the rule may hold two ids that
/// now match; such a lookup is refused rather than guessed.
pub fn find_by_external_id(store: &Store, external_id: &str) -> Result<Option<Participant>> {
    let mut found = store
        .conn()
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM participants WHERE external_key = ?1 LIMIT 2"
        ))?
        .query_map([external_id_key(external_id)], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if found.len() > 1 {
        return Err(ValidationError::new("external_id", Problem::Ambiguous).into());
    }
    Ok(found.pop())
}

/// Like [`find_by_external_id`], but a missing participant is an error that
/// names the field the id came from.
pub fn require_by_external_id(store: &Store, external_id: &str) -> Result<Participant> {
    find_by_external_id(store, external_id)?
        .ok_or_else(|| ValidationError::new("participant", Problem::NoSuchRecord).into())
}

pub fn list(store: &Store) -> Result<Vec<Participant>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM participants ORDER BY coalesce(preferred_name, first_name, last_name) COLLATE NOCASE, last_name COLLATE NOCASE"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn external_id_taken(
    conn: &Connection,
    external_id: &str,
    except: Option<ParticipantId>,
) -> Result<bool> {
    let mut stmt = conn.prepare_cached("SELECT id FROM participants WHERE external_key = ?1")?;
    let found = stmt
        .query_map([external_id_key(external_id)], |row| {
            row.get::<_, ParticipantId>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(found.iter().any(|other| Some(*other) != except))
}

/// Checks that a participant exists; the error names `participant_id`.
pub fn require(conn: &Connection, id: ParticipantId) -> Result<()> {
    let exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM participants WHERE id = ?1)")?
        .query_row([id], |row| row.get(0))?;
    if exists {
        Ok(())
    } else {
        Err(ValidationError::new("participant_id", Problem::NoSuchRecord).into())
    }
}

/// A participant found by name: search puts these hits first.
pub const SEARCH_HIT: SearchKind = SearchKind::new("participant", "Participant");

pub const KIND: RecordKind = RecordKind {
    name: "participant",
    tables: &["participants", "participant_status_changes"],
    timeline: Timeline::NotShown("the timeline is a participant's own page"),
    search: Search::Indexed {
        kind: SEARCH_HIT,
        participant: "t.id",
        date: "t.intake_date",
        offset: "NULL",
    },
    // Who the participant is, and the status history a consent that ends
    // on leaving the program is read against.
    export: Export::Basis,
    demo: Demo::Generated,
};
