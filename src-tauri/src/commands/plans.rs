//! Recovery plans: the current version and its history, writing, changing
//! (a new version), signing, review dates, and the printed plan.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::domain::recovery_plan::{
    self, Cosigner, PlanChange, PlanInput, PlanVersion, ReviewDue, SignoffInput,
};
use peerlog_core::ids::ParticipantId;
use peerlog_core::plan_print;
use tauri::{AppHandle, Runtime, State};

pub async fn plan_history(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<PlanVersion>> {
    state
        .with(move |p| recovery_plan::history(p.store(), participant_id))
        .await
}

pub async fn create_plan(state: State<'_, AppState>, input: PlanInput) -> ApiResult<PlanVersion> {
    state
        .with(move |p| recovery_plan::create(p.store_mut(), input))
        .await
}

pub async fn edit_plan(state: State<'_, AppState>, input: PlanInput) -> ApiResult<PlanVersion> {
    state
        .with(move |p| recovery_plan::edit(p.store_mut(), input))
        .await
}

pub async fn revise_plan(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
    change: PlanChange,
) -> ApiResult<PlanVersion> {
    state
        .with(move |p| recovery_plan::revise(p.store_mut(), participant_id, change))
        .await
}

pub async fn sign_plan(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
    input: SignoffInput,
) -> ApiResult<PlanVersion> {
    state
        .with(move |p| recovery_plan::sign_as_set(p.store_mut(), participant_id, input))
        .await
}

pub async fn countersign_plan(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
    version: u32,
    cosigner: Cosigner,
) -> ApiResult<PlanVersion> {
    state
        .with(move |p| recovery_plan::countersign(p.store_mut(), participant_id, version, cosigner))
        .await
}

pub async fn plans_review_due(
    state: State<'_, AppState>,
    on: NaiveDate,
) -> ApiResult<Vec<ReviewDue>> {
    state
        .with(move |p| recovery_plan::review_due(p.store(), on))
        .await
}

pub async fn print_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<bool> {
    let language = state.language();
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveRecoveryPlan.in_language(language),
            "recovery-plan.pdf",
            ("PDF", &["pdf"]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(false);
    };
    state
        .with(move |p| plan_print::write(p.store_mut(), participant_id, &path, true).map(|_| true))
        .await
}
