//! `peerlog review`: a peer submits signed notes for review (some, or the
//! team's sample); a supervisor reads the queue and approves (a
//! co-signature) or asks for changes with a comment. Decisions travel on
//! the next `team sync`.

use crate::exit::{Failure, Outcome};
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::ids::ContactId;
use peerlog_core::team::message::Decision;
use peerlog_core::team::review;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;

#[derive(Subcommand)]
pub enum Action {
    /// Submit signed notes for review by the team's supervisors.
    Submit {
        /// Note ids (from `note list`); or --sample.
        notes: Vec<String>,
        /// Submit the team's sample of signed notes not yet submitted.
        #[arg(long, conflicts_with = "notes")]
        sample: bool,
    },
    /// The notes peers submitted: waiting ones first.
    Queue {
        /// Print JSON, with each note's text, instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Approve a note: your co-signature goes back to the peer.
    Approve { note: String },
    /// Ask for changes; the peer answers with an addendum.
    RequestChanges {
        note: String,
        #[arg(long)]
        comment: String,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    let mut peerlog = unlock::open(context)?;
    let store = peerlog.store_mut();
    match action {
        Action::Submit { notes, sample } => {
            let sent = if sample {
                review::submit_sample(store)?
            } else {
                if notes.is_empty() {
                    return Err(Failure::Usage(
                        "give note ids to submit, or --sample".into(),
                    ));
                }
                let ids = notes
                    .iter()
                    .map(|n| note_id(n))
                    .collect::<Result<Vec<_>, _>>()?;
                review::submit(store, &ids)?
            };
            outln!("{sent} note(s) submitted; they go out on the next team sync.")?;
        }
        Action::Queue { json } => {
            let queue = review::queue(store)?;
            if json {
                outln!(
                    "{}",
                    serde_json::to_string_pretty(&queue).expect("serialisable")
                )?;
                return Ok(());
            }
            let mut table = Table::new(&["NOTE", "FROM", "WHO", "DATE", "DECISION"]);
            for q in queue {
                table.row(vec![
                    q.note.note_id.to_string(),
                    q.from_name,
                    q.note.participant_initials,
                    q.note.occurred_at.local_date().to_string(),
                    or_dash(q.decision.map(|d| d.code().to_string())),
                ]);
            }
            table.print()?;
        }
        Action::Approve { note } => {
            review::decide(store, note_id(&note)?, Decision::Approved, None)?;
            outln!("Approved; your co-signature goes back on the next team sync.")?;
        }
        Action::RequestChanges { note, comment } => {
            review::decide(
                store,
                note_id(&note)?,
                Decision::ChangesRequested,
                Some(&comment),
            )?;
            outln!("Changes asked for; the comment goes back on the next team sync.")?;
        }
    }
    Ok(())
}

fn note_id(text: &str) -> Result<ContactId, Error> {
    ContactId::parse(text.trim())
        .ok_or_else(|| ValidationError::new("note", Problem::NoSuchRecord).into())
}
