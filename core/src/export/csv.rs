//! The CSV form of an export: one file per table in one folder, with the
//! redisclosure notice and a README beside them, packed as a zip. The
//! notice and the README are written in the export's language; the tables'
//! column headings and codes are English in every language, since programs
//! read them (a spreadsheet's formulas, a partner's import) and must find
//! the same names whatever language the peer chose.

use super::archive::ArchiveFile;
use super::content::{ExportContent, ParticipantSection};
use super::notice::NOTICE_FILE;
use crate::domain::contact::ContactMode;
use crate::domain::wellness::Dimension;
use crate::words::{args, words, words_with};

/// The folder every file sits in, inside the zip.
pub const FOLDER: &str = "peerlog-export";

/// The tables, in the order they are written.
pub const TABLES: [&str; 7] = [
    "participants.csv",
    "engagement.csv",
    "contacts.csv",
    "attendance.csv",
    "wellness.csv",
    "referrals.csv",
    "follow_ups.csv",
];

/// A cell a spreadsheet could read as a formula gets a leading apostrophe.
/// A cell a spreadsheet will not run as a formula.
pub(crate) fn text(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    }
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

struct Table {
    writer: csv::Writer<Vec<u8>>,
}

impl Table {
    fn new(headings: &[&str]) -> Table {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        writer
            .write_record(headings)
            .expect("writing to memory cannot fail");
        Table { writer }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.writer
            .write_record(&cells)
            .expect("writing to memory cannot fail");
    }

    fn finish(self) -> Vec<u8> {
        // A byte-order mark, so spreadsheet programs read the text as UTF-8.
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend(self.writer.into_inner().expect("in memory"));
        bytes
    }
}

fn file(name: &str, bytes: Vec<u8>) -> ArchiveFile {
    ArchiveFile {
        name: format!("{FOLDER}/{name}"),
        bytes,
    }
}

/// The README: the cover page in words, and what each table holds, in the
/// export's language. The tables' names, column headings and codes stay
/// English in every language: they are for programs to read, and a
/// program reads a Spanish export the same way it reads an English one.
pub fn readme(content: &ExportContent) -> String {
    let language = content.language;
    let t = |id: &str| words(language, id);
    let mut out = String::new();
    out.push_str(&t("export-readme-title"));
    out.push_str("\n\n");
    if let Some(meeting) = &content.meeting {
        out.push_str(&format!(
            "{}: {}, {}\n",
            t("export-meeting"),
            meeting.name,
            meeting.held_on
        ));
    }
    for (label, value) in [
        ("export-recipient", content.recipient.clone()),
        ("export-purpose", content.purpose.clone()),
        ("export-disclosed-by", content.discloser.clone()),
        ("export-prepared-by", content.prepared_by.clone()),
        ("export-prepared-on", content.prepared_on.to_string()),
        ("export-period-label", content.period.in_words(language)),
        (
            "export-participants",
            content.participants.len().to_string(),
        ),
    ] {
        out.push_str(&format!("{}: {value}\n", t(label)));
    }
    out.push('\n');
    out.push_str(&t("export-readme-scope"));
    out.push_str("\n\n");
    out.push_str(&t("export-readme-tables"));
    out.push('\n');
    for (table, id) in TABLES.iter().zip([
        "export-readme-participants",
        "export-readme-engagement",
        "export-readme-contacts",
        "export-readme-attendance",
        "export-readme-wellness",
        "export-readme-referrals",
        "export-readme-follow-ups",
    ]) {
        out.push_str(&format!("  {table:<18}{}\n", t(id)));
    }
    out.push('\n');
    out.push_str(&words_with(
        language,
        "export-readme-notice",
        &args![("file", NOTICE_FILE)],
    ));
    out.push_str(&format!("\n\n{}\n", content.notice));
    out
}

/// Every file of the CSV export, in the order written.
pub fn files(content: &ExportContent) -> Vec<ArchiveFile> {
    let mut participants = Table::new(&[
        "external_id",
        "name",
        "consent_id",
        "consent_purpose",
        "consent_signed_on",
        "consent_effective_on",
        "consent_expires_on",
        "consent_expiry_event",
        "categories_included",
    ]);
    let mut engagement = {
        let mut headings = vec![
            "external_id",
            "contacts",
            "minutes",
            "hours",
            "units",
            "last_contact_on",
        ];
        headings.extend(ContactMode::ALL.iter().map(|m| m.code()));
        Table::new(&headings)
    };
    let mut contacts = Table::new(&[
        "external_id",
        "date",
        "minutes",
        "units",
        "mode",
        "services",
        "narrative",
        "signed_by",
        "signed_at",
        "cosigned_by",
        "cosigned_at",
        "addenda",
    ]);
    let mut attendance = Table::new(&["external_id", "date", "group", "status"]);
    let mut wellness = {
        let mut headings = vec!["external_id", "date"];
        headings.extend(Dimension::ALL.iter().map(|d| d.code()));
        headings.extend(["average", "barc10_total"]);
        Table::new(&headings)
    };
    let mut referrals = Table::new(&[
        "external_id",
        "referred_on",
        "resource_type",
        "resource_name",
        "outcome",
        "outcome_on",
    ]);
    let mut follow_ups = Table::new(&["external_id", "due_on", "text"]);

    for section in &content.participants {
        participant_rows(
            section,
            &mut participants,
            &mut engagement,
            &mut contacts,
            &mut attendance,
            &mut wellness,
            &mut referrals,
            &mut follow_ups,
        );
    }

    let mut out = vec![
        file(NOTICE_FILE, format!("{}\n", content.notice).into_bytes()),
        file("README.txt", readme(content).into_bytes()),
    ];
    for (name, table) in TABLES.iter().zip([
        participants,
        engagement,
        contacts,
        attendance,
        wellness,
        referrals,
        follow_ups,
    ]) {
        out.push(file(name, table.finish()));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn participant_rows(
    s: &ParticipantSection,
    participants: &mut Table,
    engagement: &mut Table,
    contacts: &mut Table,
    attendance: &mut Table,
    wellness: &mut Table,
    referrals: &mut Table,
    follow_ups: &mut Table,
) {
    let id = text(&s.external_id);
    participants.row(vec![
        id.clone(),
        text(&s.name),
        s.consent.id.to_string(),
        text(&s.consent.purpose),
        s.consent.signed_on.to_string(),
        s.consent.effective_on.to_string(),
        opt(s.consent.expires_on),
        text(s.consent.expiry_event.as_deref().unwrap_or("")),
        s.categories
            .iter()
            .map(|c| c.code())
            .collect::<Vec<_>>()
            .join(";"),
    ]);
    if let Some(e) = &s.engagement {
        let mut row = vec![
            id.clone(),
            e.contacts.to_string(),
            e.minutes.to_string(),
            format!("{:.2}", e.minutes as f64 / 60.0),
            e.units.to_string(),
            opt(e.last_contact_on),
        ];
        for mode in ContactMode::ALL {
            row.push(
                e.by_mode
                    .iter()
                    .find(|m| m.mode == *mode)
                    .map(|m| m.contacts)
                    .unwrap_or(0)
                    .to_string(),
            );
        }
        engagement.row(row);
    }
    for line in s.contacts.iter().flatten() {
        contacts.row(vec![
            id.clone(),
            line.date.to_string(),
            opt(line.minutes),
            opt(line.units),
            opt(line.mode.map(|m| m.code())),
            line.services
                .as_ref()
                .map(|list| list.iter().map(|s| s.code()).collect::<Vec<_>>().join(";"))
                .unwrap_or_default(),
            text(line.narrative.as_deref().unwrap_or("")),
            text(line.signed.as_ref().map_or("", |s| s.signer.as_str())),
            line.signed
                .as_ref()
                .map(|s| s.signed_at.to_string())
                .unwrap_or_default(),
            text(
                line.signed
                    .as_ref()
                    .and_then(|s| s.cosigner.as_deref())
                    .unwrap_or(""),
            ),
            line.signed
                .as_ref()
                .and_then(|s| s.cosigned_at)
                .map(|at| at.to_string())
                .unwrap_or_default(),
            text(&addenda_cell(&line.addenda)),
        ]);
    }
    if let Some(a) = &s.attendance {
        for line in &a.sessions {
            attendance.row(vec![
                id.clone(),
                line.date.to_string(),
                text(&line.group),
                line.status.code().to_string(),
            ]);
        }
    }
    if let Some(w) = &s.wellness {
        for p in &w.points {
            let mut row = vec![id.clone(), p.date.to_string()];
            row.extend(Dimension::ALL.iter().map(|d| p.scores.get(*d).to_string()));
            row.push(format!("{:.2}", p.average));
            row.push(opt(p.barc10_total));
            wellness.row(row);
        }
    }
    for r in s.referrals.iter().flatten() {
        referrals.row(vec![
            id.clone(),
            r.referred_on.to_string(),
            r.resource_type.code().to_string(),
            text(&r.resource_name),
            r.outcome.code().to_string(),
            opt(r.outcome_on),
        ]);
    }
    for f in s.follow_ups.iter().flatten() {
        follow_ups.row(vec![id.clone(), f.due_on.to_string(), text(&f.text)]);
    }
    debug_assert!(s
        .categories
        .iter()
        .all(|c| s.consent.categories.contains(c)));
}

/// A note's addenda in one cell, oldest first: "when, who (reason): text",
/// separated by a blank line.
fn addenda_cell(addenda: &[super::content::AddendumLine]) -> String {
    addenda
        .iter()
        .map(|a| format!("{}, {} ({}): {}", a.written_at, a.signer, a.reason, a.text))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text("@cmd"), "'@cmd");
        assert_eq!(text("plain"), "plain");
    }
}
