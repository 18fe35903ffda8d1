//! Every language Peerlog speaks is whole: each label of every closed
//! vocabulary has its text in every language's file, no file holds a
//! message the others lack, and each message formats.

use peerlog_core::audit::AuditAction;
use peerlog_core::domain::boundary::BoundaryCategory;
use peerlog_core::domain::consent::{ConsentCategory, ConsentStatus};
use peerlog_core::domain::contact::{ContactMode, Service};
use peerlog_core::domain::followup::FollowUpStatus;
use peerlog_core::domain::group::{AttendanceStatus, Weekday};
use peerlog_core::domain::note_format::{GroupNotePart, NoteFormat, NotePart};
use peerlog_core::domain::participant::ParticipantStatus;
use peerlog_core::domain::recovery_plan::GoalStatus;
use peerlog_core::domain::referral::{ReferralOutcome, ResourceType};
use peerlog_core::domain::selfcheck::BoundariesHeld;
use peerlog_core::domain::wellness::{Dimension, BARC10_ITEMS};
use peerlog_core::error;
use peerlog_core::export::ExportFormat;
use peerlog_core::i18n::{self, Language};
use peerlog_core::partners::incident::IncidentStatus;
use peerlog_core::partners::partner::PartnerType;
use peerlog_core::partners::restriction::RestrictionDecision;
use peerlog_core::report::ReportFormat;
use peerlog_core::supervision::{SupervisionKind, SupervisionSide, SupervisionTopic};
use peerlog_core::team::roster::TeamRole;
use peerlog_core::validate::Problem;
use peerlog_core::views::search::SearchKind;
use peerlog_core::vocabulary::message_id;
use std::collections::BTreeSet;
use std::path::Path;

/// Every closed vocabulary: its name and its codes with their English. The
/// `text_enum!`s, and what search hits are called, which the registry's
/// indexed kinds declare.
fn vocabularies() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let mut all = text_enums();
    all.push((
        SearchKind::NAME,
        SearchKind::all().map(|k| (k.code(), k.label())).collect(),
    ));
    all
}

/// Every `text_enum!` vocabulary: its name and its codes with their English.
fn text_enums() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    macro_rules! all {
        ($($t:ty),* $(,)?) => {
            vec![$((
                <$t>::NAME,
                <$t>::ALL.iter().map(|v| (v.code(), v.label())).collect(),
            )),*]
        };
    }
    all![
        ParticipantStatus,
        ContactMode,
        Service,
        Dimension,
        AttendanceStatus,
        Weekday,
        BoundaryCategory,
        ResourceType,
        ReferralOutcome,
        ConsentCategory,
        ConsentStatus,
        FollowUpStatus,
        GoalStatus,
        NoteFormat,
        NotePart,
        GroupNotePart,
        TeamRole,
        BoundariesHeld,
        AuditAction,
        ExportFormat,
        ReportFormat,
        SupervisionKind,
        SupervisionTopic,
        SupervisionSide,
        PartnerType,
        RestrictionDecision,
        IncidentStatus,
    ]
}

fn vocabulary_ids() -> BTreeSet<String> {
    vocabularies()
        .into_iter()
        .flat_map(|(name, codes)| {
            codes
                .into_iter()
                .map(move |(code, _)| message_id(name, code))
        })
        .collect()
}

#[test]
fn the_list_above_holds_every_vocabulary_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut declared = BTreeSet::new();
    for dir in ["src", "base/src", "store/src", "records/src"] {
        scan(&root.join(dir), &mut declared);
    }
    let listed: BTreeSet<String> = text_enums()
        .into_iter()
        .map(|(name, _)| name.to_string())
        .collect();
    assert_eq!(
        declared, listed,
        "a text_enum! is missing from text_enums()"
    );
}

fn scan(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for rest in text.split("\ntext_enum!(").skip(1) {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                found.insert(name);
            }
        }
    }
}

/// Messages whose English is written in the code, like the vocabularies'
/// labels: errors (their `Display`), the rules a field breaks, the BARC-10
/// statements (`BARC10_ITEMS`), and fields' names (formed from the field,
/// `validate::label`). Every other language must have the first three;
/// `field-` ids are allowed, since no list of fields exists to require them
/// from (a missing one falls back to the field's own name).
fn worded_in_code() -> BTreeSet<String> {
    let dashed = |code: &str| code.replace('_', "-");
    let mut ids: BTreeSet<String> = error::CODES
        .iter()
        .map(|code| format!("error-{}", dashed(code)))
        .collect();
    ids.extend(
        Problem::ALL_CODES
            .iter()
            .map(|code| format!("problem-{}", dashed(code))),
    );
    ids.extend((1..=BARC10_ITEMS.len()).map(|n| format!("barc10-item-{n}")));
    ids.extend(peerlog_core::secret::suggestion_ids());
    ids
}

/// Ids in the families above that no list can require: a restore's
/// refusals, each worded apart under `error-restore-…`, and fields.
fn allowed_in_code_families(id: &str) -> bool {
    id.starts_with("error-restore-") || id.starts_with("field-")
}

#[test]
fn every_other_language_has_every_label_and_every_message() {
    let english: BTreeSet<String> = i18n::ids(Language::English).into_iter().collect();
    let vocabulary = vocabulary_ids();
    let in_code = worded_in_code();
    assert!(
        english.is_disjoint(&vocabulary),
        "English labels live beside their codes, not in en.ftl"
    );
    assert!(
        english.is_disjoint(&in_code),
        "English errors, rules and BARC-10 items live in the code, not in en.ftl"
    );
    let wanted: BTreeSet<String> = english
        .iter()
        .chain(&vocabulary)
        .chain(&in_code)
        .cloned()
        .collect();
    for &language in Language::ALL {
        if language == Language::English {
            continue;
        }
        let has: BTreeSet<String> = i18n::ids(language).into_iter().collect();
        let missing: Vec<_> = wanted.difference(&has).collect();
        let extra: Vec<_> = has
            .difference(&wanted)
            .filter(|id| !allowed_in_code_families(id))
            .collect();
        assert!(
            missing.is_empty(),
            "locales/{language}.ftl lacks {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "locales/{language}.ftl has unknown {extra:?}"
        );
    }
}

#[test]
fn every_label_reads_in_every_language() {
    for (name, codes) in vocabularies() {
        for (code, english) in codes {
            for &language in Language::ALL {
                let label = peerlog_core::vocabulary::label_in(name, code, english, language);
                assert!(!label.trim().is_empty(), "{name} {code} in {language}");
                if language == Language::English {
                    assert_eq!(label, english);
                }
            }
        }
    }
    assert_eq!(
        ContactMode::InPerson.label_in(Language::Spanish),
        "En persona"
    );
    assert_eq!(Dimension::Physical.label_in(Language::Spanish), "Física");
    assert_eq!(
        ContactMode::InPerson.label_in(Language::English),
        "In person"
    );
}

#[test]
fn spanish_is_not_english_left_in_place() {
    // Words the same in both languages, as a Spanish reader would write them.
    let same = ["PDF", "CSV", "Social", "Plan", "Individual"];
    for (name, codes) in vocabularies() {
        for (code, english) in codes {
            let spanish =
                peerlog_core::vocabulary::label_in(name, code, english, Language::Spanish);
            assert!(
                spanish != english || same.contains(&english),
                "{name} {code} is still English: {english}"
            );
        }
    }
}
