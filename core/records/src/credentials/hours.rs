//! Hours as people write them (1.5, 0.25, 2) and as the store keeps them:
//! whole minutes, so a period's sum is exact and SQL holds integers only.

use crate::validate::{Checked, Problem, ValidationError};

/// The longest one training may be: a week-long course of 100 hours.
pub const MAX_MINUTES: u32 = 100 * 60;

/// `"1.5"` → 90. Up to two decimals (a quarter hour is 0.25); a decimal
/// comma is read as a point, as Spanish writes it.
pub fn parse(field: &'static str, text: &str) -> Checked<u32> {
    let text = text.trim().replace(',', ".");
    let bad = || ValidationError::new(field, Problem::BadFormat { example: "1.5" });
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if (whole.is_empty() && fraction.is_empty())
        || fraction.len() > 2
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || whole.len() > 4
    {
        return Err(bad());
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let hundredths: u32 = format!("{fraction:0<2}").parse().map_err(|_| bad())?;
    // Hundredths of an hour to minutes, to the nearest minute.
    let minutes = whole * 60 + (hundredths * 60 + 50) / 100;
    checked_minutes(field, minutes)?;
    Ok(minutes)
}

pub fn checked_minutes(field: &'static str, minutes: u32) -> Checked<()> {
    if (1..=MAX_MINUTES).contains(&minutes) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            Problem::OutOfRange {
                min: 1,
                max: MAX_MINUTES as i64,
            },
        ))
    }
}

/// 90 → `"1.5"`, 20 → `"0.33"`, 120 → `"2"`: hours to two decimals at most.
pub fn shown(minutes: u32) -> String {
    let hundredths = (minutes * 100 + 30) / 60;
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => whole.to_string(),
        p if p % 10 == 0 => format!("{whole}.{}", p / 10),
        p => format!("{whole}.{p:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_as_minutes_and_back() {
        assert_eq!(parse("hours", "1.5").unwrap(), 90);
        assert_eq!(parse("hours", "2").unwrap(), 120);
        assert_eq!(parse("hours", ".25").unwrap(), 15);
        assert_eq!(parse("hours", "0,5").unwrap(), 30);
        assert_eq!(shown(90), "1.5");
        assert_eq!(shown(120), "2");
        assert_eq!(shown(15), "0.25");
        assert_eq!(shown(20), "0.33");
    }

    #[test]
    fn what_is_not_hours_names_the_field() {
        for bad in ["", "x", "1.555", "-1", "0", "101", "1.5.5"] {
            assert_eq!(parse("hours", bad).unwrap_err().field, "hours", "{bad}");
        }
    }
}
