//! `peerlog agreement`: a partner's data-sharing agreements, with the
//! signed document kept inside the encrypted store.

use super::export::required_date;
use super::partner::named;
use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::Table;
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::export::parse_categories;
use peerlog_core::ids::AgreementId;
use peerlog_core::kept_files::save_agreement_document;
use peerlog_core::partners::agreement::{self, AgreementInput};
use peerlog_core::partners::partner;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Action {
    /// Record an agreement with a partner.
    Add {
        /// The partner, by name.
        #[arg(long)]
        partner: String,
        /// How the program names the document ("MOU 2026-2027").
        #[arg(long)]
        title: String,
        #[arg(long)]
        purpose: String,
        /// What it allows, comma-separated (attendance, contact-summaries, …).
        #[arg(long)]
        categories: String,
        #[arg(long)]
        effective_on: String,
        /// Its last day in force.
        #[arg(long)]
        expires_on: String,
        /// The signed document (PDF, PNG or JPEG), kept inside the store.
        #[arg(long)]
        document: Option<PathBuf>,
    },
    /// Every agreement (or one partner's), with where each stands today.
    List {
        #[arg(long)]
        partner: Option<String>,
    },
    /// Save an agreement's signed document to a file, on purpose (recorded
    /// in the audit log).
    Document {
        /// The agreement's id, or its last characters as `list` shows them.
        #[arg(long)]
        agreement: String,
        #[arg(long)]
        out: PathBuf,
        /// Replace a file already at --out.
        #[arg(long)]
        force: bool,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            partner,
            title,
            purpose,
            categories,
            effective_on,
            expires_on,
            document,
        } => {
            let categories = parse_categories("categories", &categories)?;
            let effective_on = required_date("effective_on", &effective_on)?;
            let expires_on = required_date("expires_on", &expires_on)?;
            let bytes = match &document {
                Some(path) => Some(std::fs::read(path).map_err(|_| {
                    Error::from(ValidationError::new("document", Problem::NoSuchRecord))
                })?),
                None => None,
            };
            let mut peerlog = unlock::open(context)?;
            let partner = named(peerlog.store(), "partner", &partner)?;
            let added = agreement::create(
                peerlog.store_mut(),
                AgreementInput {
                    partner_id: partner.id,
                    title,
                    purpose,
                    categories,
                    effective_on,
                    expires_on,
                },
                bytes.as_deref(),
            )?;
            let kept = if added.document.is_some() {
                ", document kept"
            } else {
                ""
            };
            crate::out::after_done(
                outln!(
                    "Agreement added: {} with {}, {} to {}{kept}.",
                    for_terminal(&added.title, false),
                    for_terminal(&partner.name, false),
                    added.effective_on,
                    added.expires_on
                ),
                "the agreement was added",
            );
        }
        Action::List { partner } => {
            let peerlog = unlock::open(context)?;
            let store = peerlog.store();
            let only = partner
                .map(|name| named(store, "partner", &name))
                .transpose()?
                .map(|p| p.id);
            let today = store.today();
            let all = agreement::list(store, only)?;
            if all.is_empty() {
                outln!("No agreements: exports to a partner without one follow consent alone.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID",
                "PARTNER",
                "TITLE",
                "FROM",
                "TO",
                "STATUS",
                "CATEGORIES",
                "DOCUMENT",
            ]);
            for a in all {
                let status = if today < a.effective_on {
                    "not yet in force".to_string()
                } else if today > a.expires_on {
                    "ended".to_string()
                } else {
                    let left = (a.expires_on - today).num_days();
                    if left <= agreement::WARN_DAYS {
                        format!("in force, ends in {left} days")
                    } else {
                        "in force".to_string()
                    }
                };
                table.row(vec![
                    short(a.id),
                    for_terminal(&partner::get(store, a.partner_id)?.name, false),
                    for_terminal(&a.title, false),
                    a.effective_on.to_string(),
                    a.expires_on.to_string(),
                    status,
                    a.categories
                        .iter()
                        .map(|c| c.code().replace('_', "-"))
                        .collect::<Vec<_>>()
                        .join(","),
                    a.document
                        .map(|d| format!("{} ({} bytes)", d.media_type.extension(), d.size))
                        .unwrap_or_else(|| "-".into()),
                ]);
            }
            table.print()?;
        }
        Action::Document {
            agreement: given,
            out,
            force,
        } => {
            let mut peerlog = unlock::open(context)?;
            let id = pick(
                "agreement",
                &given,
                AgreementId::parse,
                agreement::list(peerlog.store(), None)?
                    .into_iter()
                    .map(|a| a.id),
            )?;
            let media_type = save_agreement_document(peerlog.store_mut(), id, &out, force)?;
            let shown = for_terminal(&out.display().to_string(), false);
            crate::out::after_done(
                outln!("Wrote {shown} ({}).", media_type.code()),
                &format!("the agreement's document was written to {shown}"),
            );
        }
    }
    Ok(())
}
