//! An addendum: a dated, signed correction beneath a signed note, with the
//! reason for it. It is the only way a signed note changes, and it is
//! itself never changed or deleted.

use super::note_signature;
use crate::error::Result;
use crate::ids::{AddendumId, ContactId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{required_note, required_text, Checked};
use peerlog_store::settings::Signer;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

pub const MAX_REASON_CHARS: usize = 300;
pub const MAX_TEXT_CHARS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Addendum {
    pub id: AddendumId,
    pub contact_id: ContactId,
    pub written_at: Timestamp,
    /// Why the note needed it: "wrong date", "late entry", "clarification".
    pub reason: String,
    pub text: String,
    pub signer_name: String,
    pub signer_credential: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AddendumInput {
    pub contact_id: ContactId,
    pub reason: String,
    pub text: String,
}

impl AddendumInput {
    pub fn checked(self) -> Checked<AddendumInput> {
        Ok(AddendumInput {
            contact_id: self.contact_id,
            reason: required_text("reason", &self.reason, MAX_REASON_CHARS)?,
            text: required_note("text", &self.text, MAX_TEXT_CHARS)?,
        })
    }
}

/// Adds a signed addendum beneath a signed note; an unsigned note is
/// edited instead, so it is refused here.
pub fn add(store: &mut Store, input: AddendumInput, signer: Signer) -> Result<Addendum> {
    let input = input.checked()?;
    let signer = signer.checked()?;
    let now = store.now();
    store.write(|tx| {
        super::contact::fetch_bare(tx, input.contact_id)?;
        if note_signature::of(tx, input.contact_id)?.is_none() {
            return Err(crate::Error::NoteNotSigned);
        }
        insert(tx, &input, &signer, now)
    })
}

/// Adds an addendum signed as the signer set in Settings, and gives back
/// the note with every addendum beneath it.
pub fn add_as_set(store: &mut Store, input: AddendumInput) -> Result<super::contact::Contact> {
    let signer = peerlog_store::settings::signer(store)?;
    let contact_id = input.contact_id;
    add(store, input, signer)?;
    super::contact::get(store, contact_id)
}

/// Writes an addendum beneath a note known to be signed, at `at`.
pub fn insert(
    conn: &Connection,
    input: &AddendumInput,
    signer: &Signer,
    at: Timestamp,
) -> Result<Addendum> {
    let addendum = Addendum {
        id: AddendumId::new(),
        contact_id: input.contact_id,
        written_at: at,
        reason: input.reason.clone(),
        text: input.text.clone(),
        signer_name: signer.name.clone(),
        signer_credential: signer.credential.clone(),
    };
    conn.prepare_cached(
            "INSERT INTO addenda (id, contact_id, written_at, reason, text, signer_name, signer_credential)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            addendum.id,
            addendum.contact_id,
            at.to_string(),
            addendum.reason,
            addendum.text,
            addendum.signer_name,
            addendum.signer_credential,
        ])?;
    Ok(addendum)
}

/// A note's addenda, oldest first: they read in the order they were added.
pub fn list_for(conn: &Connection, contact_id: ContactId) -> Result<Vec<Addendum>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, contact_id, written_at, reason, text, signer_name, signer_credential
         FROM addenda WHERE contact_id = ?1 ORDER BY written_at, rid",
    )?;
    let rows = stmt
        .query_map([contact_id], |row| {
            Ok(Addendum {
                id: row.get(0)?,
                contact_id: row.get(1)?,
                written_at: rfc3339(row, 2)?,
                reason: row.get(3)?,
                text: row.get(4)?,
                signer_name: row.get(5)?,
                signer_credential: row.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
