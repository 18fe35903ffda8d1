//! Supervision sessions through the team folder: the supervisor records a
//! session with a peer of the team and it is sent to that peer; the peer
//! acknowledges it and the acknowledgement goes back, so both stores hold
//! the same signed hours for certification. Each side's private note stays
//! in its own store.

use super::key::MemberKey;
use super::message::{Acknowledgement, Message};
use super::{outbox, roster};
use crate::audit::{self, AuditAction};
use crate::error::{Error, Result};
use crate::ids::SupervisionId;
use crate::store::Store;
use crate::supervision::{session, Session, SessionInput, SupervisionKind, SupervisionTopic};
use crate::time::Timestamp;
use chrono::NaiveDate;
use rusqlite::Connection;

/// What a supervisor enters; who they are comes from the team's roster.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SessionWith {
    /// The peer's member key.
    pub peer: String,
    pub held_on: NaiveDate,
    pub minutes: u32,
    pub kind: SupervisionKind,
    pub topics: Vec<SupervisionTopic>,
    pub private_note: Option<String>,
}

/// Records a session with a peer of the team and sends it to them.
pub fn record(store: &mut Store, input: SessionWith) -> Result<Session> {
    let peer_key = MemberKey::parse("peer", &input.peer)?;
    let conn = store.conn();
    let me = roster::me(conn)?;
    if me.role != roster::Role::Supervisor {
        return Err(Error::TeamRoleRequired("supervisor"));
    }
    let peer = roster::member(conn, &peer_key)?.ok_or_else(|| {
        crate::validate::ValidationError::new("peer", crate::validate::Problem::NoSuchRecord)
    })?;
    let session = session::record(
        store,
        SessionInput {
            held_on: input.held_on,
            minutes: input.minutes,
            kind: input.kind,
            topics: input.topics,
            supervisor_name: me.name,
            supervisor_credential: me.credential,
            peer_name: peer.name,
            counterpart: Some(peer_key.to_string()),
            private_note: input.private_note,
        },
    )?;
    let now = store.now();
    store.write(|tx| {
        outbox::queue(
            tx,
            now,
            vec![peer_key],
            Message::SupervisionSession(session.shared()),
        )?;
        audit::record(
            tx,
            now,
            AuditAction::SupervisionRecorded,
            &session.id.to_string(),
        )
    })?;
    Ok(session)
}

/// The peer acknowledges a session and the acknowledgement goes back to
/// the supervisor who sent it.
pub fn acknowledge(store: &mut Store, id: SupervisionId) -> Result<Session> {
    let session = session::acknowledge(store, id)?;
    let now = store.now();
    let supervisor = session
        .counterpart
        .as_deref()
        .and_then(|key| key.parse::<MemberKey>().ok());
    store.write(|tx| {
        if let (Some(supervisor), Some(at)) = (supervisor, session.acknowledged_at) {
            if roster::get(tx)?.is_some() {
                outbox::queue(
                    tx,
                    now,
                    vec![supervisor],
                    Message::SupervisionAcknowledged(Acknowledgement { session_id: id, at }),
                )?;
            }
        }
        audit::record(
            tx,
            now,
            AuditAction::SupervisionAcknowledged,
            &id.to_string(),
        )
    })?;
    Ok(session)
}

/// The peer's store takes a session its supervisor sent.
pub(crate) fn receive(
    conn: &Connection,
    from: &MemberKey,
    shared: &crate::supervision::SessionShared,
    now: Timestamp,
) -> Result<()> {
    session::receive(conn, shared, now)?;
    let held = session::get(conn, shared.id)?;
    if held.counterpart.is_none() && !held.acknowledged() {
        session::set_counterpart(conn, shared.id, Some(&from.to_string()))?;
    }
    Ok(())
}

/// The supervisor's store takes an acknowledgement, only from the peer the
/// session was with.
pub(crate) fn receive_acknowledgement(
    conn: &Connection,
    from: &MemberKey,
    acknowledgement: &Acknowledgement,
) -> Result<()> {
    let held = session::get(conn, acknowledgement.session_id)?;
    if held.counterpart.as_deref() != Some(from.to_string().as_str()) {
        return Err(Error::NotFound("supervision session"));
    }
    session::receive_acknowledgement(conn, acknowledgement.session_id, acknowledgement.at)
}
