//! Peerlog's desktop shell: Tauri 2 over `peerlog-core`.
//!
//! Data flows one way: UI → typed binding → command (here) → core → store.
//! The shell holds the unlocked session (or none) and an idle clock; every
//! store call runs off the main thread.

#[macro_use]
mod contract_macro;
pub mod commands;
pub mod contract;
pub mod error;
pub mod idle;
pub mod instance;
pub mod state;
pub mod toolkit_environment;

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
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(|app| {
            idle::watch(app.handle().clone());
            Ok(())
        })
        .invoke_handler(contract::invoke_handler())
}

/// The app: the same data folder as the `peerlog` CLI (`PEERLOG_DATA_DIR`
/// or the platform's data folder), the OS keyring, one window per folder.
pub fn run() {
    let dir = DataDir::from_env_or_default();
    toolkit_environment::prepare(&dir);
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
