//! Referrals and linkage, with their outcome.

use crate::error::ApiResult;
use crate::state::AppState;
use chrono::NaiveDate;
use peerlog_core::domain::referral::{self, Referral, ReferralInput, ReferralOutcome};
use peerlog_core::ids::{ParticipantId, ReferralId};
use tauri::State;

/// A participant's referrals, newest first, however old (the timeline
/// beside them loads a page at a time).
pub async fn participant_referrals(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<Referral>> {
    state
        .with(move |p| referral::list_for(p.store(), participant_id))
        .await
}

pub async fn create_referral(
    state: State<'_, AppState>,
    input: ReferralInput,
) -> ApiResult<Referral> {
    state
        .with(move |p| referral::create(p.store_mut(), input))
        .await
}

pub async fn set_referral_outcome(
    state: State<'_, AppState>,
    id: ReferralId,
    outcome: ReferralOutcome,
    outcome_on: Option<NaiveDate>,
) -> ApiResult<Referral> {
    state
        .with(move |p| referral::set_outcome(p.store_mut(), id, outcome, outcome_on))
        .await
}
