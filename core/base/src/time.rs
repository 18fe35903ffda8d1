//! Instants are kept as UTC with the local offset at the moment they were
//! recorded, so a contact logged at 9:00 in one time zone still reads 9:00.
//! Dates a peer picks (an intake date, a due date) are plain dates.

use crate::clock::{Clock, SystemClock};
use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An instant with the UTC offset it was recorded in. Serialises as RFC 3339
/// (`2026-11-23T09:15:00-05:00`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(DateTime<FixedOffset>);

// Written by hand: the derive can't read `serde(transparent)`. An RFC 3339
// string in TypeScript, under its own alias.
#[cfg(feature = "bindings")]
impl ts_rs::TS for Timestamp {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(_: &ts_rs::Config) -> String {
        "Timestamp".into()
    }
    fn inline(_: &ts_rs::Config) -> String {
        "string".into()
    }
    fn decl(_: &ts_rs::Config) -> String {
        "type Timestamp = string;".into()
    }
    fn decl_concrete(cfg: &ts_rs::Config) -> String {
        Self::decl(cfg)
    }
    fn output_path() -> Option<std::path::PathBuf> {
        Some("Timestamp.ts".into())
    }
}

impl Timestamp {
    /// The system clock's instant: for the shells and tests. Domain code
    /// asks the store's clock instead (`crate::clock`).
    pub fn now() -> Self {
        SystemClock.now()
    }

    pub fn from_fixed(at: DateTime<FixedOffset>) -> Self {
        Timestamp(at.with_nanosecond_zeroed())
    }

    /// A wall-clock date and time in this machine's time zone. Of the two
    /// readings of a time repeated at a DST change, the earlier is taken; a
    /// time skipped by DST is moved forward by an hour.
    pub fn from_local(date: NaiveDate, time: NaiveTime) -> Self {
        let naive = NaiveDateTime::new(date, time);
        let local = Local
            .from_local_datetime(&naive)
            .earliest()
            .or_else(|| {
                Local
                    .from_local_datetime(&(naive + chrono::Duration::hours(1)))
                    .earliest()
            })
            .unwrap_or_else(|| Local.from_utc_datetime(&naive));
        Timestamp::from_fixed(local.fixed_offset())
    }

    pub fn parse(text: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(text)
            .ok()
            .map(Timestamp::from_fixed)
    }

    pub fn utc(&self) -> DateTime<Utc> {
        self.0.with_timezone(&Utc)
    }

    pub fn fixed(&self) -> DateTime<FixedOffset> {
        self.0
    }

    /// The calendar date where it was recorded.
    pub fn local_date(&self) -> NaiveDate {
        self.0.date_naive()
    }

    pub fn offset_minutes(&self) -> i32 {
        self.0.offset().local_minus_utc() / 60
    }

    /// The sortable UTC text kept in the store: `2026-11-23T14:15:00Z`.
    pub fn utc_text(&self) -> String {
        self.utc().format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    pub fn from_store(utc_text: &str, offset_minutes: i32) -> Option<Self> {
        let utc = NaiveDateTime::parse_from_str(utc_text, "%Y-%m-%dT%H:%M:%SZ").ok()?;
        let offset = FixedOffset::east_opt(offset_minutes * 60)?;
        Some(Timestamp(offset.from_utc_datetime(&utc)))
    }

    pub fn plus_minutes(&self, minutes: i64) -> Self {
        Timestamp(self.0 + chrono::Duration::minutes(minutes))
    }
}

trait ZeroNanos {
    fn with_nanosecond_zeroed(self) -> Self;
}

impl ZeroNanos for DateTime<FixedOffset> {
    fn with_nanosecond_zeroed(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.to_rfc3339())
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.to_rfc3339())
    }
}

/// Today in this machine's time zone, by the system clock: for the shells
/// and tests. Domain code asks the store's clock instead (`crate::clock`).
pub fn today() -> NaiveDate {
    SystemClock.today()
}

/// Parses a date as a peer writes it: `2026-03-07` or `3/7/2026`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%m/%d/%Y"))
        .ok()
        .filter(|d| {
            // chrono accepts two-digit years in %Y; a peer never means year 26.
            use chrono::Datelike;
            d.year() >= 1000
        })
}

/// Parses `HH:MM` (24-hour), also `H:MM`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_round_trip_keeps_the_offset() {
        let t = Timestamp::parse("2026-03-07T09:15:00-05:00").unwrap();
        assert_eq!(t.utc_text(), "2026-03-07T14:15:00Z");
        assert_eq!(t.offset_minutes(), -300);
        let back = Timestamp::from_store(&t.utc_text(), t.offset_minutes()).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.to_string(), "2026-03-07T09:15:00-05:00");
        assert_eq!(
            back.local_date(),
            NaiveDate::from_ymd_opt(2026, 3, 7).unwrap()
        );
    }

    #[test]
    fn dates_in_both_spreadsheet_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(parse_date("2026-03-07"), Some(d));
        assert_eq!(parse_date("3/7/2026"), Some(d));
        assert_eq!(parse_date("03/07/2026"), Some(d));
        assert_eq!(parse_date("3/7/26"), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("9:05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("9am"), None);
    }
}
