//! `peerlog partner`: the organisations the program shares with, by name;
//! and the names that look alike, resolved once (merged or kept apart).

use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::partners::partner::{self, Attendee, Partner, PartnerInput, PartnerType};
use peerlog_core::partners::review;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};

#[derive(Subcommand)]
pub enum Action {
    /// Add a partner.
    Add {
        #[arg(long)]
        name: String,
        /// court, sheriff, behavioral_health, peer_run, probation or other.
        #[arg(long = "type")]
        partner_type: String,
        /// Someone who attends its meetings, NAME or NAME:ROLE; repeat.
        #[arg(long = "attendee")]
        attendees: Vec<String>,
        /// How packets are handed over.
        #[arg(long)]
        handover: Option<String>,
    },
    /// Change a partner (one made from a consent, or by the migration,
    /// starts as type "other"): what is given replaces what was there.
    Edit {
        /// The partner, by name.
        #[arg(long)]
        name: String,
        /// A new name.
        #[arg(long)]
        rename: Option<String>,
        #[arg(long = "type")]
        partner_type: Option<String>,
        /// Replaces the attendees, NAME or NAME:ROLE; repeat.
        #[arg(long = "attendee")]
        attendees: Vec<String>,
        #[arg(long)]
        handover: Option<String>,
    },
    /// Every partner; those whose names look alike are marked for review.
    List,
    /// Partners whose names look alike: list them, merge one into another
    /// (its consents, agreements, restrictions and meetings move), or keep
    /// them apart.
    Resolve {
        /// The partner to merge away (by name).
        #[arg(long, requires = "into", conflicts_with = "separate")]
        merge: Option<String>,
        /// The partner it is merged into (by name).
        #[arg(long, requires = "merge")]
        into: Option<String>,
        /// A partner to keep apart from the ones it looks like (by name).
        #[arg(long)]
        separate: Option<String>,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            name,
            partner_type,
            attendees,
            handover,
        } => {
            let input = PartnerInput {
                name,
                partner_type: kind(&partner_type)?,
                attendees: attendees.iter().map(|a| attendee(a)).collect(),
                handover,
            };
            let mut peerlog = unlock::open(context)?;
            let added = partner::create(peerlog.store_mut(), input)?;
            let review = if added.needs_review {
                " Its name looks like another partner's: see `peerlog partner resolve`."
            } else {
                ""
            };
            crate::out::after_done(
                outln!(
                    "Partner added: {}.{review}",
                    for_terminal(&added.name, false)
                ),
                "the partner was added",
            );
        }
        Action::Edit {
            name,
            rename,
            partner_type,
            attendees,
            handover,
        } => {
            let partner_type = partner_type.as_deref().map(kind).transpose()?;
            let mut peerlog = unlock::open(context)?;
            let current = named(peerlog.store(), "partner", &name)?;
            let input = PartnerInput {
                name: rename.unwrap_or_else(|| current.name.clone()),
                partner_type: partner_type.unwrap_or(current.partner_type),
                attendees: if attendees.is_empty() {
                    current.attendees.clone()
                } else {
                    attendees.iter().map(|a| attendee(a)).collect()
                },
                handover: handover.or(current.handover.clone()),
            };
            let changed = partner::update(peerlog.store_mut(), current.id, input)?;
            crate::out::after_done(
                outln!(
                    "Partner changed: {} ({}).",
                    for_terminal(&changed.name, false),
                    changed.partner_type.code()
                ),
                "the partner was changed",
            );
        }
        Action::List => {
            let peerlog = unlock::open(context)?;
            let all = partner::list(peerlog.store())?;
            if all.is_empty() {
                outln!("No partners yet: add one with `peerlog partner add`, or write a consent.")?;
                return Ok(());
            }
            let mut table = Table::new(&["NAME", "TYPE", "ATTENDEES", "HANDOVER", "REVIEW"]);
            for p in all {
                table.row(vec![
                    for_terminal(&p.name, false),
                    p.partner_type.code().into(),
                    attendees(&p),
                    or_dash(p.handover.map(|h| for_terminal(&h, false))),
                    if p.needs_review { "look-alike" } else { "" }.into(),
                ]);
            }
            table.print()?;
        }
        Action::Resolve {
            merge,
            into,
            separate,
        } => {
            let mut peerlog = unlock::open(context)?;
            if let (Some(from), Some(into)) = (merge, into) {
                let from = named(peerlog.store(), "merge", &from)?;
                let into = named(peerlog.store(), "into", &into)?;
                let kept = review::merge(peerlog.store_mut(), from.id, into.id)?;
                crate::out::after_done(
                    outln!(
                        "Merged {} into {}.",
                        for_terminal(&from.name, false),
                        for_terminal(&kept.name, false)
                    ),
                    "the partners were merged",
                );
                return Ok(());
            }
            if let Some(name) = separate {
                let p = named(peerlog.store(), "separate", &name)?;
                let group = review::confirm_separate(peerlog.store_mut(), p.id)?;
                crate::out::after_done(
                    outln!("Kept apart: {} partner(s) no longer flagged.", group.len()),
                    "the partners were kept apart",
                );
                return Ok(());
            }
            let flagged = review::needing_review(peerlog.store())?;
            if flagged.is_empty() {
                outln!("No partner names look alike.")?;
                return Ok(());
            }
            let mut table = Table::new(&["NAME", "CONSENTS", "LOOKS LIKE"]);
            for f in flagged {
                table.row(vec![
                    // Escaped, so a look-alike letter shows as what it is.
                    revealed(&f.partner.name),
                    f.consents.to_string(),
                    f.look_alikes
                        .iter()
                        .map(|p| revealed(&p.name))
                        .collect::<Vec<_>>()
                        .join("; "),
                ]);
            }
            table.print()?;
            outln!("Resolve each once: --merge NAME --into NAME, or --separate NAME.")?;
        }
    }
    Ok(())
}

/// A name with every character outside ASCII shown as `\u{…}`, so the
/// Cyrillic "о" in a look-alike is seen, not guessed.
fn revealed(name: &str) -> String {
    for_terminal(name, false)
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                c.escape_unicode().to_string()
            }
        })
        .collect()
}

fn kind(text: &str) -> Result<PartnerType, Error> {
    PartnerType::parse(text).ok_or_else(|| {
        ValidationError::new(
            "partner_type",
            Problem::UnknownValue {
                expected: PartnerType::ALL
                    .iter()
                    .map(|t| t.code())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        )
        .into()
    })
}

/// `Alex Doe:Judge` → the name and the role.
fn attendee(text: &str) -> Attendee {
    match text.split_once(':') {
        Some((name, role)) => Attendee {
            name: name.into(),
            role: Some(role.into()),
        },
        None => Attendee {
            name: text.into(),
            role: None,
        },
    }
}

fn attendees(p: &Partner) -> String {
    let list: Vec<String> = p
        .attendees
        .iter()
        .map(|a| match &a.role {
            Some(role) => format!(
                "{} ({})",
                for_terminal(&a.name, false),
                for_terminal(role, false)
            ),
            None => for_terminal(&a.name, false),
        })
        .collect();
    if list.is_empty() {
        "-".into()
    } else {
        list.join(", ")
    }
}

/// A partner by name (the same rule as everywhere: trimmed, case- and
/// Unicode-folded), refused naming `field` when none has it.
pub fn named(store: &Store, field: &'static str, name: &str) -> Result<Partner, Error> {
    partner::find(store.conn(), name)?
        .ok_or_else(|| ValidationError::new(field, Problem::NoSuchRecord).into())
}
