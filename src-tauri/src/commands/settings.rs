//! The peer's settings, activity for auto-lock, and the picker vocabulary.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::domain::note_format::NoteFormat;
use peerlog_core::domain::{vocabulary as vocab, Vocabulary};
use peerlog_core::i18n::Language;
use peerlog_core::settings::{self, Settings, Signer};
use tauri::State;

pub async fn get_settings(state: State<'_, AppState>) -> ApiResult<Settings> {
    state.with(|p| settings::get(p.store())).await
}

pub async fn set_auto_lock_minutes(
    state: State<'_, AppState>,
    minutes: u32,
) -> ApiResult<Settings> {
    let saved = state
        .with(move |p| settings::set_auto_lock_minutes(p.store_mut(), minutes))
        .await?;
    state.idle.set_minutes(saved.auto_lock_minutes);
    Ok(saved)
}

pub async fn set_signer(state: State<'_, AppState>, signer: Signer) -> ApiResult<Settings> {
    state
        .with(move |p| settings::set_signer(p.store_mut(), signer))
        .await
}

pub async fn set_unsigned_note_days(state: State<'_, AppState>, days: u32) -> ApiResult<Settings> {
    state
        .with(move |p| settings::set_unsigned_note_days(p.store_mut(), days))
        .await
}

pub async fn set_note_format(
    state: State<'_, AppState>,
    format: NoteFormat,
) -> ApiResult<Settings> {
    state
        .with(move |p| settings::set_note_format(p.store_mut(), format))
        .await
}

/// The peer is at the keyboard: restart the idle clock. Does nothing while
/// locked, so it can't keep a locked app "awake".
pub async fn touch(state: State<'_, AppState>) -> ApiResult<()> {
    if state.is_unlocked() {
        state.idle.touch();
    }
    Ok(())
}

/// Every closed list the UI offers, with its labels in `language`. Needs
/// no session: it holds no data.
pub async fn vocabulary(language: Language) -> ApiResult<Vocabulary> {
    Ok(vocab(language))
}

/// The peer's chosen language, else the system's. Needs no session: the
/// unlock screen speaks it.
pub async fn language(state: State<'_, AppState>) -> ApiResult<Language> {
    Ok(state.language())
}

pub async fn set_language(state: State<'_, AppState>, language: Language) -> ApiResult<()> {
    Ok(state.choose_language(language)?)
}
