//! `peerlog incident`: the privacy officer's log of possible breaches —
//! one short line each, never a narrative about a participant.

use super::credential::short;
use super::export::{date, required_date};
use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::partners::incident::{self, IncidentInput, IncidentStatus};
use peerlog_core::privacy_register::{self, Register};
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;

#[derive(Subcommand)]
pub enum Action {
    /// Write the register as CSV for an audit (recorded in the audit log).
    Print {
        #[arg(long)]
        out: std::path::PathBuf,
        /// Replace a file already at --out.
        #[arg(long)]
        force: bool,
    },
    /// Log an incident.
    Add {
        /// What happened, in one line (no participant's name or story).
        #[arg(long)]
        summary: String,
        #[arg(long)]
        happened_on: String,
        #[arg(long)]
        discovered_on: String,
        /// Who was told.
        #[arg(long)]
        notified: Option<String>,
        /// When they were told.
        #[arg(long)]
        notified_on: Option<String>,
        /// open, notified or closed.
        #[arg(long, default_value = "open")]
        status: String,
    },
    /// Every incident, the latest discovered first.
    List,
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Print { out, force } => {
            let mut peerlog = unlock::open(context)?;
            let lines =
                privacy_register::write(peerlog.store_mut(), Register::Incidents, &out, force)?;
            let shown = for_terminal(&out.display().to_string(), false);
            crate::out::after_done(
                outln!("Wrote {shown} ({lines} lines) for the audit."),
                &format!("{shown} was written"),
            );
        }
        Action::Add {
            summary,
            happened_on,
            discovered_on,
            notified,
            notified_on,
            status,
        } => {
            let status = IncidentStatus::parse(&status).ok_or_else(|| {
                Error::from(ValidationError::new(
                    "status",
                    Problem::UnknownValue {
                        expected: "open, notified, closed".into(),
                    },
                ))
            })?;
            let input = IncidentInput {
                summary,
                happened_on: required_date("happened_on", &happened_on)?,
                discovered_on: required_date("discovered_on", &discovered_on)?,
                notified,
                notified_on: date("notified_on", notified_on.as_deref())?,
                status,
            };
            let mut peerlog = unlock::open(context)?;
            let added = incident::create(peerlog.store_mut(), input)?;
            crate::out::after_done(
                outln!("Incident logged ({}).", short(added.id)),
                "the incident was logged",
            );
        }
        Action::List => {
            let peerlog = unlock::open(context)?;
            let all = incident::list(peerlog.store())?;
            if all.is_empty() {
                outln!("No incidents logged.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID",
                "HAPPENED",
                "DISCOVERED",
                "SUMMARY",
                "NOTIFIED",
                "ON",
                "STATUS",
            ]);
            for i in all {
                table.row(vec![
                    short(i.id),
                    i.happened_on.to_string(),
                    i.discovered_on.to_string(),
                    for_terminal(&i.summary, false),
                    or_dash(i.notified.map(|n| for_terminal(&n, false))),
                    or_dash(i.notified_on),
                    i.status.code().into(),
                ]);
            }
            table.print()?;
        }
    }
    Ok(())
}
