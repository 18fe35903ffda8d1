//! Wellness check-ins (eight dimensions, optional BARC-10) and the trend.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::wellness::{self, CheckIn, CheckInInput};
use peerlog_core::ids::{CheckInId, ParticipantId};
use peerlog_core::views::trend::{self, WellnessTrend};
use tauri::State;

pub async fn record_check_in(
    state: State<'_, AppState>,
    input: CheckInInput,
) -> ApiResult<CheckIn> {
    state
        .with(move |p| wellness::record(p.store_mut(), input))
        .await
}

pub async fn wellness_trend(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<WellnessTrend> {
    state
        .with(move |p| trend::wellness_trend(p.store(), participant_id))
        .await
}

pub async fn delete_check_in(state: State<'_, AppState>, id: CheckInId) -> ApiResult<()> {
    state
        .with(move |p| wellness::delete(p.store_mut(), id))
        .await
}
