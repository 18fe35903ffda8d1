// Each command gets an `allow-…` permission of its own; with an app manifest
// Tauri refuses any command the capability does not grant.
include!("src/command_names.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
