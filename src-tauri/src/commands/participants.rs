//! The caseload, participants and their timelines.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::participant::{self, Participant, ParticipantInput};
use peerlog_core::ids::ParticipantId;
use peerlog_core::views::caseload::{self, CaseloadRow};
use peerlog_core::views::timeline::{self, TimelineItem};
use tauri::State;

pub async fn caseload(state: State<'_, AppState>) -> ApiResult<Vec<CaseloadRow>> {
    state
        .with(|p| caseload::caseload(p.store(), p.store().today()))
        .await
}

pub async fn get_participant(
    state: State<'_, AppState>,
    id: ParticipantId,
) -> ApiResult<Participant> {
    state.with(move |p| participant::get(p.store(), id)).await
}

pub async fn create_participant(
    state: State<'_, AppState>,
    input: ParticipantInput,
) -> ApiResult<Participant> {
    state
        .with(move |p| participant::create(p.store_mut(), input))
        .await
}

pub async fn update_participant(
    state: State<'_, AppState>,
    id: ParticipantId,
    input: ParticipantInput,
) -> ApiResult<Participant> {
    state
        .with(move |p| participant::update(p.store_mut(), id, input))
        .await
}

pub async fn delete_participant(state: State<'_, AppState>, id: ParticipantId) -> ApiResult<()> {
    state
        .with(move |p| participant::delete(p.store_mut(), id))
        .await
}

pub async fn participant_timeline(
    state: State<'_, AppState>,
    id: ParticipantId,
    limit: Option<usize>,
) -> ApiResult<Vec<TimelineItem>> {
    state
        .with(move |p| timeline::timeline(p.store(), id, limit))
        .await
}
