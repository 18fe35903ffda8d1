//! The renewal packet a peer hands their certification board: one
//! credential's period, its trainings with dates, hours and categories,
//! the hours by category against the rule, the supervision hours and the
//! acknowledged supervision sessions behind them (never a private note),
//! and the certificates (listed in the PDF and CSV, carried as files in
//! the zip).
//! It is the peer's own record and reads nothing about participants. It is
//! recorded in the audit log, as any file that leaves the store is.

mod render;

use crate::audit::{self, AuditAction};
use crate::credentials::certificate::{self, MediaType};
use crate::credentials::progress::{self, Period, Progress};
use crate::error::Result;
use crate::export::archive::{write_zip, ArchiveFile};
use crate::i18n::Language;
use crate::ids::CredentialId;
use crate::store::Store;
use crate::validate::{not_before, plausible_date};
use std::path::Path;

pub use crate::kept_files::save_certificate;
pub use render::{csv, pdf, size_shown};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum RenewalFormat {
    Pdf,
    Csv,
    /// The PDF, the CSV and each certificate as a file of its own.
    Zip,
}

impl RenewalFormat {
    pub fn parse(code: &str) -> Option<RenewalFormat> {
        match code.trim() {
            "pdf" => Some(RenewalFormat::Pdf),
            "csv" => Some(RenewalFormat::Csv),
            "zip" => Some(RenewalFormat::Zip),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            RenewalFormat::Pdf => "pdf",
            RenewalFormat::Csv => "csv",
            RenewalFormat::Zip => "zip",
        }
    }
}

#[derive(Debug, Clone)]
pub struct RenewalRequest {
    pub credential: CredentialId,
    /// The period to list; the credential's current one when `None`.
    pub period: Option<Period>,
    pub format: RenewalFormat,
    pub language: Language,
}

/// What the packet holds, without writing it.
pub fn preview(store: &Store, request: &RenewalRequest) -> Result<Progress> {
    match request.period {
        Some(period) => {
            checked_period(period)?;
            progress::progress_over(store, request.credential, period)
        }
        None => progress::progress(store, request.credential),
    }
}

/// Writes the packet to `path` and records it in the audit log, as one
/// action: a refusal writes neither.
pub fn write(
    store: &mut Store,
    request: &RenewalRequest,
    path: &Path,
    replace: bool,
) -> Result<Progress> {
    let progress = preview(store, request)?;
    let prepared_on = store.today();
    let bytes = match request.format {
        RenewalFormat::Pdf => render::pdf(&progress, request.language, prepared_on),
        RenewalFormat::Csv => render::csv(&progress),
        RenewalFormat::Zip => zip(store, &progress, request.language, prepared_on)?,
    };
    let now = store.now();
    let result = crate::export::output::write_recorded(store, path, replace, |tx| {
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            &format!(
                "renewal packet, {} trainings, {}",
                progress.trainings.len(),
                request.format.code()
            ),
        )?;
        Ok((bytes, ()))
    });
    result.map(|()| progress)
}

/// The zip: the PDF, the CSV, and each certificate under a name made of
/// its place in the list and its date, never its title.
fn zip(
    store: &Store,
    progress: &Progress,
    language: Language,
    prepared_on: chrono::NaiveDate,
) -> Result<Vec<u8>> {
    let mut files = vec![
        ArchiveFile {
            name: "renewal.pdf".into(),
            bytes: render::pdf(progress, language, prepared_on),
        },
        ArchiveFile {
            name: "renewal.csv".into(),
            bytes: render::csv(progress),
        },
    ];
    for (n, training) in progress.trainings.iter().enumerate() {
        if training.certificate.is_none() {
            continue;
        }
        if let Some((media_type, bytes)) = certificate::certificate(store, training.id)? {
            files.push(ArchiveFile {
                name: certificate_name(n + 1, training.completed_on, media_type),
                bytes,
            });
        }
    }
    Ok(write_zip(&files))
}

/// `certificates/03-2026-05-01.pdf`: the training's number in the packet.
pub fn certificate_name(n: usize, day: chrono::NaiveDate, media_type: MediaType) -> String {
    format!("certificates/{n:02}-{day}.{}", media_type.extension())
}

fn checked_period(period: Period) -> Result<()> {
    plausible_date("from", period.from, None)?;
    plausible_date("to", period.to, None)?;
    not_before("to", period.to, "from", period.from)?;
    Ok(())
}
