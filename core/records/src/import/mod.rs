//! Bringing a peer's spreadsheet in. A file is imported whole or not at all:
//! every row is read and checked first, and one bad row rejects the file
//! with a list of each bad row by line number and field.

mod contacts;
mod participants;
mod table;

pub use contacts::{import_contacts, parse_contacts, ContactImportOptions};
pub use participants::{import_participants, parse_participants};

pub use crate::rejection::{ImportRejected, RowProblem};
use serde::Serialize;

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
