//! A note in the structure the program picked: GIRP or DAP parts are their
//! own fields, checked by name, kept in the format's order, found by
//! search, held by the signature's hash, and carried in the export's
//! narrative under their labels in the export's language (and only there).

use crate::export_support::*;
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::contact::{self, Contact, ContactInput, ContactMode, NoteSection};
use peerlog_core::domain::note_format::{NoteFormat, NotePart};
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::Participant;
use peerlog_core::export::{self, ExportRequest};
use peerlog_core::i18n::Language;
use peerlog_core::settings::{self, Signer};
use peerlog_core::time::today;
use peerlog_core::views::search::search;
use peerlog_core::Error;

fn section(part: NotePart, text: &str) -> NoteSection {
    NoteSection {
        part,
        text: text.into(),
    }
}

fn input(p: &Participant, format: NoteFormat, parts: Vec<NoteSection>) -> ContactInput {
    ContactInput {
        participant_id: p.id,
        occurred_at: at(days_ago(2), 10),
        duration_minutes: 30,
        mode: ContactMode::InPerson,
        setting: None,
        services: vec![],
        dimensions: vec![],
        narrative: String::new(),
        format,
        parts,
        goals: vec![],
        follow_up: None,
    }
}

fn girp_note(s: &mut Scratch, p: &Participant) -> Contact {
    contact::create(
        s.peerlog.store_mut(),
        input(
            p,
            NoteFormat::Girp,
            vec![
                section(NotePart::Plan, "Meet Tuesday at the library."),
                section(NotePart::Goal, "Stay housed through the lease renewal."),
                section(
                    NotePart::Intervention,
                    "Walked through the renewal form together.",
                ),
                section(NotePart::Response, "Quillfeather said it felt doable."),
            ],
        ),
    )
    .unwrap()
}

#[test]
fn the_program_setting_starts_free_and_keeps_what_is_picked() {
    let mut s = scratch();
    assert_eq!(
        settings::get(s.peerlog.store()).unwrap().note_format,
        NoteFormat::Free
    );
    settings::set_note_format(s.peerlog.store_mut(), NoteFormat::Dap).unwrap();
    assert_eq!(
        settings::get(s.peerlog.store()).unwrap().note_format,
        NoteFormat::Dap
    );
}

#[test]
fn parts_are_kept_in_the_formats_order_and_a_stray_part_is_named() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let note = girp_note(&mut s, &p);
    let order: Vec<NotePart> = note.parts.iter().map(|s| s.part).collect();
    assert_eq!(order, NoteFormat::Girp.parts());
    assert_eq!(
        contact::get(s.peerlog.store(), note.id).unwrap().parts,
        note.parts
    );

    let mut refused = |format, parts| {
        contact::create(s.peerlog.store_mut(), input(&p, format, parts)).unwrap_err()
    };
    let code = |e: Error| e.code();
    assert_eq!(
        code(refused(
            NoteFormat::Girp,
            vec![section(NotePart::Data, "x")]
        )),
        "invalid.part_data"
    );
    assert_eq!(
        code(refused(
            NoteFormat::Free,
            vec![section(NotePart::Goal, "x")]
        )),
        "invalid.part_goal"
    );
    assert_eq!(
        code(refused(
            NoteFormat::Dap,
            vec![section(NotePart::Plan, "a"), section(NotePart::Plan, "b")]
        )),
        "invalid.part_plan"
    );
    let long = "x".repeat(contact::MAX_NARRATIVE_CHARS + 1);
    assert_eq!(
        code(refused(
            NoteFormat::Dap,
            vec![section(NotePart::Assessment, &long)]
        )),
        "invalid.part_assessment"
    );
}

#[test]
fn search_finds_each_part() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let note = girp_note(&mut s, &p);
    for word in ["renewal", "library", "Quillfeather", "lease"] {
        let hits = search(s.peerlog.store(), word, 10).unwrap();
        assert!(
            hits.iter().any(|h| h.record_id == note.id.to_string()),
            "{word}"
        );
    }
}

#[test]
fn a_signed_structured_note_is_held_by_its_hash() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let note = girp_note(&mut s, &p);
    let signer = Signer {
        name: "Jordan Peer".into(),
        credential: None,
    };
    note_signature::sign(s.peerlog.store_mut(), note.id, signer).unwrap();
    let conn = s.peerlog.store().conn();
    assert!(note_signature::altered(conn).unwrap().is_empty());
    assert!(conn
        .execute(
            "UPDATE contacts SET part_response = 'x' WHERE id = ?1",
            [note.id]
        )
        .is_err());
    conn.execute_batch("DROP TRIGGER signed_contact_unchanged")
        .unwrap();
    conn.execute(
        "UPDATE contacts SET part_response = 'x' WHERE id = ?1",
        [note.id],
    )
    .unwrap();
    assert_eq!(note_signature::altered(conn).unwrap(), vec![note.id]);
}

#[test]
fn the_export_carries_the_parts_in_the_narrative_under_their_labels() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    girp_note(&mut s, &p);
    let narrative_of = |s: &mut Scratch, language| {
        let request = ExportRequest {
            language,
            ..ExportRequest::new(RECIPIENT, days_ago(30), today())
        };
        let preview = export::preview(s.peerlog.store_mut(), &request).unwrap();
        preview.content.participants[0]
            .contacts
            .as_ref()
            .map(|lines| lines[0].narrative.clone())
    };
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[ConsentCategory::ContactSummaries],
        days_ago(40),
        None,
    );
    // Summaries only: no part leaves.
    assert_eq!(narrative_of(&mut s, Language::English), Some(None));
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[
            ConsentCategory::ContactSummaries,
            ConsentCategory::ContactNarratives,
        ],
        days_ago(35),
        None,
    );
    let english = narrative_of(&mut s, Language::English).flatten().unwrap();
    assert_eq!(
        english,
        "Goal: Stay housed through the lease renewal.\n\
         Intervention: Walked through the renewal form together.\n\
         Response: Quillfeather said it felt doable.\n\
         Plan: Meet Tuesday at the library."
    );
    let spanish = narrative_of(&mut s, Language::Spanish).flatten().unwrap();
    assert!(spanish.starts_with("Meta: Stay housed"), "{spanish}");
    assert!(spanish.contains("\nIntervención: Walked"), "{spanish}");
}
