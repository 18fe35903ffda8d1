//! Bringing a peer's spreadsheet in. A file is imported whole or not at all:
//! every row is read and checked first, and one bad row rejects the file
//! with a list of each bad row by line number and field.

mod contacts;
mod participants;
mod table;

pub use contacts::{import_contacts, parse_contacts, ContactImportOptions};
pub use participants::{import_participants, parse_participants};

use serde::Serialize;
use std::fmt;

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
        self.code == contacts::DUPLICATE_IN_FILE || self.code == contacts::DUPLICATE_IN_STORE
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub rows: usize,
    /// Rows imported although they repeat another row or a contact already
    /// in the store (only when duplicates were allowed).
    pub duplicates: usize,
}

#[cfg(test)]
mod tests;
