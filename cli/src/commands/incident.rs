//! `peerlog incident`: the privacy officer's log of possible breaches —
//! one short line each, never a narrative about a participant.

use super::export::{date, required_date};
use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::ids::IncidentId;
use peerlog_core::partners::incident::{self, IncidentInput, IncidentStatus};
use peerlog_core::privacy_register::Register;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};

#[derive(Subcommand)]
pub enum Action {
    /// Write the register for an audit, as CSV or PDF (recorded in the
    /// audit log).
    Print(super::register_print::Args),
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
    /// Bring an incident up to date as it is worked: who was told and when,
    /// where it stands. What is not given stays as it was.
    Update {
        /// The incident's id, or its last characters as `list` shows them.
        #[arg(long)]
        incident: String,
        #[arg(long)]
        summary: Option<String>,
        #[arg(long)]
        happened_on: Option<String>,
        #[arg(long)]
        discovered_on: Option<String>,
        #[arg(long)]
        notified: Option<String>,
        #[arg(long)]
        notified_on: Option<String>,
        /// open, notified or closed.
        #[arg(long)]
        status: Option<String>,
    },
    /// Every incident, the latest discovered first.
    List,
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Print(args) => super::register_print::run(args, Register::Incidents, context)?,
        Action::Add {
            summary,
            happened_on,
            discovered_on,
            notified,
            notified_on,
            status,
        } => {
            let status = status_named(&status)?;
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
        Action::Update {
            incident: given,
            summary,
            happened_on,
            discovered_on,
            notified,
            notified_on,
            status,
        } => {
            let status = status.as_deref().map(status_named).transpose()?;
            let happened_on = date("happened_on", happened_on.as_deref())?;
            let discovered_on = date("discovered_on", discovered_on.as_deref())?;
            let notified_on = date("notified_on", notified_on.as_deref())?;
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &given)?;
            let was = incident::fetch(peerlog.store().conn(), id)?;
            let input = IncidentInput {
                summary: summary.unwrap_or(was.summary),
                happened_on: happened_on.unwrap_or(was.happened_on),
                discovered_on: discovered_on.unwrap_or(was.discovered_on),
                notified: notified.or(was.notified),
                notified_on: notified_on.or(was.notified_on),
                status: status.unwrap_or(was.status),
            };
            let updated = incident::update(peerlog.store_mut(), id, input)?;
            crate::out::after_done(
                outln!(
                    "Incident {} is {}.",
                    short(updated.id),
                    updated.status.code()
                ),
                "the incident was updated",
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

fn status_named(given: &str) -> Result<IncidentStatus, Error> {
    IncidentStatus::parse(given).ok_or_else(|| {
        ValidationError::new(
            "status",
            Problem::UnknownValue {
                expected: "open, notified, closed".into(),
            },
        )
        .into()
    })
}

fn resolve(store: &Store, given: &str) -> Result<IncidentId, Error> {
    pick(
        "incident",
        given,
        IncidentId::parse,
        incident::list(store)?.into_iter().map(|i| i.id),
    )
}
