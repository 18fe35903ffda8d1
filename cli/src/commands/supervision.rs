//! `peerlog supervision`: the supervision sessions this store keeps (the
//! supervision the peer received, or in a supervisor's store, gave),
//! acknowledging one received, and each side's private note. Sessions
//! arrive through the team folder, not from here. A session is named by
//! its id or the id's last characters, as `list` shows them.

use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::credentials::hours::shown;
use peerlog_core::ids::SupervisionId;
use peerlog_core::supervision::session::{self, Session};
use peerlog_core::supervision::{SupervisionKind, SupervisionSide, SupervisionTopic};
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};

#[derive(Subcommand)]
pub enum Action {
    /// Record a session with a peer of your team (supervisors): it is sent
    /// to them to acknowledge.
    Record {
        /// The peer's key, as `team status` lists members.
        #[arg(long)]
        peer: String,
        /// YYYY-MM-DD or M/D/YYYY.
        #[arg(long)]
        held_on: String,
        #[arg(long)]
        minutes: u32,
        /// individual or group.
        #[arg(long)]
        kind: String,
        /// boundaries, burnout, ethics, documentation or career; repeat.
        #[arg(long = "topic")]
        topics: Vec<String>,
        /// Your own note on it; it never leaves this store.
        #[arg(long)]
        private_note: Option<String>,
    },
    /// Every session, newest first, and whether the peer acknowledged it.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Acknowledge a session your supervisor recorded: it then counts as
    /// supervision hours toward your certification, and is locked.
    Acknowledge {
        /// The session's id, or its last characters as `list` shows them.
        id: String,
    },
    /// Set your private note on a session (never sent); empty text clears it.
    Note {
        id: String,
        #[arg(long)]
        text: String,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Record {
            peer,
            held_on,
            minutes,
            kind,
            topics,
            private_note,
        } => {
            let mut peerlog = unlock::open(context)?;
            let kind = SupervisionKind::parse(&kind).ok_or_else(|| {
                Error::from(ValidationError::new(
                    "kind",
                    Problem::UnknownValue {
                        expected: SupervisionKind::expected(),
                    },
                ))
            })?;
            let topics = topics
                .iter()
                .map(|t| {
                    SupervisionTopic::parse(t).ok_or_else(|| {
                        Error::from(ValidationError::new(
                            "topics",
                            Problem::UnknownValue {
                                expected: SupervisionTopic::expected(),
                            },
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let recorded = peerlog_core::team::supervision::record(
                peerlog.store_mut(),
                peerlog_core::team::supervision::SessionWith {
                    peer,
                    held_on: super::export::required_date("held_on", &held_on)?,
                    minutes,
                    kind,
                    topics,
                    private_note,
                },
            )?;
            outln!(
                "Recorded {} with {}; it goes to them on the next team sync.",
                short(recorded.id),
                recorded.peer_name
            )?;
        }
        Action::List { json } => {
            let peerlog = unlock::open(context)?;
            let sessions = session::list(peerlog.store())?;
            if json {
                outln!(
                    "{}",
                    serde_json::to_string_pretty(&sessions).expect("serialisable")
                )?;
                return Ok(());
            }
            if sessions.is_empty() {
                outln!("No supervision sessions yet: they arrive from your supervisor.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID",
                "DATE",
                "HOURS",
                "KIND",
                "TOPICS",
                "SUPERVISOR",
                "SIDE",
                "ACKNOWLEDGED",
            ]);
            for s in &sessions {
                table.row(row(s));
            }
            table.print()?;
        }
        Action::Acknowledge { id } => {
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &id)?;
            let done = peerlog_core::team::supervision::acknowledge(peerlog.store_mut(), id)?;
            crate::out::after_done(
                outln!(
                    "Acknowledged: {} hours of supervision on {} ({}).",
                    shown(done.minutes),
                    done.held_on,
                    short(done.id)
                ),
                "the session was acknowledged",
            );
        }
        Action::Note { id, text } => {
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &id)?;
            let noted = session::set_private_note(peerlog.store_mut(), id, &text)?;
            let what = if noted.private_note.is_some() {
                "Private note saved"
            } else {
                "Private note cleared"
            };
            crate::out::after_done(
                outln!("{what} ({}).", short(noted.id)),
                "the note was saved",
            );
        }
    }
    Ok(())
}

fn row(s: &Session) -> Vec<String> {
    let topics: Vec<&str> = s.topics.iter().map(|t| t.label()).collect();
    let side = match s.side {
        SupervisionSide::AsPeer => "received",
        SupervisionSide::AsSupervisor => "given",
    };
    vec![
        short(s.id),
        s.held_on.to_string(),
        shown(s.minutes),
        s.kind.label().into(),
        or_dash((!topics.is_empty()).then(|| topics.join(", "))),
        match &s.supervisor_credential {
            Some(c) => format!("{}, {c}", s.supervisor_name),
            None => s.supervisor_name.clone(),
        },
        side.into(),
        s.acknowledged_at
            .map(|at| at.local_date().to_string())
            .unwrap_or_else(|| "not yet".into()),
    ]
}

/// A session by its id or the id's last characters (at least four).
fn resolve(store: &Store, given: &str) -> Result<SupervisionId, Error> {
    pick(
        "id",
        given,
        SupervisionId::parse,
        session::list(store)?.into_iter().map(|s| s.id),
    )
}
