//! Logging contacts (encounters).

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::contact::{self, Contact, ContactInput};
use peerlog_core::ids::ContactId;
use tauri::State;

pub async fn log_contact(state: State<'_, AppState>, input: ContactInput) -> ApiResult<Contact> {
    state
        .with(move |p| contact::create(p.store_mut(), input))
        .await
}

pub async fn update_contact(
    state: State<'_, AppState>,
    id: ContactId,
    input: ContactInput,
) -> ApiResult<Contact> {
    state
        .with(move |p| contact::update(p.store_mut(), id, input))
        .await
}

pub async fn delete_contact(state: State<'_, AppState>, id: ContactId) -> ApiResult<()> {
    state
        .with(move |p| contact::delete(p.store_mut(), id))
        .await
}
