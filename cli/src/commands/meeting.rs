//! `peerlog meeting`: case conferences with a partner, who is on a day's
//! docket, and the export for exactly that meeting's period. A meeting is
//! named by its id or the id's last characters, as `list` shows them.

use super::export::{packet_passphrase, required_date};
use super::partner::named;
use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::Table;
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::domain::followup::FollowUpDraft;
use peerlog_core::domain::group::Weekday;
use peerlog_core::domain::participant;
use peerlog_core::export::{ExportFormat, ExportOutput};
use peerlog_core::ids::MeetingId;
use peerlog_core::partners::{docket, meeting, partner};
use peerlog_core::text::for_terminal;
use peerlog_core::time::parse_time;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Action {
    /// Schedule a recurring meeting with a partner.
    Add {
        /// The partner, by name.
        #[arg(long)]
        partner: String,
        #[arg(long)]
        name: String,
        /// monday … sunday.
        #[arg(long)]
        weekday: String,
        /// HH:MM.
        #[arg(long)]
        time: String,
        #[arg(long, default_value_t = 1)]
        every_weeks: u32,
        /// Held from the first weekday on or after this day.
        #[arg(long)]
        starts_on: String,
    },
    /// Every meeting with its next date.
    List,
    /// Put participants (external ids, comma-separated) on a day's docket;
    /// only those with a consent and agreement in force for the partner.
    Docket {
        #[arg(long)]
        meeting: String,
        /// The meeting's day.
        #[arg(long)]
        on: String,
        #[arg(long)]
        participants: String,
    },
    /// Record what was decided about someone on a day's docket; with
    /// --follow-up, a follow-up opens in their record.
    Decide {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        on: String,
        /// The participant's external id.
        #[arg(long)]
        participant: String,
        #[arg(long)]
        text: String,
        /// The follow-up's text.
        #[arg(long, requires = "due_on")]
        follow_up: Option<String>,
        /// The follow-up's due date.
        #[arg(long, requires = "follow_up")]
        due_on: Option<String>,
    },
    /// Export for the meeting on a day: its docket, since the meeting before.
    Export {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        on: String,
        #[arg(long, value_parser = ["pdf", "csv", "pack"])]
        format: String,
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
            name,
            weekday,
            time,
            every_weeks,
            starts_on,
        } => {
            let weekday = Weekday::parse(&weekday).ok_or_else(|| {
                Error::from(ValidationError::new(
                    "weekday",
                    Problem::UnknownValue {
                        expected: "monday … sunday".into(),
                    },
                ))
            })?;
            let time = parse_time(&time)
                .ok_or_else(|| Error::from(ValidationError::new("time", Problem::NotATime)))?;
            let starts_on = required_date("starts_on", &starts_on)?;
            let mut peerlog = unlock::open(context)?;
            let partner = named(peerlog.store(), "partner", &partner)?;
            let added = meeting::create(
                peerlog.store_mut(),
                meeting::MeetingInput {
                    partner_id: partner.id,
                    name,
                    weekday,
                    time,
                    every_weeks,
                    starts_on,
                },
            )?;
            let next = added.next_on(peerlog.store().today());
            crate::out::after_done(
                outln!(
                    "Meeting added: {} ({}), next on {next}.",
                    for_terminal(&added.name, false),
                    short(added.id)
                ),
                "the meeting was added",
            );
        }
        Action::List => {
            let peerlog = unlock::open(context)?;
            let store = peerlog.store();
            let upcoming = meeting::upcoming(store, store.today())?;
            if upcoming.is_empty() {
                outln!("No meetings yet: add one with `peerlog meeting add`.")?;
                return Ok(());
            }
            let mut table = Table::new(&["ID", "NAME", "PARTNER", "WHEN", "NEXT"]);
            for u in upcoming {
                let m = &u.meeting;
                let every = if m.every_weeks == 1 {
                    "every week".to_string()
                } else {
                    format!("every {} weeks", m.every_weeks)
                };
                table.row(vec![
                    short(m.id),
                    for_terminal(&m.name, false),
                    for_terminal(&partner::get(store, m.partner_id)?.name, false),
                    format!("{} {}, {every}", m.weekday.code(), m.time.format("%H:%M")),
                    u.next_on.to_string(),
                ]);
            }
            table.print()?;
        }
        Action::Docket {
            meeting,
            on,
            participants,
        } => {
            let on = required_date("on", &on)?;
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &meeting)?;
            let mut ids = Vec::new();
            for external in participants
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let found = participant::find_by_external_id(peerlog.store(), external)?
                    .ok_or_else(|| {
                        Error::from(ValidationError::new("participants", Problem::NoSuchRecord))
                    })?;
                ids.push(found.id);
            }
            let set = docket::set(peerlog.store_mut(), id, on, &ids)?;
            crate::out::after_done(
                outln!("Docket for {on}: {} participant(s).", set.len()),
                "the docket was saved",
            );
        }
        Action::Decide {
            meeting,
            on,
            participant: external,
            text,
            follow_up,
            due_on,
        } => {
            let on = required_date("on", &on)?;
            let follow_up = match (follow_up, due_on) {
                (Some(text), Some(due)) => Some(FollowUpDraft {
                    due_on: required_date("follow_up_due_on", &due)?,
                    text,
                }),
                _ => None,
            };
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &meeting)?;
            let person = participant::require_by_external_id(peerlog.store(), &external)?;
            let decision =
                docket::decide(peerlog.store_mut(), id, on, person.id, &text, follow_up)?;
            let opened = match decision.follow_up {
                Some(f) => format!("; follow-up due {} opened", f.due_on),
                None => String::new(),
            };
            crate::out::after_done(
                outln!("Decision recorded{opened}."),
                "the decision was recorded",
            );
        }
        Action::Export {
            meeting,
            on,
            format,
            out,
            force,
        } => {
            let format = ExportFormat::parse(&format).expect("clap allowed only known formats");
            let on = required_date("on", &on)?;
            let passphrase = if format == ExportFormat::Pack {
                Some(packet_passphrase(true)?)
            } else {
                None
            };
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &meeting)?;
            let mut output = ExportOutput::new(format, &out);
            output.replace = force;
            output.packet_passphrase = passphrase.as_ref();
            let record =
                peerlog_core::export::meeting::write(peerlog.store_mut(), id, on, &output)?;
            let out_shown = for_terminal(&out.display().to_string(), false);
            crate::out::after_done(
                outln!(
                    "Wrote {out_shown} for {} participant(s), {}; disclosure {} recorded for the meeting.",
                    record.participants.len(),
                    record.period,
                    record.id
                ),
                &format!("{out_shown} was written and the disclosure recorded ({})", record.id),
            );
        }
    }
    Ok(())
}

/// A meeting by its id or the id's last characters (at least four).
fn resolve(store: &Store, given: &str) -> Result<MeetingId, Error> {
    pick(
        "meeting",
        given,
        MeetingId::parse,
        meeting::list(store)?.into_iter().map(|m| m.id),
    )
}
