use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::domain::boundary::{self, BoundaryCategory, BoundaryInput};
use peerlog_core::domain::participant;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;

#[derive(Subcommand)]
pub enum Action {
    /// Record a boundary agreed with a participant.
    Add {
        /// The participant's external id.
        #[arg(long)]
        participant: String,
        #[arg(long)]
        text: String,
        /// hours, channels, money, rides, topics, dual_relationships or other.
        #[arg(long, default_value = "other")]
        category: String,
        /// When it was agreed (default today). YYYY-MM-DD or M/D/YYYY.
        #[arg(long)]
        agreed_on: Option<String>,
        /// When to look at it again.
        #[arg(long)]
        review_on: Option<String>,
    },
    /// A participant's boundary notes.
    List {
        #[arg(long)]
        participant: String,
    },
}

fn date(field: &'static str, text: Option<String>) -> Result<Option<chrono::NaiveDate>, Error> {
    match text {
        None => Ok(None),
        Some(text) => peerlog_core::time::parse_date(&text)
            .map(Some)
            .ok_or_else(|| ValidationError::new(field, Problem::NotADate).into()),
    }
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            participant,
            text,
            category,
            agreed_on,
            review_on,
        } => {
            let category = BoundaryCategory::parse(&category).ok_or_else(|| {
                Error::from(ValidationError::new(
                    "category",
                    Problem::UnknownValue {
                        expected: BoundaryCategory::expected(),
                    },
                ))
            })?;
            let agreed_on = date("agreed_on", agreed_on)?;
            let review_on = date("review_on", review_on)?;
            let mut peerlog = unlock::open(context)?;
            let agreed_on = agreed_on.unwrap_or_else(|| peerlog.store().today());
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            boundary::create(
                peerlog.store_mut(),
                BoundaryInput {
                    participant_id: person.id,
                    category,
                    text,
                    agreed_on,
                    review_on,
                },
            )?;
            crate::out::after_done(
                outln!("Boundary note saved (private: it never leaves Peerlog)."),
                "the boundary note was saved",
            );
        }
        Action::List { participant } => {
            let peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            let notes = boundary::list_for(peerlog.store(), person.id)?;
            if notes.is_empty() {
                outln!("No boundary notes for this participant yet.")?;
                return Ok(());
            }
            let mut table = Table::new(&["AGREED", "REVIEW", "CATEGORY", "BOUNDARY"]);
            for note in notes {
                table.row(vec![
                    note.agreed_on.to_string(),
                    or_dash(note.review_on),
                    note.category.label().into(),
                    note.text.replace(['\n', '\r'], " "),
                ]);
            }
            table.print()?;
        }
    }
    Ok(())
}
