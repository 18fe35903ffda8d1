//! Exports for case conferences: who can be included for a recipient, a
//! preview of exactly what would leave, and the file itself, written with
//! its disclosure record. The path comes from a save dialog opened here.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::export::disclosures::{self, DisclosureRecord};
use peerlog_core::export::not_offered::{self, LeftOut};
use peerlog_core::export::{
    self, Candidate, ExportFormat, ExportOutput, ExportPreview, ExportRequest,
};
use peerlog_core::i18n::Language;
use peerlog_core::ids::ParticipantId;
use peerlog_core::secret::Passphrase;
use peerlog_core::Peerlog;
use std::path::Path;
use tauri::{AppHandle, Runtime, State};

pub async fn export_recipients(state: State<'_, AppState>) -> ApiResult<Vec<String>> {
    state.with(|p| export::recipients(p.store())).await
}

pub async fn export_candidates(
    state: State<'_, AppState>,
    recipient: String,
) -> ApiResult<Vec<Candidate>> {
    state
        .with(move |p| export::candidates(p.store(), &recipient))
        .await
}

/// Who on the caseload an export to `recipient` today would leave out, and
/// why: the screen counts them and names them on request.
pub async fn export_not_offered(
    state: State<'_, AppState>,
    recipient: String,
) -> ApiResult<Vec<LeftOut>> {
    state
        .with(move |p| not_offered::not_offered(p.store(), &recipient, p.store().today()))
        .await
}

pub async fn export_preview(
    state: State<'_, AppState>,
    request: ExportRequest,
) -> ApiResult<ExportPreview> {
    state
        .with(move |p| export::preview(p.store_mut(), &request))
        .await
}

/// Asks where to save, then writes the export the peer previewed (refused
/// if anything changed since: `preview_outdated`). `None` when cancelled.
pub async fn export_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: ExportRequest,
    format: ExportFormat,
    digest: String,
    packet_passphrase: Option<String>,
) -> ApiResult<Option<DisclosureRecord>> {
    let packet_passphrase = packet_passphrase.map(Passphrase::new);
    let name = export::suggested_file_name(&request.recipient, request.to, format);
    let language = state.language();
    let (label, ext) = filter(format, language);
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveExport.in_language(language),
            &name,
            (&label, &[ext]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(None);
    };
    state
        .with(move |p| {
            write(
                p,
                &request,
                format,
                &digest,
                packet_passphrase.as_ref(),
                &path,
            )
            .map(Some)
        })
        .await
}

/// The export itself, once a path is known (tests call it directly).
pub fn write(
    peerlog: &mut Peerlog,
    request: &ExportRequest,
    format: ExportFormat,
    digest: &str,
    packet_passphrase: Option<&Passphrase>,
    path: &Path,
) -> peerlog_core::Result<DisclosureRecord> {
    let output = ExportOutput {
        // The save dialog already asked before replacing a file.
        replace: true,
        packet_passphrase,
        expected_digest: Some(digest),
        ..ExportOutput::new(format, path)
    };
    export::write(peerlog.store_mut(), request, &output)
}

/// The save dialog's file type for `format`, named in `language`.
pub(super) fn filter(format: ExportFormat, language: Language) -> (String, &'static str) {
    match format {
        ExportFormat::Pdf => ("PDF".to_string(), "pdf"),
        ExportFormat::Csv => (DialogWords::CsvTablesFiles.in_language(language), "zip"),
        ExportFormat::Pack => (DialogWords::SealedPacketFiles.in_language(language), "pack"),
    }
}

/// The accounting of disclosures: every export that left, newest first.
pub async fn list_disclosures(
    state: State<'_, AppState>,
    since: Option<NaiveDate>,
) -> ApiResult<Vec<DisclosureRecord>> {
    state
        .with(move |p| disclosures::list(p.store(), since))
        .await
}

/// One participant's disclosure history, newest first; each record lists
/// only them, never the others disclosed with them.
pub async fn participant_disclosures(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<DisclosureRecord>> {
    state
        .with(move |p| disclosures::for_participant(p.store(), participant_id))
        .await
}
