//! The program's partners, the look-alike names the peer resolves once,
//! and their data-sharing agreements with the signed document brought in
//! and copied out through the native dialogs.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use peerlog_core::ids::{AgreementId, PartnerId};
use peerlog_core::partners::agreement::{self, Agreement, AgreementInput, Expiring};
use peerlog_core::partners::agreement_document::{self, DocumentInfo};
use peerlog_core::partners::partner::{self, Partner, PartnerInput};
use peerlog_core::partners::review::{self, LookAlike};
use tauri::{AppHandle, Runtime, State};

pub async fn list_partners(state: State<'_, AppState>) -> ApiResult<Vec<Partner>> {
    state.with(|p| partner::list(p.store())).await
}

pub async fn add_partner(state: State<'_, AppState>, input: PartnerInput) -> ApiResult<Partner> {
    state
        .with(move |p| partner::create(p.store_mut(), input))
        .await
}

pub async fn edit_partner(
    state: State<'_, AppState>,
    id: PartnerId,
    input: PartnerInput,
) -> ApiResult<Partner> {
    state
        .with(move |p| partner::update(p.store_mut(), id, input))
        .await
}

pub async fn partners_to_review(state: State<'_, AppState>) -> ApiResult<Vec<LookAlike>> {
    state.with(|p| review::needing_review(p.store())).await
}

pub async fn merge_partners(
    state: State<'_, AppState>,
    from: PartnerId,
    into: PartnerId,
) -> ApiResult<Partner> {
    state
        .with(move |p| review::merge(p.store_mut(), from, into))
        .await
}

pub async fn keep_partners_apart(
    state: State<'_, AppState>,
    id: PartnerId,
) -> ApiResult<Vec<Partner>> {
    state
        .with(move |p| review::confirm_separate(p.store_mut(), id))
        .await
}

pub async fn list_agreements(
    state: State<'_, AppState>,
    partner_id: Option<PartnerId>,
) -> ApiResult<Vec<Agreement>> {
    state
        .with(move |p| agreement::list(p.store(), partner_id))
        .await
}

pub async fn add_agreement(
    state: State<'_, AppState>,
    input: AgreementInput,
) -> ApiResult<Agreement> {
    state
        .with(move |p| agreement::create(p.store_mut(), input, None))
        .await
}

/// Read by the home screen on its own: not the peer's activity.
pub async fn agreements_expiring(state: State<'_, AppState>) -> ApiResult<Vec<Expiring>> {
    state
        .quietly(|p| agreement::expiring(p.store(), p.store().today()))
        .await
}

pub async fn attach_agreement_document<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    agreement_id: AgreementId,
) -> ApiResult<Option<DocumentInfo>> {
    let Some(bytes) = super::files::choose_file_to_keep(
        app,
        DialogWords::ChooseSignedAgreement.in_language(state.language()),
    )
    .await?
    else {
        return Ok(None);
    };
    state
        .with(move |p| agreement_document::attach(p.store_mut(), agreement_id, &bytes).map(Some))
        .await
}

pub async fn save_agreement_document<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    agreement_id: AgreementId,
) -> ApiResult<bool> {
    let found = state
        .with(move |p| {
            let a = agreement::fetch(p.store().conn(), agreement_id)?;
            Ok(a.document.map(|d| (a.effective_on, d)))
        })
        .await?;
    let Some((effective_on, info)) = found else {
        return Ok(false);
    };
    let extension = info.media_type.extension();
    // Named by its date: a file name shows in folders others may see.
    let name = format!("agreement-{effective_on}.{extension}");
    let language = state.language();
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveSignedAgreement.in_language(language),
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
            peerlog_core::kept_files::save_agreement_document(
                p.store_mut(),
                agreement_id,
                &path,
                true,
            )
            .map(|_| true)
        })
        .await
}
