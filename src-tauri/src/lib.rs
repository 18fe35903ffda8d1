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
    webview_without_compositing();
    let dir = DataDir::from_env_or_default();
    let mut context = tauri::generate_context!();
    instance::scope_to_data_dir(&mut context, &dir);
    let state = AppState::new(dir.clone(), Arc::new(OsKeyring), Argon2Params::default());
    let builder = Builder::default().plugin(instance::single_instance(&dir));
    run_app(builder, state)
        .run(context)
        .expect("Peerlog could not start its window");
}

/// WebKitGTK composites pages on the GPU, or in software where there is
/// none; either way it holds 50–100 MiB more for a page with no animation
/// or video (docs/BENCHMARKS.md: 178 MiB in all at a caseload of 500
/// participants, 95 MiB without). Set before any thread or window exists;
/// a peer or support staff who set it themselves keep their value.
fn webview_without_compositing() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// Brings the main window to the front (a second start lands here).
pub fn focus_main<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}
