//! The peer's own private self-check.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::selfcheck::{self, SelfCheck, SelfCheckInput};
use peerlog_core::ids::SelfCheckId;
use tauri::State;

pub async fn record_self_check(
    state: State<'_, AppState>,
    input: SelfCheckInput,
) -> ApiResult<SelfCheck> {
    state
        .with(move |p| selfcheck::record(p.store_mut(), input))
        .await
}

pub async fn recent_self_checks(
    state: State<'_, AppState>,
    limit: usize,
) -> ApiResult<Vec<SelfCheck>> {
    state
        .with(move |p| selfcheck::recent(p.store(), limit))
        .await
}

pub async fn delete_self_check(state: State<'_, AppState>, id: SelfCheckId) -> ApiResult<()> {
    state
        .with(move |p| selfcheck::delete(p.store_mut(), id))
        .await
}
