//! Recovery groups, their sessions and the attendance roster.

use crate::error::ApiResult;
use crate::state::AppState;
use chrono::NaiveDate;
use peerlog_core::domain::group::{
    self, AttendanceMark, Group, GroupInput, Roster, Session, SessionInput,
};
use peerlog_core::domain::group_note::{self, GroupNotesInput, GroupSessionNotes};
use peerlog_core::ids::{GroupId, ParticipantId, SessionId};
use tauri::State;

pub async fn list_groups(state: State<'_, AppState>) -> ApiResult<Vec<Group>> {
    state.with(|p| group::list(p.store())).await
}

pub async fn participant_groups(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Vec<Group>> {
    state
        .with(move |p| group::groups_of(p.store(), participant_id))
        .await
}

pub async fn create_group(state: State<'_, AppState>, input: GroupInput) -> ApiResult<Group> {
    state
        .with(move |p| group::create(p.store_mut(), input))
        .await
}

pub async fn update_group(
    state: State<'_, AppState>,
    id: GroupId,
    input: GroupInput,
) -> ApiResult<Group> {
    state
        .with(move |p| group::update(p.store_mut(), id, input))
        .await
}

pub async fn add_group_member(
    state: State<'_, AppState>,
    group_id: GroupId,
    participant_id: ParticipantId,
    joined_on: Option<NaiveDate>,
) -> ApiResult<()> {
    state
        .with(move |p| group::add_member(p.store_mut(), group_id, participant_id, joined_on))
        .await
}

pub async fn remove_group_member(
    state: State<'_, AppState>,
    group_id: GroupId,
    participant_id: ParticipantId,
) -> ApiResult<()> {
    state
        .with(move |p| group::remove_member(p.store_mut(), group_id, participant_id))
        .await
}

pub async fn add_session(state: State<'_, AppState>, input: SessionInput) -> ApiResult<Session> {
    state
        .with(move |p| group::add_session(p.store_mut(), input))
        .await
}

pub async fn delete_session(state: State<'_, AppState>, id: SessionId) -> ApiResult<()> {
    state
        .with(move |p| group::delete_session(p.store_mut(), id))
        .await
}

pub async fn group_roster(
    state: State<'_, AppState>,
    group_id: GroupId,
    last_sessions: usize,
) -> ApiResult<Roster> {
    state
        .with(move |p| group::roster(p.store(), group_id, last_sessions))
        .await
}

/// Sets the whole roster of one session.
pub async fn record_attendance(
    state: State<'_, AppState>,
    session_id: SessionId,
    marks: Vec<AttendanceMark>,
) -> ApiResult<()> {
    state
        .with(move |p| group::record_attendance(p.store_mut(), session_id, marks))
        .await
}

pub async fn group_session_notes(
    state: State<'_, AppState>,
    session_id: SessionId,
) -> ApiResult<GroupSessionNotes> {
    state
        .with(move |p| group_note::session_notes(p.store(), session_id))
        .await
}

pub async fn write_group_notes(
    state: State<'_, AppState>,
    input: GroupNotesInput,
) -> ApiResult<GroupSessionNotes> {
    state
        .with(move |p| group_note::write(p.store_mut(), input))
        .await
}

pub async fn sign_group_notes(
    state: State<'_, AppState>,
    session_id: SessionId,
) -> ApiResult<GroupSessionNotes> {
    state
        .with(move |p| group_note::sign_all_as_set(p.store_mut(), session_id))
        .await
}
