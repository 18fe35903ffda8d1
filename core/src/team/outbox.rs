//! Messages leave through an outbox inside the store. A message is sealed
//! when the action that makes it happens (in the same transaction, to the
//! members of that moment) and waits here until the team folder is there;
//! the peer's work never waits on the folder.

use super::envelope;
use super::folder;
use super::identity;
use super::key::MemberKey;
use super::message::{Envelope, Message};
use super::roster;
use crate::error::{Error, Result};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use rusqlite::{params, Connection};
use serde::Serialize;
use uuid::Uuid;

/// Seals `message` to `to` and queues it. Sending to nobody (a team of
/// one) queues nothing.
pub fn queue(
    conn: &Connection,
    now: Timestamp,
    to: Vec<MemberKey>,
    message: Message,
) -> Result<()> {
    if to.is_empty() {
        return Ok(());
    }
    let team = roster::require(conn)?;
    let identity = identity::load(conn)?.ok_or(Error::NoTeam)?;
    let envelope = Envelope {
        id: Uuid::now_v7(),
        team: team.id.ok_or(Error::NoTeam)?,
        from: identity.key(),
        to,
        sent_at: now,
        message,
    };
    let sealed = envelope::seal(&identity, &envelope);
    conn.execute(
        "INSERT INTO team_outbox (file_name, message_id, sealed, queued_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            folder::new_file_name(),
            envelope.id.to_string(),
            sealed,
            now.to_string()
        ],
    )?;
    let names = recipient_names(conn, &envelope.to)?;
    conn.execute(
        "INSERT INTO team_sent (message_id, kind, body, recipients, queued_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            envelope.id.to_string(),
            envelope.message.kind(),
            serde_json::to_string(&envelope.message).expect("a message always serialises"),
            serde_json::to_string(&names).expect("names always serialise"),
            now.to_string()
        ],
    )?;
    Ok(())
}

fn recipient_names(conn: &Connection, to: &[MemberKey]) -> Result<Vec<String>> {
    let members = roster::members(conn)?;
    Ok(to
        .iter()
        .map(|key| {
            members
                .iter()
                .find(|m| &m.key == key)
                .map_or_else(|| key.fingerprint(), |m| m.name.clone())
        })
        .collect())
}

/// How many messages are waiting for the folder.
pub fn waiting(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM team_outbox", [], |row| row.get(0))?)
}

/// Writes every waiting message into the team folder; each one written is
/// taken out of the outbox. With the folder away, nothing changes and the
/// count waiting is given back.
pub fn flush(store: &mut Store) -> Result<u32> {
    let team = roster::require(store.conn())?;
    if !folder::is_available(&team.folder) {
        return waiting(store.conn());
    }
    let waiting: Vec<(String, String, Vec<u8>)> = store
        .conn()
        .prepare(
            "SELECT file_name, message_id, sealed FROM team_outbox ORDER BY queued_at, file_name",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let now = store.now();
    for (file_name, message_id, sealed) in waiting {
        folder::write_once(&team.folder, &file_name, &sealed)?;
        store.write(|tx| {
            tx.execute("DELETE FROM team_outbox WHERE file_name = ?1", [&file_name])?;
            // Our own file in the folder is settled: never opened as news.
            tx.execute(
                "INSERT OR IGNORE INTO team_files_seen (file_name, outcome, seen_at) VALUES (?1, 'own', ?2)",
                params![file_name, now.to_string()],
            )?;
            tx.execute(
                "UPDATE team_sent SET delivered_at = ?2 WHERE message_id = ?1",
                params![message_id, now.to_string()],
            )?;
            Ok(())
        })?;
    }
    self::waiting(store.conn())
}

/// A message this store sent, as it was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SentMessage {
    pub kind: String,
    /// The message's body as JSON, exactly what its recipients read.
    pub body: String,
    pub recipients: Vec<String>,
    pub queued_at: Timestamp,
    pub delivered_at: Option<Timestamp>,
}

/// What this store sent, newest first.
pub fn sent(store: &Store, limit: u32) -> Result<Vec<SentMessage>> {
    let rows = store
        .conn()
        .prepare(
            "SELECT kind, body, recipients, queued_at, delivered_at FROM team_sent
             ORDER BY queued_at DESC, rowid DESC LIMIT ?1",
        )?
        .query_map([limit], |row| {
            let recipients: String = row.get(2)?;
            let delivered_at: Option<String> = row.get(4)?;
            Ok(SentMessage {
                kind: row.get(0)?,
                body: row.get(1)?,
                recipients: serde_json::from_str(&recipients).unwrap_or_default(),
                queued_at: rfc3339(row, 3)?,
                delivered_at: delivered_at.and_then(|t| Timestamp::parse(&t)),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
