//! The native save and open dialogs, opened from Rust: the UI is granted no dialog or
//! file permission, and a path never comes from the UI.

use crate::error::ApiResult;
use crate::state::off_main_thread;
use peerlog_core::credentials::certificate::MAX_BYTES;
use std::io::Read;
use std::path::{Path, PathBuf};
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

/// Asks which folder; `None` when the peer cancelled. Blocks: call it off
/// the main thread.
pub fn ask_folder_path<R: Runtime>(app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    app.dialog()
        .file()
        .set_title(title)
        .blocking_pick_folder()
        .and_then(|p| p.into_path().ok())
}

/// The kinds of file Peerlog keeps inside the store (a training's
/// certificate, an agreement's signed copy), for the open dialog's filter.
const KEPT_EXTENSIONS: &[&str] = &["pdf", "png", "jpg", "jpeg"];

/// Asks for a file to keep inside the store and reads it; `None` when the
/// peer cancelled.
pub async fn choose_file_to_keep<R: Runtime>(
    app: AppHandle<R>,
    title: String,
) -> ApiResult<Option<Vec<u8>>> {
    off_main_thread(move || {
        ask_open_path(&app, &title, ("PDF, PNG, JPEG", KEPT_EXTENSIONS))
            .map(|path| read_file_to_keep(&path))
            .transpose()
    })
    .await
}

/// At most one byte past core's limit: core refuses anything larger by its
/// size, and a huge file is never read whole.
pub fn read_file_to_keep(path: &Path) -> ApiResult<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(peerlog_core::Error::from)?;
    Ok(bytes)
}
