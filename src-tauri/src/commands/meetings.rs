//! Case conferences: recurring meetings with a partner, who is on a day's
//! docket (offered only from those the rules let go to that partner), what
//! was decided there, and the export made for exactly that meeting.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::domain::followup::FollowUpDraft;
use peerlog_core::export::disclosures::DisclosureRecord;
use peerlog_core::export::{self, ExportFormat, ExportPreview, ExportRequest};
use peerlog_core::i18n::Language;
use peerlog_core::ids::{MeetingId, ParticipantId};
use peerlog_core::partners::docket::{self, DecisionLine, Offered};
use peerlog_core::partners::meeting::{self, Meeting, MeetingInput, Upcoming};
use peerlog_core::Peerlog;
use std::path::Path;
use tauri::{AppHandle, Runtime, State};

pub async fn list_meetings(state: State<'_, AppState>) -> ApiResult<Vec<Meeting>> {
    state.with(|p| meeting::list(p.store())).await
}

pub async fn add_meeting(state: State<'_, AppState>, input: MeetingInput) -> ApiResult<Meeting> {
    state
        .with(move |p| meeting::create(p.store_mut(), input))
        .await
}

/// Read by the home screen on its own: not the peer's activity.
pub async fn upcoming_meetings(state: State<'_, AppState>) -> ApiResult<Vec<Upcoming>> {
    state
        .quietly(|p| meeting::upcoming(p.store(), p.store().today()))
        .await
}

pub async fn docket_offered(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
) -> ApiResult<Vec<Offered>> {
    state
        .with(move |p| {
            let store = p.store();
            let found = meeting::fetch(store.conn(), meeting_id)?;
            docket::offered(store.conn(), &found, store.today())
        })
        .await
}

pub async fn docket_of(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    held_on: NaiveDate,
) -> ApiResult<Vec<ParticipantId>> {
    state
        .with(move |p| docket::of(p.store().conn(), meeting_id, held_on))
        .await
}

pub async fn set_docket(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    participants: Vec<ParticipantId>,
) -> ApiResult<Vec<ParticipantId>> {
    state
        .with(move |p| docket::set(p.store_mut(), meeting_id, held_on, &participants))
        .await
}

pub async fn meeting_decisions(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    held_on: NaiveDate,
) -> ApiResult<Vec<DecisionLine>> {
    state
        .with(move |p| docket::decisions(p.store(), meeting_id, held_on))
        .await
}

/// Records a decision (and the follow-up it opens in the participant's
/// record); answers with the day's decisions.
pub async fn record_decision(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    participant_id: ParticipantId,
    text: String,
    follow_up: Option<FollowUpDraft>,
) -> ApiResult<Vec<DecisionLine>> {
    state
        .with(move |p| {
            docket::decide(
                p.store_mut(),
                meeting_id,
                held_on,
                participant_id,
                &text,
                follow_up,
            )?;
            docket::decisions(p.store(), meeting_id, held_on)
        })
        .await
}

/// The export for the meeting on `held_on`, in `language`: its partner,
/// its docket, its period (since the meeting before).
fn request(
    peerlog: &Peerlog,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    language: Language,
) -> peerlog_core::Result<ExportRequest> {
    Ok(ExportRequest {
        language,
        ..export::meeting::request_for(peerlog.store(), meeting_id, held_on)?
    })
}

pub async fn meeting_export_preview(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    language: Language,
) -> ApiResult<ExportPreview> {
    state
        .with(move |p| {
            let request = request(p, meeting_id, held_on, language)?;
            export::preview(p.store_mut(), &request)
        })
        .await
}

/// Asks where to save, then writes what was previewed (`preview_outdated`
/// if anything changed since); the disclosure names the meeting. `None`
/// when cancelled.
pub async fn meeting_export_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    language: Language,
    format: ExportFormat,
    digest: String,
) -> ApiResult<Option<DisclosureRecord>> {
    let request = state
        .with(move |p| request(p, meeting_id, held_on, language))
        .await?;
    let name = export::suggested_file_name(&request.recipient, request.to, format);
    // The dialog speaks the app's language; the export, the one asked for.
    let app_language = state.language();
    let (label, ext) = super::export::filter(format, app_language);
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveExport.in_language(app_language),
            &name,
            (&label, &[ext]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(None);
    };
    state
        .with(move |p| write(p, meeting_id, held_on, language, format, &digest, &path).map(Some))
        .await
}

/// The meeting's export, once a path is known (tests call it directly).
pub fn write(
    peerlog: &mut Peerlog,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    language: Language,
    format: ExportFormat,
    digest: &str,
    path: &Path,
) -> peerlog_core::Result<DisclosureRecord> {
    let request = request(peerlog, meeting_id, held_on, language)?;
    super::export::write(peerlog, &request, format, digest, None, path)
}
