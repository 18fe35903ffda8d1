//! Why an import refused a file, as plain data: each problem names its line
//! and field and the rule it broke, never the value. Here, beside the error
//! that carries it, so the error type needs nothing above it.

use serde::Serialize;
use std::fmt;

/// The code of a row that is the same contact as an earlier row of the file.
pub const DUPLICATE_IN_FILE: &str = "duplicate_in_file";
/// The code of a row that is the same contact as one already in the store.
pub const DUPLICATE_IN_STORE: &str = "duplicate_in_store";

/// One problem in one row. Names the line and field, never the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RowProblem {
    /// The line in the file where the row starts (the header is line 1).
    pub line: u64,
    pub field: String,
    /// The rule's stable code, e.g. `not_a_date`.
    pub code: String,
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why a file was refused. Nothing from it was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportRejected {
    pub problems: Vec<RowProblem>,
    /// What the caller can do about it, in its own words (the CLI names its
    /// `--allow-duplicates` flag); shown after the problems.
    #[serde(skip)]
    pub hint: Option<String>,
}

impl ImportRejected {
    pub fn new(problems: Vec<RowProblem>) -> Self {
        ImportRejected {
            problems,
            hint: None,
        }
    }

    /// Whether some of the problems are repeated contacts, which the peer
    /// may choose to import anyway.
    pub fn has_duplicates(&self) -> bool {
        self.problems.iter().any(RowProblem::is_duplicate)
    }
}

impl RowProblem {
    /// A row that repeats another row of the file or a contact already in
    /// the store: refused by default, allowed on request.
    pub fn is_duplicate(&self) -> bool {
        self.code == DUPLICATE_IN_FILE || self.code == DUPLICATE_IN_STORE
    }
}

const SHOWN_PROBLEMS: usize = 50;

impl fmt::Display for ImportRejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows: std::collections::BTreeSet<u64> = self.problems.iter().map(|p| p.line).collect();
        write!(
            f,
            "nothing was imported: {} problem(s) on {} line(s)",
            self.problems.len(),
            rows.len()
        )?;
        for problem in self.problems.iter().take(SHOWN_PROBLEMS) {
            write!(f, "\n  {problem}")?;
        }
        if self.problems.len() > SHOWN_PROBLEMS {
            write!(f, "\n  … and {} more", self.problems.len() - SHOWN_PROBLEMS)?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n{hint}")?;
        }
        Ok(())
    }
}
