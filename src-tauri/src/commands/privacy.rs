//! The privacy officer's register: participants' restriction requests and
//! their decisions, the incident log for a possible breach, and each
//! printed for an audit through the save dialog, as a PDF in the app's
//! language or as CSV.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::ids::{IncidentId, ParticipantId, RestrictionId};
use peerlog_core::partners::incident::{self, Incident, IncidentInput};
use peerlog_core::partners::restriction::{
    self, RestrictionDecision, RestrictionInput, RestrictionRequest,
};
use peerlog_core::privacy_register::{self, Printing, Register};
use peerlog_core::report::ReportFormat;
use tauri::{AppHandle, Runtime, State};

/// Everyone's requests, or one participant's, newest first.
pub async fn list_restrictions(
    state: State<'_, AppState>,
    participant_id: Option<ParticipantId>,
) -> ApiResult<Vec<RestrictionRequest>> {
    state
        .with(move |p| restriction::list(p.store(), participant_id))
        .await
}

pub async fn add_restriction(
    state: State<'_, AppState>,
    input: RestrictionInput,
) -> ApiResult<RestrictionRequest> {
    state
        .with(move |p| restriction::create(p.store_mut(), input))
        .await
}

pub async fn decide_restriction(
    state: State<'_, AppState>,
    id: RestrictionId,
    decision: RestrictionDecision,
    decided_on: Option<NaiveDate>,
    decided_by: String,
) -> ApiResult<RestrictionRequest> {
    state
        .with(move |p| restriction::decide(p.store_mut(), id, decision, decided_on, &decided_by))
        .await
}

pub async fn list_incidents(state: State<'_, AppState>) -> ApiResult<Vec<Incident>> {
    state.with(|p| incident::list(p.store())).await
}

pub async fn add_incident(state: State<'_, AppState>, input: IncidentInput) -> ApiResult<Incident> {
    state
        .with(move |p| incident::create(p.store_mut(), input))
        .await
}

pub async fn update_incident(
    state: State<'_, AppState>,
    id: IncidentId,
    input: IncidentInput,
) -> ApiResult<Incident> {
    state
        .with(move |p| incident::update(p.store_mut(), id, input))
        .await
}

pub async fn save_restriction_register<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ReportFormat,
) -> ApiResult<bool> {
    let printing = Printing {
        register: Register::Restrictions,
        format,
        language: state.language(),
    };
    save(app, state, printing, "restriction-register").await
}

pub async fn save_incident_log<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ReportFormat,
) -> ApiResult<bool> {
    let printing = Printing {
        register: Register::Incidents,
        format,
        language: state.language(),
    };
    save(app, state, printing, "incident-log").await
}

/// The register where the peer says; false when cancelled.
async fn save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    printing: Printing,
    stem: &str,
) -> ApiResult<bool> {
    // Locked: say so before a dialog asks where to put what can't be read.
    let today = state.with(|p| Ok(p.store().today())).await?;
    let format = printing.format;
    let name = format!("{stem}-{today}.{}", format.code());
    let language = state.language();
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveRegister.in_language(language),
            &name,
            (format.label(), &[format.code()]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(false);
    };
    state
        .with(move |p| privacy_register::write(p.store_mut(), printing, &path, true).map(|_| true))
        .await
}
