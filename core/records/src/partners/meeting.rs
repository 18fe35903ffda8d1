//! A case conference: a recurring meeting with a partner ("Treatment court
//! staffing, Tuesdays 9:00, every week"), its dates, and the period an
//! export made for one of them covers (since the meeting before).

use super::partner;
use crate::domain::group::Weekday;
use crate::error::{Error, Result};
use crate::ids::{MeetingId, PartnerId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{in_range, plausible_date, required_text, Checked, Problem, ValidationError};
use chrono::{Duration, NaiveDate, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: MeetingId,
    pub partner_id: PartnerId,
    pub name: String,
    pub weekday: Weekday,
    pub time: NaiveTime,
    pub every_weeks: u32,
    /// Meetings are held from the first `weekday` on or after this day.
    pub starts_on: NaiveDate,
    pub created_at: Timestamp,
}

impl Meeting {
    /// The first day it is held.
    pub fn first_on(&self) -> NaiveDate {
        self.weekday.next_on_or_after(self.starts_on)
    }

    fn interval(&self) -> Duration {
        Duration::weeks(self.every_weeks as i64)
    }

    /// Whether it is held on `date`.
    pub fn held_on(&self, date: NaiveDate) -> bool {
        let since = (date - self.first_on()).num_days();
        since >= 0 && since % self.interval().num_days() == 0
    }

    /// The next day it is held, `today` included.
    pub fn next_on(&self, today: NaiveDate) -> NaiveDate {
        let first = self.first_on();
        if today <= first {
            return first;
        }
        let step = self.interval().num_days();
        let since = (today - first).num_days();
        first
            + Duration::days(
                since.div_euclid(step) * step + if since % step == 0 { 0 } else { step },
            )
    }

    /// The day it was held before `held_on`, if it was.
    pub fn previous(&self, held_on: NaiveDate) -> Option<NaiveDate> {
        let before = held_on - self.interval();
        (before >= self.first_on()).then_some(before)
    }

    /// The days an export for the meeting on `held_on` reports on: from the
    /// day after the meeting before (what that one covered stays with it)
    /// through the meeting's own day. For the first meeting, one interval.
    pub fn period_for(&self, held_on: NaiveDate) -> (NaiveDate, NaiveDate) {
        let before = self.previous(held_on).unwrap_or(held_on - self.interval());
        (before + Duration::days(1), held_on)
    }

    /// Refuses a day the meeting is not held on, naming `field`.
    pub fn require_held_on(&self, field: &'static str, date: NaiveDate) -> Checked<()> {
        if self.held_on(date) {
            Ok(())
        } else {
            Err(ValidationError::new(field, Problem::NoSuchRecord))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeetingInput {
    pub partner_id: PartnerId,
    pub name: String,
    pub weekday: Weekday,
    pub time: NaiveTime,
    pub every_weeks: u32,
    pub starts_on: NaiveDate,
}

impl MeetingInput {
    pub fn checked(self) -> Checked<MeetingInput> {
        let name = required_text("meeting_name", &self.name, 200)?;
        in_range("every_weeks", self.every_weeks as i64, 1, 52)?;
        plausible_date("starts_on", self.starts_on, None)?;
        Ok(MeetingInput { name, ..self })
    }
}

const COLUMNS: &str = "id, partner_id, name, weekday, time, every_weeks, starts_on, created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    let day: u32 = row.get(3)?;
    let time: String = row.get(4)?;
    Ok(Meeting {
        id: row.get(0)?,
        partner_id: row.get(1)?,
        name: row.get(2)?,
        // The table holds 1 (Monday) to 7 (Sunday) only.
        weekday: Weekday::ALL[(day.clamp(1, 7) - 1) as usize],
        time: NaiveTime::parse_from_str(&time, "%H:%M").unwrap_or_default(),
        every_weeks: row.get(5)?,
        starts_on: row.get(6)?,
        created_at: rfc3339(row, 7)?,
    })
}

pub fn create(store: &mut Store, input: MeetingInput) -> Result<Meeting> {
    let input = input.checked()?;
    let now = store.now();
    store.write(|tx| insert(tx, &input, now))
}

/// Writes a checked meeting inside the caller's transaction.
pub fn insert(conn: &Connection, input: &MeetingInput, now: Timestamp) -> Result<Meeting> {
    partner::fetch(conn, input.partner_id)?;
    let id = MeetingId::new();
    conn.prepare_cached(&format!(
        "INSERT INTO meetings ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    ))?
    .execute(params![
        id,
        input.partner_id,
        input.name,
        input.weekday.days_from_monday() + 1,
        input.time.format("%H:%M").to_string(),
        input.every_weeks,
        input.starts_on,
        now.to_string(),
    ])?;
    fetch(conn, id)
}

pub fn fetch(conn: &Connection, id: MeetingId) -> Result<Meeting> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM meetings WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound("meeting"))
}

pub fn get(store: &Store, id: MeetingId) -> Result<Meeting> {
    fetch(store.conn(), id)
}

/// Every meeting, by name.
pub fn list(store: &Store) -> Result<Vec<Meeting>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM meetings ORDER BY name COLLATE NOCASE, id"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A meeting with the next day it is held, for the home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Upcoming {
    pub meeting: Meeting,
    pub next_on: NaiveDate,
}

/// Every meeting with its next date, soonest first.
pub fn upcoming(store: &Store, today: NaiveDate) -> Result<Vec<Upcoming>> {
    let mut out: Vec<Upcoming> = list(store)?
        .into_iter()
        .map(|meeting| Upcoming {
            next_on: meeting.next_on(today),
            meeting,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.next_on, a.meeting.time, &a.meeting.name).cmp(&(
            b.next_on,
            b.meeting.time,
            &b.meeting.name,
        ))
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekly(every_weeks: u32) -> Meeting {
        Meeting {
            id: MeetingId::new(),
            partner_id: PartnerId::new(),
            name: "Staffing".into(),
            weekday: Weekday::Tuesday,
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            every_weeks,
            // A Thursday: the first meeting is the Tuesday after.
            starts_on: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            created_at: Timestamp::parse("2026-10-01T09:00:00+00:00").unwrap(),
        }
    }

    fn day(d: u32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn the_next_meeting_is_on_its_weekday_every_n_weeks() {
        let m = weekly(2);
        assert_eq!(m.first_on(), day(6, 10));
        assert_eq!(m.next_on(day(1, 10)), day(6, 10));
        assert_eq!(m.next_on(day(6, 10)), day(6, 10), "today counts");
        assert_eq!(m.next_on(day(7, 10)), day(20, 10));
        assert_eq!(m.next_on(day(13, 10)), day(20, 10), "not the off week");
        assert!(m.held_on(day(20, 10)));
        assert!(!m.held_on(day(13, 10)));
        assert_eq!(weekly(1).next_on(day(7, 10)), day(13, 10));
    }

    #[test]
    fn a_meeting_period_runs_from_the_day_after_the_one_before() {
        let m = weekly(1);
        assert_eq!(m.period_for(day(20, 10)), (day(14, 10), day(20, 10)));
        assert_eq!(m.previous(day(6, 10)), None);
        assert_eq!(m.period_for(day(6, 10)), (day(30, 9), day(6, 10)));
    }
}
