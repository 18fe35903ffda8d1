//! `peerlog team`: this store's key, starting or joining a team, its
//! members (the admin adds and removes them), one exchange with the team
//! folder, and what was sent. See docs/TEAM.md.

use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::team::roster::{self, NewMember, NewMemberSelf, TeamRole};
use peerlog_core::team::{self, inbox::ReadReport, outbox, summary};
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Action {
    /// This store's key and its fingerprint: give the key to the team's
    /// admin, and read the fingerprint aloud to them to check it.
    Key,
    /// Start a team with this store as its admin and first member.
    Init {
        /// The team's name.
        #[arg(long)]
        name: String,
        /// The folder the program syncs between members (a shared drive,
        /// OneDrive or SharePoint, Syncthing).
        #[arg(long)]
        folder: PathBuf,
        /// Your name as members will see it.
        #[arg(long)]
        your_name: String,
        /// Your role: supervisor or peer.
        #[arg(long, default_value = "supervisor")]
        role: String,
        /// Your credential, shown with a co-signature ("LCSW").
        #[arg(long)]
        credential: Option<String>,
    },
    /// Join a team through its folder; the admin adds your key first.
    Join {
        #[arg(long)]
        folder: PathBuf,
        /// The admin's key, as `team key` shows it on their store.
        #[arg(long)]
        admin_key: String,
    },
    /// Add a member by the key they read out (the admin only).
    AddMember {
        #[arg(long)]
        key: String,
        #[arg(long)]
        name: String,
        /// peer or supervisor.
        #[arg(long)]
        role: String,
        #[arg(long)]
        credential: Option<String>,
    },
    /// Remove a member: nothing new is encrypted to them (the admin only).
    RemoveMember {
        #[arg(long)]
        key: String,
    },
    /// The share of signed notes a peer's app submits for review (the admin only).
    Sample {
        #[arg(long)]
        percent: u8,
    },
    /// The team, its members, the folder, and what the last read could not use.
    Status,
    /// Send what waits and read what arrived.
    Sync,
    /// What this store sent, as it was sent, newest first.
    Sent {
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    /// Each peer's weekly counts (a supervisor's view).
    Weeks,
}

pub fn run(action: Action, context: &Context) -> Outcome {
    let mut peerlog = unlock::open(context)?;
    let store = peerlog.store_mut();
    match action {
        Action::Key => {
            let key = team::my_key(store)?;
            outln!("key: {key}")?;
            outln!("fingerprint: {}", key.fingerprint())?;
        }
        Action::Init {
            name,
            folder,
            your_name,
            role,
            credential,
        } => {
            let team = roster::init(
                store,
                &name,
                folder,
                NewMemberSelf {
                    name: your_name,
                    role: role_of(&role)?,
                    credential,
                },
            )?;
            outln!(
                "Team {} started; you are its admin. Add members by their keys.",
                team.name.unwrap_or_default()
            )?;
        }
        Action::Join { folder, admin_key } => {
            roster::join(store, folder, &admin_key)?;
            let report = team::sync(store)?;
            outln!("Joined. {}", admitted_line(store, &report)?)?;
        }
        Action::AddMember {
            key,
            name,
            role,
            credential,
        } => {
            let member = roster::add_member(
                store,
                NewMember {
                    key,
                    name,
                    role: role_of(&role)?,
                    credential,
                },
            )?;
            outln!(
                "Added {} ({}), fingerprint {}.",
                member.name,
                member.role.label(),
                member.fingerprint
            )?;
        }
        Action::RemoveMember { key } => {
            roster::remove_member(store, &key)?;
            outln!("Removed: nothing new is encrypted to them.")?;
        }
        Action::Sample { percent } => {
            roster::set_review_sample(store, percent)?;
            outln!("Peers' apps now submit {percent}% of signed notes for review.")?;
        }
        Action::Status => print_status(store)?,
        Action::Sync => {
            let report = team::sync(store)?;
            print_report(&report)?;
        }
        Action::Sent { limit } => {
            let mut table = Table::new(&["QUEUED", "KIND", "TO", "DELIVERED"]);
            for sent in outbox::sent(store, limit)? {
                table.row(vec![
                    sent.queued_at.to_string(),
                    sent.kind,
                    sent.recipients.join(", "),
                    or_dash(sent.delivered_at.map(|at| at.to_string())),
                ]);
            }
            table.print()?;
        }
        Action::Weeks => {
            let mut table = Table::new(&[
                "PEER",
                "WEEK",
                "ACTIVE",
                "NOT SEEN 14D",
                "OVERDUE",
                "REVIEWS DUE",
                "UNSIGNED",
                "UNITS",
                "GROUPS",
            ]);
            for peer in summary::by_peer(store)? {
                for week in &peer.weeks {
                    let units: Vec<String> = week
                        .units_by_payer
                        .iter()
                        .map(|p| format!("{} {}", p.payer, p.units))
                        .collect();
                    table.row(vec![
                        peer.name.clone(),
                        week.week_start.to_string(),
                        week.active_participants.to_string(),
                        week.not_seen_14_days.to_string(),
                        week.overdue_followups.to_string(),
                        week.plan_reviews_due.to_string(),
                        week.unsigned_notes.to_string(),
                        or_dash((!units.is_empty()).then(|| units.join("; "))),
                        format!("{}/{}", week.group_sessions, week.group_attendance),
                    ]);
                }
            }
            table.print()?;
        }
    }
    Ok(())
}

fn role_of(text: &str) -> Result<TeamRole, Error> {
    TeamRole::parse(text).ok_or_else(|| {
        ValidationError::new(
            "role",
            Problem::UnknownValue {
                expected: TeamRole::expected(),
            },
        )
        .into()
    })
}

fn admitted_line(store: &peerlog_core::Store, report: &ReadReport) -> Result<String, Error> {
    let status = team::status(store)?.ok_or(Error::NoTeam)?;
    Ok(if status.admitted {
        format!(
            "You are a member of {}.",
            status.team.name.unwrap_or_default()
        )
    } else if !report.folder_available {
        "Waiting for the team folder.".into()
    } else {
        "Waiting for the admin's roster: the admin adds your key, then syncs.".into()
    })
}

fn print_status(store: &peerlog_core::Store) -> Outcome {
    let Some(status) = team::status(store)? else {
        outln!("Not in a team. Start one (team init) or join one (team join).")?;
        return Ok(());
    };
    outln!(
        "team: {}",
        status
            .team
            .name
            .as_deref()
            .unwrap_or("(waiting for the roster)")
    )?;
    outln!("folder: {}", status.team.folder.display())?;
    outln!(
        "folder available: {}",
        if status.folder_available {
            "yes"
        } else {
            "no (waiting for the team folder)"
        }
    )?;
    outln!("waiting to send: {}", status.waiting)?;
    outln!("review sample: {}%", status.team.review_sample_percent)?;
    let mut table = Table::new(&["NAME", "ROLE", "CREDENTIAL", "FINGERPRINT", ""]);
    for m in &status.members {
        table.row(vec![
            m.name.clone(),
            m.role.label().into(),
            or_dash(m.credential.clone()),
            m.fingerprint.clone(),
            if m.is_me { "you".into() } else { String::new() },
        ]);
    }
    table.print()?;
    if let Some(read) = status.last_read {
        print_report(&read)?;
    }
    Ok(())
}

fn print_report(report: &ReadReport) -> Outcome {
    if !report.folder_available {
        outln!("Waiting for the team folder: messages wait in this store.")?;
        return Ok(());
    }
    outln!(
        "applied {}, already applied {}, still syncing or damaged {}, refused {}, from keys not in the team {}",
        report.applied,
        report.repeated,
        report.unreadable,
        report.refused,
        report.from_unknown
    )?;
    Ok(())
}
