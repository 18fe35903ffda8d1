//! Signing a contact's note. A signed note is a record of service a payer
//! and an auditor rely on: from then on it is never changed or deleted,
//! only amended by an addendum (`addendum`). Core refuses first, naming the
//! addendum; the store's triggers (migration 0009) hold under any path.

use super::addendum::{self, Addendum};
use super::contact::{self, Contact};
use super::note_format::NoteFormat;
use crate::error::Result;
use crate::ids::{ContactId, ParticipantId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use peerlog_store::settings::Signer;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoteSignature {
    pub signer_name: String,
    pub signer_credential: Option<String>,
    pub signed_at: Timestamp,
    /// A supervisor's co-signature, once the note was approved in review
    /// (`peerlog_core::team::review`); kept for good, like the signature.
    pub cosigned: Option<Cosignature>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Cosignature {
    pub name: String,
    pub credential: Option<String>,
    pub at: Timestamp,
}

/// How a signer reads on a document: "Sam Rivera, CPS", or the name alone.
pub fn signer_line(name: &str, credential: Option<&str>) -> String {
    match credential {
        Some(credential) => format!("{name}, {credential}"),
        None => name.to_string(),
    }
}

/// Signs a contact's note as `signer`; refused when it is signed already.
pub fn sign(store: &mut Store, contact_id: ContactId, signer: Signer) -> Result<NoteSignature> {
    let signer = signer.checked()?;
    let now = store.now();
    store.write(|tx| {
        let note = contact::fetch(tx, contact_id)?;
        if note.signature.is_some() {
            return Err(crate::Error::NoteSigned);
        }
        insert(tx, &note, &signer, now)
    })
}

/// Signs a note as the signer set in Settings, and gives it back signed.
pub fn sign_as_set(store: &mut Store, contact_id: ContactId) -> Result<Contact> {
    let signer = peerlog_store::settings::signer(store)?;
    sign(store, contact_id, signer)?;
    contact::get(store, contact_id)
}

/// Writes the signature of a note known to be unsigned, at `at`.
pub fn insert(
    conn: &Connection,
    note: &Contact,
    signer: &Signer,
    at: Timestamp,
) -> Result<NoteSignature> {
    conn.prepare_cached(
        "INSERT INTO note_signatures (contact_id, signer_name, signer_credential, signed_at, content_sha256)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        note.id,
        signer.name,
        signer.credential,
        at.to_string(),
        content_sha256(note),
    ])?;
    Ok(NoteSignature {
        signer_name: signer.name.clone(),
        signer_credential: signer.credential.clone(),
        signed_at: at,
        cosigned: None,
    })
}

/// Fails with `NoteSigned` when the contact's note is signed: called before
/// every edit and delete of a contact.
pub fn require_unsigned(conn: &Connection, contact_id: ContactId) -> Result<()> {
    match of(conn, contact_id)? {
        Some(_) => Err(crate::Error::NoteSigned),
        None => Ok(()),
    }
}

/// Whether any of a participant's notes is signed: such a participant's
/// record is kept.
pub fn any_signed_for(conn: &Connection, participant_id: ParticipantId) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM note_signatures s JOIN contacts c ON c.id = s.contact_id
             WHERE c.participant_id = ?1)",
        )?
        .query_row([participant_id], |row| row.get(0))?)
}

pub fn of(conn: &Connection, contact_id: ContactId) -> Result<Option<NoteSignature>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.signer_name, s.signer_credential, s.signed_at,
                    r.reviewer_name, r.reviewer_credential, r.decided_at
             FROM note_signatures s
             LEFT JOIN note_reviews r ON r.contact_id = s.contact_id AND r.status = 'approved'
             WHERE s.contact_id = ?1",
        )?
        .query_row([contact_id], |row| {
            let cosigner: Option<String> = row.get(3)?;
            Ok(NoteSignature {
                signer_name: row.get(0)?,
                signer_credential: row.get(1)?,
                signed_at: rfc3339(row, 2)?,
                cosigned: match cosigner {
                    Some(name) => Some(Cosignature {
                        name,
                        credential: row.get(4)?,
                        at: rfc3339(row, 5)?,
                    }),
                    None => None,
                },
            })
        })
        .optional()?)
}

/// Gives each contact its signature and addenda, so a note never appears
/// without what amends it.
pub fn attach(conn: &Connection, contacts: &mut [Contact]) -> Result<()> {
    for note in contacts {
        note.signature = of(conn, note.id)?;
        note.addenda = if note.signature.is_some() {
            addendum::list_for(conn, note.id)?
        } else {
            Vec::<Addendum>::new()
        };
    }
    Ok(())
}

/// Signed notes whose content is no longer what was signed (which the
/// triggers should make impossible): the integrity check lists them.
pub fn altered(conn: &Connection) -> Result<Vec<ContactId>> {
    let mut stmt = conn.prepare("SELECT contact_id, content_sha256 FROM note_signatures")?;
    let signed = stmt
        .query_map([], |row| {
            Ok((row.get::<_, ContactId>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut altered = Vec::new();
    for (id, hash) in signed {
        let still_same = match contact::fetch_bare(conn, id) {
            Ok(note) => content_sha256(&note) == hash,
            Err(_) => false,
        };
        if !still_same {
            altered.push(id);
        }
    }
    Ok(altered)
}

/// SHA-256 over everything the note says, each field length-prefixed so no
/// two notes hash alike by moving text between fields.
fn content_sha256(note: &Contact) -> String {
    let mut hash = Sha256::new();
    let mut field = |text: &str| {
        hash.update(text.len().to_le_bytes());
        hash.update(text.as_bytes());
    };
    field("peerlog-note-1");
    field(&note.id.to_string());
    field(&note.participant_id.to_string());
    // The instant and its offset as the store keeps them, not a display
    // format that could change.
    field(&note.occurred_at.utc_text());
    field(&note.occurred_at.offset_minutes().to_string());
    field(&note.duration_minutes.to_string());
    field(note.mode.code());
    field(note.setting.as_deref().unwrap_or(""));
    let services: Vec<&str> = note.services.iter().map(|s| s.code()).collect();
    field(&services.join(","));
    let dimensions: Vec<&str> = note.dimensions.iter().map(|d| d.code()).collect();
    field(&dimensions.join(","));
    field(&note.narrative);
    // Goals and structure came later: a free-text note naming no goal
    // hashes as notes signed before them.
    if note.format != NoteFormat::Free {
        field("format");
        field(note.format.code());
        for section in &note.parts {
            field(section.part.code());
            field(&section.text);
        }
    }
    // So did group notes: a note of no group hashes as before.
    if let Some(group) = &note.group {
        field("group");
        field(&group.session_id.to_string());
        field(&group.shared);
    }
    if !note.goals.is_empty() {
        field("goals");
        let goals: Vec<String> = note.goals.iter().map(|g| g.to_string()).collect();
        field(&goals.join(","));
    }
    hex::encode(hash.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contact::{ContactMode, NoteSection, Service};
    use crate::domain::note_format::NotePart;
    use crate::domain::wellness::Dimension;

    fn note() -> Contact {
        Contact {
            id: ContactId::parse("01a23c99-a811-75bb-9d38-b028e54aebe9").unwrap(),
            participant_id: ParticipantId::parse("01a23c99-a80d-7742-a147-20ca7557bdce").unwrap(),
            occurred_at: Timestamp::parse("2026-03-02T10:00:00-05:00").unwrap(),
            duration_minutes: 30,
            units: 2,
            mode: ContactMode::Phone,
            setting: None,
            services: vec![Service::CheckIn],
            dimensions: vec![Dimension::ALL[0]],
            narrative: "Talked about the court date.".into(),
            format: NoteFormat::Free,
            parts: Vec::new(),
            goals: Vec::new(),
            group: None,
            signature: None,
            addenda: Vec::new(),
        }
    }

    /// Signatures already stored hold this hash: a change to how it is
    /// computed would make every one of them fail the integrity check.
    #[test]
    fn the_content_hash_of_a_note_never_changes() {
        assert_eq!(
            content_sha256(&note()),
            "f018bf162cad4cff557cad146fef30e1a0c9005c452c7a51ac90f7a58766f19f"
        );
    }

    #[test]
    fn any_change_to_what_the_note_says_changes_the_hash() {
        let signed = content_sha256(&note());
        let changes: Vec<fn(&mut Contact)> = vec![
            |n| n.narrative.push('.'),
            |n| n.duration_minutes += 1,
            |n| n.mode = ContactMode::Video,
            |n| n.setting = Some("Library".into()),
            |n| n.services.clear(),
            |n| n.dimensions.clear(),
            |n| n.occurred_at = n.occurred_at.plus_minutes(1),
            |n| n.goals.push(crate::ids::PlanGoalKey::new()),
            |n| n.format = NoteFormat::Dap,
            |n| {
                n.format = NoteFormat::Girp;
                n.parts = vec![NoteSection {
                    part: NotePart::Response,
                    text: "Agreed to call.".into(),
                }];
            },
        ];
        for change in changes {
            let mut changed = note();
            change(&mut changed);
            assert_ne!(content_sha256(&changed), signed);
        }
        // What only the store adds (units, signature) is not the note's text.
        let mut recounted = note();
        recounted.units = 0;
        assert_eq!(content_sha256(&recounted), signed);
    }
}
