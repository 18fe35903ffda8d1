//! Review and co-signature. A peer submits signed notes (each one, or the
//! share of them the team's admin set); every supervisor in the team gets
//! the note as signed, with its addenda and the plan goals it worked
//! toward, the participant by initials only. A supervisor approves (a
//! co-signature with their name, credential and time, sent back and kept on
//! the note for good) or asks for changes with a comment, which the peer
//! answers with an addendum and submits again.

use super::key::MemberKey;
use super::message::{Decision, Message, ReviewDecision, SubmittedAddendum, SubmittedNote};
use super::outbox;
use super::roster::{self, Role};
use crate::audit::{self, AuditAction};
use crate::domain::{addendum, contact, participant};

use crate::error::{Error, Result};
use crate::ids::{ContactId, ParticipantId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{optional_note, Problem, ValidationError};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

const MAX_COMMENT_CHARS: usize = 4_000;

/// Where a note stands in review, on the peer's side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoteReview {
    pub submitted_at: Timestamp,
    pub status: ReviewStatus,
    pub reviewer_name: Option<String>,
    pub reviewer_credential: Option<String>,
    pub decided_at: Option<Timestamp>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    Submitted,
    Approved,
    ChangesRequested,
}

impl ReviewStatus {
    fn parse(code: &str) -> ReviewStatus {
        match code {
            "approved" => ReviewStatus::Approved,
            "changes_requested" => ReviewStatus::ChangesRequested,
            _ => ReviewStatus::Submitted,
        }
    }
}

/// Submits signed notes for review by the team's supervisors, in one
/// transaction. A note already co-signed is left out; an unsigned one is
/// refused by the `notes` field.
pub fn submit(store: &mut Store, notes: &[ContactId]) -> Result<u32> {
    let now = store.now();
    store.write(|tx| submit_in(tx, notes, now))
}

fn submit_in(tx: &Connection, notes: &[ContactId], now: Timestamp) -> Result<u32> {
    roster::me(tx)?;
    let supervisors: Vec<MemberKey> = roster::members(tx)?
        .into_iter()
        .filter(|m| m.role == Role::Supervisor && !m.is_me)
        .map(|m| m.key)
        .collect();
    if supervisors.is_empty() {
        return Err(Error::TeamRoleRequired("supervisor"));
    }
    let mut sent = 0;
    for &id in notes {
        if review_of(tx, id)?.is_some_and(|r| r.status == ReviewStatus::Approved) {
            continue;
        }
        let note = submitted_note(tx, id)?;
        outbox::queue(tx, now, supervisors.clone(), Message::ReviewRequest(note))?;
        tx.execute(
            "INSERT INTO note_reviews (contact_id, submitted_at, status) VALUES (?1, ?2, 'submitted')
             ON CONFLICT (contact_id) DO UPDATE SET submitted_at = excluded.submitted_at,
                 status = 'submitted', reviewer_name = NULL, reviewer_credential = NULL,
                 decided_at = NULL, comment = NULL",
            params![id, now.to_string()],
        )?;
        audit::record(tx, now, AuditAction::ReviewSubmitted, &id.to_string())?;
        sent += 1;
    }
    Ok(sent)
}

/// Submits the team's sample of signed notes never submitted: a note is in
/// the sample when its id falls in the admin's share, so the sample is the
/// same however often this runs and cannot be steered by picking notes.
pub fn submit_sample(store: &mut Store) -> Result<u32> {
    let now = store.now();
    store.write(|tx| {
        let percent = roster::require(tx)?.review_sample_percent;
        let due: Vec<ContactId> = tx
            .prepare(
                "SELECT s.contact_id FROM note_signatures s
                 WHERE NOT EXISTS (SELECT 1 FROM note_reviews r WHERE r.contact_id = s.contact_id)
                 ORDER BY s.signed_at",
            )?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let sampled: Vec<ContactId> = due
            .into_iter()
            .filter(|id| in_sample(*id, percent))
            .collect();
        if sampled.is_empty() {
            return Ok(0);
        }
        submit_in(tx, &sampled, now)
    })
}

fn in_sample(id: ContactId, percent: u8) -> bool {
    let digest = Sha256::digest(id.to_string().as_bytes());
    let n = u16::from_be_bytes([digest[0], digest[1]]);
    u32::from(n) * 100 < u32::from(percent) * 65_536
}

fn submitted_note(conn: &Connection, id: ContactId) -> Result<SubmittedNote> {
    let note = contact::fetch(conn, id)?;
    let signature = note
        .signature
        .clone()
        .ok_or_else(|| ValidationError::new("notes", Problem::NoSuchRecord))?;
    let who = participant::fetch(conn, note.participant_id)?;
    let goals = goal_words(conn, &note)?;
    let language = crate::i18n::Language::English;
    Ok(SubmittedNote {
        note_id: id,
        participant_initials: initials(
            who.preferred_name.as_deref().or(who.first_name.as_deref()),
            who.last_name.as_deref(),
        ),
        occurred_at: note.occurred_at,
        duration_minutes: note.duration_minutes,
        mode: note.mode.code().into(),
        services: note.services.iter().map(|s| s.code().into()).collect(),
        note: contact::written_note(
            note.group.as_ref().map(|g| g.shared.as_str()),
            &note.narrative,
            &note.parts,
            language,
        ),
        goals,
        signer: crate::domain::note_signature::signer_line(
            &signature.signer_name,
            signature.signer_credential.as_deref(),
        ),
        signed_at: signature.signed_at,
        addenda: addendum::list_for(conn, id)?
            .into_iter()
            .map(|a| SubmittedAddendum {
                written_at: a.written_at,
                reason: a.reason,
                text: a.text,
            })
            .collect(),
    })
}

fn goal_words(conn: &Connection, note: &contact::Contact) -> Result<Vec<String>> {
    let mut words = Vec::new();
    for key in &note.goals {
        let text: Option<String> = conn
            .query_row(
                "SELECT g.words FROM recovery_plan_goals g
                 JOIN recovery_plans v ON v.id = g.plan_id
                 WHERE g.goal_key = ?1 AND v.participant_id = ?2
                 ORDER BY v.version DESC LIMIT 1",
                params![key, note.participant_id],
                |row| row.get(0),
            )
            .optional()?;
        words.extend(text);
    }
    Ok(words)
}

/// "Jordan Avery" and "Lee" → "J. A. L.": enough for a supervisor to tell
/// notes apart, not enough to name anyone. No name at all reads "—".
pub fn initials(given: Option<&str>, last: Option<&str>) -> String {
    let letters: Vec<String> = given
        .into_iter()
        .chain(last)
        .flat_map(str::split_whitespace)
        .filter_map(|word| word.chars().next())
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    if letters.is_empty() {
        "—".into()
    } else {
        letters.join(" ")
    }
}

/// The review of a note on the peer's side, if it was ever submitted.
pub fn review_of(conn: &Connection, id: ContactId) -> Result<Option<NoteReview>> {
    Ok(conn
        .prepare_cached(
            "SELECT submitted_at, status, reviewer_name, reviewer_credential, decided_at, comment
             FROM note_reviews WHERE contact_id = ?1",
        )?
        .query_row([id], |row| {
            let status: String = row.get(1)?;
            let decided_at: Option<String> = row.get(4)?;
            Ok(NoteReview {
                submitted_at: rfc3339(row, 0)?,
                status: ReviewStatus::parse(&status),
                reviewer_name: row.get(2)?,
                reviewer_credential: row.get(3)?,
                decided_at: decided_at.and_then(|t| Timestamp::parse(&t)),
                comment: row.get(5)?,
            })
        })
        .optional()?)
}

/// A note's review beside the note it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReviewOfNote {
    pub note_id: ContactId,
    pub review: NoteReview,
}

/// The reviews of a participant's notes that were ever submitted, so their
/// timeline shows each note's standing in one read.
pub fn reviews_for(conn: &Connection, participant: ParticipantId) -> Result<Vec<ReviewOfNote>> {
    let ids: Vec<ContactId> = conn
        .prepare_cached(
            "SELECT r.contact_id FROM note_reviews r JOIN contacts c ON c.id = r.contact_id
             WHERE c.participant_id = ?1",
        )?
        .query_map([participant], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut reviews = Vec::with_capacity(ids.len());
    for note_id in ids {
        if let Some(review) = review_of(conn, note_id)? {
            reviews.push(ReviewOfNote { note_id, review });
        }
    }
    Ok(reviews)
}

/// Writes a note submitted at `submitted_at` and approved by `decision`,
/// as the peer's store holds it once the decision arrives: for the demo,
/// whose peer has no team to exchange with.
pub fn insert_approved(
    conn: &Connection,
    submitted_at: Timestamp,
    decision: &ReviewDecision,
) -> Result<()> {
    conn.execute(
        "INSERT INTO note_reviews (contact_id, submitted_at, status) VALUES (?1, ?2, 'submitted')",
        params![decision.note_id, submitted_at.to_string()],
    )?;
    receive_decision(conn, decision)
}

/// The peer's store takes a supervisor's decision on a note it submitted.
/// A co-signed note stays co-signed; a decision on a note never submitted
/// from here is ignored.
pub fn receive_decision(conn: &Connection, decision: &ReviewDecision) -> Result<()> {
    let Some(current) = review_of(conn, decision.note_id)? else {
        return Ok(());
    };
    if current.status == ReviewStatus::Approved {
        return Ok(());
    }
    conn.execute(
        "UPDATE note_reviews SET status = ?2, reviewer_name = ?3, reviewer_credential = ?4,
             decided_at = ?5, comment = ?6 WHERE contact_id = ?1",
        params![
            decision.note_id,
            decision.decision.code(),
            decision.reviewer_name,
            decision.reviewer_credential,
            decision.decided_at.to_string(),
            decision.comment
        ],
    )?;
    audit::record(
        conn,
        decision.decided_at,
        AuditAction::ReviewDecided,
        &format!("{} {}", decision.note_id, decision.decision.code()),
    )?;
    Ok(())
}

/// A note in a supervisor's review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QueuedReview {
    pub from_name: String,
    pub note: SubmittedNote,
    pub received_at: Timestamp,
    pub decision: Option<Decision>,
    pub comment: Option<String>,
    pub decided_at: Option<Timestamp>,
}

/// The supervisor's store takes a note a peer submitted. A note sent again
/// (after an addendum) replaces the copy held and waits for a new decision.
pub fn receive_request(
    conn: &Connection,
    from: &MemberKey,
    note: &SubmittedNote,
    now: Timestamp,
) -> Result<()> {
    let json = serde_json::to_string(note).expect("a note always serialises");
    conn.execute(
        "INSERT INTO review_queue (note_id, sender, note, received_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (note_id) DO UPDATE SET sender = excluded.sender, note = excluded.note,
             received_at = excluded.received_at, decision = NULL, comment = NULL, decided_at = NULL
         WHERE review_queue.decision IS NOT 'approved'",
        params![note.note_id, from, json, now.to_string()],
    )?;
    Ok(())
}

/// The review queue: notes waiting for a decision first, oldest first;
/// then those decided, newest first.
pub fn queue(store: &Store) -> Result<Vec<QueuedReview>> {
    roster::require(store.conn())?;
    let members = roster::members(store.conn())?;
    let name_of = |sender: &MemberKey| {
        members
            .iter()
            .find(|m| &m.key == sender)
            .map_or_else(|| sender.fingerprint(), |m| m.name.clone())
    };
    let rows = store
        .conn()
        .prepare(
            "SELECT sender, note, received_at, decision, comment, decided_at FROM review_queue
             ORDER BY decision IS NOT NULL, CASE WHEN decision IS NULL THEN received_at END,
                 decided_at DESC",
        )?
        .query_map([], |row| {
            let sender: MemberKey = row.get(0)?;
            let note: String = row.get(1)?;
            let decision: Option<String> = row.get(3)?;
            let decided_at: Option<String> = row.get(5)?;
            Ok(QueuedReview {
                from_name: name_of(&sender),
                note: serde_json::from_str(&note).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        1,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                received_at: rfc3339(row, 2)?,
                decision: decision.map(|d| match d.as_str() {
                    "approved" => Decision::Approved,
                    _ => Decision::ChangesRequested,
                }),
                comment: row.get(4)?,
                decided_at: decided_at.and_then(|t| Timestamp::parse(&t)),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A supervisor decides on a queued note and the decision goes back to the
/// peer who sent it. Asking for changes needs a comment saying which.
pub fn decide(
    store: &mut Store,
    note_id: ContactId,
    decision: Decision,
    comment: Option<&str>,
) -> Result<()> {
    let comment = optional_note("comment", comment, MAX_COMMENT_CHARS)?;
    if decision == Decision::ChangesRequested && comment.is_none() {
        return Err(ValidationError::new("comment", Problem::Required).into());
    }
    let now = store.now();
    store.write(|tx| {
        let me = roster::me(tx)?;
        if me.role != Role::Supervisor {
            return Err(Error::TeamRoleRequired("supervisor"));
        }
        let (sender, decided): (MemberKey, Option<String>) = tx
            .query_row(
                "SELECT sender, decision FROM review_queue WHERE note_id = ?1",
                [note_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound("note for review"))?;
        if decided.is_some() {
            return Err(ValidationError::new("decision", Problem::Duplicate).into());
        }
        tx.execute(
            "UPDATE review_queue SET decision = ?2, comment = ?3, decided_at = ?4 WHERE note_id = ?1",
            params![note_id, decision.code(), comment, now.to_string()],
        )?;
        let answer = ReviewDecision {
            note_id,
            decision,
            comment: comment.clone(),
            reviewer_name: me.name,
            reviewer_credential: me.credential,
            decided_at: now,
        };
        outbox::queue(tx, now, vec![sender], Message::ReviewDecision(answer))?;
        audit::record(
            tx,
            now,
            AuditAction::ReviewDecided,
            &format!("{note_id} {}", decision.code()),
        )
    })
}
