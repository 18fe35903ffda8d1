//! The peer's own record: credentials, their progress and renewal, the
//! trainings that count toward them, certificates read in and saved out
//! through the native dialogs, and the renewal packet.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::credentials::certificate::{self, CertificateInfo};
use peerlog_core::credentials::presets::{presets, CredentialPreset};
use peerlog_core::credentials::{credential, progress, training};
use peerlog_core::credentials::{Credential, CredentialInput, Progress, Training, TrainingInput};
use peerlog_core::i18n::Language;
use peerlog_core::ids::{CredentialId, TrainingId};
use peerlog_core::renewal::{self, RenewalFormat, RenewalRequest};
use peerlog_core::Peerlog;
use std::path::Path;
use tauri::{AppHandle, Runtime, State};

pub async fn credential_progress(state: State<'_, AppState>) -> ApiResult<Vec<Progress>> {
    state.with(|p| progress::all(p.store())).await
}

pub async fn credential_presets() -> ApiResult<Vec<CredentialPreset>> {
    Ok(presets())
}

pub async fn add_credential(
    state: State<'_, AppState>,
    input: CredentialInput,
) -> ApiResult<Credential> {
    state
        .with(move |p| credential::add(p.store_mut(), input))
        .await
}

pub async fn renew_credential(
    state: State<'_, AppState>,
    id: CredentialId,
    expires_on: Option<NaiveDate>,
) -> ApiResult<Credential> {
    state
        .with(move |p| credential::renew(p.store_mut(), id, expires_on))
        .await
}

pub async fn list_trainings(state: State<'_, AppState>) -> ApiResult<Vec<Training>> {
    state.with(|p| training::list(p.store())).await
}

pub async fn add_training(state: State<'_, AppState>, input: TrainingInput) -> ApiResult<Training> {
    state
        .with(move |p| training::add(p.store_mut(), input, None))
        .await
}

pub async fn delete_training(state: State<'_, AppState>, id: TrainingId) -> ApiResult<()> {
    state
        .with(move |p| training::delete(p.store_mut(), id))
        .await
}

pub async fn attach_certificate<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    training_id: TrainingId,
) -> ApiResult<Option<CertificateInfo>> {
    let Some(bytes) = super::files::choose_file_to_keep(
        app,
        DialogWords::ChooseCertificate.in_language(state.language()),
    )
    .await?
    else {
        return Ok(None);
    };
    state
        .with(move |p| certificate::attach(p.store_mut(), training_id, &bytes).map(Some))
        .await
}

pub async fn save_certificate<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    training_id: TrainingId,
) -> ApiResult<bool> {
    let (completed_on, info) = state
        .with(move |p| {
            let t = training::get(p.store().conn(), training_id)?;
            Ok((t.completed_on, t.certificate))
        })
        .await?;
    let Some(info) = info else {
        return Ok(false);
    };
    let extension = info.media_type.extension();
    // Named by its date, never its title.
    let name = format!("certificate-{completed_on}.{extension}");
    let language = state.language();
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveCertificate.in_language(language),
            &name,
            (extension, &[extension]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(false);
    };
    state
        .with(move |p| {
            renewal::save_certificate(p.store_mut(), training_id, &path, true).map(|_| true)
        })
        .await
}

pub async fn save_renewal_packet<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    credential_id: CredentialId,
    format: RenewalFormat,
) -> ApiResult<Option<Progress>> {
    let language = state.language();
    let expires_on = state
        .with(move |p| Ok(credential::get(p.store().conn(), credential_id)?.expires_on))
        .await?;
    let code = format.code();
    let name = format!("renewal-{expires_on}.{code}");
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveRenewalPacket.in_language(language),
            &name,
            (code, &[code]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(None);
    };
    state
        .with(move |p| write_packet(p, credential_id, format, language, &path).map(Some))
        .await
}

/// The packet itself, once a path is known (tests call it directly).
pub fn write_packet(
    peerlog: &mut Peerlog,
    credential: CredentialId,
    format: RenewalFormat,
    language: Language,
    path: &Path,
) -> peerlog_core::Result<Progress> {
    let request = RenewalRequest {
        credential,
        period: None,
        format,
        language,
    };
    // The save dialog already asked before replacing a file.
    renewal::write(peerlog.store_mut(), &request, path, true)
}
