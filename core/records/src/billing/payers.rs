//! The payers a program bills, kept in the store, and which one each
//! participant has. Units shown anywhere follow the participant's payer;
//! without one, the standard rule (H0038, midpoint).

use super::profile::PayerProfile;
use crate::domain::contact::Contact;
use crate::domain::participant;
use crate::error::Result;
use crate::ids::{ParticipantId, PayerId};
use crate::store::Store;
use crate::validate::{Problem, ValidationError};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Payer {
    pub id: PayerId,
    pub rules: PayerProfile,
}

/// The rules for a participant without a payer.
pub fn standard() -> PayerProfile {
    PayerProfile::new("Standard")
}

/// Adds a payer; its name must differ from every other payer's.
pub fn add(store: &mut Store, rules: PayerProfile) -> Result<Payer> {
    let rules = rules.checked()?;
    let now = store.now();
    store.write(|tx| {
        if find_id(tx, &rules.name)?.is_some() {
            return Err(ValidationError::new("name", Problem::Duplicate).into());
        }
        let id = PayerId::new();
        tx.execute(
            "INSERT INTO payers (id, name, rules, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id, rules.name, to_json(&rules)?, now.to_string()],
        )?;
        Ok(Payer { id, rules })
    })
}

/// Every payer, by name.
pub fn list(store: &Store) -> Result<Vec<Payer>> {
    let mut stmt = store
        .conn()
        .prepare_cached("SELECT id, rules FROM payers ORDER BY name COLLATE NOCASE")?;
    let rows = stmt
        .query_map([], |row| {
            Ok((row.get::<_, PayerId>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, json)| {
            Ok(Payer {
                id,
                rules: from_json(&json)?,
            })
        })
        .collect()
}

/// Gives a participant a payer by its name, or none.
pub fn assign(store: &mut Store, participant_id: ParticipantId, payer: Option<&str>) -> Result<()> {
    let now = store.now();
    store.write(|tx| {
        participant::require(tx, participant_id)?;
        let payer_id = match payer {
            Some(name) => Some(
                find_id(tx, name)?
                    .ok_or_else(|| ValidationError::new("payer", Problem::NoSuchRecord))?,
            ),
            None => None,
        };
        tx.execute(
            "UPDATE participants SET payer_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![participant_id, payer_id, now.to_string()],
        )?;
        Ok(())
    })
}

/// A participant's payer, if they have one.
pub fn of_participant(store: &Store, participant_id: ParticipantId) -> Result<Option<Payer>> {
    let row: Option<(PayerId, String)> = store
        .conn()
        .prepare_cached(
            "SELECT p.id, p.rules FROM participants t JOIN payers p ON p.id = t.payer_id WHERE t.id = ?1",
        )?
        .query_row([participant_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match row {
        Some((id, json)) => Ok(Some(Payer {
            id,
            rules: from_json(&json)?,
        })),
        None => Ok(None),
    }
}

/// The rules a participant's services are billed by.
pub fn rules_for(conn: &Connection, participant_id: ParticipantId) -> Result<PayerProfile> {
    let json: Option<String> = conn
        .prepare_cached(
            "SELECT p.rules FROM participants t JOIN payers p ON p.id = t.payer_id WHERE t.id = ?1",
        )?
        .query_row([participant_id], |row| row.get(0))
        .optional()?;
    match json {
        Some(json) => from_json(&json),
        None => Ok(standard()),
    }
}

/// Sets each contact's units by its participant's payer.
pub fn apply_units(conn: &Connection, contacts: &mut [Contact]) -> Result<()> {
    let mut rules = HashMap::new();
    for contact in contacts {
        contact.units =
            rules_cached(conn, &mut rules, contact.participant_id)?.units(contact.duration_minutes);
    }
    Ok(())
}

/// A participant's rules, read once per participant into `cache`.
pub fn rules_cached<'a>(
    conn: &Connection,
    cache: &'a mut HashMap<ParticipantId, PayerProfile>,
    participant_id: ParticipantId,
) -> Result<&'a PayerProfile> {
    Ok(match cache.entry(participant_id) {
        std::collections::hash_map::Entry::Occupied(found) => found.into_mut(),
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(rules_for(conn, participant_id)?)
        }
    })
}

fn find_id(conn: &Connection, name: &str) -> Result<Option<PayerId>> {
    Ok(conn
        .prepare_cached("SELECT id FROM payers WHERE name = ?1 COLLATE NOCASE")?
        .query_row([name.trim()], |row| row.get(0))
        .optional()?)
}

fn to_json(rules: &PayerProfile) -> Result<String> {
    serde_json::to_string(rules)
        .map_err(|_| crate::Error::Database("the payer's rules could not be written".into()))
}

fn from_json(json: &str) -> Result<PayerProfile> {
    serde_json::from_str(json).map_err(|_| {
        crate::Error::StoreDamaged("a payer's rules do not read as Peerlog wrote them".into())
    })
}
