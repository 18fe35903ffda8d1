//! The weekly aggregates a peer's app sends their supervisor: the
//! caseload's health and the week's work, as counts only. No name, no id,
//! no date of anyone's record leaves in it; a payer is named, since a
//! payer is the program's, not a participant's. Each count is read through
//! the view that already defines it (the caseload, the billing log), so the
//! summary can never disagree with what the peer sees on those screens.

use crate::billing::log::{self, CheckKind};
use crate::domain::group::AttendanceStatus;
use crate::domain::participant::ParticipantStatus;
use crate::error::Result;
use crate::store::Store;
use crate::validate::{plausible_date, Problem, ValidationError};
use crate::views::caseload;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One week's counts. The caseload's state (the first four) is read as of
/// the day the summary is made, since the store keeps a follow-up's or a
/// plan's present state, not its history; the week's work (the rest) is
/// what is dated in the week, Monday to Sunday, by the peer's calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WeekSummary {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    /// Participants whose status is active on the day it is made.
    pub active_participants: u32,
    /// Active participants not seen for 14 days or more that day (or never
    /// seen since intake): the caseload's "not seen" flag.
    pub not_seen_14_days: u32,
    /// Open follow-ups, of any participant, due before that day.
    pub overdue_followups: u32,
    /// Active participants whose current recovery plan's review date has
    /// come by that day.
    pub plan_reviews_due: u32,
    /// Notes of services dated in the week not signed yet: the billing
    /// log's "unsigned" check, so notes it would not bill.
    pub unsigned_notes: u32,
    /// Units of the signed services dated in the week, by payer, as the
    /// billing log counts them (each payer's rounding and caps); payers in
    /// name order, none with no units.
    pub units_by_payer: Vec<PayerUnits>,
    /// Recovery group sessions dated in the week.
    pub group_sessions: u32,
    /// Attendance marks present or late at those sessions.
    pub group_attendance: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PayerUnits {
    /// The payer's name as the program set it.
    pub payer: String,
    pub units: u32,
}

/// The Monday of the last whole Monday-to-Sunday week before `today`: on
/// a Monday, the week that ended the day before.
pub fn last_complete_week(today: NaiveDate) -> NaiveDate {
    monday_of(today) - Duration::days(7)
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(day.weekday().num_days_from_monday().into())
}

/// The counts for the week starting on `week_start` (a Monday, not after
/// `today`), the caseload's state as of `today`.
pub fn week_summary(store: &Store, week_start: NaiveDate, today: NaiveDate) -> Result<WeekSummary> {
    plausible_date("week", week_start, Some(today))?;
    if week_start.weekday() != Weekday::Mon {
        return Err(ValidationError::new(
            "week",
            Problem::BadFormat {
                example: "the Monday that starts the week, as 2026-11-23",
            },
        )
        .into());
    }
    let week_end = week_start + Duration::days(6);

    let mut summary = WeekSummary {
        week_start,
        active_participants: 0,
        not_seen_14_days: 0,
        overdue_followups: 0,
        plan_reviews_due: 0,
        unsigned_notes: 0,
        units_by_payer: Vec::new(),
        group_sessions: 0,
        group_attendance: 0,
    };
    for row in caseload::caseload(store, today)? {
        let active = row.status == ParticipantStatus::Active;
        summary.active_participants += u32::from(active);
        summary.not_seen_14_days += u32::from(row.not_seen_recently);
        summary.overdue_followups += row.overdue_follow_ups;
        // The caseload shows a review only for an active participant.
        summary.plan_reviews_due += u32::from(row.plan_review_due_on.is_some());
    }

    let billing = log::build(store.conn(), week_start, week_end, None)?;
    summary.unsigned_notes = billing
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::Unsigned)
        .count() as u32;
    let mut units: BTreeMap<&str, u32> = BTreeMap::new();
    for line in &billing.lines {
        *units.entry(line.payer.as_str()).or_insert(0) += line.units;
    }
    summary.units_by_payer = units
        .into_iter()
        .filter(|(_, units)| *units > 0)
        .map(|(payer, units)| PayerUnits {
            payer: payer.to_string(),
            units,
        })
        .collect();

    (summary.group_sessions, summary.group_attendance) =
        group_counts(store.conn(), week_start, week_end)?;
    Ok(summary)
}

/// Sessions dated from `from` to `to`, and the marks of those there.
fn group_counts(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<(u32, u32)> {
    let sessions: u32 = conn
        .prepare_cached("SELECT count(*) FROM group_sessions WHERE held_on BETWEEN ?1 AND ?2")?
        .query_row(params![from, to], |row| row.get(0))?;
    let attended = conn
        .prepare_cached(
            "SELECT a.status FROM attendance a
             JOIN group_sessions s ON s.id = a.session_id
             WHERE s.held_on BETWEEN ?1 AND ?2",
        )?
        .query_map(params![from, to], |row| row.get::<_, AttendanceStatus>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|status| status.attended())
        .count() as u32;
    Ok((sessions, attended))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_last_complete_week_ends_before_today() {
        // 2026-11-30 is a Monday: the week that ended the day before.
        assert_eq!(last_complete_week(d(2026, 11, 30)), d(2026, 11, 23));
        // On the Sunday that ends a week, that week is not complete yet.
        assert_eq!(last_complete_week(d(2026, 11, 29)), d(2026, 11, 16));
        assert_eq!(last_complete_week(d(2026, 12, 2)), d(2026, 11, 23));
        // Across a year's end.
        assert_eq!(last_complete_week(d(2027, 1, 1)), d(2026, 12, 21));
    }
}
