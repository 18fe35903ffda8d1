//! A partner: an organisation the program shares information with, its
//! type, the people who attend its meetings and how packets are handed to
//! it. Consents name a partner; a consent's free-text recipient resolves to
//! one by [`resolve`], so the desktop app and the command line keep passing
//! a name.

use crate::error::Result;
use crate::ids::PartnerId;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::text::{partner_key, partner_skeleton};
use crate::time::Timestamp;
use crate::validate::{optional_text, required_text, Checked, Problem, ValidationError};
use peerlog_base::vocabulary::text_enum;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(PartnerType {
    Court = "court" / "Court",
    Sheriff = "sheriff" / "Sheriff's office",
    BehavioralHealth = "behavioral_health" / "Behavioral health provider",
    PeerRun = "peer_run" / "Peer-run organization",
    Probation = "probation" / "Probation",
    Other = "other" / "Other",
});

/// Someone who attends the partner's meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    pub id: PartnerId,
    pub name: String,
    pub partner_type: PartnerType,
    pub attendees: Vec<Attendee>,
    /// How packets are handed over.
    pub handover: Option<String>,
    /// Another partner's name looks like this one's: the peer decides
    /// whether they are one (`review::merge`) or two (`review::confirm_separate`).
    pub needs_review: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PartnerInput {
    pub name: String,
    pub partner_type: PartnerType,
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    #[serde(default)]
    pub handover: Option<String>,
}

/// More than any meeting room holds; a bound on what a form sends.
const MAX_ATTENDEES: usize = 40;

impl PartnerInput {
    pub fn checked(self) -> Checked<PartnerInput> {
        let name = required_text("partner_name", &self.name, 200)?;
        if self.attendees.len() > MAX_ATTENDEES {
            return Err(ValidationError::new(
                "attendees",
                Problem::OutOfRange {
                    min: 0,
                    max: MAX_ATTENDEES as i64,
                },
            ));
        }
        let mut attendees = Vec::with_capacity(self.attendees.len());
        for attendee in &self.attendees {
            attendees.push(Attendee {
                name: required_text("attendee_name", &attendee.name, 200)?,
                role: optional_text("attendee_role", attendee.role.as_deref(), 100)?,
            });
        }
        Ok(PartnerInput {
            name,
            partner_type: self.partner_type,
            attendees,
            handover: optional_text("handover", self.handover.as_deref(), 300)?,
        })
    }
}

const COLUMNS: &str =
    "id, name, partner_type, attendees, handover, needs_review, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Partner> {
    let attendees: String = row.get(3)?;
    Ok(Partner {
        id: row.get(0)?,
        name: row.get(1)?,
        partner_type: row.get(2)?,
        // Written only by `insert`/`update` from a checked list.
        attendees: serde_json::from_str(&attendees).unwrap_or_default(),
        handover: row.get(4)?,
        needs_review: row.get(5)?,
        created_at: rfc3339(row, 6)?,
        updated_at: rfc3339(row, 7)?,
    })
}

pub fn create(store: &mut Store, input: PartnerInput) -> Result<Partner> {
    let input = input.checked()?;
    let now = store.now();
    store.write(|tx| {
        if find(tx, &input.name)?.is_some() {
            return Err(ValidationError::new("partner_name", Problem::Duplicate).into());
        }
        insert(tx, &input, now)
    })
}

/// Writes a new partner, flagged for review when its name looks like
/// another partner's.
pub fn insert(conn: &Connection, input: &PartnerInput, now: Timestamp) -> Result<Partner> {
    let id = PartnerId::new();
    let look_alike = !look_alikes_of(conn, &input.name, None)?.is_empty();
    conn.prepare_cached(&format!(
        "INSERT INTO partners ({COLUMNS}, name_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)"
    ))?
    .execute(params![
        id,
        input.name,
        input.partner_type,
        serde_json::to_string(&input.attendees).expect("attendees serialise"),
        input.handover,
        look_alike,
        now.to_string(),
        partner_key(&input.name),
    ])?;
    fetch(conn, id)
}

/// Changes a partner's name, type, attendees or handover.
pub fn update(store: &mut Store, id: PartnerId, input: PartnerInput) -> Result<Partner> {
    let input = input.checked()?;
    let now = store.now();
    store.write(|tx| {
        if find(tx, &input.name)?.is_some_and(|other| other.id != id) {
            return Err(ValidationError::new("partner_name", Problem::Duplicate).into());
        }
        let changed = tx
            .prepare_cached(
                "UPDATE partners SET name = ?2, name_key = ?3, partner_type = ?4,
                 attendees = ?5, handover = ?6, updated_at = ?7 WHERE id = ?1",
            )?
            .execute(params![
                id,
                input.name,
                partner_key(&input.name),
                input.partner_type,
                serde_json::to_string(&input.attendees).expect("attendees serialise"),
                input.handover,
                now.to_string(),
            ])?;
        crate::domain::require_changed(changed, "partner")?;
        fetch(tx, id)
    })
}

pub fn fetch(conn: &Connection, id: PartnerId) -> Result<Partner> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM partners WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("partner"))
}

pub fn get(store: &Store, id: PartnerId) -> Result<Partner> {
    fetch(store.conn(), id)
}

/// Every partner, by name.
pub fn list(store: &Store) -> Result<Vec<Partner>> {
    all(store.conn())
}

pub(crate) fn all(conn: &Connection) -> Result<Vec<Partner>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM partners ORDER BY name COLLATE NOCASE, id"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The partner `name` means: the one whose name has the same
/// `text::partner_key`, or else the one a consent made out to that name was
/// moved to when two partners were merged.
pub fn find(conn: &Connection, name: &str) -> Result<Option<Partner>> {
    let key = partner_key(name);
    if let Some(found) = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM partners WHERE name_key = ?1"
        ))?
        .query_row([&key], from_row)
        .optional()?
    {
        return Ok(Some(found));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT recipient, partner_id FROM consents WHERE partner_id IS NOT NULL",
    )?;
    let named: Vec<(String, PartnerId)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    match named
        .into_iter()
        .find(|(recipient, _)| partner_key(recipient) == key)
    {
        Some((_, id)) => Ok(Some(fetch(conn, id)?)),
        None => Ok(None),
    }
}

/// The partner a consent's recipient names, made (of type "other", for the
/// peer to complete) when no partner has that name yet. How a consent
/// written as free text always lands on a partner.
pub fn resolve(conn: &Connection, recipient: &str, now: Timestamp) -> Result<Partner> {
    if let Some(found) = find(conn, recipient)? {
        return Ok(found);
    }
    insert(
        conn,
        &PartnerInput {
            name: recipient.trim().to_string(),
            partner_type: PartnerType::Other,
            attendees: Vec::new(),
            handover: None,
        },
        now,
    )
}

/// Other partners whose names look like `name` (the same
/// `text::partner_skeleton`) without being the same name.
pub fn look_alikes_of(
    conn: &Connection,
    name: &str,
    except: Option<PartnerId>,
) -> Result<Vec<Partner>> {
    let skeleton = partner_skeleton(name);
    let key = partner_key(name);
    Ok(all(conn)?
        .into_iter()
        .filter(|p| Some(p.id) != except)
        .filter(|p| partner_skeleton(&p.name) == skeleton && partner_key(&p.name) != key)
        .collect())
}
