//! The privacy officer's register, printable for an audit: restriction
//! requests and the incident log, each as CSV (English columns, for the
//! auditor's spreadsheet). Participants are named by external id only and
//! neither register holds a narrative. Like the billing log it stays inside
//! the program: writing it is an audit entry, not a disclosure.

use crate::audit::{self, AuditAction};
use crate::domain::consent::ConsentCategory;
use crate::domain::vocabulary::join_codes;
use crate::error::Result;
use crate::export::csv::text;
use crate::export::output::PendingFile;
use crate::partners::{incident, partner, restriction};
use crate::store::Store;
use std::cell::Cell;
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

/// The register as CSV bytes (with a byte-order mark, as the other CSVs)
/// and its number of lines.
pub fn csv(store: &Store, register: Register) -> Result<(Vec<u8>, usize)> {
    let conn = store.conn();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut lines = 0;
    match register {
        Register::Restrictions => {
            writer
                .write_record([
                    "id",
                    "external_id",
                    "partner",
                    "categories",
                    "requested_on",
                    "decision",
                    "decided_on",
                    "decided_by",
                ])
                .expect("in memory");
            for r in restriction::list(store, None)? {
                let external_id: String = conn.query_row(
                    "SELECT external_id FROM participants WHERE id = ?1",
                    [r.participant_id],
                    |row| row.get(0),
                )?;
                let partner = match r.partner_id {
                    Some(id) => partner::fetch(conn, id)?.name,
                    None => "all".into(),
                };
                writer
                    .write_record([
                        r.id.to_string(),
                        text(&external_id),
                        text(&partner),
                        join_codes(&r.categories, ConsentCategory::code),
                        r.requested_on.to_string(),
                        r.decision.map(|d| d.code()).unwrap_or("pending").into(),
                        r.decided_on.map(|d| d.to_string()).unwrap_or_default(),
                        text(r.decided_by.as_deref().unwrap_or("")),
                    ])
                    .expect("in memory");
                lines += 1;
            }
        }
        Register::Incidents => {
            writer
                .write_record([
                    "id",
                    "summary",
                    "happened_on",
                    "discovered_on",
                    "notified",
                    "notified_on",
                    "status",
                ])
                .expect("in memory");
            for i in incident::list(store)? {
                writer
                    .write_record([
                        i.id.to_string(),
                        text(&i.summary),
                        i.happened_on.to_string(),
                        i.discovered_on.to_string(),
                        text(i.notified.as_deref().unwrap_or("")),
                        i.notified_on.map(|d| d.to_string()).unwrap_or_default(),
                        i.status.code().into(),
                    ])
                    .expect("in memory");
                lines += 1;
            }
        }
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(writer.into_inner().expect("in memory"));
    Ok((bytes, lines))
}

/// Writes the register to `path` and records it in the audit log, as one
/// action: the file is put in place only if the entry is written, and
/// removed again if the entry does not commit. Returns its line count.
pub fn write(store: &mut Store, register: Register, path: &Path, replace: bool) -> Result<usize> {
    let now = store.now();
    let data_folder = store.data_folder().to_path_buf();
    crate::export::output::check_target(path, replace, &data_folder)?;
    let (bytes, lines) = csv(store, register)?;
    let placed: Cell<Option<PendingFile>> = Cell::new(None);
    let result = store.write(|tx| {
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            &format!("{}, {lines} lines, csv", register.name()),
        )?;
        let mut pending = PendingFile::write(path, &bytes, replace, &data_folder)?;
        pending.place()?;
        placed.set(Some(pending));
        Ok(lines)
    });
    if result.is_err() {
        if let Some(mut pending) = placed.take() {
            pending.undo();
        }
    }
    result
}
