//! `peerlog credential`: the peer's own certifications and their renewal
//! rules (from a preset, with any rule changed, or typed whole), where
//! each stands, and a renewal recorded. A credential is named by its id
//! or the id's last characters, as `list` shows them.

use super::export::{date, required_date};
use super::short_id::{pick, short};
use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::credentials::hours::shown;
use peerlog_core::credentials::progress::{self, Progress, Standing};
use peerlog_core::credentials::{credential, presets, CredentialInput, Minimum, RenewalRule};
use peerlog_core::ids::CredentialId;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::{Error, Store};

#[derive(Subcommand)]
pub enum Action {
    /// Add a credential; start from a preset (see `credential presets`) or
    /// give the rule with the options, and change any rule with them.
    Add {
        /// A preset's key: pennsylvania_cps, wisconsin_cps, mental_health_first_aid.
        #[arg(long)]
        preset: Option<String>,
        /// Its name (the preset's when not given).
        #[arg(long)]
        name: Option<String>,
        /// The board that issued it (the preset's when not given).
        #[arg(long)]
        board: Option<String>,
        /// The credential's number.
        #[arg(long)]
        number: Option<String>,
        /// When it was issued. YYYY-MM-DD or M/D/YYYY.
        #[arg(long)]
        issued_on: String,
        /// Its last valid day, as printed (default: one period after issue).
        #[arg(long)]
        expires_on: Option<String>,
        /// Months in one renewal period (24 for two years).
        #[arg(long)]
        period_months: Option<u32>,
        /// Hours needed in each period, all categories together.
        #[arg(long)]
        total_hours: Option<u32>,
        /// A category's minimum, CATEGORY:HOURS (e.g. ethics:3); repeat.
        #[arg(long = "minimum")]
        minimums: Vec<String>,
        /// Days after expiry it may still be renewed as usual.
        #[arg(long)]
        grace_days: Option<u32>,
        /// The category supervision hours count as (none: not counted).
        #[arg(long)]
        supervision_counts_as: Option<String>,
        /// What happens after the grace period, in the board's words.
        #[arg(long)]
        after_grace: Option<String>,
    },
    /// Every credential, where it stands and its hours this period.
    List,
    /// One credential's hours by category this period, and what is missing.
    Progress {
        #[arg(long)]
        credential: String,
    },
    /// The presets a credential can start from, and where their figures come from.
    Presets,
    /// Record a renewal: the credential expires later, and a new period begins.
    Renew {
        #[arg(long)]
        credential: String,
        /// The new last valid day (default: one period after the old one).
        #[arg(long)]
        expires_on: Option<String>,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            preset,
            name,
            board,
            number,
            issued_on,
            expires_on,
            period_months,
            total_hours,
            minimums,
            grace_days,
            supervision_counts_as,
            after_grace,
        } => {
            let start = preset.as_deref().map(preset_named).transpose()?;
            let mut rule = start
                .as_ref()
                .map(|p| p.rule.clone())
                .unwrap_or_else(|| RenewalRule::lasting(0));
            if start.is_none() && period_months.is_none() {
                return Err(
                    Error::from(ValidationError::new("period_months", Problem::Required)).into(),
                );
            }
            rule.period_months = period_months.unwrap_or(rule.period_months);
            rule.total_hours = total_hours.unwrap_or(rule.total_hours);
            if !minimums.is_empty() {
                rule.minimums = minimums
                    .iter()
                    .map(|text| minimum(text))
                    .collect::<Result<_, _>>()?;
            }
            rule.grace_days = grace_days.unwrap_or(rule.grace_days);
            if supervision_counts_as.is_some() {
                rule.supervision_counts_as = supervision_counts_as;
            }
            if after_grace.is_some() {
                rule.after_grace = after_grace;
            }
            let input = CredentialInput {
                name: name
                    .or_else(|| start.as_ref().map(|p| p.name.to_string()))
                    .unwrap_or_default(),
                board: board.or_else(|| start.as_ref().map(|p| p.board.to_string())),
                number,
                issued_on: required_date("issued_on", &issued_on)?,
                expires_on: date("expires_on", expires_on.as_deref())?,
                rule,
            };
            let mut peerlog = unlock::open(context)?;
            let added = credential::add(peerlog.store_mut(), input)?;
            crate::out::after_done(
                outln!(
                    "Credential added: {} ({}), expires {}.",
                    added.name,
                    short(added.id),
                    added.expires_on
                ),
                "the credential was added",
            );
        }
        Action::List => {
            let peerlog = unlock::open(context)?;
            let all = progress::all(peerlog.store())?;
            if all.is_empty() {
                outln!("No credentials yet: add one with `peerlog credential add`.")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "ID", "NAME", "NUMBER", "EXPIRES", "STATUS", "PERIOD", "HOURS", "MISSING",
            ]);
            for p in all {
                table.row(vec![
                    short(p.credential.id),
                    p.credential.name.clone(),
                    or_dash(p.credential.number.clone()),
                    p.credential.expires_on.to_string(),
                    standing(p.standing),
                    format!("{} – {}", p.period.from, p.period.to),
                    format!(
                        "{}/{}",
                        shown(p.tally.earned_minutes),
                        shown(p.tally.required_minutes)
                    ),
                    shown(p.tally.missing_minutes),
                ]);
            }
            table.print()?;
        }
        Action::Progress { credential } => {
            let peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &credential)?;
            print_progress(&progress::progress(peerlog.store(), id)?)?;
        }
        Action::Presets => {
            let mut table = Table::new(&["PRESET", "NAME", "RULE", "SOURCE"]);
            for preset in presets::presets() {
                table.row(vec![
                    preset.key.into(),
                    preset.name.into(),
                    rule_summary(&preset.rule),
                    preset.source.into(),
                ]);
            }
            table.print()?;
        }
        Action::Renew {
            credential,
            expires_on,
        } => {
            let mut peerlog = unlock::open(context)?;
            let id = resolve(peerlog.store(), &credential)?;
            let expires_on = date("expires_on", expires_on.as_deref())?;
            let renewed = credential::renew(peerlog.store_mut(), id, expires_on)?;
            crate::out::after_done(
                outln!(
                    "Renewed: {} now expires {}.",
                    renewed.name,
                    renewed.expires_on
                ),
                "the renewal was recorded",
            );
        }
    }
    Ok(())
}

fn print_progress(p: &Progress) -> Outcome {
    outln!("{} ({})", p.credential.name, short(p.credential.id))?;
    outln!("Period: {} to {}", p.period.from, p.period.to)?;
    outln!("Status: {}", standing(p.standing))?;
    outln!("Rule: {}", rule_summary(&p.credential.rule))?;
    let mut table = Table::new(&["CATEGORY", "REQUIRED", "EARNED", "MISSING"]);
    for line in &p.tally.lines {
        table.row(vec![
            line.category
                .clone()
                .unwrap_or_else(|| "any (elective)".into()),
            shown(line.required_minutes),
            shown(line.earned_minutes),
            shown(line.missing_minutes),
        ]);
    }
    table.row(vec![
        "total".into(),
        shown(p.tally.required_minutes),
        shown(p.tally.earned_minutes),
        shown(p.tally.missing_minutes),
    ]);
    table.print()?;
    let counted = match &p.credential.rule.supervision_counts_as {
        Some(category) => format!("counted as {category}"),
        None => "not counted".into(),
    };
    outln!(
        "Supervision: {} hours, {counted}.",
        shown(p.tally.supervision_minutes)
    )?;
    Ok(())
}

/// "due soon (30-day reminder, 12 days left)".
pub fn standing(standing: Standing) -> String {
    match standing {
        Standing::Current => "current".into(),
        Standing::DueSoon {
            reminder,
            days_left,
        } => format!("due soon ({reminder}-day reminder, {days_left} days left)"),
        Standing::InGrace { until } => format!("in grace until {until}"),
        Standing::Lapsed => "lapsed".into(),
    }
}

fn rule_summary(rule: &RenewalRule) -> String {
    let mut text = if rule.total_hours == 0 {
        format!("lasts {} months, no hours", rule.period_months)
    } else {
        format!("{} h / {} months", rule.total_hours, rule.period_months)
    };
    for m in &rule.minimums {
        text.push_str(&format!(", {} {} h", m.category, m.hours));
    }
    if rule.grace_days > 0 {
        text.push_str(&format!(", grace {} days", rule.grace_days));
    }
    text
}

/// A credential by its id or the id's last characters (at least four).
pub fn resolve(store: &Store, given: &str) -> Result<CredentialId, Error> {
    pick(
        "credential",
        given,
        CredentialId::parse,
        credential::list(store)?.into_iter().map(|c| c.id),
    )
}

fn preset_named(key: &str) -> Result<presets::CredentialPreset, Error> {
    presets::find(key).ok_or_else(|| {
        let keys: Vec<&str> = presets::presets().iter().map(|p| p.key).collect();
        ValidationError::new(
            "preset",
            Problem::UnknownValue {
                expected: keys.join(", "),
            },
        )
        .into()
    })
}

/// `ethics:3` → ethics, 3 hours.
fn minimum(text: &str) -> Result<Minimum, Error> {
    let bad = || {
        Error::from(ValidationError::new(
            "minimum",
            Problem::BadFormat {
                example: "ethics:3",
            },
        ))
    };
    let (category, hours) = text.split_once(':').ok_or_else(bad)?;
    Ok(Minimum {
        category: category.trim().to_string(),
        hours: hours.trim().parse().map_err(|_| bad())?,
    })
}
