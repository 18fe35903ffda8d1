//! Referrals and linkage, with their outcome.

use crate::error::ApiResult;
use crate::state::AppState;
use chrono::NaiveDate;
use peerlog_core::domain::referral::{self, Referral, ReferralInput, ReferralOutcome};
use peerlog_core::ids::ReferralId;
use tauri::State;

#[tauri::command]
pub async fn create_referral(
    state: State<'_, AppState>,
    input: ReferralInput,
) -> ApiResult<Referral> {
    state
        .with(move |p| referral::create(p.store_mut(), input))
        .await
}

#[tauri::command]
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
