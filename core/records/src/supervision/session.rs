//! One supervision session, as each side keeps it: the supervisor records
//! it, its shared part travels to the peer's store, the peer acknowledges
//! it, and the acknowledgement travels back. Once acknowledged it is
//! locked (migration 0018) but for each side's private note.

use super::vocabulary::{SupervisionKind, SupervisionSide, SupervisionTopic};
use crate::domain::vocabulary::{dedup, join_codes, split_codes};
use crate::error::{Error, Result};
use crate::ids::SupervisionId;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{
    in_range, optional_note, optional_text, plausible_date, required_text, Checked,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// The longest session kept: a full working day.
pub const MAX_MINUTES: u32 = 720;

// Named apart in TypeScript from a recovery group's session and its input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "bindings",
    derive(ts_rs::TS),
    ts(rename = "SupervisionSession")
)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: SupervisionId,
    pub held_on: NaiveDate,
    pub minutes: u32,
    pub kind: SupervisionKind,
    pub topics: Vec<SupervisionTopic>,
    pub supervisor_name: String,
    pub supervisor_credential: Option<String>,
    pub peer_name: String,
    /// The other side's member key in the team; set by the team layer.
    pub counterpart: Option<String>,
    pub side: SupervisionSide,
    /// This side's own note: never sent, editable by its owner at any time.
    pub private_note: Option<String>,
    /// When the peer acknowledged it; from then on it is locked.
    pub acknowledged_at: Option<Timestamp>,
    pub recorded_at: Timestamp,
}

/// Exactly what travels from the supervisor's store to the peer's: never
/// a private note, never the counterpart key (each store knows the other
/// by its own team record) and never an acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "bindings",
    derive(ts_rs::TS),
    ts(rename = "SupervisionShared")
)]
#[serde(rename_all = "camelCase")]
pub struct SessionShared {
    pub id: SupervisionId,
    pub held_on: NaiveDate,
    pub minutes: u32,
    pub kind: SupervisionKind,
    pub topics: Vec<SupervisionTopic>,
    pub supervisor_name: String,
    pub supervisor_credential: Option<String>,
    pub peer_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "bindings",
    derive(ts_rs::TS),
    ts(rename = "SupervisionSessionInput")
)]
#[serde(rename_all = "camelCase")]
pub struct SessionInput {
    pub held_on: NaiveDate,
    pub minutes: u32,
    pub kind: SupervisionKind,
    #[serde(default)]
    pub topics: Vec<SupervisionTopic>,
    pub supervisor_name: String,
    #[serde(default)]
    pub supervisor_credential: Option<String>,
    pub peer_name: String,
    #[serde(default)]
    pub counterpart: Option<String>,
    #[serde(default)]
    pub private_note: Option<String>,
}

/// What both a recorded and a received session must satisfy. A received
/// one comes from another store, so it is checked as if typed here.
struct Described {
    held_on: NaiveDate,
    minutes: u32,
    topics: Vec<SupervisionTopic>,
    supervisor_name: String,
    supervisor_credential: Option<String>,
    peer_name: String,
}

#[allow(clippy::too_many_arguments)]
fn described(
    held_on: NaiveDate,
    not_after: Option<NaiveDate>,
    minutes: u32,
    topics: &[SupervisionTopic],
    supervisor_name: &str,
    supervisor_credential: Option<&str>,
    peer_name: &str,
) -> Checked<Described> {
    plausible_date("held_on", held_on, not_after)?;
    in_range("minutes", minutes.into(), 1, MAX_MINUTES.into())?;
    Ok(Described {
        held_on,
        minutes,
        topics: dedup(topics),
        supervisor_name: required_text("supervisor_name", supervisor_name, 200)?,
        supervisor_credential: optional_text("supervisor_credential", supervisor_credential, 100)?,
        peer_name: required_text("peer_name", peer_name, 200)?,
    })
}

fn checked_note(text: Option<&str>) -> Checked<Option<String>> {
    optional_note("private_note", text, 4000)
}

fn checked_counterpart(key: Option<&str>) -> Checked<Option<String>> {
    optional_text("counterpart", key, 200)
}

impl SessionShared {
    pub fn checked(self) -> Checked<SessionShared> {
        // The supervisor's clock may run a day ahead of this one across
        // time zones, so no "not in the future" here; their store checked.
        let d = described(
            self.held_on,
            None,
            self.minutes,
            &self.topics,
            &self.supervisor_name,
            self.supervisor_credential.as_deref(),
            &self.peer_name,
        )?;
        Ok(SessionShared {
            id: self.id,
            held_on: d.held_on,
            minutes: d.minutes,
            kind: self.kind,
            topics: d.topics,
            supervisor_name: d.supervisor_name,
            supervisor_credential: d.supervisor_credential,
            peer_name: d.peer_name,
        })
    }
}

impl Session {
    /// The part the supervisor's store sends to the peer's.
    pub fn shared(&self) -> SessionShared {
        SessionShared {
            id: self.id,
            held_on: self.held_on,
            minutes: self.minutes,
            kind: self.kind,
            topics: self.topics.clone(),
            supervisor_name: self.supervisor_name.clone(),
            supervisor_credential: self.supervisor_credential.clone(),
            peer_name: self.peer_name.clone(),
        }
    }

    pub fn acknowledged(&self) -> bool {
        self.acknowledged_at.is_some()
    }
}

/// The supervisor records a session they held; this store is their side.
pub fn record(store: &mut Store, input: SessionInput) -> Result<Session> {
    let now = store.now();
    let d = described(
        input.held_on,
        Some(now.local_date()),
        input.minutes,
        &input.topics,
        &input.supervisor_name,
        input.supervisor_credential.as_deref(),
        &input.peer_name,
    )?;
    let counterpart = checked_counterpart(input.counterpart.as_deref())?;
    let note = checked_note(input.private_note.as_deref())?;
    let id = SupervisionId::new();
    store.write(|tx| {
        insert(
            tx,
            id,
            &d,
            input.kind,
            counterpart.as_deref(),
            SupervisionSide::AsSupervisor,
            note.as_deref(),
            now,
        )?;
        get(tx, id)
    })
}

/// The peer's store keeps a session its supervisor sent, as not yet
/// acknowledged. Receiving the same session again changes nothing, so a
/// message delivered twice is harmless. `now` is this store's clock
/// (`Store::now`), the moment it was received. Runs inside the caller's
/// transaction, beside whatever else the message carried.
pub fn receive(conn: &Connection, shared: &SessionShared, now: Timestamp) -> Result<()> {
    let shared = shared.clone().checked()?;
    let d = Described {
        held_on: shared.held_on,
        minutes: shared.minutes,
        topics: shared.topics,
        supervisor_name: shared.supervisor_name,
        supervisor_credential: shared.supervisor_credential,
        peer_name: shared.peer_name,
    };
    insert(
        conn,
        shared.id,
        &d,
        shared.kind,
        None,
        SupervisionSide::AsPeer,
        None,
        now,
    )
}

#[allow(clippy::too_many_arguments)]
fn insert(
    conn: &Connection,
    id: SupervisionId,
    d: &Described,
    kind: SupervisionKind,
    counterpart: Option<&str>,
    side: SupervisionSide,
    note: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO supervision_sessions (id, held_on, minutes, kind, topics, supervisor_name,
            supervisor_credential, peer_name, counterpart, side, private_note, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO NOTHING",
    )?
    .execute(params![
        id,
        d.held_on,
        d.minutes,
        kind,
        join_codes(&d.topics, SupervisionTopic::code),
        d.supervisor_name,
        d.supervisor_credential,
        d.peer_name,
        counterpart,
        side,
        note,
        now.to_string(),
    ])?;
    Ok(())
}

/// The peer acknowledges a session received from their supervisor: it
/// now counts toward their certification, and is locked.
pub fn acknowledge(store: &mut Store, id: SupervisionId) -> Result<Session> {
    let now = store.now();
    store.write(|tx| {
        let session = get(tx, id)?;
        if session.side == SupervisionSide::AsSupervisor {
            return Err(Error::SupervisionOwnSession);
        }
        if session.acknowledged() {
            return Err(Error::SupervisionAcknowledged);
        }
        set_acknowledged(tx, id, now)?;
        get(tx, id)
    })
}

/// The supervisor's store learns that the peer acknowledged a session, at
/// `at` by the peer's clock. Idempotent: a repeated acknowledgement keeps
/// the first. A session this store received as the peer is not one the
/// supervisor's acknowledgement can be about, so it is not found.
pub fn receive_acknowledgement(conn: &Connection, id: SupervisionId, at: Timestamp) -> Result<()> {
    let session = get(conn, id)?;
    if session.side != SupervisionSide::AsSupervisor {
        return Err(Error::NotFound("supervision session"));
    }
    if session.acknowledged() {
        return Ok(());
    }
    set_acknowledged(conn, id, at)
}

fn set_acknowledged(conn: &Connection, id: SupervisionId, at: Timestamp) -> Result<()> {
    conn.execute(
        "UPDATE supervision_sessions SET acknowledged_at = ?2 WHERE id = ?1",
        params![id, at.to_string()],
    )?;
    Ok(())
}

/// Sets or (with blank text) clears this side's private note, whether or
/// not the session is acknowledged.
pub fn set_private_note(store: &mut Store, id: SupervisionId, text: &str) -> Result<Session> {
    let note = checked_note(Some(text))?;
    store.write(|tx| {
        get(tx, id)?;
        tx.execute(
            "UPDATE supervision_sessions SET private_note = ?2 WHERE id = ?1",
            params![id, note],
        )?;
        get(tx, id)
    })
}

/// The team layer names the other side's member key, before the session
/// is acknowledged (after, it is locked like the rest).
pub fn set_counterpart(conn: &Connection, id: SupervisionId, key: Option<&str>) -> Result<()> {
    let key = checked_counterpart(key)?;
    let session = get(conn, id)?;
    if session.counterpart == key {
        return Ok(());
    }
    if session.acknowledged() {
        return Err(Error::SupervisionAcknowledged);
    }
    conn.execute(
        "UPDATE supervision_sessions SET counterpart = ?2 WHERE id = ?1",
        params![id, key],
    )?;
    Ok(())
}

const SELECT: &str = "SELECT id, held_on, minutes, kind, topics, supervisor_name,
        supervisor_credential, peer_name, counterpart, side, private_note, acknowledged_at,
        recorded_at
     FROM supervision_sessions";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Session> {
    let topics: String = row.get(4)?;
    let acknowledged_at = match row.get::<_, Option<String>>(11)? {
        Some(_) => Some(rfc3339(row, 11)?),
        None => None,
    };
    Ok(Session {
        id: row.get(0)?,
        held_on: row.get(1)?,
        minutes: row.get(2)?,
        kind: row.get(3)?,
        topics: split_codes(&topics, SupervisionTopic::ALL, SupervisionTopic::code),
        supervisor_name: row.get(5)?,
        supervisor_credential: row.get(6)?,
        peer_name: row.get(7)?,
        counterpart: row.get(8)?,
        side: row.get(9)?,
        private_note: row.get(10)?,
        acknowledged_at,
        recorded_at: rfc3339(row, 12)?,
    })
}

/// Every session this store keeps, either side, newest first.
pub fn list(store: &Store) -> Result<Vec<Session>> {
    Ok(store
        .conn()
        .prepare_cached(&format!("{SELECT} ORDER BY held_on DESC, rid DESC"))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn get(conn: &Connection, id: SupervisionId) -> Result<Session> {
    conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound("supervision session"))
}

/// The supervision this store's peer received and acknowledged from
/// `from` to `to`, both included, oldest first: the sessions that count as
/// supervision hours toward their certification.
pub fn acknowledged_received(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Session>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE side = 'as_peer' AND acknowledged_at IS NOT NULL
               AND held_on BETWEEN ?1 AND ?2
             ORDER BY held_on, rid"
        ))?
        .query_map(params![from, to], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}
