//! `peerlog consent add | revoke | list`: releases of information with the
//! 42 CFR §2.31 elements.

use super::export::{date, required_date};
use crate::exit::{Failure, Outcome};
use crate::table::Table;
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::domain::consent::{self, ConsentInput};
use peerlog_core::domain::participant;
use peerlog_core::export::parse_categories;
use peerlog_core::ids::ConsentId;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;

/// Who may disclose, when the peer does not say.
pub const DEFAULT_DISCLOSER: &str = "Peer support program";

#[derive(Subcommand)]
pub enum Action {
    /// Record a signed consent (release of information).
    Add {
        /// The participant's external id.
        #[arg(long)]
        participant: String,
        /// Who may receive the information, e.g. "Circuit Court Behavioral Health Docket".
        #[arg(long)]
        recipient: String,
        /// Why it may be disclosed.
        #[arg(long)]
        purpose: String,
        /// Comma-separated: attendance, contact-summaries, contact-narratives,
        /// wellness, referrals, follow-ups.
        #[arg(long)]
        categories: String,
        /// First day it is in force. YYYY-MM-DD or M/D/YYYY.
        #[arg(long)]
        from: String,
        /// Last day it is in force (or give --expiry-event, or both).
        #[arg(long)]
        until: Option<String>,
        /// The event or condition that ends it, e.g. "Completion of the program".
        #[arg(long)]
        expiry_event: Option<String>,
        /// Who may disclose.
        #[arg(long, default_value = DEFAULT_DISCLOSER)]
        discloser: String,
        /// When the participant signed it (default: the --from day, or today
        /// if that is later).
        #[arg(long)]
        signed: Option<String>,
    },
    /// Record that a consent was revoked (from the given day on).
    Revoke {
        /// The consent's id, as `peerlog consent list` shows it.
        id: String,
        /// The day the revocation was received (default today).
        #[arg(long)]
        on: Option<String>,
    },
    /// Consents, with their status today.
    List {
        /// Only this participant's (external id).
        #[arg(long)]
        participant: Option<String>,
        /// Only those for this recipient.
        #[arg(long)]
        recipient: Option<String>,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            participant,
            recipient,
            purpose,
            categories,
            from,
            until,
            expiry_event,
            discloser,
            signed,
        } => {
            let categories = parse_categories("categories", &categories)?;
            let effective_on = required_date("from", &from)?;
            let expires_on = date("until", until.as_deref())?;
            let signed = date("signed", signed.as_deref())?;
            let mut peerlog = unlock::open(context)?;
            let today = peerlog.store().today();
            let signed_on = signed.unwrap_or_else(|| effective_on.min(today));
            let person = participant::require_by_external_id(peerlog.store(), &participant)?;
            let look_alikes = consent::look_alike_recipients(peerlog.store(), &recipient)?;
            let created = consent::create(
                peerlog.store_mut(),
                ConsentInput {
                    participant_id: person.id,
                    discloser,
                    recipient,
                    purpose,
                    categories,
                    effective_on,
                    expires_on,
                    expiry_event,
                    signed_on,
                },
            )?;
            crate::out::after_done(
                outln!("Consent recorded: {}", created.id).and_then(|()| {
                    outln!(
                        "Status today: {}.",
                        created.status_on(today).label().to_lowercase()
                    )
                }),
                &format!("the consent was recorded ({})", created.id),
            );
            for known in look_alikes {
                note!(
                    "warning: the recipient looks like \"{}\", already named in another consent, \
                     but differs in characters that look alike; an export to one never uses a \
                     consent made out to the other",
                    for_terminal(&known, false)
                );
            }
        }
        Action::Revoke { id, on } => {
            let id = ConsentId::parse(&id).ok_or_else(|| {
                Failure::Core(Error::from(ValidationError::new(
                    "id",
                    Problem::NoSuchRecord,
                )))
            })?;
            let on = date("on", on.as_deref())?;
            let mut peerlog = unlock::open(context)?;
            let revoked = consent::revoke(peerlog.store_mut(), id, on).map_err(|e| match e {
                Error::NotFound(_) => {
                    Error::from(ValidationError::new("id", Problem::NoSuchRecord))
                }
                other => other,
            })?;
            crate::out::after_done(
                outln!(
                    "Consent revoked from {}: nothing more is disclosed under it.",
                    revoked
                        .revoked_on
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                ),
                "the consent was revoked",
            );
        }
        Action::List {
            participant,
            recipient,
        } => {
            let peerlog = unlock::open(context)?;
            let store = peerlog.store();
            let only = match participant {
                Some(external) => Some(participant::require_by_external_id(store, &external)?.id),
                None => None,
            };
            let people: std::collections::HashMap<_, _> = participant::list(store)?
                .into_iter()
                .map(|p| (p.id, p.external_id))
                .collect();
            let mut table = Table::new(&[
                "ID",
                "PARTICIPANT",
                "RECIPIENT",
                "CATEGORIES",
                "FROM",
                "UNTIL",
                "STATUS",
            ]);
            let today = store.today();
            let mut shown = 0;
            for c in consent::list(store, only)? {
                if let Some(wanted) = &recipient {
                    if !c.recipient.trim().eq_ignore_ascii_case(wanted.trim()) {
                        continue;
                    }
                }
                let until = match (&c.expires_on, &c.expiry_event) {
                    (Some(d), _) => d.to_string(),
                    (None, Some(event)) => event.clone(),
                    (None, None) => "-".into(),
                };
                table.row(vec![
                    c.id.to_string(),
                    people
                        .get(&c.participant_id)
                        .cloned()
                        .unwrap_or_else(|| "-".into()),
                    c.recipient.clone(),
                    c.categories
                        .iter()
                        .map(|k| k.code().replace('_', "-"))
                        .collect::<Vec<_>>()
                        .join(","),
                    c.effective_on.to_string(),
                    until,
                    match c.revoked_on {
                        Some(on) if c.status_on(today).code() == "revoked" => {
                            format!("revoked {on}")
                        }
                        _ => c.status_on(today).label().to_lowercase(),
                    },
                ]);
                shown += 1;
            }
            if shown == 0 {
                outln!(
                    "No consents recorded{}.",
                    if only.is_some() {
                        " for this participant"
                    } else {
                        ""
                    }
                )?;
                return Ok(());
            }
            table.print()?;
        }
    }
    Ok(())
}
