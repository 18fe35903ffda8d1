//! How much of a participant's history a read takes, newest first.

use chrono::{Duration, NaiveDate};

/// At most `limit` records (all when `None`), none dated before `since`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recent {
    pub limit: Option<usize>,
    pub since: Option<NaiveDate>,
}

impl Recent {
    pub fn all() -> Self {
        Recent::default()
    }

    pub fn at_most(limit: Option<usize>) -> Self {
        Recent { limit, since: None }
    }

    /// A `LIMIT` parameter: SQLite reads a negative limit as none.
    pub fn sql_limit(&self) -> i64 {
        crate::store::codec::sql_limit(self.limit)
    }

    /// The lower bound for a `YYYY-MM-DD` column. Every stored date sorts
    /// after the empty string, so "no bound" keeps the index range usable.
    pub fn sql_since_day(&self) -> String {
        self.since.map(|d| d.to_string()).unwrap_or_default()
    }

    /// The lower bound for a UTC instant column whose record is dated by its
    /// own local day: a day early, since no offset is a day or more.
    pub fn sql_since_instant(&self) -> String {
        self.since
            .map(|d| (d - Duration::days(1)).to_string())
            .unwrap_or_default()
    }
}
