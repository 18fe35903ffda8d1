//! Reading the team folder. Each file not yet settled is opened; what
//! cannot be authenticated is never applied, and is counted for the team
//! status: a half-synced or altered file is tried again on the next read
//! (it may finish syncing), one from outside the team is refused, a message
//! already applied under another name is applied once. A read is one
//! transaction; each message is applied with its audit entry or not at all.

use super::envelope::{self, Unopened};
use super::folder;
use super::identity::{self, Identity};
use super::message::{Envelope, Message};
use super::roster::{self, Role, Team};
use crate::audit::{self, AuditAction};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::time::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::PathBuf;

/// What one read of the folder met.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReadReport {
    pub folder_available: bool,
    /// Messages applied now.
    pub applied: u32,
    /// Copies of messages applied before, left alone.
    pub repeated: u32,
    /// Files that could not be opened yet: still syncing, cut short or
    /// altered. Tried again on the next read.
    pub unreadable: u32,
    /// Files refused for good: a forged signature, a removed member, a
    /// sender whose role cannot send that kind, another team.
    pub refused: u32,
    /// Files from a key the team does not list (yet): tried again once the
    /// admin's roster names it.
    pub from_unknown: u32,
}

/// Reads every unsettled file in the team folder and applies what is for
/// this store.
pub fn read(store: &mut Store) -> Result<ReadReport> {
    let visit = prepare(store)?;
    let gathered = gather(visit)?;
    settle(store, gathered)
}

/// What a read takes from the store before it goes to the folder: where
/// the folder is, this store's keys, and the files already settled. The
/// folder is then read without the store (`gather`), so a slow network
/// drive never holds up the peer's work; only `settle` writes.
pub struct Visit {
    folder: PathBuf,
    identity: Identity,
    settled: HashSet<String>,
}

pub fn prepare(store: &Store) -> Result<Visit> {
    let team = roster::require(store.conn())?;
    let identity = identity::load(store.conn())?.ok_or(Error::NoTeam)?;
    let settled = store
        .conn()
        .prepare("SELECT file_name FROM team_files_seen")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<HashSet<String>>>()?;
    Ok(Visit {
        folder: team.folder,
        identity,
        settled,
    })
}

/// The folder's unsettled files, opened: what is for this store, and what
/// is settled without being applied.
pub struct Gathered {
    identity: Identity,
    report: ReadReport,
    opened: Vec<(String, Envelope)>,
    settled: Vec<(String, &'static str)>,
}

/// Lists and opens the folder's new files. Reads no store.
pub fn gather(visit: Visit) -> Result<Gathered> {
    let Visit {
        folder,
        identity,
        settled: already,
    } = visit;
    let mut gathered = Gathered {
        identity,
        report: ReadReport {
            folder_available: folder::is_available(&folder),
            ..ReadReport::default()
        },
        opened: Vec::new(),
        settled: Vec::new(),
    };
    if !gathered.report.folder_available {
        return Ok(gathered);
    }
    for name in folder::message_names(&folder)? {
        if already.contains(&name) {
            continue;
        }
        let Some(bytes) = folder::read(&folder, &name)? else {
            gathered.settled.push((name, "refused"));
            gathered.report.refused += 1;
            continue;
        };
        match envelope::open(&gathered.identity, &bytes) {
            Ok(envelope) => gathered.opened.push((name, envelope)),
            Err(Unopened::NotForUs) => gathered.settled.push((name, "not_for_us")),
            Err(Unopened::Unreadable) => gathered.report.unreadable += 1,
            Err(Unopened::Forged) => {
                gathered.settled.push((name, "refused"));
                gathered.report.refused += 1;
            }
        }
    }
    // Rosters first, oldest version first, so a member added in the same
    // read is known before their first message is looked at.
    gathered
        .opened
        .sort_by_key(|(_, envelope)| match &envelope.message {
            Message::Roster(roster) => (0, roster.version),
            _ => (1, 0),
        });
    Ok(gathered)
}

/// Applies what was gathered and remembers what the read met.
pub fn settle(store: &mut Store, gathered: Gathered) -> Result<ReadReport> {
    let Gathered {
        identity,
        mut report,
        opened,
        settled,
    } = gathered;
    if !report.folder_available {
        remember(store, &report)?;
        return Ok(report);
    }
    // One transaction for the read, each message inside its own savepoint:
    // a message whose content does not hold is undone alone, and a
    // thousand messages cost one commit, not a thousand. A file settled
    // by another read since `prepare` is met again here and applied once.
    let now = store.now();
    store.write(|tx| {
        for (name, outcome) in &settled {
            settle_in(tx, name, outcome, now)?;
        }
        for (name, envelope) in &opened {
            tx.execute_batch("SAVEPOINT message")?;
            let outcome = match apply(tx, &identity, name, envelope, now) {
                Ok(outcome) => outcome,
                // Authentic, but its content does not hold here (a value out
                // of range, a session this store does not have): never applied.
                Err(e) if e.is_invalid_input() || matches!(e, Error::NotFound(_)) => {
                    tx.execute_batch("ROLLBACK TO message")?;
                    settle_in(tx, name, "refused", now)?;
                    Outcome::Refused
                }
                Err(e) => return Err(e),
            };
            tx.execute_batch("RELEASE message")?;
            match outcome {
                Outcome::Applied => report.applied += 1,
                Outcome::Repeated => report.repeated += 1,
                Outcome::Refused => report.refused += 1,
                Outcome::FromUnknown => report.from_unknown += 1,
            }
        }
        Ok(())
    })?;
    remember(store, &report)?;
    Ok(report)
}

enum Outcome {
    Applied,
    Repeated,
    Refused,
    FromUnknown,
}

fn apply(
    tx: &Connection,
    identity: &Identity,
    name: &str,
    envelope: &Envelope,
    now: Timestamp,
) -> Result<Outcome> {
    let team = roster::require(tx)?;
    let id = envelope.id.to_string();
    let applied_before: bool = tx
        .query_row(
            "SELECT 1 FROM team_messages_applied WHERE message_id = ?1",
            [&id],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if applied_before {
        settle_in(tx, name, "applied", now)?;
        return Ok(Outcome::Repeated);
    }
    if envelope.from == identity.key() {
        settle_in(tx, name, "own", now)?;
        return Ok(Outcome::Repeated);
    }
    let verdict = admit(tx, &team, envelope)?;
    match verdict {
        Admit::Yes => {}
        Admit::Refused => {
            settle_in(tx, name, "refused", now)?;
            return Ok(Outcome::Refused);
        }
        Admit::Unknown => return Ok(Outcome::FromUnknown),
    }
    match &envelope.message {
        Message::Roster(roster) => {
            roster::apply(tx, roster, now)?;
        }
        Message::ReviewRequest(note) => {
            super::review::receive_request(tx, &envelope.from, note, now)?
        }
        Message::ReviewDecision(decision) => super::review::receive_decision(tx, decision)?,
        Message::SupervisionSession(session) => {
            super::supervision::receive(tx, &envelope.from, session, now)?
        }
        Message::SupervisionAcknowledged(acknowledgement) => {
            super::supervision::receive_acknowledgement(tx, &envelope.from, acknowledgement)?
        }
        Message::WeekSummary(summary) => super::summary::receive(tx, &envelope.from, summary, now)?,
    }
    tx.execute(
        "INSERT INTO team_messages_applied (message_id, sender, kind, applied_at) VALUES (?1, ?2, ?3, ?4)",
        params![id, envelope.from, envelope.message.kind(), now.to_string()],
    )?;
    settle_in(tx, name, "applied", now)?;
    audit::record(
        tx,
        now,
        AuditAction::TeamMessageReceived,
        envelope.message.kind(),
    )?;
    Ok(Outcome::Applied)
}

enum Admit {
    Yes,
    Refused,
    Unknown,
}

/// Whether this team accepts this message from this sender: rosters from
/// the admin only; everything else from a member in force whose role may
/// send it, within the team's own id.
fn admit(conn: &Connection, team: &Team, envelope: &Envelope) -> Result<Admit> {
    if let Message::Roster(_) = envelope.message {
        return Ok(if envelope.from == team.admin {
            Admit::Yes
        } else {
            Admit::Refused
        });
    }
    let Some(team_id) = team.id else {
        // Joined, with no roster yet: nothing but the admin's roster counts.
        return Ok(Admit::Unknown);
    };
    if envelope.team != team_id {
        return Ok(Admit::Refused);
    }
    let Some(sender) = roster::member(conn, &envelope.from)? else {
        let removed: bool = conn
            .query_row(
                "SELECT 1 FROM team_members WHERE key = ?1 AND removed_at IS NOT NULL",
                [&envelope.from],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        return Ok(if removed {
            Admit::Refused
        } else {
            Admit::Unknown
        });
    };
    let allowed = match envelope.message {
        Message::Roster(_) => false,
        Message::ReviewRequest(_) => true,
        Message::ReviewDecision(_) | Message::SupervisionSession(_) => {
            sender.role == Role::Supervisor
        }
        Message::SupervisionAcknowledged(_) | Message::WeekSummary(_) => sender.role == Role::Peer,
    };
    Ok(if allowed { Admit::Yes } else { Admit::Refused })
}

fn settle_in(conn: &Connection, name: &str, outcome: &str, now: Timestamp) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO team_files_seen (file_name, outcome, seen_at) VALUES (?1, ?2, ?3)",
        params![name, outcome, now.to_string()],
    )?;
    Ok(())
}

fn remember(store: &mut Store, report: &ReadReport) -> Result<()> {
    let json = serde_json::to_string(report).expect("a report always serialises");
    store.write(|tx| {
        tx.execute("UPDATE team SET last_read = ?1 WHERE only = 1", [json])?;
        Ok(())
    })
}

/// What the last read met, if the folder was read since joining.
pub fn last_read(conn: &Connection) -> Result<Option<ReadReport>> {
    let json: Option<String> = conn
        .query_row("SELECT last_read FROM team WHERE only = 1", [], |row| {
            row.get(0)
        })
        .optional()?
        .flatten();
    Ok(json.and_then(|json| serde_json::from_str(&json).ok()))
}
