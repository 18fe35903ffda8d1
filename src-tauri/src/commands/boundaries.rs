//! Boundary notes: private to the peer, never exported.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::boundary::{self, BoundaryInput, BoundaryNote};
use peerlog_core::ids::{BoundaryId, ParticipantId};
use tauri::State;

pub async fn list_boundaries(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<BoundaryNote>> {
    state
        .with(move |p| boundary::list_for(p.store(), participant_id))
        .await
}

pub async fn create_boundary(
    state: State<'_, AppState>,
    input: BoundaryInput,
) -> ApiResult<BoundaryNote> {
    state
        .with(move |p| boundary::create(p.store_mut(), input))
        .await
}

pub async fn update_boundary(
    state: State<'_, AppState>,
    id: BoundaryId,
    input: BoundaryInput,
) -> ApiResult<BoundaryNote> {
    state
        .with(move |p| boundary::update(p.store_mut(), id, input))
        .await
}

pub async fn delete_boundary(state: State<'_, AppState>, id: BoundaryId) -> ApiResult<()> {
    state
        .with(move |p| boundary::delete(p.store_mut(), id))
        .await
}
