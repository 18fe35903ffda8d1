//! Group notes: a session's time and a note in each present member's record
//! (the shared part and the member's own), rewritten while unsigned and
//! locked once signed; the payer's size limit shown before saving; claims
//! with the group modifier; the export's narrative with both parts.

use crate::common::refused;
use crate::export_support::*;
use peerlog_core::billing::presets::presets;
use peerlog_core::billing::{log, payers, PayerProfile};
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::contact::{self, ContactMode};
use peerlog_core::domain::group::{self, AttendanceMark, AttendanceStatus, SessionInput};
use peerlog_core::domain::group_note::{self, GroupNotesInput, GroupSessionNotes, OwnPart};
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::Participant;
use peerlog_core::export::{self, ExportRequest};
use peerlog_core::i18n::Language;
use peerlog_core::ids::SessionId;
use peerlog_core::settings::Signer;
use peerlog_core::time::today;
use peerlog_core::Error;

const SHARED: &str = "CanaryGroupSharedZq talked through coping with cravings.";

fn signer() -> Signer {
    Signer {
        name: "Jordan Peer".into(),
        credential: Some("CPS".into()),
    }
}

/// A session a week ago with `present` members present, one late, and
/// one absent member after them.
fn session(s: &mut Scratch, present: usize) -> (SessionId, Vec<Participant>) {
    let people: Vec<Participant> = (1..=present + 1).map(|n| person(s, n)).collect();
    (session_of(s, &people), people)
}

/// A session of a new group for `people`: the first late, the last absent,
/// the rest present.
fn session_of(s: &mut Scratch, people: &[Participant]) -> SessionId {
    let group_id = group(s);
    let session = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id,
            held_on: days_ago(7),
            topic: Some("Cravings".into()),
            note: None,
        },
    )
    .unwrap();
    let marks = people
        .iter()
        .enumerate()
        .map(|(i, p)| AttendanceMark {
            participant_id: p.id,
            status: match i {
                0 => AttendanceStatus::Late,
                i if i + 1 == people.len() => AttendanceStatus::Absent,
                _ => AttendanceStatus::Present,
            },
        })
        .collect();
    group::record_attendance(s.peerlog.store_mut(), session.id, marks).unwrap();
    session.id
}

fn input(session_id: SessionId) -> GroupNotesInput {
    GroupNotesInput {
        session_id,
        start_time: "18:00".into(),
        duration_minutes: 90,
        mode: ContactMode::InPerson,
        services: vec![],
        shared: SHARED.into(),
        own_parts: vec![],
    }
}

fn write(s: &mut Scratch, input: GroupNotesInput) -> GroupSessionNotes {
    group_note::write(s.peerlog.store_mut(), input).unwrap()
}

fn preset(key: &str) -> PayerProfile {
    presets()
        .into_iter()
        .find(|p| p.key == key)
        .unwrap()
        .profile
}

#[test]
fn each_present_member_gets_a_note_with_the_shared_part_and_their_own() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 3);
    let own = OwnPart {
        participant_id: people[1].id,
        text: "CanaryOwnPartZq named a sponsor to call.".into(),
    };
    let notes = write(
        &mut s,
        GroupNotesInput {
            own_parts: vec![own],
            ..input(session_id)
        },
    );
    assert_eq!(notes.session.start_time.as_deref(), Some("18:00"));
    assert_eq!(notes.session.duration_minutes, Some(90));
    assert_eq!(notes.session.note.as_deref(), Some(SHARED));
    assert_eq!(
        notes.members.len(),
        3,
        "late counts as there; absent does not"
    );
    assert!(notes.over_limit.is_empty());

    for (i, p) in people.iter().enumerate() {
        let record = contact::list_for(s.peerlog.store(), p.id).unwrap();
        if i == 3 {
            assert!(record.is_empty(), "the absent member's record gets no note");
            continue;
        }
        assert_eq!(record.len(), 1);
        let note = &record[0];
        let group = note.group.as_ref().expect("a group note");
        assert_eq!(group.session_id, session_id);
        assert_eq!(group.shared, SHARED);
        assert_eq!(note.duration_minutes, 90);
        assert_eq!(note.occurred_at, at(days_ago(7), 18));
        assert_eq!(note.units, 6, "90 minutes is six 15-minute units");
        if i == 1 {
            assert!(note.narrative.starts_with("CanaryOwnPartZq"));
        } else {
            assert!(
                !note.narrative.contains("CanaryOwnPartZq"),
                "one member's own part stays in their record"
            );
        }
    }
}

#[test]
fn rewriting_keeps_each_note_and_what_was_added_to_it() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    let first = write(&mut s, input(session_id));
    let second = write(
        &mut s,
        GroupNotesInput {
            shared: "Rewritten after the session.".into(),
            duration_minutes: 60,
            ..input(session_id)
        },
    );
    let ids =
        |n: &GroupSessionNotes| -> Vec<_> { n.members.iter().map(|m| m.contact_id).collect() };
    assert_eq!(ids(&first), ids(&second), "notes are rewritten in place");
    let note = &contact::list_for(s.peerlog.store(), people[0].id).unwrap()[0];
    assert_eq!(
        note.group.as_ref().unwrap().shared,
        "Rewritten after the session."
    );
    assert_eq!(note.duration_minutes, 60);
    assert_eq!(
        contact::list_for(s.peerlog.store(), people[0].id)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn signed_notes_stay_as_signed_and_a_late_arrival_still_gets_one() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    write(&mut s, input(session_id));
    let signed = group_note::sign_all(s.peerlog.store_mut(), session_id, signer()).unwrap();
    assert!(signed.members.iter().all(|m| m.signed));

    // The absent member was there after all.
    let marks = people
        .iter()
        .map(|p| AttendanceMark {
            participant_id: p.id,
            status: AttendanceStatus::Present,
        })
        .collect();
    group::record_attendance(s.peerlog.store_mut(), session_id, marks).unwrap();
    let after = write(
        &mut s,
        GroupNotesInput {
            shared: "A second wording.".into(),
            ..input(session_id)
        },
    );
    assert_eq!(after.members.len(), 3);
    let signed_note = &contact::list_for(s.peerlog.store(), people[0].id).unwrap()[0];
    assert_eq!(
        signed_note.group.as_ref().unwrap().shared,
        SHARED,
        "signed: unchanged"
    );
    let new_note = &contact::list_for(s.peerlog.store(), people[2].id).unwrap()[0];
    assert_eq!(new_note.group.as_ref().unwrap().shared, "A second wording.");
    assert!(new_note.signature.is_none());
    assert!(note_signature::altered(s.peerlog.store().conn())
        .unwrap()
        .is_empty());

    // The store itself refuses to change a signed note's shared part.
    let changed = s.peerlog.store().conn().execute(
        "UPDATE group_notes SET shared = 'tampered' WHERE contact_id = ?1",
        [signed_note.id],
    );
    assert!(changed.is_err());
}

#[test]
fn someone_no_longer_present_loses_an_unsigned_note_but_never_a_signed_one() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    write(&mut s, input(session_id));
    let first_note = contact::list_for(s.peerlog.store(), people[0].id).unwrap()[0].clone();
    note_signature::sign(s.peerlog.store_mut(), first_note.id, signer()).unwrap();
    let everyone_absent = people
        .iter()
        .map(|p| AttendanceMark {
            participant_id: p.id,
            status: if p.id == people[2].id {
                AttendanceStatus::Present
            } else {
                AttendanceStatus::Absent
            },
        })
        .collect();
    group::record_attendance(s.peerlog.store_mut(), session_id, everyone_absent).unwrap();
    write(&mut s, input(session_id));
    assert_eq!(
        contact::list_for(s.peerlog.store(), people[0].id)
            .unwrap()
            .len(),
        1,
        "signed stays"
    );
    assert!(contact::list_for(s.peerlog.store(), people[1].id)
        .unwrap()
        .is_empty());
    assert_eq!(
        contact::list_for(s.peerlog.store(), people[2].id)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn bad_input_names_the_field_and_writes_nothing() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    let before = row_counts_of(&s);
    let cases: Vec<(GroupNotesInput, &str, &str)> = vec![
        (
            GroupNotesInput {
                shared: "  ".into(),
                ..input(session_id)
            },
            "shared",
            "required",
        ),
        (
            GroupNotesInput {
                start_time: "25:70".into(),
                ..input(session_id)
            },
            "start_time",
            "not_a_time",
        ),
        (
            GroupNotesInput {
                duration_minutes: 0,
                ..input(session_id)
            },
            "duration_minutes",
            "out_of_range",
        ),
        (
            GroupNotesInput {
                own_parts: vec![OwnPart {
                    participant_id: people[2].id,
                    text: "Absent.".into(),
                }],
                ..input(session_id)
            },
            "own_parts",
            "no_such_record",
        ),
        (
            GroupNotesInput {
                own_parts: vec![
                    OwnPart {
                        participant_id: people[0].id,
                        text: "One.".into(),
                    },
                    OwnPart {
                        participant_id: people[0].id,
                        text: "Two.".into(),
                    },
                ],
                ..input(session_id)
            },
            "own_parts",
            "duplicate",
        ),
    ];
    for (bad, field, problem) in cases {
        refused(
            group_note::write(s.peerlog.store_mut(), bad),
            field,
            problem,
        );
        assert_eq!(row_counts_of(&s), before, "{field}: nothing written");
    }
    assert_eq!(
        group::get_session(s.peerlog.store(), session_id)
            .unwrap()
            .start_time,
        None
    );

    // A session nobody attended has nobody to write for; one ahead of today
    // has not happened yet.
    let group_id = group(&mut s);
    let empty = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id,
            held_on: days_ago(1),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    refused(
        group_note::write(s.peerlog.store_mut(), input(empty.id)),
        "attendance",
        "required",
    );
    let ahead = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id,
            held_on: today() + chrono::Duration::days(2),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    group::record_attendance(
        s.peerlog.store_mut(),
        ahead.id,
        vec![AttendanceMark {
            participant_id: people[0].id,
            status: AttendanceStatus::Present,
        }],
    )
    .unwrap();
    refused(
        group_note::write(s.peerlog.store_mut(), input(ahead.id)),
        "start_time",
        "in_future",
    );
}

#[test]
fn a_group_over_a_payers_limit_is_flagged_before_saving() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 11);
    let before = group_note::session_notes(s.peerlog.store(), session_id).unwrap();
    assert!(before.over_limit.is_empty(), "no payer, no limit");

    payers::add(s.peerlog.store_mut(), preset("virginia_medicaid")).unwrap();
    payers::assign(
        s.peerlog.store_mut(),
        people[0].id,
        Some("Virginia Medicaid"),
    )
    .unwrap();
    let before = group_note::session_notes(s.peerlog.store(), session_id).unwrap();
    assert_eq!(
        before
            .members
            .iter()
            .filter(|m| m.contact_id.is_some())
            .count(),
        0
    );
    assert_eq!(before.over_limit.len(), 1);
    let warning = &before.over_limit[0];
    assert_eq!(
        (warning.payer.as_str(), warning.limit, warning.present),
        ("Virginia Medicaid", 10, 11)
    );
}

#[test]
fn a_signed_group_note_is_billed_with_the_group_modifier() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    payers::add(s.peerlog.store_mut(), preset("oregon_careoregon")).unwrap();
    payers::assign(s.peerlog.store_mut(), people[0].id, Some("CareOregon")).unwrap();
    write(&mut s, input(session_id));
    // The same member's one-to-one note that day carries no group modifier.
    let single = contact::create(s.peerlog.store_mut(), contact_input_for(&people[0], 10)).unwrap();
    note_signature::sign(s.peerlog.store_mut(), single.id, signer()).unwrap();
    group_note::sign_all(s.peerlog.store_mut(), session_id, signer()).unwrap();

    let billing = log::build(
        s.peerlog.store().conn(),
        days_ago(8),
        today(),
        Some("CareOregon"),
    )
    .unwrap();
    assert_eq!(billing.lines.len(), 2);
    let group_line = billing.lines.iter().find(|l| l.start == "18:00").unwrap();
    assert!(
        group_line.modifiers.contains(&"HQ".to_string()),
        "{:?}",
        group_line.modifiers
    );
    assert_eq!((group_line.end.as_str(), group_line.units), ("19:30", 6));
    let single_line = billing.lines.iter().find(|l| l.start == "10:00").unwrap();
    assert!(!single_line.modifiers.contains(&"HQ".to_string()));
}

#[test]
fn the_export_carries_both_parts_under_their_labels_in_its_language() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    write(
        &mut s,
        GroupNotesInput {
            own_parts: vec![OwnPart {
                participant_id: people[0].id,
                text: "Named a sponsor.".into(),
            }],
            ..input(session_id)
        },
    );
    consent_for(
        &mut s,
        &people[0],
        RECIPIENT,
        &[
            ConsentCategory::ContactSummaries,
            ConsentCategory::ContactNarratives,
        ],
        days_ago(40),
        None,
    );
    for (language, shared, own) in [
        (
            Language::English,
            "Group session: ",
            "For this member: Named a sponsor.",
        ),
        (
            Language::Spanish,
            "Sesión de grupo: ",
            "Para esta persona: Named a sponsor.",
        ),
    ] {
        let request = ExportRequest {
            language,
            ..ExportRequest::new(RECIPIENT, days_ago(30), today())
        };
        let preview = export::preview(s.peerlog.store_mut(), &request).unwrap();
        let narrative = preview.content.participants[0].contacts.as_ref().unwrap()[0]
            .narrative
            .clone()
            .unwrap();
        assert!(
            narrative.starts_with(&format!("{shared}{SHARED}")),
            "{narrative}"
        );
        assert!(narrative.ends_with(own), "{narrative}");
    }
}

#[test]
fn a_session_with_a_signed_note_is_kept_and_one_without_takes_its_notes_along() {
    let mut s = scratch();
    let (session_id, people) = session(&mut s, 2);
    write(&mut s, input(session_id));
    let note = contact::list_for(s.peerlog.store(), people[0].id).unwrap()[0].clone();
    note_signature::sign(s.peerlog.store_mut(), note.id, signer()).unwrap();
    assert!(matches!(
        group::delete_session(s.peerlog.store_mut(), session_id),
        Err(Error::NoteSigned)
    ));

    let other = session_of(&mut s, &people);
    write(&mut s, input(other));
    assert_eq!(
        contact::list_for(s.peerlog.store(), people[1].id)
            .unwrap()
            .len(),
        2
    );
    group::delete_session(s.peerlog.store_mut(), other).unwrap();
    assert_eq!(
        contact::list_for(s.peerlog.store(), people[0].id).unwrap(),
        vec![contact::get(s.peerlog.store(), note.id).unwrap()],
        "the signed note of the session kept"
    );
    assert_eq!(
        contact::list_for(s.peerlog.store(), people[1].id)
            .unwrap()
            .len(),
        1
    );
}

fn contact_input_for(p: &Participant, hour: u32) -> contact::ContactInput {
    contact::ContactInput {
        goals: Vec::new(),
        format: Default::default(),
        parts: Vec::new(),
        participant_id: p.id,
        occurred_at: at(days_ago(7), hour),
        duration_minutes: 30,
        mode: ContactMode::InPerson,
        setting: None,
        services: vec![],
        dimensions: vec![],
        narrative: "One to one.".into(),
        follow_up: None,
    }
}

fn row_counts_of(s: &Scratch) -> Vec<(String, i64)> {
    let conn = s.peerlog.store().conn();
    ["contacts", "group_notes", "note_signatures", "audit_log"]
        .iter()
        .map(|t| {
            let n: i64 = conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap();
            (t.to_string(), n)
        })
        .collect()
}
