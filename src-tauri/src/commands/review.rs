//! Note review through the team: a peer submits signed notes, a supervisor
//! approves (a co-signature) or asks for changes, and the peer's timeline
//! shows where each note stands.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::ids::{ContactId, ParticipantId};
use peerlog_core::team::message::Decision;
use peerlog_core::team::review::{self, QueuedReview, ReviewOfNote};
use tauri::State;

pub async fn submit_for_review(
    state: State<'_, AppState>,
    notes: Vec<ContactId>,
) -> ApiResult<u32> {
    state
        .with(move |p| review::submit(p.store_mut(), &notes))
        .await
}

pub async fn note_reviews(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<ReviewOfNote>> {
    state
        .with(move |p| review::reviews_for(p.store().conn(), participant_id))
        .await
}

pub async fn review_queue(state: State<'_, AppState>) -> ApiResult<Vec<QueuedReview>> {
    state.with(|p| review::queue(p.store())).await
}

pub async fn decide_review(
    state: State<'_, AppState>,
    note_id: ContactId,
    decision: Decision,
    comment: Option<String>,
) -> ApiResult<()> {
    state
        .with(move |p| review::decide(p.store_mut(), note_id, decision, comment.as_deref()))
        .await
}
