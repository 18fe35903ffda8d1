use crate::exit::{Failure, Outcome};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::import;
use peerlog_core::time::{today, Timestamp};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Kind {
    /// Columns: external_id,first_name,last_name,preferred_name,pronouns,program,status,intake_date,phone,language
    /// (only external_id and one of the names are required).
    Participants { file: PathBuf },
    /// Columns: external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date
    /// (services separated by `;`).
    Contacts { file: PathBuf },
}

pub fn run(kind: Kind, context: &Context) -> Outcome {
    let file = match &kind {
        Kind::Participants { file } | Kind::Contacts { file } => file,
    };
    let bytes = std::fs::read(file)
        .map_err(|e| Failure::Usage(format!("could not read the file {}: {e}", file.display())))?;
    let mut peerlog = unlock::open(context)?;
    let store = peerlog.store_mut();
    let (summary, what) = match kind {
        Kind::Participants { .. } => (
            import::import_participants(store, &bytes, today())?,
            "participants",
        ),
        Kind::Contacts { .. } => (
            import::import_contacts(store, &bytes, Timestamp::now())?,
            "contacts",
        ),
    };
    println!("Imported {} {what}.", summary.rows);
    Ok(())
}
