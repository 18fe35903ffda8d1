//! Field validation shared by every write. A refused value yields a
//! [`ValidationError`] naming the field and the rule, never the value.

use chrono::NaiveDate;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {problem}", label(self.field))]
pub struct ValidationError {
    /// The field as it is named in the API and the CSV files.
    pub field: &'static str,
    pub problem: Problem,
}

impl ValidationError {
    pub fn new(field: &'static str, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// What was wrong with a value. `code()` is stable; tests and scripts use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    OutOfRange {
        min: i64,
        max: i64,
    },
    InFuture,
    TooEarly,
    NotADate,
    NotATime,
    NotANumber,
    UnknownValue {
        expected: String,
    },
    OutOfOrder {
        after: &'static str,
    },
    Duplicate,
    Ambiguous,
    NoSuchRecord,
    ControlCharacter,
    WrongCount {
        expected: usize,
    },
    Weak,
    NotEmpty,
    NotConsented,
    /// Not in the shape the field takes; the example shows it.
    BadFormat {
        example: &'static str,
    },
}

impl Problem {
    /// Every problem's code, for the tests that hold each language to them.
    pub const ALL_CODES: &'static [&'static str] = &[
        "required",
        "too_long",
        "out_of_range",
        "in_future",
        "too_early",
        "not_a_date",
        "not_a_time",
        "not_a_number",
        "unknown_value",
        "out_of_order",
        "duplicate",
        "ambiguous",
        "no_such_record",
        "control_character",
        "wrong_count",
        "weak",
        "not_empty",
        "not_consented",
        "bad_format",
    ];

    pub fn code(&self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong { .. } => "too_long",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::InFuture => "in_future",
            Problem::TooEarly => "too_early",
            Problem::NotADate => "not_a_date",
            Problem::NotATime => "not_a_time",
            Problem::NotANumber => "not_a_number",
            Problem::UnknownValue { .. } => "unknown_value",
            Problem::OutOfOrder { .. } => "out_of_order",
            Problem::Duplicate => "duplicate",
            Problem::Ambiguous => "ambiguous",
            Problem::NoSuchRecord => "no_such_record",
            Problem::ControlCharacter => "control_character",
            Problem::WrongCount { .. } => "wrong_count",
            Problem::Weak => "weak",
            Problem::NotEmpty => "not_empty",
            Problem::NotConsented => "not_consented",
            Problem::BadFormat { .. } => "bad_format",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Required => write!(f, "is required"),
            Problem::TooLong { max } => write!(f, "is too long (at most {max} characters)"),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::InFuture => write!(f, "can't be in the future"),
            Problem::TooEarly => write!(f, "is too far in the past (1990 or later)"),
            Problem::NotADate => write!(f, "is not a date (use YYYY-MM-DD or M/D/YYYY)"),
            Problem::NotATime => write!(f, "is not a time (use HH:MM, 24-hour)"),
            Problem::NotANumber => write!(f, "is not a whole number"),
            Problem::UnknownValue { expected } => write!(f, "is not one of: {expected}"),
            Problem::OutOfOrder { after } => write!(f, "must not be before {}", label(after)),
            Problem::Duplicate => write!(f, "is already in use"),
            Problem::Ambiguous => write!(
                f,
                "matches more than one record (they differ only in letter case or accents); give one of them another id"
            ),
            Problem::NoSuchRecord => write!(f, "does not match any record"),
            Problem::ControlCharacter => write!(f, "contains a control character"),
            Problem::WrongCount { expected } => write!(f, "needs exactly {expected} values"),
            Problem::NotEmpty => write!(f, "must be empty"),
            Problem::NotConsented => write!(f, "is not covered by any consent in force today"),
            Problem::BadFormat { example } => {
                write!(f, "is not in the expected form (for example {example})")
            }
            Problem::Weak => write!(
                f,
                "is too easy to guess (use at least 10 characters; a few unrelated words work well)"
            ),
        }
    }
}

/// `intake_date` → `Intake date`.
pub fn label(field: &str) -> String {
    let spaced = field.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub type Checked<T> = Result<T, ValidationError>;

/// Trims and checks a required one-line text field (a name, an id, a
/// recipient).
pub fn required_text(field: &'static str, value: &str, max: usize) -> Checked<String> {
    required(field, optional_text(field, Some(value), max)?)
}

/// Trims a one-line text field; blank becomes `None`. No control character
/// (a line break, a tab, an ANSI escape) and no bidi control is accepted:
/// these fields are printed in lists, file names' neighbours and terminals.
pub fn optional_text(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Checked<Option<String>> {
    checked_text(field, value, max, Lines::One)
}

/// Trims and checks a required note: like [`required_text`], but line
/// breaks and tabs are kept.
pub fn required_note(field: &'static str, value: &str, max: usize) -> Checked<String> {
    required(field, optional_note(field, Some(value), max)?)
}

/// Trims an optional note (a narrative, goals, a boundary): line breaks
/// (stored as `\n`) and tabs are kept; any other control character and any
/// bidi control is refused.
pub fn optional_note(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Checked<Option<String>> {
    checked_text(field, value, max, Lines::Many)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    One,
    Many,
}

fn required(field: &'static str, text: Option<String>) -> Checked<String> {
    text.ok_or_else(|| ValidationError::new(field, Problem::Required))
}

fn checked_text(
    field: &'static str,
    value: Option<&str>,
    max: usize,
    lines: Lines,
) -> Checked<Option<String>> {
    let Some(text) = value.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let text = crate::text::nfc(&text.replace("\r\n", "\n"));
    if text.chars().count() > max {
        return Err(ValidationError::new(field, Problem::TooLong { max }));
    }
    let allowed = |c: char| lines == Lines::Many && (c == '\n' || c == '\t');
    if text
        .chars()
        .any(|c| !allowed(c) && (c.is_control() || crate::text::is_bidi_control(c)))
    {
        return Err(ValidationError::new(field, Problem::ControlCharacter));
    }
    Ok(Some(text))
}

pub fn in_range(field: &'static str, value: i64, min: i64, max: i64) -> Checked<()> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            Problem::OutOfRange { min, max },
        ))
    }
}

/// Dates a peer records: not before 1990, and (where `not_after` is given)
/// not after that day.
pub fn plausible_date(
    field: &'static str,
    date: NaiveDate,
    not_after: Option<NaiveDate>,
) -> Checked<()> {
    if date < earliest_date() {
        return Err(ValidationError::new(field, Problem::TooEarly));
    }
    match not_after {
        Some(limit) if date > limit => Err(ValidationError::new(field, Problem::InFuture)),
        _ => Ok(()),
    }
}

pub fn not_before(
    field: &'static str,
    date: NaiveDate,
    after: &'static str,
    other: NaiveDate,
) -> Checked<()> {
    if date < other {
        Err(ValidationError::new(field, Problem::OutOfOrder { after }))
    } else {
        Ok(())
    }
}

pub fn earliest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1990, 1, 1).expect("valid constant date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_field_and_never_the_value() {
        let err = required_text("first_name", "   ", 100).unwrap_err();
        assert_eq!(err.to_string(), "First name: is required");
        let err = optional_text("goals", Some("secret\u{0}value"), 100).unwrap_err();
        assert_eq!(err.problem, Problem::ControlCharacter);
        assert!(!err.to_string().contains("secret"));
    }

    #[test]
    fn one_line_fields_refuse_line_breaks_escapes_and_bidi_controls_notes_keep_lines() {
        for hostile in [
            "Sam\nOkafor",
            "Sam\u{1b}[2J",
            "Sam\rX",
            "Sam\tX",
            "Court\u{202E}fdp",
            "A\u{2066}B",
        ] {
            assert_eq!(
                optional_text("recipient", Some(hostile), 100)
                    .unwrap_err()
                    .problem,
                Problem::ControlCharacter,
                "{hostile:?}"
            );
        }
        assert_eq!(
            optional_note(
                "narrative",
                Some("Met at court.\r\nPlan:\tcall Friday"),
                100
            )
            .unwrap(),
            Some("Met at court.\nPlan:\tcall Friday".into())
        );
        for hostile in ["a\u{1b}[31mred", "a\u{202E}b", "a\rb", "a\u{7}b"] {
            assert_eq!(
                optional_note("narrative", Some(hostile), 100)
                    .unwrap_err()
                    .problem,
                Problem::ControlCharacter,
                "{hostile:?}"
            );
        }
        // One normal form: a decomposed accent is stored composed.
        assert_eq!(required_text("f", "Jose\u{301}", 10).unwrap(), "José");
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(required_text("f", "  hi  ", 5).unwrap(), "hi");
        assert_eq!(optional_text("f", Some("  "), 5).unwrap(), None);
        assert_eq!(
            optional_text("f", Some("toolong"), 5).unwrap_err().problem,
            Problem::TooLong { max: 5 }
        );
        // Characters, not bytes: five accented letters fit in five.
        assert!(optional_text("f", Some("ééééé"), 5).is_ok());
    }

    #[test]
    fn dates_are_bounded() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let tomorrow = today.succ_opt().unwrap();
        assert_eq!(
            plausible_date("d", tomorrow, Some(today))
                .unwrap_err()
                .problem,
            Problem::InFuture
        );
        assert_eq!(
            plausible_date("d", NaiveDate::from_ymd_opt(1989, 12, 31).unwrap(), None)
                .unwrap_err()
                .problem,
            Problem::TooEarly
        );
        assert!(plausible_date("d", today, Some(today)).is_ok());
    }
}
