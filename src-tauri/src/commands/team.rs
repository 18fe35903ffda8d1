//! The team folder (docs/TEAM.md): this store's key to read aloud, starting
//! or joining a team, the roster the admin keeps, syncing with the folder,
//! what was sent, and a supervisor's weekly counts per peer.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use peerlog_core::team::inbox;
use peerlog_core::team::outbox::{self, SentMessage};
use peerlog_core::team::roster::{self, NewMember, NewMemberSelf};
use peerlog_core::team::summary::{self, PeerWeeks};
use peerlog_core::team::{self, TeamStatus};
use peerlog_core::validate::{Problem, ValidationError};
use serde::Serialize;
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State};

/// This store's key, as the admin types it, and its fingerprint, as the
/// two read it aloud to each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TeamKey {
    pub key: String,
    pub fingerprint: String,
}

/// How many sent messages the Settings list shows.
const SENT_SHOWN: u32 = 50;

pub async fn team_key(state: State<'_, AppState>) -> ApiResult<TeamKey> {
    state
        .with(|p| {
            let key = team::my_key(p.store_mut())?;
            Ok(TeamKey {
                fingerprint: key.fingerprint(),
                key: key.to_string(),
            })
        })
        .await
}

pub async fn team_status(state: State<'_, AppState>) -> ApiResult<Option<TeamStatus>> {
    state.with(|p| team::status(p.store())).await
}

/// Opens the folder dialog and holds the folder for starting or joining;
/// `None` when the peer cancelled.
pub async fn choose_team_folder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> ApiResult<Option<String>> {
    // Locked: no dialog, since nothing could be started or joined with it.
    state.with(|_| Ok(())).await?;
    let title = DialogWords::ChooseTeamFolder.in_language(state.language());
    let folder = off_main_thread(move || Ok(super::files::ask_folder_path(&app, &title))).await?;
    Ok(folder.map(|path| {
        let shown = path.to_string_lossy().into_owned();
        state.hold_team_folder(path);
        shown
    }))
}

/// The folder picked in the dialog; refused by the `folder` field when
/// none was.
fn chosen_folder(state: &AppState) -> ApiResult<PathBuf> {
    state
        .team_folder()
        .ok_or_else(|| ValidationError::new("folder", Problem::Required).into())
}

pub async fn start_team(
    state: State<'_, AppState>,
    name: String,
    me: NewMemberSelf,
) -> ApiResult<Option<TeamStatus>> {
    let folder = chosen_folder(&state)?;
    state
        .with(move |p| {
            roster::init(p.store_mut(), &name, folder, me)?;
            team::status(p.store())
        })
        .await
}

pub async fn join_team(
    state: State<'_, AppState>,
    admin_key: String,
) -> ApiResult<Option<TeamStatus>> {
    let folder = chosen_folder(&state)?;
    state
        .with(move |p| {
            roster::join(p.store_mut(), folder, &admin_key)?;
            team::status(p.store())
        })
        .await
}

pub async fn add_team_member(
    state: State<'_, AppState>,
    member: NewMember,
) -> ApiResult<Option<TeamStatus>> {
    state
        .with(move |p| {
            roster::add_member(p.store_mut(), member)?;
            team::status(p.store())
        })
        .await
}

pub async fn remove_team_member(
    state: State<'_, AppState>,
    key: String,
) -> ApiResult<Option<TeamStatus>> {
    state
        .with(move |p| {
            roster::remove_member(p.store_mut(), &key)?;
            team::status(p.store())
        })
        .await
}

pub async fn set_review_sample(
    state: State<'_, AppState>,
    percent: u8,
) -> ApiResult<Option<TeamStatus>> {
    state
        .with(move |p| {
            roster::set_review_sample(p.store_mut(), percent)?;
            team::status(p.store())
        })
        .await
}

/// Quietly: the app syncs by itself every few minutes, and that must not
/// keep it from locking. A store in no team has nothing to sync.
/// The folder is read between two short holds of the store, so a slow
/// network drive never holds up what the peer is doing meanwhile.
pub async fn sync_team(state: State<'_, AppState>) -> ApiResult<Option<TeamStatus>> {
    let visit = state
        .quietly(|p| {
            if team::status(p.store())?.is_none() {
                return Ok(None);
            }
            team::send_and_prepare(p.store_mut()).map(Some)
        })
        .await?;
    let Some(visit) = visit else { return Ok(None) };
    let gathered = off_main_thread(move || inbox::gather(visit).map_err(Into::into)).await?;
    state
        .quietly(move |p| {
            inbox::settle(p.store_mut(), gathered)?;
            team::status(p.store())
        })
        .await
}

pub async fn team_sent(state: State<'_, AppState>) -> ApiResult<Vec<SentMessage>> {
    state.with(|p| outbox::sent(p.store(), SENT_SHOWN)).await
}

pub async fn peer_weeks(state: State<'_, AppState>) -> ApiResult<Vec<PeerWeeks>> {
    state.with(|p| summary::by_peer(p.store())).await
}
