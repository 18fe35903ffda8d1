//! Where a credential stands: the period its hours count in, the hours
//! earned by category against each minimum and the total, what is still
//! missing, and whether it is current, due soon (with the reminder that
//! applies), in its grace period, or lapsed.

use super::category::SUPERVISION;
use super::credential::{self, Credential};
use super::rule::RenewalRule;
use super::training::{self, Training};
use crate::error::Result;
use crate::ids::CredentialId;
use crate::store::Store;
use crate::supervision::session::{self, SessionShared};
use chrono::{Duration, Months, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

/// Reminders before an expiry, in days, farthest first.
pub const REMINDER_DAYS: [u32; 3] = [90, 30, 7];

/// A span of days, both ends included. Named apart in TypeScript from the
/// export's period of the same shape, so neither can change the other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "bindings",
    derive(ts_rs::TS),
    ts(rename = "CredentialPeriod")
)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The period that ends when `credential` expires: one renewal period
    /// long, and never before it was issued.
    pub fn current(credential: &Credential) -> Period {
        let from = credential
            .expires_on
            .succ_opt()
            .and_then(|d| d.checked_sub_months(Months::new(credential.rule.period_months)))
            .unwrap_or(credential.issued_on)
            .max(credential.issued_on);
        Period {
            from,
            to: credential.expires_on,
        }
    }

    pub fn holds(&self, day: NaiveDate) -> bool {
        (self.from..=self.to).contains(&day)
    }
}

/// Whether a credential is in force on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum Standing {
    /// More than the first reminder's days before expiry.
    Current,
    /// Expiring within `reminder` days (90, 30 or 7: the nearest that
    /// applies).
    #[serde(rename_all = "camelCase")]
    DueSoon { reminder: u32, days_left: u32 },
    /// Expired, but still renewable as usual until `until`.
    #[serde(rename_all = "camelCase")]
    InGrace { until: NaiveDate },
    /// Expired and past any grace period.
    Lapsed,
}

impl Standing {
    pub fn on(day: NaiveDate, expires_on: NaiveDate, grace_days: u32) -> Standing {
        if day <= expires_on {
            let days_left = (expires_on - day).num_days() as u32;
            match REMINDER_DAYS.iter().rev().find(|&&r| days_left <= r) {
                Some(&reminder) => Standing::DueSoon {
                    reminder,
                    days_left,
                },
                None => Standing::Current,
            }
        } else {
            let until = expires_on + Duration::days(grace_days.into());
            if day <= until {
                Standing::InGrace { until }
            } else {
                Standing::Lapsed
            }
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Standing::Current => "current",
            Standing::DueSoon { .. } => "due_soon",
            Standing::InGrace { .. } => "in_grace",
            Standing::Lapsed => "lapsed",
        }
    }
}

/// One line of a credential's hours: a category's minimum, or (with no
/// category) the rest of the total, which any category fills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HoursLine {
    pub category: Option<String>,
    pub required_minutes: u32,
    pub earned_minutes: u32,
    pub missing_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    /// The minimums in the rule's order, then the open hours if any.
    pub lines: Vec<HoursLine>,
    pub required_minutes: u32,
    /// Every counted minute in the period.
    pub earned_minutes: u32,
    /// What is still needed: each minimum's shortfall and the open hours'.
    pub missing_minutes: u32,
    /// Supervision hours in the period, whether or not the rule counts them.
    pub supervision_minutes: u32,
}

/// Counts `trainings` and acknowledged `supervision` sessions against
/// `rule`. Supervision (a training in the `supervision` category, or a
/// session) counts as the rule's `supervision_counts_as` category, or not
/// at all; a minute in a category beyond its minimum fills the open hours.
pub fn tally(rule: &RenewalRule, trainings: &[Training], supervision: &[SessionShared]) -> Tally {
    let mut by_category: Vec<(String, u32)> = Vec::new();
    let mut supervision_minutes = 0;
    let hours = trainings
        .iter()
        .map(|t| (t.category.as_str(), t.minutes))
        .chain(supervision.iter().map(|s| (SUPERVISION, s.minutes)));
    for (category, minutes) in hours {
        let category = if category == SUPERVISION {
            supervision_minutes += minutes;
            match &rule.supervision_counts_as {
                Some(counted) => counted.clone(),
                None => continue,
            }
        } else {
            category.to_string()
        };
        match by_category.iter_mut().find(|(c, _)| *c == category) {
            Some((_, earned)) => *earned += minutes,
            None => by_category.push((category, minutes)),
        }
    }
    let earned_in = |category: &str| {
        by_category
            .iter()
            .find(|(c, _)| c == category)
            .map_or(0, |(_, m)| *m)
    };
    let earned_minutes: u32 = by_category.iter().map(|(_, m)| m).sum();
    let mut lines: Vec<HoursLine> = rule
        .minimums
        .iter()
        .map(|m| {
            let required = m.hours * 60;
            let earned = earned_in(&m.category);
            HoursLine {
                category: Some(m.category.clone()),
                required_minutes: required,
                earned_minutes: earned,
                missing_minutes: required.saturating_sub(earned),
            }
        })
        .collect();
    let within_minimums: u32 = lines
        .iter()
        .map(|l| l.earned_minutes.min(l.required_minutes))
        .sum();
    let open = rule.open_hours() * 60;
    if open > 0 {
        let earned = earned_minutes - within_minimums;
        lines.push(HoursLine {
            category: None,
            required_minutes: open,
            earned_minutes: earned,
            missing_minutes: open.saturating_sub(earned),
        });
    }
    Tally {
        required_minutes: rule.total_hours * 60,
        earned_minutes,
        missing_minutes: lines.iter().map(|l| l.missing_minutes).sum(),
        supervision_minutes,
        lines,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub credential: Credential,
    pub period: Period,
    pub standing: Standing,
    pub tally: Tally,
    /// The trainings counted, oldest first (certificates' bytes not read).
    pub trainings: Vec<Training>,
    /// The supervision sessions counted, oldest first: received and
    /// acknowledged, held in the period. Their shared part only, so no
    /// private note can reach a packet made from this.
    pub supervision: Vec<SessionShared>,
}

/// Where a credential stands today, over its current period.
pub fn progress(store: &Store, id: CredentialId) -> Result<Progress> {
    let credential = credential::require(store.conn(), "credential", id)?;
    let period = Period::current(&credential);
    over(store.conn(), credential, period, store.today())
}

/// Where a credential stands today, its hours counted over `period`.
pub fn progress_over(store: &Store, id: CredentialId, period: Period) -> Result<Progress> {
    let credential = credential::require(store.conn(), "credential", id)?;
    over(store.conn(), credential, period, store.today())
}

/// Every credential's progress, soonest expiry first: the reminders a
/// home screen shows.
pub fn all(store: &Store) -> Result<Vec<Progress>> {
    credential::list(store)?
        .into_iter()
        .map(|c| {
            let period = Period::current(&c);
            over(store.conn(), c, period, store.today())
        })
        .collect()
}

fn over(
    conn: &Connection,
    credential: Credential,
    period: Period,
    today: NaiveDate,
) -> Result<Progress> {
    let trainings = training::counting_toward(conn, credential.id, period.from, period.to)?;
    // Only sessions this store received as the peer: in a supervisor's
    // store, their acknowledged sessions are supervision they gave, which
    // no board counts toward the supervisor's own renewal as supervision
    // received. A session names no credential, so it counts toward each.
    let supervision: Vec<SessionShared> =
        session::acknowledged_received(conn, period.from, period.to)?
            .iter()
            .map(|s| s.shared())
            .collect();
    Ok(Progress {
        standing: Standing::on(today, credential.expires_on, credential.rule.grace_days),
        tally: tally(&credential.rule, &trainings, &supervision),
        credential,
        period,
        trainings,
        supervision,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::presets;
    use crate::ids::TrainingId;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(category: &str, minutes: u32) -> Training {
        Training {
            id: TrainingId::new(),
            title: "Course".into(),
            provider: None,
            completed_on: d(2026, 1, 1),
            minutes,
            category: category.into(),
            credential_id: None,
            certificate: None,
        }
    }

    #[test]
    fn the_reminder_is_the_nearest_threshold_reached() {
        let expires = d(2026, 12, 31);
        let on = |day| Standing::on(day, expires, 30);
        assert_eq!(on(expires - Duration::days(91)), Standing::Current);
        assert_eq!(
            on(expires - Duration::days(90)),
            Standing::DueSoon {
                reminder: 90,
                days_left: 90
            }
        );
        assert_eq!(
            on(expires - Duration::days(30)),
            Standing::DueSoon {
                reminder: 30,
                days_left: 30
            }
        );
        assert_eq!(
            on(expires - Duration::days(8)),
            Standing::DueSoon {
                reminder: 30,
                days_left: 8
            }
        );
        assert_eq!(
            on(expires),
            Standing::DueSoon {
                reminder: 7,
                days_left: 0
            }
        );
        assert_eq!(
            on(d(2027, 1, 30)),
            Standing::InGrace {
                until: d(2027, 1, 30)
            }
        );
        assert_eq!(on(d(2027, 1, 31)), Standing::Lapsed);
        // Without a grace period, the day after expiry is lapsed.
        assert_eq!(Standing::on(d(2027, 1, 1), expires, 0), Standing::Lapsed);
    }

    #[test]
    fn hours_beyond_a_minimum_fill_the_open_hours() {
        let rule = presets::find("pennsylvania_cps").unwrap().rule;
        let tally = tally(
            &rule,
            &[
                t("peer_support", 26 * 60),
                t("ethics", 90),
                t("elective", 5 * 60),
            ],
            &[],
        );
        let missing: Vec<_> = tally
            .lines
            .iter()
            .map(|l| (l.category.as_deref(), l.earned_minutes, l.missing_minutes))
            .collect();
        assert_eq!(
            missing,
            [
                (Some("peer_support"), 26 * 60, 0),
                (Some("ethics"), 90, 90),
                // 2 hours over the peer support minimum, and 5 elective.
                (None, 7 * 60, 2 * 60),
            ]
        );
        assert_eq!(tally.missing_minutes, 210);
        assert_eq!(tally.earned_minutes, 26 * 60 + 90 + 300);
    }

    #[test]
    fn supervision_counts_only_where_the_rule_says() {
        let mut rule = presets::find("wisconsin_cps").unwrap().rule;
        let hours = [t("supervision", 600), t("elective", 60)];
        let without = tally(&rule, &hours, &[]);
        assert_eq!(
            (without.earned_minutes, without.supervision_minutes),
            (60, 600)
        );
        rule.supervision_counts_as = Some("elective".into());
        let with = tally(&rule, &hours, &[]);
        assert_eq!(with.earned_minutes, 660);
        assert_eq!(with.missing_minutes, 20 * 60 - 660);
    }

    #[test]
    fn a_supervision_session_counts_as_supervision_hours() {
        use crate::ids::SupervisionId;
        use crate::supervision::SupervisionKind;
        let session = SessionShared {
            id: SupervisionId::new(),
            held_on: d(2026, 1, 1),
            minutes: 45,
            kind: SupervisionKind::Individual,
            topics: Vec::new(),
            supervisor_name: "Supervisor".into(),
            supervisor_credential: None,
            peer_name: "Peer".into(),
        };
        let mut rule = presets::find("wisconsin_cps").unwrap().rule;
        let hours = [t("supervision", 60)];
        let without = tally(&rule, &hours, std::slice::from_ref(&session));
        assert_eq!(
            (without.earned_minutes, without.supervision_minutes),
            (0, 105)
        );
        rule.supervision_counts_as = Some("elective".into());
        let with = tally(&rule, &hours, &[session]);
        assert_eq!((with.earned_minutes, with.supervision_minutes), (105, 105));
    }

    #[test]
    fn the_current_period_ends_at_expiry_and_starts_no_earlier_than_issue() {
        let rule = presets::find("pennsylvania_cps").unwrap().rule;
        let credential = |issued_on, expires_on| Credential {
            id: CredentialId::new(),
            name: "CPS".into(),
            board: None,
            number: None,
            issued_on,
            expires_on,
            rule: rule.clone(),
        };
        let renewed = Period::current(&credential(d(2020, 3, 1), d(2027, 2, 28)));
        assert_eq!(renewed.from, d(2025, 3, 1));
        assert!(!renewed.holds(d(2025, 2, 28)));
        let first = Period::current(&credential(d(2025, 6, 15), d(2026, 12, 31)));
        assert_eq!(first.from, d(2025, 6, 15));
    }
}
