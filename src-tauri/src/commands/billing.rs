//! Payers and their rules, and the billing log.

use super::dialog_words::DialogWords;
use crate::error::ApiResult;
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::billing::log::BillingLog;
use peerlog_core::billing::presets::{presets, Preset};
use peerlog_core::billing::{payers, Payer, PayerProfile};
use peerlog_core::billing_log::{self, BillingRequest};
use peerlog_core::i18n::Language;
use peerlog_core::ids::ParticipantId;
use peerlog_core::report::ReportFormat;
use peerlog_core::Peerlog;
use std::path::Path;
use tauri::{AppHandle, Runtime, State};

pub async fn list_payers(state: State<'_, AppState>) -> ApiResult<Vec<Payer>> {
    state.with(|p| payers::list(p.store())).await
}

pub async fn payer_presets() -> ApiResult<Vec<Preset>> {
    Ok(presets())
}

pub async fn add_payer(state: State<'_, AppState>, rules: PayerProfile) -> ApiResult<Payer> {
    state.with(move |p| payers::add(p.store_mut(), rules)).await
}

pub async fn participant_payer(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> ApiResult<Option<Payer>> {
    state
        .with(move |p| payers::of_participant(p.store(), participant_id))
        .await
}

pub async fn assign_payer(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
    payer: Option<String>,
) -> ApiResult<()> {
    state
        .with(move |p| payers::assign(p.store_mut(), participant_id, payer.as_deref()))
        .await
}

fn request(
    from: NaiveDate,
    to: NaiveDate,
    payer: Option<String>,
    format: ReportFormat,
    language: Language,
) -> BillingRequest {
    BillingRequest {
        from,
        to,
        payer,
        format,
        language,
    }
}

pub async fn billing_preview(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
    payer: Option<String>,
) -> ApiResult<BillingLog> {
    let language = state.language();
    let request = request(from, to, payer, ReportFormat::Csv, language);
    state
        .with(move |p| billing_log::preview(p.store(), &request))
        .await
}

pub async fn billing_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
    payer: Option<String>,
    format: ReportFormat,
) -> ApiResult<Option<BillingLog>> {
    let language = state.language();
    let name = format!("billing-{from}-{to}.{}", format.code());
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveBillingLog.in_language(language),
            &name,
            (format.label(), &[format.code()]),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(None);
    };
    let request = request(from, to, payer, format, language);
    state
        .with(move |p| write(p, &request, &path).map(Some))
        .await
}

/// The log itself, once a path is known (tests call it directly).
pub fn write(
    peerlog: &mut Peerlog,
    request: &BillingRequest,
    path: &Path,
) -> peerlog_core::Result<BillingLog> {
    billing_log::write(peerlog.store_mut(), request, path, true)
}
