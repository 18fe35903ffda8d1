//! The peer's choice of language for the app. It is kept beside the store,
//! not in it, because the unlock and set-up screens speak it before any key
//! is at hand; a two-letter code says nothing about anyone's records.

use crate::error::Result;
use crate::i18n::Language;
use crate::paths::{write_atomically, DataDir};

/// The language the peer chose, or `None` when they have not (the app
/// then follows the system) or the file holds something this build does
/// not speak.
pub fn chosen_language(dir: &DataDir) -> Option<Language> {
    let text = std::fs::read_to_string(dir.language_file()).ok()?;
    Language::parse(&text)
}

/// The app's language for the language the peer chose, else the system's.
pub fn app_language(dir: &DataDir) -> Language {
    chosen_language(dir).unwrap_or_else(Language::from_environment)
}

/// Keeps the peer's choice, creating the data folder if it is not there yet
/// (the choice can come before set-up).
pub fn choose_language(dir: &DataDir, language: Language) -> Result<()> {
    dir.ensure_exists()?;
    write_atomically(&dir.language_file(), language.code().as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_kept_and_read_back() {
        let temp = tempfile::tempdir().unwrap();
        let dir = DataDir::new(temp.path().join("data"));
        assert_eq!(chosen_language(&dir), None);
        choose_language(&dir, Language::Spanish).unwrap();
        assert_eq!(chosen_language(&dir), Some(Language::Spanish));
        assert_eq!(app_language(&dir), Language::Spanish);
        choose_language(&dir, Language::English).unwrap();
        assert_eq!(chosen_language(&dir), Some(Language::English));
        assert_eq!(std::fs::read_to_string(dir.language_file()).unwrap(), "en");
    }

    #[test]
    fn a_file_in_an_unknown_language_is_no_choice() {
        let temp = tempfile::tempdir().unwrap();
        let dir = DataDir::new(temp.path());
        std::fs::write(dir.language_file(), "klingon").unwrap();
        assert_eq!(chosen_language(&dir), None);
    }
}
