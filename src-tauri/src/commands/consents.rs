//! Consents (releases of information), with the 42 CFR §2.31 elements.

use crate::error::ApiResult;
use crate::state::AppState;
use chrono::NaiveDate;
use peerlog_core::domain::consent::{self, Consent, ConsentInput};
use peerlog_core::ids::{ConsentId, ParticipantId};
use tauri::State;

/// One participant's consents, or everyone's, newest first.
pub async fn list_consents(
    state: State<'_, AppState>,
    participant_id: Option<ParticipantId>,
) -> ApiResult<Vec<Consent>> {
    state
        .with(move |p| consent::list(p.store(), participant_id))
        .await
}

pub async fn create_consent(state: State<'_, AppState>, input: ConsentInput) -> ApiResult<Consent> {
    state
        .with(move |p| consent::create(p.store_mut(), input))
        .await
}

/// Records a revocation received on `revoked_on` (today if not given).
pub async fn revoke_consent(
    state: State<'_, AppState>,
    id: ConsentId,
    revoked_on: Option<NaiveDate>,
) -> ApiResult<Consent> {
    state
        .with(move |p| consent::revoke(p.store_mut(), id, revoked_on))
        .await
}
