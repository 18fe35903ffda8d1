//! Logging contacts (encounters).

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::addendum::{self, AddendumInput};
use peerlog_core::domain::contact::{self, Contact, ContactInput};
use peerlog_core::domain::note_signature;
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

pub async fn sign_note(state: State<'_, AppState>, id: ContactId) -> ApiResult<Contact> {
    state
        .with(move |p| note_signature::sign_as_set(p.store_mut(), id))
        .await
}

pub async fn add_addendum(state: State<'_, AppState>, input: AddendumInput) -> ApiResult<Contact> {
    state
        .with(move |p| addendum::add_as_set(p.store_mut(), input))
        .await
}
