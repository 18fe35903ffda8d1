//! Drafts: a form half filled in when Peerlog is about to lock is kept
//! inside the encrypted store and offered back after the next unlock.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::draft::{self, Draft};
use tauri::State;

/// Called when the lock is near, so it does not count as activity.
pub async fn keep_draft(
    state: State<'_, AppState>,
    form: String,
    payload: serde_json::Value,
) -> ApiResult<Draft> {
    state
        .quietly(move |p| draft::keep(p.store_mut(), &form, &payload))
        .await
}

/// The drafts waiting, newest first.
pub async fn drafts(state: State<'_, AppState>) -> ApiResult<Vec<Draft>> {
    state.with(|p| draft::list(p.store())).await
}

pub async fn discard_draft(state: State<'_, AppState>, form: String) -> ApiResult<()> {
    state
        .with(move |p| draft::discard(p.store_mut(), &form))
        .await
}
