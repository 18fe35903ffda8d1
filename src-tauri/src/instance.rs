//! One running Peerlog per data folder: a second start with the same folder
//! hands over to the first, which comes to the front; a start with another
//! folder (support staff, tests) runs beside it.

use peerlog_core::DataDir;
use sha2::{Digest, Sha256};
use tauri::{plugin::TauriPlugin, Runtime};

/// A name for the data folder that is safe in a D-Bus name and tells
/// nothing about the path: `d` and the first 16 hex digits of its SHA-256.
pub fn folder_tag(dir: &DataDir) -> String {
    let path = std::path::absolute(dir.root()).unwrap_or_else(|_| dir.root().to_path_buf());
    let path = path.canonicalize().unwrap_or(path);
    let digest = Sha256::digest(path.as_os_str().as_encoded_bytes());
    format!("d{}", hex_prefix(&digest, 8))
}

fn hex_prefix(bytes: &[u8], n: usize) -> String {
    bytes.iter().take(n).map(|b| format!("{b:02x}")).collect()
}

/// The instance id: the app identifier plus the folder tag.
pub fn instance_id(identifier: &str, dir: &DataDir) -> String {
    format!("{identifier}.{}", folder_tag(dir))
}

/// On Linux the single-instance plugin takes its D-Bus name from
/// [`single_instance`]; elsewhere it uses the app identifier, so the
/// identifier is scoped to the folder there.
#[allow(unused_variables)]
pub fn scope_to_data_dir<R: Runtime>(context: &mut tauri::Context<R>, dir: &DataDir) {
    #[cfg(not(target_os = "linux"))]
    {
        let id = instance_id(&context.config().identifier, dir);
        context.config_mut().identifier = id;
    }
}

/// `dir` is used on Linux only: elsewhere the plugin takes the identifier
/// that [`scope_to_data_dir`] made.
#[cfg_attr(not(target_os = "linux"), allow(unused_variables))]
pub fn single_instance<R: Runtime>(dir: &DataDir) -> TauriPlugin<R> {
    #[allow(unused_mut)]
    let mut builder = tauri_plugin_single_instance::Builder::new()
        .callback(|app, _argv, _cwd| crate::focus_main(app));
    #[cfg(target_os = "linux")]
    {
        builder = builder.dbus_id(instance_id(IDENTIFIER, dir));
    }
    builder.build()
}

/// Must match `identifier` in `tauri.conf.json` (a test checks).
pub const IDENTIFIER: &str = "org.peerlog.desktop";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_is_stable_and_reveals_no_path() {
        let dir = DataDir::new("/tmp/some-peer/peerlog");
        let tag = folder_tag(&dir);
        assert_eq!(tag, folder_tag(&DataDir::new("/tmp/some-peer/peerlog")));
        assert_eq!(tag.len(), 17);
        assert!(tag.starts_with('d'));
        assert!(tag[1..].chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(tag, folder_tag(&DataDir::new("/tmp/other/peerlog")));
    }

    #[test]
    fn the_identifier_matches_the_config() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], IDENTIFIER);
        // A valid D-Bus well-known name: dot-separated elements of
        // [A-Za-z0-9_-], none starting with a digit.
        let id = instance_id(IDENTIFIER, &DataDir::new("/x"));
        for element in id.split('.') {
            assert!(!element.is_empty());
            assert!(!element.starts_with(|c: char| c.is_ascii_digit()));
            assert!(element
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        }
    }
}
