//! Records named on the command line by their id or the id's last
//! characters, as `list` shows them.

use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::fmt::Display;

/// The last eight characters of an id: its random part (the first ones are
/// the time it was made, shared by records made together), enough to tell
/// records apart, and what `pick` takes back.
pub fn short(id: impl Display) -> String {
    let text = id.to_string();
    text[text.len() - 8..].to_string()
}

/// The one record among `known` that `given` names: a whole id, or the end
/// of one (at least four characters). Neither none nor several will do, and
/// the error names `field`.
pub fn pick<I: Copy + Display>(
    field: &'static str,
    given: &str,
    parse: impl Fn(&str) -> Option<I>,
    known: impl IntoIterator<Item = I>,
) -> Result<I, Error> {
    if let Some(id) = parse(given) {
        return Ok(id);
    }
    let given = given.trim().to_lowercase();
    let matching: Vec<I> = known
        .into_iter()
        .filter(|id| given.len() >= 4 && id.to_string().ends_with(&given))
        .collect();
    match matching.as_slice() {
        [one] => Ok(*one),
        [] => Err(ValidationError::new(field, Problem::NoSuchRecord).into()),
        _ => Err(ValidationError::new(field, Problem::Ambiguous).into()),
    }
}
