use crate::exit::{Failure, Outcome};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::import::{self, ContactImportOptions};
use peerlog_core::text::for_terminal;
use peerlog_core::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Kind {
    /// Columns: external_id,first_name,last_name,preferred_name,pronouns,program,status,intake_date,phone,language
    /// (only external_id and one of the names are required).
    Participants { file: PathBuf },
    /// Columns: external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date
    /// (services separated by `;`). A row that repeats another row, or a
    /// contact already logged (same participant, date, start time, duration
    /// and mode), refuses the file unless --allow-duplicates.
    Contacts {
        file: PathBuf,
        /// Import rows that repeat another row or a contact already logged
        /// (their H0038 units count again).
        #[arg(long)]
        allow_duplicates: bool,
    },
}

const DUPLICATES_HINT: &str = "if the repeated rows really are separate contacts, \
run again with --allow-duplicates";

pub fn run(kind: Kind, context: &Context) -> Outcome {
    let file = match &kind {
        Kind::Participants { file } | Kind::Contacts { file, .. } => file,
    };
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::Usage(format!(
            "could not read the file {} ({})",
            for_terminal(&file.display().to_string(), false),
            peerlog_core::error::plain_io_reason(&e)
        ))
    })?;
    let mut peerlog = unlock::open(context)?;
    let store = peerlog.store_mut();
    let (now, today) = (store.now(), store.today());
    let (summary, what) = match kind {
        Kind::Participants { .. } => (
            import::import_participants(store, &bytes, today)?,
            "participants",
        ),
        Kind::Contacts {
            allow_duplicates, ..
        } => {
            let options = ContactImportOptions { allow_duplicates };
            let summary = import::import_contacts(store, &bytes, now, options).map_err(
                |error| match error {
                    Error::ImportRejected(mut rejected) if rejected.has_duplicates() => {
                        rejected.hint = Some(DUPLICATES_HINT.into());
                        Error::ImportRejected(rejected)
                    }
                    other => other,
                },
            )?;
            (summary, "contacts")
        }
    };
    let printed = match summary.duplicates {
        0 => outln!("Imported {} {what}.", summary.rows),
        repeated => outln!(
            "Imported {} {what} ({repeated} repeating a contact, as allowed).",
            summary.rows
        ),
    };
    crate::out::after_done(printed, &format!("{} {what} were imported", summary.rows));
    Ok(())
}
