//! The language the peer reads the app in. The UI asks for it at start and
//! sets it from Settings; the shell keeps the choice beside the store and
//! words core's errors in it.

use std::sync::RwLock;

use peerlog_core::i18n::Language;

static CURRENT: RwLock<Language> = RwLock::new(Language::English);

/// The language errors crossing IPC are worded in.
pub fn current() -> Language {
    *CURRENT.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn set_current(language: Language) {
    *CURRENT.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = language;
}
