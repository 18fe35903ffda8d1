//! Where "now" and "today" come from. Domain code never reads the system
//! clock itself: it asks the store's clock, so a test (or a demo dated in
//! the past) can set the day and every rule that depends on it follows.
//! Clippy refuses a direct read outside this file (`clippy.toml`).

use crate::time::Timestamp;
use chrono::{Local, NaiveDate};
use std::fmt::Debug;

pub trait Clock: Debug + Send + Sync {
    /// This instant, to the second, with the laptop's UTC offset.
    fn now(&self) -> Timestamp;

    /// The laptop's local date.
    fn today(&self) -> NaiveDate {
        self.now().local_date()
    }
}

/// The laptop's own clock: what the product always uses.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)]
    fn now(&self) -> Timestamp {
        Timestamp::from_fixed(Local::now().fixed_offset())
    }
}

/// A clock stopped at one instant, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}
