//! The privacy officer's register, printable for an audit: restriction
//! requests and the incident log, each as CSV (English columns, for the
//! auditor's spreadsheet) or as a PDF in the reader's language (for the
//! audit binder). Participants are named by external id only and neither
//! register holds a narrative. Like the billing log it stays inside the
//! program: writing it is an audit entry, not a disclosure.

mod csv;
mod lines;
mod pdf;

use crate::audit::{self, AuditAction};
use crate::error::Result;
use crate::i18n::Language;
use crate::report::ReportFormat;
use crate::store::Store;
use chrono::NaiveDate;
use std::path::Path;

/// Which register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Register {
    Restrictions,
    Incidents,
}

impl Register {
    fn name(self) -> &'static str {
        match self {
            Register::Restrictions => "restriction register",
            Register::Incidents => "incident log",
        }
    }
}

/// What to print: which register, in which form, in which language (the
/// PDF's; the CSV's columns stay English codes).
#[derive(Debug, Clone, Copy)]
pub struct Printing {
    pub register: Register,
    pub format: ReportFormat,
    pub language: Language,
}

/// The register's bytes and its number of lines.
pub fn render(
    store: &Store,
    printing: Printing,
    prepared_on: NaiveDate,
) -> Result<(Vec<u8>, usize)> {
    let Printing {
        register,
        format,
        language,
    } = printing;
    Ok(match register {
        Register::Restrictions => {
            let lines = lines::restrictions(store)?;
            let bytes = match format {
                ReportFormat::Csv => csv::restrictions(&lines),
                ReportFormat::Pdf => pdf::restrictions(&lines, language, prepared_on),
            };
            (bytes, lines.len())
        }
        Register::Incidents => {
            let lines = lines::incidents(store)?;
            let bytes = match format {
                ReportFormat::Csv => csv::incidents(&lines),
                ReportFormat::Pdf => pdf::incidents(&lines, language, prepared_on),
            };
            (bytes, lines.len())
        }
    })
}

/// Writes the register to `path` and records it in the audit log, as one
/// action: the file is put in place only if the entry is written, and
/// removed again if the entry does not commit. Returns its line count.
pub fn write(store: &mut Store, printing: Printing, path: &Path, replace: bool) -> Result<usize> {
    let now = store.now();
    let (bytes, lines) = render(store, printing, now.local_date())?;
    crate::export::output::write_recorded(store, path, replace, |tx| {
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            &format!(
                "{}, {lines} lines, {}",
                printing.register.name(),
                printing.format.code()
            ),
        )?;
        Ok((bytes, lines))
    })
}
