//! A training's category: a short code a rule names its minimums by
//! (`peer_support`, `ethics`, `elective`, `supervision`, or one a program
//! adds). Codes, not a closed list, because boards name their own.

use crate::validate::{required_text, Checked, Problem, ValidationError};

/// The categories the presets use; a program may use others.
pub const PEER_SUPPORT: &str = "peer_support";
pub const ETHICS: &str = "ethics";
pub const ELECTIVE: &str = "elective";
/// Supervision hours entered as a training (supervision recorded before
/// sessions were kept on their own, or from a supervisor outside the
/// team); acknowledged sessions count the same. A rule says whether they
/// count.
pub const SUPERVISION: &str = "supervision";

pub const KNOWN: &[&str] = &[PEER_SUPPORT, ETHICS, ELECTIVE, SUPERVISION];

const MAX: usize = 40;

/// Lower case letters, digits and `_`, starting with a letter: the code is
/// a CSV column's value and a message id's tail.
pub fn checked(field: &'static str, text: &str) -> Checked<String> {
    let code = required_text(field, text, MAX)?
        .to_lowercase()
        .replace([' ', '-'], "_");
    let well_formed = code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if well_formed {
        Ok(code)
    } else {
        Err(ValidationError::new(
            field,
            Problem::BadFormat {
                example: "peer_support, ethics, elective",
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised_or_refused_by_field() {
        assert_eq!(checked("category", " Peer Support ").unwrap(), PEER_SUPPORT);
        assert_eq!(checked("category", "ethics").unwrap(), ETHICS);
        for bad in ["", "1st", "ética", "a/b"] {
            assert_eq!(checked("category", bad).unwrap_err().field, "category");
        }
    }
}
