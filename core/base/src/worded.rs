//! Errors in the language of the person reading them. English is the
//! `Display` text, unchanged (scripts and tests read it); every other
//! language words each error from its Fluent file, under `error-<code>`,
//! `problem-<code>` and `field-<name>`. Details Peerlog only has in English
//! (an operating system's reason, a damaged file's cause) are left out of
//! a translation rather than mixed into it.

use crate::error::Error;
use crate::i18n::{text_with, FluentArgs, Language};
use crate::refusal::RestoreRefusal;
use crate::validate::{label, Problem, ValidationError};

impl Error {
    /// The sentence for a person reading `language`.
    pub fn message_in(&self, language: Language) -> String {
        if language == Language::English {
            return self.to_string();
        }
        let mut args = FluentArgs::new();
        let id = match self {
            Error::Invalid(e) => return e.message_in(language),
            Error::ImportRejected(rejected) => {
                let lines: std::collections::BTreeSet<u64> =
                    rejected.problems.iter().map(|p| p.line).collect();
                args.set("problems", rejected.problems.len());
                args.set("lines", lines.len());
                "error-import-rejected"
            }
            Error::SchemaTooNew { found, known } => {
                args.set("found", *found);
                args.set("known", *known);
                "error-schema-too-new"
            }
            Error::FileTooNew { found, .. } => {
                args.set("found", *found);
                "error-file-too-new"
            }
            Error::AgreementExpired {
                agreement,
                expired_on,
            } => {
                args.set("agreement", agreement.clone());
                args.set("expired_on", expired_on.to_string());
                "error-agreement-expired"
            }
            Error::RestoreRefused(refusal) => match refusal {
                RestoreRefusal::InUse => "error-restore-in-use",
                RestoreRefusal::NewerChanges { .. } => "error-restore-newer-changes",
                RestoreRefusal::DifferentStore => "error-restore-different-store",
                RestoreRefusal::NewerSchema => "error-restore-newer-schema",
                RestoreRefusal::CannotCompare => "error-restore-cannot-compare",
            },
            other => return worded_by_code(language, &other.code(), None, || other.to_string()),
        };
        worded(language, id, Some(&args), || self.to_string())
    }
}

impl ValidationError {
    /// `Duración (minutos): debe estar entre 1 y 720`.
    pub fn message_in(&self, language: Language) -> String {
        if language == Language::English {
            return self.to_string();
        }
        let field = field_label(language, self.field);
        let mut args = FluentArgs::new();
        match &self.problem {
            Problem::TooLong { max } => args.set("max", *max),
            Problem::OutOfRange { min, max } => {
                args.set("min", *min);
                args.set("max", *max);
            }
            Problem::UnknownValue { expected } => args.set("expected", expected.clone()),
            Problem::OutOfOrder { after } => args.set("after", field_label(language, after)),
            Problem::WrongCount { expected } => args.set("expected", *expected),
            Problem::BadFormat { example } => args.set("example", *example),
            _ => {}
        }
        let id = format!("problem-{}", self.problem.code().replace('_', "-"));
        let problem = worded(language, &id, Some(&args), || self.problem.to_string());
        format!("{field}: {problem}")
    }
}

/// A field's name as a form shows it, in `language`; the field's own name
/// when the language's file lacks it.
pub fn field_label(language: Language, field: &str) -> String {
    if language == Language::English {
        return label(field);
    }
    let id = format!("field-{}", field.replace('_', "-"));
    text_with(language, &id, None).unwrap_or_else(|| label(field))
}

fn worded_by_code(
    language: Language,
    code: &str,
    args: Option<&FluentArgs>,
    english: impl FnOnce() -> String,
) -> String {
    worded(
        language,
        &format!("error-{}", code.replace('_', "-")),
        args,
        english,
    )
}

fn worded(
    language: Language,
    id: &str,
    args: Option<&FluentArgs>,
    english: impl FnOnce() -> String,
) -> String {
    text_with(language, id, args).unwrap_or_else(english)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_display_text_unchanged() {
        let e = Error::from(ValidationError::new(
            "duration_minutes",
            Problem::OutOfRange { min: 1, max: 720 },
        ));
        assert_eq!(e.message_in(Language::English), e.to_string());
    }

    #[test]
    fn spanish_names_the_field_and_the_rule() {
        let e = ValidationError::new("duration_minutes", Problem::OutOfRange { min: 1, max: 720 });
        assert_eq!(
            e.message_in(Language::Spanish),
            "Duración (minutos): debe estar entre 1 y 720"
        );
        let e = ValidationError::new(
            "expires_on",
            Problem::OutOfOrder {
                after: "effective_on",
            },
        );
        assert_eq!(
            e.message_in(Language::Spanish),
            "Fecha de vencimiento: no puede ser anterior a Fecha de inicio"
        );
    }

    #[test]
    fn every_error_code_and_problem_has_spanish_words() {
        let ids = crate::i18n::ids(Language::Spanish);
        for code in crate::error::CODES {
            let id = format!("error-{}", code.replace('_', "-"));
            assert!(ids.contains(&id), "es.ftl lacks {id}");
        }
        for problem in Problem::ALL_CODES {
            let id = format!("problem-{}", problem.replace('_', "-"));
            assert!(ids.contains(&id), "es.ftl lacks {id}");
        }
    }

    #[test]
    fn a_spanish_error_carries_no_english_detail() {
        let e = Error::VaultDamaged("the key wrap does not parse".into());
        let text = e.message_in(Language::Spanish);
        assert!(!text.contains("key wrap"), "{text}");
        assert!(text.contains("copia de seguridad"), "{text}");
    }
}
