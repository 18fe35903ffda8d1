//! The native save and open dialogs, opened from Rust: the UI is granted no dialog or
//! file permission, and a path never comes from the UI.

use std::path::PathBuf;
use tauri::{AppHandle, Runtime};

/// Asks where to save; `None` when the peer cancelled. Blocks: call it off
/// the main thread. The dialog itself asks before replacing a file.
pub fn ask_save_path<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    file_name: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.0, filter.1)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Asks which file to open; `None` when the peer cancelled. Blocks: call it
/// off the main thread.
pub fn ask_open_path<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter.0, filter.1)
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}
