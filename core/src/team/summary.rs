//! The supervisor's view: each peer's app sends the counts of its last
//! complete week on its own, once, when it next meets the folder: counts
//! only, no names. The supervisor's store keeps every week from every
//! peer, so trends over months can be drawn.

use super::key::MemberKey;
use super::message::Message;
use super::{outbox, roster};
use crate::error::Result;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::views::week_summary::{self, WeekSummary};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// Queues the last complete week's counts for the team's supervisors, if
/// this store is a peer in a team and has not sent that week yet. Gives
/// back the week sent.
pub fn send_due(store: &mut Store) -> Result<Option<WeekSummary>> {
    let conn = store.conn();
    let Ok(me) = roster::me(conn) else {
        return Ok(None);
    };
    if me.role != roster::Role::Peer {
        return Ok(None);
    }
    let supervisors: Vec<MemberKey> = roster::members(conn)?
        .into_iter()
        .filter(|m| m.role == roster::Role::Supervisor)
        .map(|m| m.key)
        .collect();
    let today = store.today();
    let week = week_summary::last_complete_week(today);
    if supervisors.is_empty() || was_sent(conn, week)? {
        return Ok(None);
    }
    let summary = week_summary::week_summary(store, week, today)?;
    let now = store.now();
    store.write(|tx| outbox::queue(tx, now, supervisors, Message::WeekSummary(summary.clone())))?;
    Ok(Some(summary))
}

fn was_sent(conn: &Connection, week: chrono::NaiveDate) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM team_sent WHERE kind = 'week_summary'
             AND json_extract(body, '$.body.weekStart') = ?1 LIMIT 1",
            [week.to_string()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The supervisor's store keeps a peer's week; a week already held from
/// that peer is kept as first received.
pub(crate) fn receive(
    conn: &Connection,
    from: &MemberKey,
    summary: &WeekSummary,
    now: Timestamp,
) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO team_week_summaries (sender, week_start, summary, received_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![
            from,
            summary.week_start.to_string(),
            serde_json::to_string(summary).expect("a summary always serialises"),
            now.to_string()
        ],
    )?;
    Ok(())
}

/// One peer's weeks, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PeerWeeks {
    pub name: String,
    pub fingerprint: String,
    pub weeks: Vec<WeekSummary>,
    pub last_received: Option<Timestamp>,
}

/// Every peer of the team with the weeks their app sent.
pub fn by_peer(store: &Store) -> Result<Vec<PeerWeeks>> {
    let conn = store.conn();
    let mut peers = Vec::new();
    for member in roster::members(conn)? {
        if member.role != roster::Role::Peer {
            continue;
        }
        let rows = conn
            .prepare(
                "SELECT summary, received_at FROM team_week_summaries WHERE sender = ?1
                 ORDER BY week_start",
            )?
            .query_map([&member.key], |row| {
                Ok((row.get::<_, String>(0)?, rfc3339(row, 1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let last_received = rows.iter().map(|(_, at)| *at).max();
        peers.push(PeerWeeks {
            name: member.name,
            fingerprint: member.fingerprint,
            weeks: rows
                .into_iter()
                .filter_map(|(json, _)| serde_json::from_str(&json).ok())
                .collect(),
            last_received,
        });
    }
    Ok(peers)
}
