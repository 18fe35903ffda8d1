//! How minutes become billable units. Payers disagree: most count a unit
//! once more than half of it was spent (the CMS midpoint rule), some count
//! only whole units, some count any part.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// A unit counts once at least half of it, plus a minute, was spent:
    /// 8 of 15 minutes is a unit, 7 is none; 23 is two.
    Midpoint,
    /// Only whole units count: 1–14 minutes of a 15-minute unit is none.
    WholeUnits,
    /// Any part of a unit counts as a unit: 1 minute is one.
    AnyPart,
}

impl Rounding {
    pub const ALL: &'static [Rounding] =
        &[Rounding::Midpoint, Rounding::WholeUnits, Rounding::AnyPart];

    /// Units for `minutes` of service in units of `unit_minutes`.
    pub fn units(self, minutes: u32, unit_minutes: u32) -> u32 {
        let unit = unit_minutes.max(1);
        match self {
            Rounding::Midpoint => (minutes + unit / 2) / unit,
            Rounding::WholeUnits => minutes / unit,
            Rounding::AnyPart => minutes.div_ceil(unit),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Rounding::Midpoint => "midpoint",
            Rounding::WholeUnits => "whole_units",
            Rounding::AnyPart => "any_part",
        }
    }

    pub fn parse(text: &str) -> Option<Rounding> {
        let wanted = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Rounding::ALL.iter().copied().find(|r| r.code() == wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::Rounding::{self, *};

    /// Every boundary the payers' rules name, for a 15-minute unit.
    const MINUTES: [u32; 10] = [0, 1, 7, 8, 14, 15, 22, 23, 29, 30];

    fn units(rule: Rounding) -> Vec<u32> {
        MINUTES.iter().map(|&m| rule.units(m, 15)).collect()
    }

    #[test]
    fn the_midpoint_rule_counts_a_unit_from_its_eighth_minute() {
        assert_eq!(units(Midpoint), [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    }

    #[test]
    fn whole_units_count_nothing_for_one_to_fourteen_minutes() {
        assert_eq!(units(WholeUnits), [0, 0, 0, 0, 0, 1, 1, 1, 1, 2]);
    }

    #[test]
    fn any_part_of_a_unit_is_a_unit() {
        assert_eq!(units(AnyPart), [0, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
    }

    #[test]
    fn the_midpoint_rule_is_what_peerlog_counted_before_payers_existed() {
        for minutes in 0..=720 {
            assert_eq!(
                Midpoint.units(minutes, 15),
                crate::domain::contact::units(minutes)
            );
        }
    }

    #[test]
    fn codes_read_back() {
        for &rule in Rounding::ALL {
            assert_eq!(Rounding::parse(rule.code()), Some(rule));
        }
        assert_eq!(Rounding::parse("Whole units"), Some(WholeUnits));
        assert_eq!(Rounding::parse("nearest"), None);
    }
}
