//! `peerlog restriction`: a participant's requests not to share some
//! categories with a partner (or all), and the decision on each. A request
//! is named by its id or the id's last characters, as `list` shows them.

use super::export::{date, required_date};
use super::partner::named;
use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::domain::participant;
use peerlog_core::export::parse_categories;
use peerlog_core::ids::RestrictionId;
use peerlog_core::partners::partner;
use peerlog_core::partners::restriction::{self, RestrictionDecision, RestrictionInput};
use peerlog_core::privacy_register::Register;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};

#[derive(Subcommand)]
pub enum Action {
    /// Write the register for an audit, as CSV or PDF (recorded in the
    /// audit log).
    Print(super::register_print::Args),
    /// Record a request.
    Add {
        /// The participant's external id.
        #[arg(long)]
        participant: String,
        /// The partner, by name, or `all`.
        #[arg(long)]
        partner: String,
        /// What they asked not to share, comma-separated.
        #[arg(long)]
        categories: String,
        #[arg(long)]
        requested_on: String,
    },
    /// Every request, or one participant's.
    List {
        #[arg(long)]
        participant: Option<String>,
    },
    /// Accept or refuse a request, once.
    Decide {
        #[arg(long)]
        restriction: String,
        /// accepted or refused.
        #[arg(long)]
        decision: String,
        /// Who decided (a role or a name).
        #[arg(long)]
        by: String,
        /// The day it was decided (default: today).
        #[arg(long)]
        on: Option<String>,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Print(args) => super::register_print::run(args, Register::Restrictions, context)?,
        Action::Add {
            participant: external,
            partner,
            categories,
            requested_on,
        } => {
            let categories = parse_categories("categories", &categories)?;
            let requested_on = required_date("requested_on", &requested_on)?;
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &external)?;
            let partner_id = if partner.trim().eq_ignore_ascii_case("all") {
                None
            } else {
                Some(named(peerlog.store(), "partner", &partner)?.id)
            };
            let added = restriction::create(
                peerlog.store_mut(),
                RestrictionInput {
                    participant_id: person.id,
                    partner_id,
                    categories,
                    requested_on,
                },
            )?;
            crate::out::after_done(
                outln!("Restriction request recorded ({}); decide it with `peerlog restriction decide`.", short(added.id)),
                "the request was recorded",
            );
        }
        Action::List {
            participant: external,
        } => {
            let peerlog = unlock::open(context)?;
            let store = peerlog.store();
            let only = external
                .map(|e| participant::require_by_external_id(store, &e))
                .transpose()?
                .map(|p| p.id);
            let all = restriction::list(store, only)?;
            if all.is_empty() {
                outln!("No restriction requests.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID",
                "PARTICIPANT",
                "PARTNER",
                "CATEGORIES",
                "REQUESTED",
                "DECISION",
                "DECIDED",
                "BY",
            ]);
            for r in all {
                let person = participant::get(store, r.participant_id)?;
                let partner = match r.partner_id {
                    Some(id) => for_terminal(&partner::get(store, id)?.name, false),
                    None => "all".into(),
                };
                table.row(vec![
                    short(r.id),
                    for_terminal(&person.external_id, false),
                    partner,
                    r.categories
                        .iter()
                        .map(|c| c.code().replace('_', "-"))
                        .collect::<Vec<_>>()
                        .join(","),
                    r.requested_on.to_string(),
                    r.decision.map(|d| d.code()).unwrap_or("pending").into(),
                    or_dash(r.decided_on),
                    or_dash(r.decided_by.map(|b| for_terminal(&b, false))),
                ]);
            }
            table.print()?;
        }
        Action::Decide {
            restriction: given,
            decision,
            by,
            on,
        } => {
            let decision = RestrictionDecision::parse(&decision).ok_or_else(|| {
                Error::from(ValidationError::new(
                    "decision",
                    Problem::UnknownValue {
                        expected: "accepted, refused".into(),
                    },
                ))
            })?;
            let on = date("on", on.as_deref())?;
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &given)?;
            let decided = restriction::decide(peerlog.store_mut(), id, decision, on, &by)?;
            crate::out::after_done(
                outln!(
                    "Request {} {} on {}.",
                    short(decided.id),
                    decision.code(),
                    or_dash(decided.decided_on)
                ),
                "the decision was recorded",
            );
        }
    }
    Ok(())
}

fn resolve(store: &Store, given: &str) -> Result<RestrictionId, Error> {
    pick(
        "restriction",
        given,
        RestrictionId::parse,
        restriction::list(store, None)?.into_iter().map(|r| r.id),
    )
}
