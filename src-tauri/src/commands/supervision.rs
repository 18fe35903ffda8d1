//! Supervision sessions: a supervisor records one with a peer of the team
//! and it is sent to them; the peer acknowledges it; each side keeps a
//! private note of its own.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::ids::SupervisionId;
use peerlog_core::supervision::{session, Session};
use peerlog_core::team::supervision::{self, SessionWith};
use tauri::State;

pub async fn supervision_sessions(state: State<'_, AppState>) -> ApiResult<Vec<Session>> {
    state.with(|p| session::list(p.store())).await
}

pub async fn record_supervision(
    state: State<'_, AppState>,
    input: SessionWith,
) -> ApiResult<Session> {
    state
        .with(move |p| supervision::record(p.store_mut(), input))
        .await
}

pub async fn acknowledge_supervision(
    state: State<'_, AppState>,
    id: SupervisionId,
) -> ApiResult<Session> {
    state
        .with(move |p| supervision::acknowledge(p.store_mut(), id))
        .await
}

pub async fn set_supervision_note(
    state: State<'_, AppState>,
    id: SupervisionId,
    text: String,
) -> ApiResult<Session> {
    state
        .with(move |p| session::set_private_note(p.store_mut(), id, &text))
        .await
}
