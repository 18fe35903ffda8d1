//! The registers as CSV: English columns and codes, for the auditor's
//! spreadsheet, with a byte-order mark as the other CSVs.

use super::lines::RestrictionLine;
use crate::domain::consent::ConsentCategory;
use crate::domain::vocabulary::join_codes;
use crate::export::csv::text;
use crate::partners::incident::Incident;

pub fn restrictions(lines: &[RestrictionLine]) -> Vec<u8> {
    let mut writer = writer();
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
    for r in lines {
        writer
            .write_record([
                r.id.to_string(),
                text(&r.external_id),
                text(r.partner.as_deref().unwrap_or("all")),
                join_codes(&r.categories, ConsentCategory::code),
                r.requested_on.to_string(),
                r.decision.map(|d| d.code()).unwrap_or("pending").into(),
                r.decided_on.map(|d| d.to_string()).unwrap_or_default(),
                text(r.decided_by.as_deref().unwrap_or("")),
            ])
            .expect("in memory");
    }
    finish(writer)
}

pub fn incidents(lines: &[Incident]) -> Vec<u8> {
    let mut writer = writer();
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
    for i in lines {
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
    }
    finish(writer)
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Vec<u8> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(writer.into_inner().expect("in memory"));
    bytes
}
