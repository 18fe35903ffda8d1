//! The recovery plan printed for the participant: a PDF in their own
//! language (the participant record's `language`), to hand to them. It
//! never goes to a partner, so it is recorded in the audit log, not as a
//! disclosure.

mod render;

use crate::audit::{self, AuditAction};
use crate::domain::participant::{self, Participant};
use crate::domain::recovery_plan::{self, PlanVersion};
use crate::error::Result;
use crate::i18n::Language;
use crate::ids::ParticipantId;
use crate::store::Store;
use std::path::Path;

pub use render::pdf;

/// The language a participant reads: their record's `language` as people
/// write it ("es", "es-MX", "Spanish", "español", "Castellano"), English
/// when it is empty or one Peerlog does not speak.
pub fn language_of(person: &Participant) -> Language {
    let Some(written) = person.language.as_deref().map(str::trim) else {
        return Language::English;
    };
    let lower = written.to_lowercase();
    let spanish = ["spanish", "español", "espanol", "castellano", "spa"];
    if spanish.contains(&lower.as_str()) || lower.starts_with("spanish ") {
        return Language::Spanish;
    }
    Language::parse(written).unwrap_or(Language::English)
}

/// What was printed.
#[derive(Debug, Clone)]
pub struct Printed {
    pub version: PlanVersion,
    pub language: Language,
}

/// Writes the participant's current plan to `path` as a PDF in their
/// language, and records it in the audit log, as one action.
pub fn write(
    store: &mut Store,
    participant_id: ParticipantId,
    path: &Path,
    replace: bool,
) -> Result<Printed> {
    let now = store.now();
    crate::export::output::write_recorded(store, path, replace, |tx| {
        let person = participant::fetch(tx, participant_id)?;
        let version = recovery_plan::current_in(tx, participant_id)?
            .ok_or(crate::Error::NotFound("recovery plan"))?;
        let language = language_of(&person);
        let bytes = render::pdf(&version, &person, language, now.local_date());
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            &format!(
                "recovery plan version {} of participant {participant_id}, printed for them",
                version.version
            ),
        )?;
        Ok((bytes, Printed { version, language }))
    })
}
