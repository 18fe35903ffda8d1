//! Payers and their billing rules: add one (from a preset, then any rule
//! changed), list them, give a participant one. Units follow the
//! participant's payer everywhere they are shown.

use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::billing::presets::presets;
use peerlog_core::billing::{payers, PayerProfile, Rounding};
use peerlog_core::domain::participant;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;

#[derive(Subcommand)]
pub enum Action {
    /// Add a payer; start from a preset (see `payer presets`) and change
    /// any rule with the options.
    Add {
        /// The payer's name as the peer knows it.
        name: String,
        /// A preset's key: standard, virginia_medicaid, new_jersey_horizon, …
        #[arg(long, default_value = "standard")]
        preset: String,
        /// The procedure code (default H0038).
        #[arg(long)]
        code: Option<String>,
        /// Modifiers on every claim, comma-separated (e.g. HF).
        #[arg(long, value_delimiter = ',')]
        modifiers: Option<Vec<String>>,
        /// Modifiers added on a group claim (e.g. HQ).
        #[arg(long, value_delimiter = ',')]
        group_modifiers: Option<Vec<String>>,
        /// Minutes in one unit (default 15).
        #[arg(long)]
        unit_minutes: Option<u32>,
        /// midpoint, whole_units or any_part.
        #[arg(long)]
        rounding: Option<String>,
        /// At most this many units for one participant on one day.
        #[arg(long)]
        daily_unit_cap: Option<u32>,
        /// At most this many hours for one participant in a year.
        #[arg(long)]
        yearly_hours_cap: Option<u32>,
        /// At most this many participants in a billed group.
        #[arg(long)]
        group_size_limit: Option<u32>,
        /// Each billed note must link to a recovery-plan goal.
        #[arg(long)]
        plan_goal_required: bool,
    },
    /// Every payer and its rules.
    List,
    /// The presets a payer can start from, and where their figures come from.
    Presets,
    /// Give a participant a payer (or none, with --none).
    Assign {
        #[arg(long)]
        participant: String,
        /// The payer's name.
        #[arg(required_unless_present = "none")]
        payer: Option<String>,
        #[arg(long, conflicts_with = "payer")]
        none: bool,
    },
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Add {
            name,
            preset,
            code,
            modifiers,
            group_modifiers,
            unit_minutes,
            rounding,
            daily_unit_cap,
            yearly_hours_cap,
            group_size_limit,
            plan_goal_required,
        } => {
            let mut rules = preset_rules(&preset)?;
            rules.name = name;
            if let Some(code) = code {
                rules.code = code;
            }
            if let Some(modifiers) = modifiers {
                rules.modifiers = modifiers;
            }
            if let Some(group_modifiers) = group_modifiers {
                rules.group_modifiers = group_modifiers;
            }
            if let Some(minutes) = unit_minutes {
                rules.unit_minutes = minutes;
            }
            if let Some(text) = rounding {
                rules.rounding = Rounding::parse(&text).ok_or_else(|| {
                    Error::from(ValidationError::new(
                        "rounding",
                        Problem::UnknownValue {
                            expected: "midpoint, whole_units, any_part".into(),
                        },
                    ))
                })?;
            }
            rules.daily_unit_cap = daily_unit_cap.or(rules.daily_unit_cap);
            rules.yearly_hours_cap = yearly_hours_cap.or(rules.yearly_hours_cap);
            rules.group_size_limit = group_size_limit.or(rules.group_size_limit);
            rules.plan_goal_required |= plan_goal_required;
            let mut peerlog = unlock::open(context)?;
            let added = payers::add(peerlog.store_mut(), rules)?;
            crate::out::after_done(
                outln!("Payer added: {}.", added.rules.name),
                "the payer was added",
            );
        }
        Action::List => {
            let peerlog = unlock::open(context)?;
            let all = payers::list(peerlog.store())?;
            if all.is_empty() {
                outln!("No payers yet: units follow the standard rule (H0038, midpoint).")?;
                return Ok(());
            }
            let mut table = Table::new(&[
                "NAME",
                "CODE",
                "MODIFIERS",
                "GROUP",
                "UNIT",
                "ROUNDING",
                "DAY CAP",
                "YEAR HOURS",
                "GROUP LIMIT",
            ]);
            for payer in all {
                let r = payer.rules;
                table.row(vec![
                    r.name.clone(),
                    r.code.clone(),
                    or_dash(non_empty(r.modifiers.join(","))),
                    or_dash(non_empty(r.group_modifiers.join(","))),
                    format!("{} min", r.unit_minutes),
                    r.rounding.code().into(),
                    or_dash(r.daily_unit_cap),
                    or_dash(r.yearly_hours_cap),
                    or_dash(r.group_size_limit),
                ]);
            }
            table.print()?;
        }
        Action::Presets => {
            let mut table = Table::new(&["PRESET", "NAME", "SOURCE"]);
            for preset in presets() {
                table.row(vec![
                    preset.key.into(),
                    preset.profile.name,
                    preset.source.into(),
                ]);
            }
            table.print()?;
        }
        Action::Assign {
            participant: external_id,
            payer,
            none: _,
        } => {
            let mut peerlog = unlock::open(context)?;
            let person = participant::require_by_external_id(peerlog.store(), &external_id)?;
            payers::assign(peerlog.store_mut(), person.id, payer.as_deref())?;
            crate::out::after_done(
                outln!(
                    "{}'s units now follow {}.",
                    person.external_id,
                    payer.as_deref().unwrap_or("the standard rule")
                ),
                "the payer was set",
            );
        }
    }
    Ok(())
}

fn preset_rules(key: &str) -> Result<PayerProfile, Error> {
    presets()
        .into_iter()
        .find(|p| p.key == key.trim())
        .map(|p| p.profile)
        .ok_or_else(|| {
            let keys: Vec<&str> = presets().iter().map(|p| p.key).collect();
            ValidationError::new(
                "preset",
                Problem::UnknownValue {
                    expected: keys.join(", "),
                },
            )
            .into()
        })
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}
