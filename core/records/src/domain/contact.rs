//! A contact: one encounter between the peer and a participant.

use super::addendum::Addendum;
use super::followup::{self, FollowUpDraft};
use super::group_note::{self, GroupPart};
use super::note_format::{GroupNotePart, NoteFormat, NotePart};
use super::note_signature::{self, NoteSignature};
use super::participant;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::{dedup, join_codes, split_codes, text_enum};
use super::wellness::Dimension;
use crate::audit::{self, AuditAction};
use crate::domain::recent::Recent;
use crate::error::Result;
use crate::ids::{ContactId, ParticipantId, PlanGoalKey};
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{
    in_range, optional_note, optional_text, plausible_date, Checked, Problem, ValidationError,
};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(ContactMode {
    InPerson = "in_person" / "In person",
    Phone = "phone" / "Phone",
    Video = "video" / "Video",
    Text = "text" / "Text message",
    JailVisit = "jail_visit" / "Jail visit",
    Court = "court" / "Court",
});

text_enum!(Service {
    CheckIn = "check_in" / "Check-in",
    CourtAccompaniment = "court_accompaniment" / "Court accompaniment",
    CrisisSupport = "crisis_support" / "Crisis support",
    LinkageReferral = "linkage_referral" / "Linkage / referral",
    Transportation = "transportation" / "Transportation",
    RecoveryPlanning = "recovery_planning" / "Recovery planning",
    Advocacy = "advocacy" / "Advocacy",
    SystemNavigation = "system_navigation" / "System navigation",
    SkillBuilding = "skill_building" / "Skill building",
    FamilySupport = "family_support" / "Family support",
    Other = "other" / "Other",
});

pub const MAX_DURATION_MINUTES: u32 = 720;
pub const MAX_NARRATIVE_CHARS: usize = 20_000;
/// Clock drift allowed when a contact is logged "now" on a second device.
const FUTURE_GRACE_MINUTES: i64 = 10;

/// Medicaid peer support units (HCPCS H0038, 15 minutes each) by the
/// standard rule: a unit counts once at least 8 of its 15 minutes were
/// spent (the midpoint rule). A participant's payer may count otherwise
/// (`billing::payers`); a contact read from the store carries its payer's.
pub fn units(duration_minutes: u32) -> u32 {
    (duration_minutes + 7) / 15
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub id: ContactId,
    pub participant_id: ParticipantId,
    pub occurred_at: Timestamp,
    pub duration_minutes: u32,
    pub units: u32,
    pub mode: ContactMode,
    pub setting: Option<String>,
    pub services: Vec<Service>,
    pub dimensions: Vec<Dimension>,
    /// What was done, how the person responded, the plan; under a
    /// structured format, anything the parts do not hold.
    pub narrative: String,
    /// The structure the note was written in.
    pub format: NoteFormat,
    /// The format's parts that hold words, in the format's order.
    pub parts: Vec<NoteSection>,
    /// The recovery-plan goals the service worked toward, by their key (the
    /// same goal in every plan version).
    pub goals: Vec<PlanGoalKey>,
    /// For a group note: the session and the part every present member's
    /// note shares (`narrative` is then this member's own part).
    pub group: Option<GroupPart>,
    /// Set once the peer signs the note; from then on it is never changed.
    pub signature: Option<NoteSignature>,
    /// Corrections beneath a signed note, oldest first.
    pub addenda: Vec<Addendum>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ContactInput {
    pub participant_id: ParticipantId,
    pub occurred_at: Timestamp,
    pub duration_minutes: u32,
    pub mode: ContactMode,
    #[serde(default)]
    pub setting: Option<String>,
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub format: NoteFormat,
    /// The parts of a structured note; none under free text.
    #[serde(default)]
    pub parts: Vec<NoteSection>,
    /// Goals of the participant's recovery plan this service worked toward.
    #[serde(default)]
    pub goals: Vec<PlanGoalKey>,
    /// A follow-up to open with this contact, in the same transaction.
    #[serde(default)]
    pub follow_up: Option<FollowUpDraft>,
}

/// One part of a structured note: "Intervention: …".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoteSection {
    pub part: NotePart,
    pub text: String,
}

/// Keeps the parts a note's format has, each checked by its own field, in
/// the format's order; a part left empty is dropped. A part the format
/// does not have is refused.
fn checked_parts(format: NoteFormat, parts: &[NoteSection]) -> Checked<Vec<NoteSection>> {
    let allowed = format.parts();
    if let Some(stray) = parts.iter().find(|p| !allowed.contains(&p.part)) {
        return Err(ValidationError::new(
            stray.part.field(),
            Problem::UnknownValue {
                expected: allowed
                    .iter()
                    .map(|p| p.code())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        ));
    }
    let mut kept = Vec::new();
    for &part in allowed {
        let mut given = parts.iter().filter(|p| p.part == part);
        let Some(section) = given.next() else {
            continue;
        };
        if given.next().is_some() {
            return Err(ValidationError::new(part.field(), Problem::Duplicate));
        }
        if let Some(text) = optional_note(part.field(), Some(&section.text), MAX_NARRATIVE_CHARS)? {
            kept.push(NoteSection { part, text });
        }
    }
    Ok(kept)
}

/// The note as one text, each part under its label in `language` and the
/// narrative after: how a document that has one place for a note shows it.
/// A group note's shared part comes first, and the member's own part is
/// labelled as such.
pub fn written_note(
    shared: Option<&str>,
    narrative: &str,
    parts: &[NoteSection],
    language: crate::i18n::Language,
) -> String {
    let mut blocks: Vec<String> = Vec::new();
    if let Some(shared) = shared {
        blocks.push(format!(
            "{}: {shared}",
            GroupNotePart::Shared.label_in(language)
        ));
    }
    blocks.extend(
        parts
            .iter()
            .map(|s| format!("{}: {}", s.part.label_in(language), s.text)),
    );
    if !narrative.trim().is_empty() {
        blocks.push(match shared {
            Some(_) => format!("{}: {narrative}", GroupNotePart::Own.label_in(language)),
            None => narrative.to_string(),
        });
    }
    blocks.join("\n")
}

/// A note as it stands, to change one part of it and save it back.
impl From<Contact> for ContactInput {
    fn from(note: Contact) -> ContactInput {
        ContactInput {
            participant_id: note.participant_id,
            occurred_at: note.occurred_at,
            duration_minutes: note.duration_minutes,
            mode: note.mode,
            setting: note.setting,
            services: note.services,
            dimensions: note.dimensions,
            narrative: note.narrative,
            format: note.format,
            parts: note.parts,
            goals: note.goals,
            follow_up: None,
        }
    }
}

impl ContactInput {
    pub fn checked(self, now: Timestamp) -> Checked<ContactInput> {
        plausible_date("occurred_at", self.occurred_at.local_date(), None)?;
        if self.occurred_at.utc() > now.plus_minutes(FUTURE_GRACE_MINUTES).utc() {
            return Err(ValidationError::new("occurred_at", Problem::InFuture));
        }
        in_range(
            "duration_minutes",
            self.duration_minutes as i64,
            1,
            MAX_DURATION_MINUTES as i64,
        )?;
        let follow_up = match self.follow_up {
            Some(draft) => Some(draft.checked(Some(self.occurred_at.local_date()))?),
            None => None,
        };
        Ok(ContactInput {
            participant_id: self.participant_id,
            occurred_at: self.occurred_at,
            duration_minutes: self.duration_minutes,
            mode: self.mode,
            setting: optional_text("setting", self.setting.as_deref(), 100)?,
            services: dedup(&self.services),
            dimensions: dedup(&self.dimensions),
            narrative: optional_note("narrative", Some(&self.narrative), MAX_NARRATIVE_CHARS)?
                .unwrap_or_default(),
            parts: checked_parts(self.format, &self.parts)?,
            format: self.format,
            goals: dedup(&self.goals),
            follow_up,
        })
    }
}

const COLUMNS: &str = "id, participant_id, at_utc, at_offset, duration_minutes, mode, setting, services, dimensions, narrative,
     note_format, part_goal, part_intervention, part_response, part_data, part_assessment, part_plan";

/// The column each part is kept in, in `COLUMNS` order after `note_format`.
const PART_COLUMNS: [NotePart; 6] = [
    NotePart::Goal,
    NotePart::Intervention,
    NotePart::Response,
    NotePart::Data,
    NotePart::Assessment,
    NotePart::Plan,
];

/// A note's parts from a row holding `note_format` at `start` and the
/// part columns after it, in `PART_COLUMNS` order.
pub fn parts_from(row: &Row<'_>, start: usize) -> rusqlite::Result<Vec<NoteSection>> {
    let format: NoteFormat = row.get(start)?;
    let mut parts = Vec::new();
    for (offset, &part) in PART_COLUMNS.iter().enumerate() {
        if !format.parts().contains(&part) {
            continue;
        }
        if let Some(text) = row.get::<_, Option<String>>(start + 1 + offset)? {
            parts.push(NoteSection { part, text });
        }
    }
    // In the format's order, which need not be the columns' (GIRP's plan
    // comes after its response, DAP's after its assessment: the same here).
    parts.sort_by_key(|s| format.parts().iter().position(|&p| p == s.part));
    Ok(parts)
}

/// Each part's column value: its text under the note's format, else NULL.
fn part_values(parts: &[NoteSection]) -> [Option<&str>; 6] {
    PART_COLUMNS.map(|part| {
        parts
            .iter()
            .find(|s| s.part == part)
            .map(|s| s.text.as_str())
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    let duration_minutes: u32 = row.get(4)?;
    let services: String = row.get(7)?;
    let dimensions: String = row.get(8)?;
    let format: NoteFormat = row.get(10)?;
    let parts = parts_from(row, 10)?;
    Ok(Contact {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        occurred_at: timestamp(row, 2)?,
        duration_minutes,
        units: units(duration_minutes),
        mode: row.get(5)?,
        setting: row.get(6)?,
        services: split_codes(&services, Service::ALL, Service::code),
        dimensions: split_codes(&dimensions, Dimension::ALL, Dimension::code),
        narrative: row.get(9)?,
        format,
        parts,
        goals: Vec::new(),
        group: None,
        signature: None,
        addenda: Vec::new(),
    })
}

/// Logs a contact (and its follow-up, if any) as one durable write.
pub fn create(store: &mut Store, input: ContactInput) -> Result<Contact> {
    let now = store.now();
    let input = input.checked(now)?;
    store.write(|tx| insert(tx, &input, now))
}

pub fn insert(conn: &Connection, input: &ContactInput, now: Timestamp) -> Result<Contact> {
    participant::require(conn, input.participant_id)?;
    let id = ContactId::new();
    let parts = part_values(&input.parts);
    conn.prepare_cached(&format!(
        "INSERT INTO contacts ({COLUMNS}, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?11, ?11)"
    ))?
    .execute(params![
        id,
        input.participant_id,
        input.occurred_at.utc_text(),
        input.occurred_at.offset_minutes(),
        input.duration_minutes,
        input.mode,
        input.setting,
        join_codes(&input.services, Service::code),
        join_codes(&input.dimensions, Dimension::code),
        input.narrative,
        now.to_string(),
        input.format,
        parts[0],
        parts[1],
        parts[2],
        parts[3],
        parts[4],
        parts[5],
    ])?;
    link_goals(conn, id, input.participant_id, &input.goals)?;
    if let Some(draft) = &input.follow_up {
        followup::insert(conn, input.participant_id, Some(id), draft, now)?;
    }
    let rules = crate::billing::payers::rules_for(conn, input.participant_id)?;
    Ok(Contact {
        id,
        participant_id: input.participant_id,
        occurred_at: input.occurred_at,
        duration_minutes: input.duration_minutes,
        units: rules.units(input.duration_minutes),
        mode: input.mode,
        setting: input.setting.clone(),
        services: input.services.clone(),
        dimensions: input.dimensions.clone(),
        narrative: input.narrative.clone(),
        format: input.format,
        parts: input.parts.clone(),
        goals: input.goals.clone(),
        group: None,
        signature: None,
        addenda: Vec::new(),
    })
}

/// Edits a contact. A follow-up in the input is opened as new.
pub fn update(store: &mut Store, id: ContactId, input: ContactInput) -> Result<Contact> {
    let now = store.now();
    let input = input.checked(now)?;
    store.write(|tx| update_in(tx, id, &input, now))
}

/// Rewrites an unsigned note with input already checked, inside the
/// caller's transaction.
pub fn update_in(
    tx: &Connection,
    id: ContactId,
    input: &ContactInput,
    now: Timestamp,
) -> Result<Contact> {
    {
        participant::require(tx, input.participant_id)?;
        fetch_bare(tx, id)?;
        note_signature::require_unsigned(tx, id)?;
        let parts = part_values(&input.parts);
        let changed = tx.execute(
            "UPDATE contacts SET participant_id = ?2, at_utc = ?3, at_offset = ?4, duration_minutes = ?5,
                 mode = ?6, setting = ?7, services = ?8, dimensions = ?9, narrative = ?10, updated_at = ?11,
                 note_format = ?12, part_goal = ?13, part_intervention = ?14, part_response = ?15,
                 part_data = ?16, part_assessment = ?17, part_plan = ?18
             WHERE id = ?1",
            params![
                id,
                input.participant_id,
                input.occurred_at.utc_text(),
                input.occurred_at.offset_minutes(),
                input.duration_minutes,
                input.mode,
                input.setting,
                join_codes(&input.services, Service::code),
                join_codes(&input.dimensions, Dimension::code),
                input.narrative,
                now.to_string(),
                input.format,
                parts[0],
                parts[1],
                parts[2],
                parts[3],
                parts[4],
                parts[5],
            ],
        )?;
        require_changed(changed, "contact")?;
        tx.execute("DELETE FROM contact_goals WHERE contact_id = ?1", [id])?;
        link_goals(tx, id, input.participant_id, &input.goals)?;
        if let Some(draft) = &input.follow_up {
            followup::insert(tx, input.participant_id, Some(id), draft, now)?;
        }
        fetch(tx, id)
    }
}

pub fn delete(store: &mut Store, id: ContactId) -> Result<()> {
    let now = store.now();
    store.write(|tx| delete_in(tx, id, now))
}

/// Deletes an unsigned note inside the caller's transaction, with its
/// audit row.
pub fn delete_in(tx: &Connection, id: ContactId, now: Timestamp) -> Result<()> {
    fetch_bare(tx, id)?;
    note_signature::require_unsigned(tx, id)?;
    let changed = tx.execute("DELETE FROM contacts WHERE id = ?1", [id])?;
    require_changed(changed, "contact")?;
    audit::record(tx, now, AuditAction::Deleted, &format!("contact {id}"))
}

pub fn get(store: &Store, id: ContactId) -> Result<Contact> {
    fetch(store.conn(), id)
}

/// A contact with its signature and addenda.
pub fn fetch(conn: &Connection, id: ContactId) -> Result<Contact> {
    let mut note = [fetch_bare(conn, id)?];
    complete(conn, &mut note)?;
    let [note] = note;
    Ok(note)
}

/// What a contact's row alone cannot say: its goals, its signature and
/// addenda, and its units under the participant's payer.
fn complete(conn: &Connection, contacts: &mut [Contact]) -> Result<()> {
    for note in contacts.iter_mut() {
        note.goals = goals_of(conn, note.id)?;
        note.group = group_note::part_of(conn, note.id)?;
    }
    note_signature::attach(conn, contacts)?;
    crate::billing::payers::apply_units(conn, contacts)
}

/// A contact as the note says (its fields and goals), without signature or
/// addenda, its units by the standard rule.
pub fn fetch_bare(conn: &Connection, id: ContactId) -> Result<Contact> {
    let mut note = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM contacts WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("contact"))?;
    note.goals = goals_of(conn, id)?;
    note.group = group_note::part_of(conn, id)?;
    Ok(note)
}

/// The goals a note names, in a stable order (the signature's hash reads them).
fn goals_of(conn: &Connection, id: ContactId) -> Result<Vec<PlanGoalKey>> {
    Ok(conn
        .prepare_cached(
            "SELECT goal_key FROM contact_goals WHERE contact_id = ?1 ORDER BY goal_key",
        )?
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Links a note to goals of its participant's recovery plan; a goal from no
/// version of that plan is refused by the `goals` field.
fn link_goals(
    conn: &Connection,
    id: ContactId,
    participant_id: ParticipantId,
    goals: &[PlanGoalKey],
) -> Result<()> {
    for key in goals {
        if !super::recovery_plan::has_goal(conn, participant_id, *key)? {
            return Err(ValidationError::new("goals", Problem::NoSuchRecord).into());
        }
        conn.prepare_cached("INSERT INTO contact_goals (contact_id, goal_key) VALUES (?1, ?2)")?
            .execute(params![id, key])?;
    }
    Ok(())
}

/// A participant's contacts, newest first.
pub fn list_for(store: &Store, participant_id: ParticipantId) -> Result<Vec<Contact>> {
    recent_for(store, participant_id, Recent::all())
}

/// A participant's contacts, newest first; as much as `window` takes.
pub fn recent_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<Contact>> {
    let mut stmt = store.conn().prepare_cached(&recent_sql())?;
    let mut rows = stmt
        .query_map(
            rusqlite::params![
                participant_id,
                window.sql_limit(),
                window.sql_since_instant()
            ],
            from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    complete(store.conn(), &mut rows)?;
    Ok(rows)
}

/// Read from the covering index `contacts_by_participant`, never the table
/// (`store::tests` checks the plan).
pub fn recent_sql() -> String {
    format!(
        "SELECT {COLUMNS} FROM contacts WHERE participant_id = ?1 AND at_utc >= ?3 ORDER BY at_utc DESC LIMIT ?2"
    )
}

/// Contacts whose instant falls in `[from, to)`, oldest first, as their
/// rows say (no signature or addenda, units by the standard rule): the
/// import reads them by the thousand to find repeats.
pub fn list_between(store: &Store, from: Timestamp, to: Timestamp) -> Result<Vec<Contact>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM contacts WHERE at_utc >= ?1 AND at_utc < ?2 ORDER BY at_utc"
    ))?;
    let rows = stmt
        .query_map([from.utc_text(), to.utc_text()], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub const KIND: RecordKind = RecordKind {
    name: "contact",
    tables: &[
        "contacts",
        "contact_goals",
        "group_notes",
        "note_signatures",
        "note_reviews",
        "addenda",
    ],
    timeline: Timeline::Shown(timeline_items),
    search: Search::Indexed {
        kind: SearchKind::new("contact", "Contact"),
        participant: "t.participant_id",
        date: "t.at_utc",
        offset: "t.at_offset",
    },
    export: Export::Under(&[
        super::consent::ConsentCategory::ContactSummaries,
        super::consent::ConsentCategory::ContactNarratives,
    ]),
    demo: Demo::Generated,
};

fn timeline_items(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    Ok(recent_for(store, participant_id, window)?
        .into_iter()
        .map(|c| TimelineItem::at(c.occurred_at, TimelineEntry::Contact { contact: c }))
        .collect())
}
