//! Closed vocabularies (modes, services, statuses, …) stored as short text
//! codes, each with the label a peer reads. `text_enum!` keeps the code, the
//! label, parsing and SQL mapping in one place.

use crate::i18n::Language;
use serde::Serialize;

/// A code and the label shown for it, for pickers in the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
pub struct Choice {
    pub code: &'static str,
    pub label: String,
}

#[macro_export]
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $($variant:ident = $code:literal / $label:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The vocabulary's name, which its messages in other languages
            /// are filed under (`ContactMode` → `contact-mode-…`).
            pub const NAME: &'static str = stringify!($name);

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The English label, as the command line prints it.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The label in `language`: English from here, any other
            /// language from its message file.
            pub fn label_in(self, language: $crate::i18n::Language) -> String {
                $crate::vocabulary::label_in(Self::NAME, self.code(), self.label(), language)
            }

            /// Accepts the code or the label in any case, with `-`, `_`,
            /// `/` and spaces treated alike: `in-person`, `In person`.
            pub fn parse(text: &str) -> Option<Self> {
                let wanted = $crate::vocabulary::normalise(text);
                Self::ALL.iter().copied().find(|v| {
                    $crate::vocabulary::normalise(v.code()) == wanted
                        || $crate::vocabulary::normalise(v.label()) == wanted
                })
            }

            /// The codes, for error messages.
            pub fn expected() -> String {
                Self::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
            }

            /// Every code with its label in `language`, for a picker.
            pub fn choices_in(
                language: $crate::i18n::Language,
            ) -> Vec<$crate::vocabulary::Choice> {
                Self::ALL
                    .iter()
                    .map(|v| $crate::vocabulary::Choice {
                        code: v.code(),
                        label: v.label_in(language),
                    })
                    .collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.code()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code() == text)
                    .ok_or(rusqlite::types::FromSqlError::InvalidType)
            }
        }
    };
}
pub use crate::text_enum;

/// The message id of one code of a vocabulary in a language's file:
/// `ContactMode`, `in_person` → `contact-mode-in-person`.
pub fn message_id(vocabulary: &str, code: &str) -> String {
    let mut id = String::new();
    for (i, c) in vocabulary.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id.push('-');
    id.push_str(&code.replace('_', "-"));
    id
}

/// A vocabulary's label in `language` (see `text_enum!`). A language's file
/// lacking the label falls back to English; a test keeps every file whole.
pub fn label_in(vocabulary: &str, code: &str, english: &str, language: Language) -> String {
    match language {
        Language::English => english.to_string(),
        other => crate::i18n::text(other, &message_id(vocabulary, code))
            .unwrap_or_else(|| english.to_string()),
    }
}

pub fn normalise(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' | '/' => '_',
            other => other.to_ascii_lowercase(),
        })
        .filter(|c| c.is_alphanumeric() || *c == '_')
        .collect::<String>()
        .split('_')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// Stores a set of codes as `a,b,c` in one column.
pub fn join_codes<T: Copy>(items: &[T], code: impl Fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(",")
}

/// Reads `a,b,c` back, skipping codes a newer build may have added.
pub fn split_codes<T: Copy>(text: &str, all: &[T], code: impl Fn(T) -> &'static str) -> Vec<T> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .filter_map(|s| all.iter().copied().find(|v| code(*v) == s))
        .collect()
}

/// Removes repeats, keeping the first of each.
pub fn dedup<T: PartialEq + Copy>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(*item);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn a_codes_message_id_is_its_vocabulary_and_code_in_kebab_case() {
        assert_eq!(
            super::message_id("ContactMode", "in_person"),
            "contact-mode-in-person"
        );
        assert_eq!(super::message_id("Dimension", "social"), "dimension-social");
    }

    #[test]
    fn normalising_makes_codes_and_labels_comparable() {
        assert_eq!(normalise("In person"), "in_person");
        assert_eq!(normalise("in-person"), "in_person");
        assert_eq!(normalise("  JAIL_visit "), "jail_visit");
        assert_eq!(normalise("Linkage / referral"), "linkage_referral");
        assert_eq!(normalise("Check-in"), "check_in");
    }
}
