//! The languages Peerlog speaks, and how a language tag or the system's
//! locale picks one.

use serde::{Deserialize, Serialize};

/// English is the default: what Peerlog spoke before it spoke anything
/// else, and what a document for a partner is written in unless the peer
/// picks another language.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    pub const ALL: &'static [Language] = &[Language::English, Language::Spanish];

    /// The BCP 47 tag: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language's name in itself, for a language picker.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    /// Reads a tag as people and systems write it: `es`, `es-MX`,
    /// `es_US.UTF-8`, `EN`, or the language's own name. `None` for a
    /// language Peerlog does not speak.
    pub fn parse(tag: &str) -> Option<Language> {
        let tag = tag.trim();
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.iter().copied().find(|language| {
            primary == language.code() || tag.eq_ignore_ascii_case(language.own_name())
        })
    }

    /// The system's language (`LC_ALL`, `LC_MESSAGES`, then `LANG`, as
    /// POSIX orders them), or English when it is one Peerlog does not speak.
    pub fn from_environment() -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Language::parse(&value))
            .unwrap_or(Language::English)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn tags_as_systems_write_them_pick_a_language() {
        assert_eq!(Language::parse("es"), Some(Language::Spanish));
        assert_eq!(Language::parse("es-MX"), Some(Language::Spanish));
        assert_eq!(Language::parse("es_US.UTF-8"), Some(Language::Spanish));
        assert_eq!(Language::parse("Español"), Some(Language::Spanish));
        assert_eq!(Language::parse("EN"), Some(Language::English));
        assert_eq!(Language::parse("en_GB.UTF-8"), Some(Language::English));
        assert_eq!(Language::parse("fr_FR.UTF-8"), None);
        assert_eq!(Language::parse("C"), None);
        assert_eq!(Language::parse(""), None);
    }
}
