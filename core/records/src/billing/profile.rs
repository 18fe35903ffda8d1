//! One payer's rules for peer support claims, as a program sets them.

use super::rounding::Rounding;
use crate::validate::{in_range, required_text, Checked, Problem, ValidationError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PayerProfile {
    /// How the peer knows the payer: "Medicaid (state plan)", a plan's name.
    pub name: String,
    /// The procedure code billed for peer support (H0038 by default).
    pub code: String,
    /// Modifiers on every claim to this payer (e.g. HF).
    pub modifiers: Vec<String>,
    /// Modifiers added on a group session's claim (e.g. HQ).
    pub group_modifiers: Vec<String>,
    /// The length of one unit, in minutes (15 for "per 15 minutes" codes).
    pub unit_minutes: u32,
    pub rounding: Rounding,
    /// At most this many units for one participant on one day.
    pub daily_unit_cap: Option<u32>,
    /// At most this many hours for one participant in a calendar year.
    pub yearly_hours_cap: Option<u32>,
    /// At most this many participants in a billed group session.
    pub group_size_limit: Option<u32>,
    /// Whether time spent writing the note may be billed with the service.
    pub documentation_time_billable: bool,
    /// Whether each billed note must link to a recovery-plan goal.
    pub plan_goal_required: bool,
}

/// What a day's services come to under a payer's daily cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitCheck {
    /// Units that may be billed.
    pub billable: u32,
    /// Units over the cap, which may not.
    pub over_cap: u32,
}

pub const DEFAULT_CODE: &str = "H0038";
const MAX_NAME: usize = 120;
const MAX_MODIFIERS: usize = 4;

impl PayerProfile {
    /// A payer with the common rule: H0038, 15-minute units by the midpoint
    /// rule, no caps. Presets start from here.
    pub fn new(name: &str) -> PayerProfile {
        PayerProfile {
            name: name.to_string(),
            code: DEFAULT_CODE.to_string(),
            modifiers: Vec::new(),
            group_modifiers: Vec::new(),
            unit_minutes: 15,
            rounding: Rounding::Midpoint,
            daily_unit_cap: None,
            yearly_hours_cap: None,
            group_size_limit: None,
            documentation_time_billable: false,
            plan_goal_required: false,
        }
    }

    /// Units for one service of `minutes`.
    pub fn units(&self, minutes: u32) -> u32 {
        self.rounding.units(minutes, self.unit_minutes)
    }

    /// The yearly hours cap in this payer's units (900 hours of 15-minute
    /// units is 3,600), whole units only.
    pub fn yearly_unit_cap(&self) -> Option<u32> {
        self.yearly_hours_cap
            .map(|hours| hours * 60 / self.unit_minutes.max(1))
    }

    /// A participant's services on one day (each note's minutes) under the
    /// daily cap. Each note is rounded on its own, as each is a claim line.
    pub fn day(&self, minutes_of_each_service: &[u32]) -> UnitCheck {
        let total: u32 = minutes_of_each_service.iter().map(|&m| self.units(m)).sum();
        match self.daily_unit_cap {
            Some(cap) if total > cap => UnitCheck {
                billable: cap,
                over_cap: total - cap,
            },
            _ => UnitCheck {
                billable: total,
                over_cap: 0,
            },
        }
    }

    /// Whether a group session of `members` present is over the limit.
    pub fn group_too_large(&self, members: usize) -> bool {
        self.group_size_limit
            .is_some_and(|limit| members > limit as usize)
    }

    /// The modifiers on a claim line, group ones after the payer's own.
    pub fn modifiers_for(&self, group: bool) -> Vec<String> {
        let mut all = self.modifiers.clone();
        if group {
            all.extend(self.group_modifiers.iter().cloned());
        }
        all
    }

    /// Checks and normalises what a program typed: names the field at fault.
    pub fn checked(mut self) -> Checked<PayerProfile> {
        self.name = required_text("name", &self.name, MAX_NAME)?;
        self.code = procedure_code(&self.code)?;
        self.modifiers = modifiers("modifiers", &self.modifiers)?;
        self.group_modifiers = modifiers("group_modifiers", &self.group_modifiers)?;
        in_range("unit_minutes", self.unit_minutes.into(), 1, 60)?;
        if let Some(cap) = self.daily_unit_cap {
            in_range("daily_unit_cap", cap.into(), 1, 96)?;
        }
        if let Some(cap) = self.yearly_hours_cap {
            in_range("yearly_hours_cap", cap.into(), 1, 8_784)?;
        }
        if let Some(limit) = self.group_size_limit {
            in_range("group_size_limit", limit.into(), 2, 100)?;
        }
        Ok(self)
    }
}

/// A HCPCS or CPT code: five letters and digits (H0038, 99211).
fn procedure_code(text: &str) -> Checked<String> {
    let code = required_text("code", text, 5)?.to_ascii_uppercase();
    if code.len() == 5 && code.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(code)
    } else {
        Err(ValidationError::new(
            "code",
            Problem::BadFormat { example: "H0038" },
        ))
    }
}

/// Claim modifiers: two letters or digits each (HF, HQ, U1), at most four.
fn modifiers(field: &'static str, given: &[String]) -> Checked<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for text in given.iter().map(|m| m.trim().to_ascii_uppercase()) {
        if text.is_empty() {
            continue;
        }
        if text.len() != 2 || !text.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ValidationError::new(
                field,
                Problem::BadFormat { example: "HF, HQ" },
            ));
        }
        if !out.contains(&text) {
            out.push(text);
        }
    }
    if out.len() > MAX_MODIFIERS {
        return Err(ValidationError::new(
            field,
            Problem::TooLong { max: MAX_MODIFIERS },
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capped(cap: u32) -> PayerProfile {
        PayerProfile {
            daily_unit_cap: Some(cap),
            ..PayerProfile::new("Test payer")
        }
    }

    #[test]
    fn the_daily_cap_holds_across_two_notes_of_the_same_day() {
        // 150 minutes (10 units) and 120 minutes (8 units): 18, capped at 16.
        assert_eq!(
            capped(16).day(&[150, 120]),
            UnitCheck {
                billable: 16,
                over_cap: 2
            }
        );
        assert_eq!(
            capped(16).day(&[150, 90]),
            UnitCheck {
                billable: 16,
                over_cap: 0
            }
        );
        // Each note rounds on its own: two 7-minute notes are no units
        // under the midpoint rule, not one.
        assert_eq!(capped(16).day(&[7, 7]).billable, 0);
    }

    #[test]
    fn a_group_over_the_limit_is_flagged() {
        let payer = PayerProfile {
            group_size_limit: Some(10),
            ..PayerProfile::new("Test payer")
        };
        assert!(!payer.group_too_large(10));
        assert!(payer.group_too_large(11));
        assert!(!PayerProfile::new("No limit").group_too_large(40));
    }

    #[test]
    fn group_claims_carry_the_group_modifier_after_the_payers_own() {
        let payer = PayerProfile {
            modifiers: vec!["HF".into()],
            group_modifiers: vec!["HQ".into()],
            ..PayerProfile::new("Test payer")
        };
        assert_eq!(payer.modifiers_for(false), ["HF"]);
        assert_eq!(payer.modifiers_for(true), ["HF", "HQ"]);
    }

    #[test]
    fn what_a_program_types_is_checked_field_by_field() {
        let typed = PayerProfile {
            code: " h0038 ".into(),
            modifiers: vec!["hf".into(), "".into(), "HF".into()],
            ..PayerProfile::new("  Medicaid  ")
        };
        let payer = typed.checked().unwrap();
        assert_eq!(payer.name, "Medicaid");
        assert_eq!(payer.code, "H0038");
        assert_eq!(payer.modifiers, ["HF"]);

        let field = |p: PayerProfile| p.checked().unwrap_err().field;
        assert_eq!(
            field(PayerProfile {
                code: "H38".into(),
                ..PayerProfile::new("x")
            }),
            "code"
        );
        assert_eq!(
            field(PayerProfile {
                group_modifiers: vec!["HQX".into()],
                ..PayerProfile::new("x")
            }),
            "group_modifiers"
        );
        assert_eq!(
            field(PayerProfile {
                unit_minutes: 0,
                ..PayerProfile::new("x")
            }),
            "unit_minutes"
        );
        assert_eq!(
            field(PayerProfile {
                daily_unit_cap: Some(0),
                ..PayerProfile::new("x")
            }),
            "daily_unit_cap"
        );
        assert_eq!(field(PayerProfile::new("  ")), "name");
    }
}
