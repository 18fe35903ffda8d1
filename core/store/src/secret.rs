//! Secrets in types that zeroize on drop and never print themselves.

use crate::i18n::{self, Language};
use crate::validate::{Problem, ValidationError};
use secrecy::{ExposeSecret, SecretString};
use std::fmt;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

pub const KEY_LEN: usize = 32;

/// Fills a zeroizing buffer from the operating system's random source.
pub fn random_bytes<const N: usize>() -> Zeroizing<[u8; N]> {
    let mut bytes = Zeroizing::new([0u8; N]);
    getrandom::fill(bytes.as_mut()).expect("the operating system's random source failed");
    bytes
}

/// The random data key (DEK) that encrypts the database. Never stored in
/// clear, never crosses IPC.
pub struct DataKey(Zeroizing<[u8; KEY_LEN]>);

impl DataKey {
    pub fn generate() -> Self {
        DataKey(random_bytes())
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let array: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(DataKey(Zeroizing::new(array)))
    }

    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// SQLCipher's raw-key form, `x'…'`, in a zeroizing string.
    pub fn sqlcipher_pragma(&self) -> Zeroizing<String> {
        let hex = Zeroizing::new(hex::encode(self.0.as_ref()));
        Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex.as_str()))
    }

    /// The raw key as hex, for an independent SQLCipher reader in tests and
    /// for support staff verifying a store by hand.
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// The peer's passphrase.
pub struct Passphrase(SecretString);

impl Passphrase {
    pub fn new(text: impl Into<String>) -> Self {
        Passphrase(SecretString::from(text.into()))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// How hard the passphrase is to guess, 0 (trivial) to 4 (strong).
    pub fn strength(&self) -> PassphraseStrength {
        strength_of(self.expose())
    }

    /// Refuses passphrases that are short or easy to guess, and any with a
    /// line break or other control character: those come from a file or an
    /// `echo` in a script, never from a keyboard, and could not be typed
    /// back at an unlock prompt.
    pub fn check_new(&self) -> Result<(), ValidationError> {
        if self.expose().chars().any(char::is_control) {
            return Err(ValidationError::new(
                "passphrase",
                Problem::ControlCharacter,
            ));
        }
        if self.strength().acceptable {
            Ok(())
        } else {
            Err(ValidationError::new("passphrase", Problem::Weak))
        }
    }

    /// Whether the passphrase ends with a carriage return or a line feed,
    /// as a passphrase read from a file or `echo`ed into a variable does.
    pub fn ends_with_line_break(&self) -> bool {
        self.expose().ends_with(['\n', '\r'])
    }

    /// The bytes keys are derived from: the passphrase in Unicode NFC, so
    /// that `é` typed as one character or as `e` + a combining accent (as
    /// different keyboards and systems do) is the same passphrase. Kept in a
    /// zeroizing buffer sized up front, so normalising leaves no copy behind.
    pub fn for_key_derivation(&self) -> Zeroizing<String> {
        let text = self.expose();
        // NFC output is at most three times the input (Unicode's stated
        // bound), so the buffer never grows and never reallocates.
        let mut normal = Zeroizing::new(String::with_capacity(text.len() * 3 + 4));
        normal.extend(text.nfc());
        normal
    }

    /// Whether the NFC form differs from the bytes as given: only then is
    /// there an older wrap made from the raw bytes to try.
    pub fn differs_from_nfc(&self) -> bool {
        !unicode_normalization::is_nfc(self.expose())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

pub const MIN_PASSPHRASE_CHARS: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PassphraseStrength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    pub acceptable: bool,
    /// A short hint for making it stronger, when there is one.
    pub hint: Option<String>,
}

pub fn strength_of(text: &str) -> PassphraseStrength {
    strength_in(text, Language::English)
}

/// The strength of `text`, its hint in `language`.
pub fn strength_in(text: &str, language: Language) -> PassphraseStrength {
    let length = text.chars().count();
    let too_short = || {
        let mut args = i18n::FluentArgs::new();
        args.set("min", MIN_PASSPHRASE_CHARS);
        i18n::text_with(language, "strength-too-short", Some(&args))
            .unwrap_or_else(|| format!("Use at least {MIN_PASSPHRASE_CHARS} characters."))
    };
    if length == 0 {
        return PassphraseStrength {
            score: 0,
            acceptable: false,
            hint: Some(too_short()),
        };
    }
    let estimate = zxcvbn::zxcvbn(text, &["peerlog", "peer", "support", "recovery"]);
    let score = u8::from(estimate.score());
    let long_enough = length >= MIN_PASSPHRASE_CHARS;
    let hint = if !long_enough {
        Some(too_short())
    } else {
        estimate
            .feedback()
            .and_then(|f| f.suggestions().first().map(|s| suggestion_in(s, language)))
    };
    PassphraseStrength {
        score,
        acceptable: long_enough && score >= 3,
        hint,
    }
}

/// zxcvbn's suggestion in `language`: English is zxcvbn's own text; other
/// languages have each suggestion under `strength-<suggestion>` (its
/// variant's name in kebab case), falling back to the English.
fn suggestion_in(suggestion: &zxcvbn::feedback::Suggestion, language: Language) -> String {
    let english = suggestion.to_string();
    if language == Language::English {
        return english;
    }
    i18n::text(language, &suggestion_id(suggestion)).unwrap_or(english)
}

/// The message id of every suggestion zxcvbn makes, for the tests that
/// hold each language to them.
pub fn suggestion_ids() -> Vec<String> {
    use zxcvbn::feedback::Suggestion::*;
    [
        UseAFewWordsAvoidCommonPhrases,
        NoNeedForSymbolsDigitsOrUppercaseLetters,
        AddAnotherWordOrTwo,
        CapitalizationDoesntHelpVeryMuch,
        AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
        ReversedWordsArentMuchHarderToGuess,
        PredictableSubstitutionsDontHelpVeryMuch,
        UseALongerKeyboardPatternWithMoreTurns,
        AvoidRepeatedWordsAndCharacters,
        AvoidSequences,
        AvoidRecentYears,
        AvoidYearsThatAreAssociatedWithYou,
        AvoidDatesAndYearsThatAreAssociatedWithYou,
    ]
    .iter()
    .map(suggestion_id)
    .collect()
}

/// `AddAnotherWordOrTwo` → `strength-add-another-word-or-two`.
fn suggestion_id(suggestion: &zxcvbn::feedback::Suggestion) -> String {
    let mut id = String::from("strength");
    for c in format!("{suggestion:?}").chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}

/// The recovery key: 160 random bits shown once as eight groups of four
/// letters and digits, e.g. `K7QF-M2XA-…`. It unlocks the vault when the
/// passphrase is forgotten.
pub struct RecoveryKey(Zeroizing<[u8; RECOVERY_LEN]>);

pub const RECOVERY_LEN: usize = 20;

impl RecoveryKey {
    pub fn generate() -> Self {
        RecoveryKey(random_bytes())
    }

    pub fn expose(&self) -> &[u8; RECOVERY_LEN] {
        &self.0
    }

    /// The printable form, shown to the peer exactly once.
    pub fn display(&self) -> Zeroizing<String> {
        let encoded = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(self.0.as_ref()));
        let groups: Vec<&str> = encoded
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).expect("base32 is ASCII"))
            .collect();
        Zeroizing::new(groups.join("-"))
    }

    /// Reads a key as a peer might type it: any case, with or without dashes
    /// and spaces, with 0/1/8 mistaken for O/I/B.
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| match c.to_ascii_uppercase() {
                    '0' => 'O',
                    '1' => 'I',
                    '8' => 'B',
                    other => other,
                })
                .collect(),
        );
        let invalid = || ValidationError::new("recovery_key", Problem::WrongCount { expected: 32 });
        if cleaned.len() != 32 {
            return Err(invalid());
        }
        let bytes = Zeroizing::new(
            data_encoding::BASE32_NOPAD
                .decode(cleaned.as_bytes())
                .map_err(|_| invalid())?,
        );
        let array: [u8; RECOVERY_LEN] = bytes.as_slice().try_into().map_err(|_| invalid())?;
        Ok(RecoveryKey(Zeroizing::new(array)))
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

#[cfg(test)]
mod strength_tests {
    use super::*;

    #[test]
    fn hints_speak_the_peers_language() {
        let english = strength_in("abc", Language::English);
        assert_eq!(english.hint.as_deref(), Some("Use at least 10 characters."));
        let spanish = strength_in("abc", Language::Spanish);
        assert_eq!(spanish.hint.as_deref(), Some("Use al menos 10 caracteres."));
        // zxcvbn's own suggestion, translated.
        let in_english = strength_in("monkey", Language::English).hint;
        let in_spanish = strength_in("monkey", Language::Spanish).hint;
        assert!(in_english.is_some());
        assert_ne!(in_spanish, in_english);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_round_trips_as_typed() {
        let key = RecoveryKey::generate();
        let shown = key.display();
        assert_eq!(shown.len(), 39, "eight groups of four with seven dashes");
        let typed = shown.to_lowercase().replace('-', " ").replace('o', "0");
        let parsed = RecoveryKey::parse(&typed).unwrap();
        assert_eq!(parsed.expose(), key.expose());
    }

    #[test]
    fn recovery_key_of_the_wrong_length_is_refused() {
        let err = RecoveryKey::parse("ABCD-EFGH").unwrap_err();
        assert_eq!(err.field, "recovery_key");
        assert_eq!(err.problem.code(), "wrong_count");
    }

    #[test]
    fn debug_output_hides_secrets() {
        let pass = Passphrase::new("correct horse battery staple");
        assert!(!format!("{pass:?}").contains("horse"));
        let key = DataKey::generate();
        assert!(!format!("{key:?}").contains(&key.to_hex()[..8]));
    }

    #[test]
    fn passphrases_are_derived_from_their_nfc_form() {
        let composed = Passphrase::new("caf\u{e9}-quartz-lantern");
        let decomposed = Passphrase::new("cafe\u{301}-quartz-lantern");
        assert!(!composed.differs_from_nfc());
        assert!(decomposed.differs_from_nfc());
        assert_eq!(
            composed.for_key_derivation().as_str(),
            decomposed.for_key_derivation().as_str()
        );
        assert_eq!(
            composed.for_key_derivation().as_str(),
            "caf\u{e9}-quartz-lantern"
        );
    }

    #[test]
    fn a_new_passphrase_with_a_line_break_is_refused() {
        for text in [
            "tidal-quartz-lantern-meadow\n",
            "tidal-quartz-lantern-meadow\r\n",
            "tidal-quartz-lantern-meadow\r",
        ] {
            let pass = Passphrase::new(text);
            assert!(pass.ends_with_line_break());
            let err = pass.check_new().unwrap_err();
            assert_eq!(err.field, "passphrase");
            assert_eq!(err.problem, Problem::ControlCharacter);
        }
        assert!(!Passphrase::new("tidal-quartz-lantern-meadow").ends_with_line_break());
    }

    #[test]
    fn weak_passphrases_are_refused() {
        assert!(Passphrase::new("password12").check_new().is_err());
        assert!(Passphrase::new("short").check_new().is_err());
        let err = Passphrase::new("aaaaaaaaaaaa").check_new().unwrap_err();
        assert_eq!(err.field, "passphrase");
        assert_eq!(err.problem, Problem::Weak);
        assert!(Passphrase::new("tidal-quartz-lantern-meadow")
            .check_new()
            .is_ok());
    }
}
