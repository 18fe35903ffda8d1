//! Group notes: after a group session, a note in each present member's
//! record. Each is a contact of its own (so it is signed, amended, billed
//! and exported like any note) holding the part every member shares and the
//! member's own part. A payer's group size limit is shown before saving and
//! listed again as a billing check; the claim carries the group modifier.
//!
//! Signing: each member's note is a record of its own and is signed on its
//! own. `sign_all` signs a session's unsigned notes in one step, the way a
//! peer finishes a group, but it still writes one signature per note.

use super::contact::{self, ContactInput, ContactMode, Service};
use super::group::{fetch_session, Session};
use super::note_format::NoteFormat;
use super::note_signature;
use super::participant::name_at;
use crate::error::Result;
use crate::ids::{ContactId, ParticipantId, SessionId};
use crate::store::Store;
use crate::time::{parse_time, Timestamp};
use crate::validate::{in_range, optional_note, Checked, Problem, ValidationError};
use peerlog_store::settings::Signer;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// What a group note adds to a contact: its session and the shared part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupPart {
    pub session_id: SessionId,
    pub shared: String,
}

/// One member's own words in a group note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OwnPart {
    pub participant_id: ParticipantId,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupNotesInput {
    pub session_id: SessionId,
    /// `HH:MM` on the peer's clock.
    pub start_time: String,
    pub duration_minutes: u32,
    pub mode: ContactMode,
    #[serde(default)]
    pub services: Vec<Service>,
    /// Written into every present member's note: about the group, naming
    /// no one.
    pub shared: String,
    /// Members' own parts; a member without one gets the shared part alone.
    #[serde(default)]
    pub own_parts: Vec<OwnPart>,
}

/// A payer whose group size limit the session's attendance is over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupSizeWarning {
    pub payer: String,
    pub limit: u32,
    pub present: u32,
}

/// A present member and their group note, if written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupMemberNote {
    pub participant_id: ParticipantId,
    pub display_name: String,
    pub contact_id: Option<ContactId>,
    pub own_part: Option<String>,
    pub signed: bool,
}

/// A session's group notes as the form shows them before and after saving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupSessionNotes {
    pub session: Session,
    /// Present or late, by name.
    pub members: Vec<GroupMemberNote>,
    /// Empty when no present member's payer limits the group's size.
    pub over_limit: Vec<GroupSizeWarning>,
}

const MAX_PART_CHARS: usize = contact::MAX_NARRATIVE_CHARS;

/// The group part of a contact, if it is a group note.
pub fn part_of(conn: &Connection, contact_id: ContactId) -> Result<Option<GroupPart>> {
    Ok(conn
        .prepare_cached("SELECT session_id, shared FROM group_notes WHERE contact_id = ?1")?
        .query_row([contact_id], |row| {
            Ok(GroupPart {
                session_id: row.get(0)?,
                shared: row.get(1)?,
            })
        })
        .optional()?)
}

/// The session's present members, its written notes and the size warning.
pub fn session_notes(store: &Store, session_id: SessionId) -> Result<GroupSessionNotes> {
    read(store.conn(), session_id)
}

fn read(conn: &Connection, session_id: SessionId) -> Result<GroupSessionNotes> {
    let session = fetch_session(conn, session_id)?;
    let present = present_members(conn, session_id)?;
    let written = written_notes(conn, session_id)?;
    let members = present
        .iter()
        .map(|(participant_id, name)| {
            let note = written.get(participant_id);
            GroupMemberNote {
                participant_id: *participant_id,
                display_name: name.clone(),
                contact_id: note.map(|n| n.contact_id),
                own_part: note.and_then(|n| (!n.own.is_empty()).then(|| n.own.clone())),
                signed: note.is_some_and(|n| n.signed),
            }
        })
        .collect();
    let over_limit = size_warnings(conn, &present)?;
    Ok(GroupSessionNotes {
        session,
        members,
        over_limit,
    })
}

/// Writes the session's time and a note in each present member's record,
/// as one transaction: a member's unsigned note is rewritten, a signed one
/// is left as signed, and an unsigned note of someone no longer marked
/// present is removed.
pub fn write(store: &mut Store, input: GroupNotesInput) -> Result<GroupSessionNotes> {
    let now = store.now();
    store.write(|tx| write_in(tx, &input, now))
}

/// `write` inside the caller's transaction (the demo writes a whole store
/// in one).
pub fn write_in(
    tx: &Connection,
    input: &GroupNotesInput,
    now: Timestamp,
) -> Result<GroupSessionNotes> {
    let shared = optional_note("shared", Some(&input.shared), MAX_PART_CHARS)?
        .ok_or(ValidationError::new("shared", Problem::Required))?;
    let start = parse_time(&input.start_time)
        .ok_or(ValidationError::new("start_time", Problem::NotATime))?;
    in_range(
        "duration_minutes",
        input.duration_minutes.into(),
        1,
        contact::MAX_DURATION_MINUTES.into(),
    )?;
    let session = fetch_session(tx, input.session_id)?;
    let present = present_members(tx, input.session_id)?;
    if present.is_empty() {
        return Err(ValidationError::new("attendance", Problem::Required).into());
    }
    let present_ids: HashSet<ParticipantId> = present.iter().map(|(id, _)| *id).collect();
    let own = own_parts(&input.own_parts, &present_ids)?;
    let occurred_at = Timestamp::from_local(session.held_on, start);
    tx.execute(
        "UPDATE group_sessions SET start_time = ?2, duration_minutes = ?3, note = ?4 WHERE id = ?1",
        params![
            input.session_id,
            start.format("%H:%M").to_string(),
            input.duration_minutes,
            shared
        ],
    )?;
    let written = written_notes(tx, input.session_id)?;
    for (participant_id, _) in &present {
        let existing = written.get(participant_id);
        if existing.is_some_and(|n| n.signed) {
            continue;
        }
        let note = ContactInput {
            participant_id: *participant_id,
            occurred_at,
            duration_minutes: input.duration_minutes,
            mode: input.mode,
            setting: None,
            services: input.services.clone(),
            dimensions: Vec::new(),
            narrative: own.get(participant_id).cloned().unwrap_or_default(),
            format: NoteFormat::Free,
            parts: Vec::new(),
            // Goals named on the note since it was written stay.
            goals: match existing {
                Some(n) => contact::fetch_bare(tx, n.contact_id)?.goals,
                None => Vec::new(),
            },
            follow_up: None,
        };
        let note = as_group_field(note.checked(now))?;
        match existing {
            Some(n) => {
                contact::update_in(tx, n.contact_id, &note, now)?;
                tx.prepare_cached("UPDATE group_notes SET shared = ?2 WHERE contact_id = ?1")?
                    .execute(params![n.contact_id, shared])?;
            }
            None => {
                let written = contact::insert(tx, &note, now)?;
                tx.prepare_cached(
                    "INSERT INTO group_notes (contact_id, session_id, shared) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![written.id, input.session_id, shared])?;
            }
        }
    }
    for (participant_id, note) in &written {
        if !present_ids.contains(participant_id) && !note.signed {
            contact::delete_in(tx, note.contact_id, now)?;
        }
    }
    read(tx, input.session_id)
}

/// Signs every unsigned note of a session as `signer`, one signature per
/// member's note, in one transaction.
pub fn sign_all(
    store: &mut Store,
    session_id: SessionId,
    signer: Signer,
) -> Result<GroupSessionNotes> {
    let signer = signer.checked()?;
    let now = store.now();
    store.write(|tx| {
        fetch_session(tx, session_id)?;
        for note in written_notes(tx, session_id)?.values() {
            if !note.signed {
                let contact = contact::fetch(tx, note.contact_id)?;
                note_signature::insert(tx, &contact, &signer, now)?;
            }
        }
        read(tx, session_id)
    })
}

/// Signs a session's unsigned notes as the signer set in Settings.
pub fn sign_all_as_set(store: &mut Store, session_id: SessionId) -> Result<GroupSessionNotes> {
    let signer = peerlog_store::settings::signer(store)?;
    sign_all(store, session_id, signer)
}

/// Before a session is deleted: its unsigned notes go with it; a signed
/// one keeps the session (a signed note is never deleted).
pub fn delete_for_session(tx: &Connection, session_id: SessionId, now: Timestamp) -> Result<()> {
    let written = written_notes(tx, session_id)?;
    if written.values().any(|n| n.signed) {
        return Err(crate::Error::NoteSigned);
    }
    for note in written.values() {
        contact::delete_in(tx, note.contact_id, now)?;
    }
    Ok(())
}

/// The members' own parts by participant: one each, each present.
fn own_parts(
    parts: &[OwnPart],
    present: &HashSet<ParticipantId>,
) -> Checked<HashMap<ParticipantId, String>> {
    let mut own = HashMap::new();
    for part in parts {
        if !present.contains(&part.participant_id) {
            return Err(ValidationError::new("own_parts", Problem::NoSuchRecord));
        }
        let text = optional_note("own_parts", Some(&part.text), MAX_PART_CHARS)?;
        if let Some(text) = text {
            if own.insert(part.participant_id, text).is_some() {
                return Err(ValidationError::new("own_parts", Problem::Duplicate));
            }
        }
    }
    Ok(own)
}

/// A member's note checked as a contact names the group form's fields: the
/// time is the session's start, the narrative the member's own part.
fn as_group_field(checked: Checked<ContactInput>) -> Checked<ContactInput> {
    checked.map_err(|e| match e.field {
        "occurred_at" => ValidationError::new("start_time", e.problem),
        "narrative" => ValidationError::new("own_parts", e.problem),
        _ => e,
    })
}

struct Written {
    contact_id: ContactId,
    own: String,
    signed: bool,
}

fn written_notes(
    conn: &Connection,
    session_id: SessionId,
) -> Result<HashMap<ParticipantId, Written>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.participant_id, c.id, c.narrative,
                EXISTS (SELECT 1 FROM note_signatures s WHERE s.contact_id = c.id)
         FROM group_notes g JOIN contacts c ON c.id = g.contact_id
         WHERE g.session_id = ?1",
    )?;
    let rows = stmt
        .query_map([session_id], |row| {
            Ok((
                row.get::<_, ParticipantId>(0)?,
                Written {
                    contact_id: row.get(1)?,
                    own: row.get(2)?,
                    signed: row.get(3)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<HashMap<_, _>>>()?;
    Ok(rows)
}

/// Members marked present or late, by name.
fn present_members(
    conn: &Connection,
    session_id: SessionId,
) -> Result<Vec<(ParticipantId, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.first_name, p.last_name, p.preferred_name
         FROM attendance a JOIN participants p ON p.id = a.participant_id
         WHERE a.session_id = ?1 AND a.status IN ('present', 'late')",
    )?;
    let mut rows = stmt
        .query_map([session_id], |row| {
            Ok((row.get::<_, ParticipantId>(0)?, name_at(row, 1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.sort_by_key(|(_, name)| name.to_lowercase());
    Ok(rows)
}

/// Each payer (of a present member) whose group size limit is exceeded.
fn size_warnings(
    conn: &Connection,
    present: &[(ParticipantId, String)],
) -> Result<Vec<GroupSizeWarning>> {
    let mut warnings: Vec<GroupSizeWarning> = Vec::new();
    for (participant_id, _) in present {
        let rules = crate::billing::payers::rules_for(conn, *participant_id)?;
        if rules.group_too_large(present.len()) && !warnings.iter().any(|w| w.payer == rules.name) {
            warnings.push(GroupSizeWarning {
                payer: rules.name.clone(),
                limit: rules.group_size_limit.unwrap_or_default(),
                present: present.len() as u32,
            });
        }
    }
    warnings.sort_by(|a, b| a.payer.cmp(&b.payer));
    Ok(warnings)
}
