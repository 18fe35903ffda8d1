//! What renewing a credential takes, as its board sets it and a program
//! types it: hours per period, a minimum for some categories, and a grace
//! period after expiry. Hours in no minimum's category, and hours beyond a
//! minimum, count toward the rest of the total (a board's "elective" hours).

use super::category;
use crate::validate::{in_range, optional_text, Checked, Problem, ValidationError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RenewalRule {
    /// How long one period lasts: a credential is renewed every this many
    /// months (24 for a two-year renewal).
    pub period_months: u32,
    /// Hours of training needed in each period, all categories together;
    /// 0 when the credential asks for none (a certificate that simply ends).
    pub total_hours: u32,
    /// Hours needed in particular categories, counted within the total.
    pub minimums: Vec<Minimum>,
    /// Days after expiry during which the credential may still be renewed
    /// as usual.
    pub grace_days: u32,
    /// The category supervision hours count as, if the board counts them;
    /// `None`: they are shown but count toward nothing.
    pub supervision_counts_as: Option<String>,
    /// What happens once the grace period is over ("a late fee, then the
    /// exam again"), as the board says it.
    pub after_grace: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Minimum {
    pub category: String,
    pub hours: u32,
}

const MAX_HOURS: i64 = 2_000;
const MAX_AFTER_GRACE: usize = 200;

impl RenewalRule {
    /// A rule with no hours: the credential lasts `period_months`.
    pub fn lasting(period_months: u32) -> RenewalRule {
        RenewalRule {
            period_months,
            total_hours: 0,
            minimums: Vec::new(),
            grace_days: 0,
            supervision_counts_as: None,
            after_grace: None,
        }
    }

    /// Hours that may be in any category: the total less the minimums.
    pub fn open_hours(&self) -> u32 {
        let named: u32 = self.minimums.iter().map(|m| m.hours).sum();
        self.total_hours.saturating_sub(named)
    }

    /// Checks and normalises what a program typed: names the field at fault.
    pub fn checked(mut self) -> Checked<RenewalRule> {
        in_range("period_months", self.period_months.into(), 1, 120)?;
        in_range("total_hours", self.total_hours.into(), 0, MAX_HOURS)?;
        in_range("grace_days", self.grace_days.into(), 0, 730)?;
        let mut minimums: Vec<Minimum> = Vec::new();
        for minimum in self.minimums {
            let code = category::checked("minimums", &minimum.category)?;
            in_range("minimums", minimum.hours.into(), 1, MAX_HOURS)?;
            if minimums.iter().any(|m| m.category == code) {
                return Err(ValidationError::new("minimums", Problem::Duplicate));
            }
            minimums.push(Minimum {
                category: code,
                hours: minimum.hours,
            });
        }
        let named: u32 = minimums.iter().map(|m| m.hours).sum();
        if named > self.total_hours {
            // The minimums are part of the total, so they cannot exceed it.
            return Err(ValidationError::new(
                "total_hours",
                Problem::OutOfRange {
                    min: named.into(),
                    max: MAX_HOURS,
                },
            ));
        }
        self.minimums = minimums;
        self.supervision_counts_as = match self.supervision_counts_as.as_deref() {
            Some(text) if !text.trim().is_empty() => {
                Some(category::checked("supervision_counts_as", text)?)
            }
            _ => None,
        };
        self.after_grace =
            optional_text("after_grace", self.after_grace.as_deref(), MAX_AFTER_GRACE)?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> RenewalRule {
        RenewalRule {
            total_hours: 36,
            minimums: vec![
                Minimum {
                    category: "Peer support".into(),
                    hours: 24,
                },
                Minimum {
                    category: "ethics".into(),
                    hours: 3,
                },
            ],
            ..RenewalRule::lasting(24)
        }
    }

    #[test]
    fn a_rule_is_normalised_and_its_open_hours_are_the_rest() {
        let rule = rule().checked().unwrap();
        assert_eq!(rule.minimums[0].category, "peer_support");
        assert_eq!(rule.open_hours(), 9);
    }

    #[test]
    fn each_bad_value_names_its_field() {
        let field = |r: RenewalRule| r.checked().unwrap_err().field;
        assert_eq!(
            field(RenewalRule {
                period_months: 0,
                ..rule()
            }),
            "period_months"
        );
        assert_eq!(
            field(RenewalRule {
                total_hours: 20,
                ..rule()
            }),
            "total_hours"
        );
        let mut twice = rule();
        twice.minimums[1].category = "peer_support".into();
        assert_eq!(field(twice), "minimums");
        assert_eq!(
            field(RenewalRule {
                supervision_counts_as: Some("a/b".into()),
                ..rule()
            }),
            "supervision_counts_as"
        );
        assert_eq!(
            field(RenewalRule {
                grace_days: 1_000,
                ..rule()
            }),
            "grace_days"
        );
    }
}
