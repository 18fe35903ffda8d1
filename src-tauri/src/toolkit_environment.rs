//! What GTK and WebKitGTK read from the environment, set before either
//! starts. `run` calls it first, while no other thread exists that could
//! read the environment at the same time. Linux only: Windows and macOS
//! draw with their own toolkits.

use peerlog_core::i18n::Language;
use peerlog_core::preferences;
use peerlog_core::DataDir;

/// The variables to set, given the language the peer chose in Settings (if
/// any) and the variable's current value (`was`).
pub fn variables(
    chosen: Option<Language>,
    was: impl Fn(&str) -> Option<String>,
) -> Vec<(&'static str, String)> {
    let mut set = Vec::new();
    // GTK's own words in the file dialogs (Cancel, Save, the places) and
    // WebKit's (its context menu, a form's messages) come from gettext,
    // which looks at LANGUAGE before LANG: so they follow the peer's choice
    // rather than the system's. A choice made later applies from the next
    // start; changing the environment of a running process is not safe.
    if let Some(language) = chosen {
        set.push(("LANGUAGE", language.code().to_string()));
    }
    // WebKitGTK's DMA-BUF renderer (2.42 and later) holds about 120 MiB
    // more for a busy caseload than the renderer before it, which still
    // composites (docs/BENCHMARKS.md). Whoever set the variable already
    // keeps their own choice.
    if was("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        set.push(("WEBKIT_DISABLE_DMABUF_RENDERER", "1".to_string()));
    }
    set
}

/// Sets [`variables`] for this process.
pub fn prepare(dir: &DataDir) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let chosen = preferences::chosen_language(dir);
    for (name, value) in variables(chosen, |name| std::env::var(name).ok()) {
        std::env::set_var(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_language_leads_gettext_and_the_older_renderer_is_asked_for() {
        let set = variables(Some(Language::Spanish), |_| None);
        assert!(set.contains(&("LANGUAGE", "es".to_string())));
        assert!(set.contains(&("WEBKIT_DISABLE_DMABUF_RENDERER", "1".to_string())));
    }

    #[test]
    fn with_no_choice_the_system_speaks_and_a_set_renderer_is_kept() {
        let set = variables(None, |name| {
            (name == "WEBKIT_DISABLE_DMABUF_RENDERER").then(|| "0".to_string())
        });
        assert!(set.is_empty(), "{set:?}");
    }
}
