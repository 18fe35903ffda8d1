//! Contact notes: list them, sign them, amend a signed one, edit or delete
//! an unsigned one. A signed note is never edited or deleted (exit 4, with
//! a message naming `note addendum`).

use crate::exit::{Failure, Outcome};
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::{Args as ClapArgs, Subcommand};
use peerlog_core::domain::addendum::{self, AddendumInput};
use peerlog_core::domain::{contact, note_signature, participant, recovery_plan};
use peerlog_core::ids::ContactId;
use peerlog_core::settings::{self, Signer};
use peerlog_core::team::review::{self, NoteReview, ReviewStatus};
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};

#[derive(Subcommand)]
pub enum Action {
    /// A participant's contact notes, newest first, with their ids.
    List {
        /// The participant's external id.
        #[arg(long)]
        participant: String,
    },
    /// Sign a note: from then on it is locked, and only addenda amend it.
    Sign {
        /// The note's id (from `note list`).
        id: String,
        #[command(flatten)]
        signer: SignerArgs,
    },
    /// Add a signed addendum beneath a signed note, with its reason.
    Addendum {
        id: String,
        /// Why the note needs it: "late entry", "wrong date", "clarification".
        #[arg(long)]
        reason: String,
        #[arg(long)]
        text: String,
        #[command(flatten)]
        signer: SignerArgs,
    },
    /// Replace an unsigned note's narrative.
    Edit {
        id: String,
        #[arg(long)]
        narrative: String,
    },
    /// Name the recovery-plan goals an unsigned note worked toward, by their
    /// numbers in the participant's current plan (`plan show`); none clears them.
    Goals {
        id: String,
        /// A goal's number; give it once for each goal.
        #[arg(long = "goal")]
        goals: Vec<u32>,
    },
    /// Delete an unsigned note.
    Delete { id: String },
}

/// Who signs: the name and credential set in Settings unless given here.
#[derive(ClapArgs)]
pub struct SignerArgs {
    /// The signer's name (default: the one set in the desktop app's Settings).
    #[arg(long = "as")]
    name: Option<String>,
    /// The signer's credential, e.g. CPS.
    #[arg(long)]
    credential: Option<String>,
}

/// Where a submitted note stands, with a supervisor's comment when they
/// asked for changes: the peer answers it with an addendum.
fn review_standing(review: &NoteReview) -> String {
    match (review.status, &review.comment) {
        (ReviewStatus::Submitted, _) => "submitted".into(),
        (ReviewStatus::Approved, _) => "approved".into(),
        (ReviewStatus::ChangesRequested, Some(comment)) => {
            format!("changes requested: {}", comment.replace(['\n', '\r'], " "))
        }
        (ReviewStatus::ChangesRequested, None) => "changes requested".into(),
    }
}

fn note_id(text: &str) -> Result<ContactId, Failure> {
    ContactId::parse(text.trim()).ok_or_else(|| {
        Failure::Core(Error::from(ValidationError::new(
            "id",
            Problem::NoSuchRecord,
        )))
    })
}

/// A signed note's refusal names the command that amends it (exit 4).
fn name_the_addendum(e: Error, context: &Context) -> Failure {
    match e {
        Error::NoteSigned => Failure::Said {
            status: 4,
            message: format!("{} (peerlog note addendum)", e.message_in(context.language)),
        },
        other => Failure::Core(named_id(other)),
    }
}

/// A missing note is the id's fault: exit 4, naming the field.
fn named_id(e: Error) -> Error {
    match e {
        Error::NotFound(_) => Error::from(ValidationError::new("id", Problem::NoSuchRecord)),
        other => other,
    }
}

pub(crate) fn signer(store: &Store, args: SignerArgs) -> Result<Signer, Error> {
    let saved = settings::get(store)?.signer;
    match (args.name, saved) {
        (Some(name), _) => Ok(Signer {
            name,
            credential: args.credential,
        }),
        (None, Some(saved)) => Ok(Signer {
            name: saved.name,
            credential: args.credential.or(saved.credential),
        }),
        (None, None) => Err(ValidationError::new("signer_name", Problem::Required).into()),
    }
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::List { participant } => {
            let peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            let notes = contact::list_for(peerlog.store(), person.id)?;
            if notes.is_empty() {
                outln!("No contact notes for this participant yet.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID",
                "WHEN",
                "MINUTES",
                "UNITS",
                "SIGNED BY",
                "CO-SIGNED BY",
                "REVIEW",
                "ADDENDA",
                "GOALS",
                "NOTE",
            ]);
            let numbers = recovery_plan::goal_numbers(peerlog.store(), person.id)?;
            for note in notes {
                let review = review::review_of(peerlog.store().conn(), note.id)?;
                let mut goals: Vec<u32> = note
                    .goals
                    .iter()
                    .filter_map(|k| numbers.get(k).copied())
                    .collect();
                goals.sort_unstable();
                let goals: Vec<String> = goals.iter().map(u32::to_string).collect();
                table.row(vec![
                    note.id.to_string(),
                    note.occurred_at
                        .fixed()
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                    note.duration_minutes.to_string(),
                    note.units.to_string(),
                    or_dash(note.signature.as_ref().map(|s| s.signer_name.clone())),
                    or_dash(
                        note.signature
                            .as_ref()
                            .and_then(|s| s.cosigned.as_ref())
                            .map(|c| c.name.clone()),
                    ),
                    or_dash(review.map(|r| review_standing(&r))),
                    note.addenda.len().to_string(),
                    or_dash((!goals.is_empty()).then(|| goals.join(","))),
                    contact::written_note(
                        note.group.as_ref().map(|g| g.shared.as_str()),
                        &note.narrative,
                        &note.parts,
                        context.language,
                    )
                    .replace(['\n', '\r'], " "),
                ]);
            }
            table.print()?;
        }
        Action::Sign { id, signer: args } => {
            let id = note_id(&id)?;
            let mut peerlog = unlock::open(context)?;
            let signer = signer(peerlog.store(), args)?;
            let signed = note_signature::sign(peerlog.store_mut(), id, signer)
                .map_err(|e| name_the_addendum(e, context))?;
            crate::out::after_done(
                outln!(
                    "Note signed by {} at {}: it is locked now; amend it with `peerlog note addendum`.",
                    signed.signer_name,
                    signed.signed_at.fixed().format("%Y-%m-%d %H:%M")
                ),
                "the note was signed",
            );
        }
        Action::Addendum {
            id,
            reason,
            text,
            signer: args,
        } => {
            let id = note_id(&id)?;
            let mut peerlog = unlock::open(context)?;
            let signer = signer(peerlog.store(), args)?;
            let input = AddendumInput {
                contact_id: id,
                reason,
                text,
            };
            addendum::add(peerlog.store_mut(), input, signer).map_err(named_id)?;
            crate::out::after_done(
                outln!("Addendum added beneath the note."),
                "the addendum was added",
            );
        }
        Action::Goals { id, goals } => {
            let id = note_id(&id)?;
            let mut peerlog = unlock::open(context)?;
            let note = contact::get(peerlog.store(), id).map_err(named_id)?;
            let goals = recovery_plan::goal_keys(peerlog.store(), note.participant_id, &goals)?;
            let count = goals.len();
            let input = contact::ContactInput {
                goals,
                ..contact::ContactInput::from(note)
            };
            contact::update(peerlog.store_mut(), id, input)
                .map_err(|e| name_the_addendum(e, context))?;
            crate::out::after_done(
                match count {
                    0 => outln!("The note names no plan goal now."),
                    1 => outln!("The note names one plan goal."),
                    n => outln!("The note names {n} plan goals."),
                },
                "the note's goals were set",
            );
        }
        Action::Edit { id, narrative } => {
            let id = note_id(&id)?;
            let mut peerlog = unlock::open(context)?;
            let note = contact::get(peerlog.store(), id).map_err(named_id)?;
            let input = contact::ContactInput {
                narrative,
                ..contact::ContactInput::from(note)
            };
            contact::update(peerlog.store_mut(), id, input)
                .map_err(|e| name_the_addendum(e, context))?;
            crate::out::after_done(outln!("Note changed."), "the note was changed");
        }
        Action::Delete { id } => {
            let id = note_id(&id)?;
            let mut peerlog = unlock::open(context)?;
            contact::delete(peerlog.store_mut(), id).map_err(|e| name_the_addendum(e, context))?;
            crate::out::after_done(outln!("Note deleted."), "the note was deleted");
        }
    }
    Ok(())
}
