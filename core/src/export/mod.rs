//! Consent-scoped exports for case conferences.
//!
//! The flow the desktop dialog follows:
//!
//! 1. [`recipients`] and [`candidates`]: who could be included for a
//!    recipient today, under which consent, with which categories.
//! 2. [`preview`]: exactly what would leave, as the [`ExportContent`] every
//!    writer renders, with a digest of it.
//! 3. [`write`]: builds the content again inside the transaction that
//!    records the disclosure, refuses if it differs from the previewed
//!    digest, writes the file (never partially) and records exactly one
//!    disclosure and one audit entry.
//! 4. [`disclosures`]: the accounting of disclosures, overall or per
//!    participant.

pub mod archive;
pub mod content;
// The writers are reachable only through `write`, so nothing is ever
// rendered for a recipient without its disclosure record.
pub(crate) mod csv;
pub mod disclosures;
pub mod meeting;
pub mod not_offered;
pub mod notice;
pub(crate) mod output;
pub(crate) mod pdf;
pub mod request;

pub use content::{ExportContent, ParticipantSection, Period};
/// The folder inside a CSV export or packet, and the tables in it.
pub use csv::{FOLDER as CSV_FOLDER, TABLES as CSV_TABLES};
pub use disclosures::{DisclosedParticipant, DisclosureRecord};
pub use notice::{notice_in, NOTICE_FILE, REDISCLOSURE_NOTICE};
pub use request::{ExportRequest, MeetingAt};

use crate::audit::{self, AuditAction};
use crate::domain::consent::{self, ConsentCategory};
use crate::domain::registry;
use crate::domain::vocabulary::text_enum;
use crate::error::{Error, Result};
use crate::ids::{DisclosureId, ParticipantId};
use crate::secret::Passphrase;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{Problem, ValidationError};
use crate::vault::Argon2Params;
use archive::ArchiveFile;
use chrono::NaiveDate;
use content::ConsentUsed;
use output::PendingFile;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::path::Path;

text_enum!(ExportFormat {
    Pdf = "pdf" / "PDF",
    Csv = "csv" / "CSV tables (zip)",
    Pack = "pack" / "Sealed packet",
});

/// The PDF's name inside a packet.
pub const PACKET_PDF: &str = "case-conference.pdf";

/// Someone who can be included for a recipient today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub participant_id: ParticipantId,
    pub external_id: String,
    pub name: String,
    pub consent: ConsentUsed,
}

/// The recipients named in any consent, for the dialog's picker.
pub fn recipients(store: &Store) -> Result<Vec<String>> {
    consent::recipients(store)
}

/// Everyone with a consent for `recipient` in force today, by name.
pub fn candidates(store: &Store, recipient: &str) -> Result<Vec<Candidate>> {
    let now = store.now();
    let today = now.local_date();
    let conn = store.conn();
    let mut out = Vec::new();
    for (id, row) in content::active_consents(conn, recipient, today)? {
        if let Some(who) = content::identity(conn, id)? {
            out.push(Candidate {
                participant_id: id,
                external_id: who.external_id,
                name: who.name,
                consent: row.used,
            });
        }
    }
    out.sort_by_key(|a| a.name.to_lowercase());
    Ok(out)
}

/// What an export would hold, and its digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ExportPreview {
    pub content: ExportContent,
    /// Pass it to [`write`] to be sure the file holds what was previewed.
    pub digest: String,
}

fn digest_of(content: &ExportContent) -> String {
    let json = serde_json::to_vec(content).expect("export content serialises");
    hex::encode(Sha256::digest(&json))
}

/// Exactly what would leave if the peer exported `request` now.
pub fn preview(store: &mut Store, request: &ExportRequest) -> Result<ExportPreview> {
    let now = store.now();
    let content = store.reading_only(content::reads(request), |store| {
        content::build(store.conn(), request, now.local_date())
    })?;
    Ok(ExportPreview {
        digest: digest_of(&content),
        content,
    })
}

/// Where and how to write an export.
pub struct ExportOutput<'a> {
    pub format: ExportFormat,
    pub path: &'a Path,
    /// Replace a file already at `path` (the peer said so).
    pub replace: bool,
    /// For a sealed packet: the passphrase agreed with the recipient.
    pub packet_passphrase: Option<&'a Passphrase>,
    /// Argon2id cost for a packet's key.
    pub packet_kdf: Argon2Params,
    /// The digest of the preview the peer confirmed, if any.
    pub expected_digest: Option<&'a str>,
}

impl<'a> ExportOutput<'a> {
    pub fn new(format: ExportFormat, path: &'a Path) -> Self {
        ExportOutput {
            format,
            path,
            replace: false,
            packet_passphrase: None,
            packet_kdf: Argon2Params::default(),
            expected_digest: None,
        }
    }
}

/// The files of a CSV export or packet: the tables, README and notice, and
/// for a packet the PDF too, all in one folder.
fn folder_files(content: &ExportContent, with_pdf: bool) -> Vec<ArchiveFile> {
    let mut files = csv::files(content);
    if with_pdf {
        files.push(ArchiveFile {
            name: format!("{}/{PACKET_PDF}", csv::FOLDER),
            bytes: pdf::render(content),
        });
    }
    files
}

fn render(content: &ExportContent, output: &ExportOutput<'_>) -> Result<Vec<u8>> {
    Ok(match output.format {
        ExportFormat::Pdf => pdf::render(content),
        ExportFormat::Csv => archive::write_zip(&folder_files(content, false)),
        ExportFormat::Pack => {
            let passphrase = output
                .packet_passphrase
                .ok_or_else(|| ValidationError::new("packet_passphrase", Problem::Required))?;
            let zip = zeroize::Zeroizing::new(archive::write_zip(&folder_files(content, true)));
            crate::packet::seal(&zip, passphrase, output.packet_kdf)?
        }
    })
}

fn check_output(output: &ExportOutput<'_>, data_folder: &Path) -> Result<()> {
    if output.format == ExportFormat::Pack {
        let passphrase = output
            .packet_passphrase
            .ok_or_else(|| ValidationError::new("packet_passphrase", Problem::Required))?;
        if !passphrase.strength().acceptable {
            return Err(ValidationError::new("packet_passphrase", Problem::Weak).into());
        }
    }
    output::check_target(output.path, output.replace, data_folder)
}

/// Writes the export and records the disclosure.
///
/// The content is built, checked against the consents in force today and
/// (when given) against the previewed digest, rendered, written to a synced
/// temporary file beside the target, and given the target's name — all
/// inside the one transaction that records the disclosure and its audit
/// entry. If the file can't be written or named, the transaction is rolled
/// back and nothing is recorded; if the transaction can't commit, the file
/// is removed again. Either the file and its record both exist, or neither.
pub fn write(
    store: &mut Store,
    request: &ExportRequest,
    output: &ExportOutput<'_>,
) -> Result<DisclosureRecord> {
    let now = store.now();
    let data_folder = store.data_folder().to_path_buf();
    check_output(output, &data_folder)?;
    let placed: Cell<Option<PendingFile>> = Cell::new(None);
    let mut tables = content::reads(request);
    tables.extend_from_slice(registry::DISCLOSURE_TABLES);
    let result = store.reading_only(tables, |store| {
        store.write(|tx| write_in(tx, request, output, &data_folder, now, &placed))
    });
    if result.is_err() {
        // The record was not committed: the file must not stay either.
        if let Some(mut pending) = placed.take() {
            pending.undo();
        }
    }
    result
}

/// The transaction of [`write`]: content, record, audit entry, and the file
/// put in place last.
fn write_in(
    tx: &rusqlite::Transaction<'_>,
    request: &ExportRequest,
    output: &ExportOutput<'_>,
    data_folder: &Path,
    now: Timestamp,
    placed: &Cell<Option<PendingFile>>,
) -> Result<DisclosureRecord> {
    let content = content::build(tx, request, now.local_date())?;
    if let Some(expected) = output.expected_digest {
        if digest_of(&content) != expected {
            return Err(Error::PreviewOutdated);
        }
    }
    let bytes = zeroize::Zeroizing::new(render(&content, output)?);
    let record = DisclosureRecord {
        id: DisclosureId::new(),
        at: now,
        recipient: content.recipient.clone(),
        purpose: content.purpose.clone(),
        prepared_by: content.prepared_by.clone(),
        period: content.period,
        format: output.format,
        sha256: hex::encode(Sha256::digest(bytes.as_slice())),
        bytes: bytes.len() as u64,
        participants: content
            .participants
            .iter()
            .map(|s| DisclosedParticipant {
                participant_id: s.participant_id,
                external_id: s.external_id.clone(),
                consent_id: s.consent.id,
                categories: s.categories.clone(),
            })
            .collect(),
        meeting: request.meeting,
    };
    disclosures::insert(tx, &record)?;
    audit::record(
        tx,
        now,
        AuditAction::Exported,
        &format!(
            "disclosure {}: {} participant(s), {}",
            record.id,
            record.participants.len(),
            record.format.code()
        ),
    )?;
    let mut pending = PendingFile::write(output.path, &bytes, output.replace, data_folder)?;
    pending.place()?;
    placed.set(Some(pending));
    Ok(record)
}

/// The name a save dialog offers for an export: the recipient and the last
/// day of the period, never anyone's name (an organisation's name is not a
/// participant's). `case-conference-treatment-court-2026-11-20.pdf`.
pub fn suggested_file_name(recipient: &str, to: NaiveDate, format: ExportFormat) -> String {
    let mut slug = String::new();
    for c in crate::text::nfc(recipient)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let extension = match format {
        ExportFormat::Pdf => "pdf",
        ExportFormat::Csv => "zip",
        ExportFormat::Pack => "pack",
    };
    if slug.is_empty() {
        format!("case-conference-{to}.{extension}")
    } else {
        format!("case-conference-{slug}-{to}.{extension}")
    }
}

/// The categories on the command line: `attendance,contact-summaries,…`.
pub fn parse_categories(field: &'static str, text: &str) -> Result<Vec<ConsentCategory>> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let category = ConsentCategory::parse(part).ok_or_else(|| {
            ValidationError::new(
                field,
                Problem::UnknownValue {
                    expected: ConsentCategory::ALL
                        .iter()
                        .map(|c| c.code().replace('_', "-"))
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            )
        })?;
        if !out.contains(&category) {
            out.push(category);
        }
    }
    if out.is_empty() {
        return Err(ValidationError::new(field, Problem::Required).into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_file_name_carries_the_recipient_and_the_date() {
        let to = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_eq!(
            suggested_file_name(
                "Circuit Court — Behavioral Health Docket",
                to,
                ExportFormat::Pdf
            ),
            "case-conference-circuit-court-behavioral-health-docket-2026-11-20.pdf"
        );
        assert_eq!(
            suggested_file_name("  ../../Sheriff's Office/ ", to, ExportFormat::Pack),
            "case-conference-sheriff-s-office-2026-11-20.pack"
        );
        assert_eq!(
            suggested_file_name("Juzgado Ñ", to, ExportFormat::Csv),
            "case-conference-juzgado-2026-11-20.zip"
        );
        assert_eq!(
            suggested_file_name("", to, ExportFormat::Pdf),
            "case-conference-2026-11-20.pdf"
        );
        let long = suggested_file_name(&"Treatment ".repeat(20), to, ExportFormat::Pdf);
        assert!(long.len() < 80, "{long}");
    }
}
