//! Follow-ups due and overdue.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::followup::{self, FollowUp, FollowUpInput, FollowUpStatus};
use peerlog_core::ids::{FollowUpId, ParticipantId};
use peerlog_core::views::followups::{self, DueFollowUp};
use tauri::State;

/// Open follow-ups due within `within_days` from today (overdue included).
pub async fn follow_ups_due(
    state: State<'_, AppState>,
    within_days: i64,
) -> ApiResult<Vec<DueFollowUp>> {
    state
        .with(move |p| followups::due(p.store(), p.store().today(), within_days))
        .await
}

/// A participant's open follow-ups, soonest due first, however old: the
/// participant page shows them beside a timeline that loads a page at a
/// time.
pub async fn participant_open_follow_ups(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<FollowUp>> {
    state
        .with(move |p| followup::open_for(p.store(), participant_id))
        .await
}

pub async fn create_follow_up(
    state: State<'_, AppState>,
    input: FollowUpInput,
) -> ApiResult<FollowUp> {
    state
        .with(move |p| followup::create(p.store_mut(), input))
        .await
}

pub async fn set_follow_up_status(
    state: State<'_, AppState>,
    id: FollowUpId,
    status: FollowUpStatus,
) -> ApiResult<FollowUp> {
    state
        .with(move |p| followup::set_status(p.store_mut(), id, status))
        .await
}
