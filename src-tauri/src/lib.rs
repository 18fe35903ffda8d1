//! Peerlog's desktop shell: Tauri 2 over `peerlog-core`.
//!
//! Data flows one way: UI → typed binding → command (here) → core → store.
//! The shell holds the unlocked session (or none) and an idle clock; every
//! store call runs off the main thread.

pub mod command_names;
pub mod commands;
pub mod error;
pub mod idle;
pub mod instance;
pub mod state;

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests read the real clock
mod tests;

use peerlog_core::vault::keyring::OsKeyring;
use peerlog_core::vault::Argon2Params;
use peerlog_core::DataDir;
use state::AppState;
use std::sync::Arc;
use tauri::{Builder, Manager, Runtime};

/// Everything but the runtime and the context: the state, the plugins that
/// don't need a desktop session, the commands and the auto-lock watcher.
/// Tests call this on `tauri::test::mock_builder()`.
pub fn run_app<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    use commands::*;
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(|app| {
            idle::watch(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            vault::vault_status,
            vault::passphrase_strength,
            vault::create_vault,
            vault::save_recovery_key,
            vault::finish_setup,
            vault::unlock,
            vault::unlock_with_keyring,
            vault::recover,
            vault::lock,
            vault::change_passphrase,
            vault::set_keyring,
            settings::get_settings,
            settings::set_auto_lock_minutes,
            settings::touch,
            settings::vocabulary,
            participants::caseload,
            participants::get_participant,
            participants::create_participant,
            participants::update_participant,
            participants::delete_participant,
            participants::participant_timeline,
            contacts::log_contact,
            contacts::update_contact,
            contacts::delete_contact,
            drafts::keep_draft,
            drafts::drafts,
            drafts::discard_draft,
            groups::list_groups,
            groups::participant_groups,
            groups::create_group,
            groups::update_group,
            groups::add_group_member,
            groups::remove_group_member,
            groups::add_session,
            groups::delete_session,
            groups::group_roster,
            groups::record_attendance,
            boundaries::list_boundaries,
            boundaries::create_boundary,
            boundaries::update_boundary,
            boundaries::delete_boundary,
            wellness::record_check_in,
            wellness::wellness_trend,
            wellness::delete_check_in,
            followups::follow_ups_due,
            followups::participant_open_follow_ups,
            followups::create_follow_up,
            followups::set_follow_up_status,
            referrals::participant_referrals,
            referrals::create_referral,
            referrals::set_referral_outcome,
            selfcheck::record_self_check,
            selfcheck::recent_self_checks,
            selfcheck::delete_self_check,
            consents::list_consents,
            consents::create_consent,
            consents::revoke_consent,
            export::export_recipients,
            export::export_candidates,
            export::export_not_offered,
            export::export_preview,
            export::export_save,
            export::list_disclosures,
            export::participant_disclosures,
            backup::backup_status,
            backup::set_aside_backup_reminder,
            backup::backup_now,
            backup::choose_backup,
            backup::restore_backup,
            search::search,
        ])
}

/// The app: the same data folder as the `peerlog` CLI (`PEERLOG_DATA_DIR`
/// or the platform's data folder), the OS keyring, one window per folder.
pub fn run() {
    let dir = DataDir::from_env_or_default();
    let mut context = tauri::generate_context!();
    instance::scope_to_data_dir(&mut context, &dir);
    let state = AppState::new(dir.clone(), Arc::new(OsKeyring), Argon2Params::default());
    let builder = Builder::default().plugin(instance::single_instance(&dir));
    run_app(builder, state)
        .run(context)
        .expect("Peerlog could not start its window");
}

/// Brings the main window to the front (a second start lands here).
pub fn focus_main<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}
