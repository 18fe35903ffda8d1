// Each command in `src/contract.rs` gets an `allow-…` permission of its own,
// and one permission set, `ui-commands`, holds them all: the capability
// grants that set, so it never lists commands by hand. With an app manifest
// Tauri refuses any command the capability does not grant.

// The crate expands the same file into its handler, checks and bindings;
// here only the command names matter.
macro_rules! ipc_contract {
    (
        imports { $($import:item)* }
        commands {
            $(
                $module:ident {
                    $(
                        $(#[doc = $doc:literal])*
                        fn $name:ident $([$($injected:ident),*])? ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty;
                    )*
                }
            )*
        }
        $($rest:tt)*
    ) => {
        const COMMANDS: &[&str] = &[$($(stringify!($name),)*)*];
    };
}

include!("src/contract.rs");

fn main() {
    let out_dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let permissions = out_dir.join("permissions");
    std::fs::create_dir_all(&permissions).expect("create the permissions folder");
    write_if_changed(&permissions.join("ui-commands.toml"), &ui_commands_set());
    println!("cargo:rerun-if-changed=src/contract.rs");

    // tauri-build wants the pattern for the whole build.
    let pattern: &'static str =
        Box::leak(format!("{}/*.toml", permissions.display()).into_boxed_str());
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(
            tauri_build::AppManifest::new()
                .commands(COMMANDS)
                .permissions_path_pattern(pattern),
        ),
    )
    .expect("tauri build step");
}

fn ui_commands_set() -> String {
    let allowed: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("  \"allow-{}\",\n", c.replace('_', "-")))
        .collect();
    format!(
        "# Written by build.rs from src/contract.rs.\n\n\
         [[set]]\n\
         identifier = \"ui-commands\"\n\
         description = \"Every command the UI calls (src/contract.rs), and nothing else.\"\n\
         permissions = [\n{}]\n",
        allowed.concat()
    )
}

/// Rewriting an unchanged file would make Cargo rebuild for nothing.
fn write_if_changed(path: &std::path::Path, content: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(content) {
        std::fs::write(path, content).expect("write the permission set");
    }
}
