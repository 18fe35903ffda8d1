//! Signed notes and addenda: a signed note is never changed or deleted,
//! only amended, and an addendum appears beneath its note everywhere the
//! note appears: the timeline, the PDF and the CSV export.

use crate::export_support::*;
use peerlog_core::domain::addendum::{self, AddendumInput};
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::contact::{self, Contact, ContactInput, ContactMode};
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::{self, Participant};
use peerlog_core::export::{self, ExportRequest};
use peerlog_core::settings::{self, Signer};
use peerlog_core::time::today;
use peerlog_core::views::timeline::{timeline, TimelineEntry};
use peerlog_core::Error;

const NARRATIVE: &str = "Talked through the court date; they plan to bring the paperwork.";
const ADDENDUM: &str = "They also asked for the bus schedule to the courthouse.";

fn signer() -> Signer {
    Signer {
        name: "Jordan Peer".into(),
        credential: Some("CPS".into()),
    }
}

fn note(s: &mut Scratch, p: &Participant) -> Contact {
    contact::create(
        s.peerlog.store_mut(),
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(days_ago(5), 10),
            duration_minutes: 40,
            mode: ContactMode::InPerson,
            setting: Some("Community center".into()),
            services: vec![],
            dimensions: vec![],
            narrative: NARRATIVE.into(),
            follow_up: None,
        },
    )
    .unwrap()
}

fn signed_note(s: &mut Scratch, p: &Participant) -> Contact {
    let n = note(s, p);
    note_signature::sign(s.peerlog.store_mut(), n.id, signer()).unwrap();
    n
}

fn amend(s: &mut Scratch, n: &Contact) -> peerlog_core::Result<addendum::Addendum> {
    addendum::add(
        s.peerlog.store_mut(),
        AddendumInput {
            contact_id: n.id,
            reason: "Late entry".into(),
            text: ADDENDUM.into(),
        },
        signer(),
    )
}

fn edit(n: &Contact) -> ContactInput {
    ContactInput {
        goals: Vec::new(),
        format: Default::default(),
        parts: Vec::new(),
        participant_id: n.participant_id,
        occurred_at: n.occurred_at,
        duration_minutes: n.duration_minutes + 15,
        mode: n.mode,
        setting: n.setting.clone(),
        services: n.services.clone(),
        dimensions: n.dimensions.clone(),
        narrative: "changed".into(),
        follow_up: None,
    }
}

#[test]
fn a_signed_note_refuses_edit_and_delete_and_keeps_its_participant() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = signed_note(&mut s, &p);

    let err = contact::update(s.peerlog.store_mut(), n.id, edit(&n)).unwrap_err();
    assert!(matches!(err, Error::NoteSigned), "{err:?}");
    assert!(err.to_string().contains("addendum"), "{err}");
    let err = contact::delete(s.peerlog.store_mut(), n.id).unwrap_err();
    assert!(matches!(err, Error::NoteSigned), "{err:?}");
    let err = participant::delete(s.peerlog.store_mut(), p.id).unwrap_err();
    assert!(matches!(err, Error::SignedNotesKept), "{err:?}");

    let kept = contact::get(s.peerlog.store(), n.id).unwrap();
    assert_eq!(kept.narrative, NARRATIVE);
    assert_eq!(kept.duration_minutes, 40);
    let signature = kept.signature.expect("signed");
    assert_eq!(signature.signer_name, "Jordan Peer");
    assert_eq!(signature.signer_credential.as_deref(), Some("CPS"));
}

#[test]
fn an_unsigned_note_is_still_edited_and_deleted() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = note(&mut s, &p);
    let changed = contact::update(s.peerlog.store_mut(), n.id, edit(&n)).unwrap();
    assert_eq!(changed.narrative, "changed");
    contact::delete(s.peerlog.store_mut(), n.id).unwrap();
    participant::delete(s.peerlog.store_mut(), p.id).unwrap();
}

#[test]
fn the_store_itself_refuses_to_change_a_signed_note() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = signed_note(&mut s, &p);
    amend(&mut s, &n).unwrap();
    let conn = s.peerlog.store().conn();
    for sql in [
        "UPDATE contacts SET narrative = 'x' WHERE id = ?1",
        "DELETE FROM contacts WHERE id = ?1",
        "UPDATE note_signatures SET signer_name = 'x' WHERE contact_id = ?1",
        "DELETE FROM note_signatures WHERE contact_id = ?1",
        "UPDATE addenda SET text = 'x' WHERE contact_id = ?1",
        "DELETE FROM addenda WHERE contact_id = ?1",
    ] {
        assert!(conn.execute(sql, [n.id]).is_err(), "{sql} went through");
    }
    let still = contact::get(s.peerlog.store(), n.id).unwrap();
    assert_eq!(still.narrative, NARRATIVE);
    assert_eq!(still.addenda.len(), 1);
}

#[test]
fn the_integrity_check_finds_a_signed_note_altered_behind_the_triggers() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = signed_note(&mut s, &p);
    let conn = s.peerlog.store().conn();
    assert!(note_signature::altered(conn).unwrap().is_empty());
    conn.execute_batch("DROP TRIGGER signed_contact_unchanged")
        .unwrap();
    conn.execute(
        "UPDATE contacts SET narrative = 'rewritten' WHERE id = ?1",
        [n.id],
    )
    .unwrap();
    assert_eq!(note_signature::altered(conn).unwrap(), vec![n.id]);
}

#[test]
fn signing_twice_or_without_a_signer_is_refused() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = note(&mut s, &p);
    let err = note_signature::sign_as_set(s.peerlog.store_mut(), n.id).unwrap_err();
    assert_eq!(err.code(), "invalid.signer_name");
    let err = note_signature::sign(
        s.peerlog.store_mut(),
        n.id,
        Signer {
            name: "  ".into(),
            credential: None,
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid.signer_name");

    settings::set_signer(s.peerlog.store_mut(), signer()).unwrap();
    let signed = note_signature::sign_as_set(s.peerlog.store_mut(), n.id).unwrap();
    assert!(signed.signature.is_some());
    let err = note_signature::sign_as_set(s.peerlog.store_mut(), n.id).unwrap_err();
    assert!(matches!(err, Error::NoteSigned), "{err:?}");
}

#[test]
fn an_addendum_needs_a_signed_note_a_reason_and_text() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = note(&mut s, &p);
    let err = amend(&mut s, &n).unwrap_err();
    assert!(matches!(err, Error::NoteNotSigned), "{err:?}");
    note_signature::sign(s.peerlog.store_mut(), n.id, signer()).unwrap();
    let err = addendum::add(
        s.peerlog.store_mut(),
        AddendumInput {
            contact_id: n.id,
            reason: " ".into(),
            text: ADDENDUM.into(),
        },
        signer(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid.reason");
    let err = addendum::add(
        s.peerlog.store_mut(),
        AddendumInput {
            contact_id: n.id,
            reason: "Late entry".into(),
            text: String::new(),
        },
        signer(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid.text");
    assert!(contact::get(s.peerlog.store(), n.id)
        .unwrap()
        .addenda
        .is_empty());
}

#[test]
fn an_addendum_appears_beneath_its_note_in_the_timeline() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = signed_note(&mut s, &p);
    amend(&mut s, &n).unwrap();
    let items = timeline(s.peerlog.store(), p.id, None).unwrap();
    let shown = items
        .iter()
        .find_map(|item| match &item.entry {
            TimelineEntry::Contact { contact } if contact.id == n.id => Some(contact.clone()),
            _ => None,
        })
        .expect("the note is in the timeline");
    assert!(shown.signature.is_some());
    assert_eq!(shown.addenda.len(), 1);
    assert_eq!(shown.addenda[0].text, ADDENDUM);
    assert_eq!(shown.addenda[0].reason, "Late entry");
}

#[test]
fn an_addendum_and_the_signature_leave_with_the_note_in_pdf_and_csv() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = signed_note(&mut s, &p);
    amend(&mut s, &n).unwrap();
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[
            ConsentCategory::ContactSummaries,
            ConsentCategory::ContactNarratives,
        ],
        days_ago(30),
        None,
    );
    let request = ExportRequest::new(RECIPIENT, days_ago(30), today());

    // The PDF read by poppler's pdftotext, as a recipient's reader would.
    let (text, csv) = exported_pdf_text_and_contacts_csv(&mut s, &request);
    assert!(text.contains(&squash(NARRATIVE)), "{text}");
    assert!(
        text.contains(&squash("Signed by Jordan Peer, CPS")),
        "{text}"
    );
    assert!(text.contains(&squash(ADDENDUM)), "{text}");
    assert!(text.contains(&squash("Late entry")), "{text}");
    // Beneath the note: the addendum follows the narrative.
    assert!(text.find(&squash(ADDENDUM)) > text.find(&squash(NARRATIVE)));

    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("signed_by,signed_at,cosigned_by,cosigned_at,addenda"),
        "{header}"
    );
    assert!(csv.contains("Jordan Peer, CPS"), "{csv}");
    assert!(csv.contains(ADDENDUM), "{csv}");
}

#[test]
fn without_narratives_an_export_names_the_signer_but_not_the_addendum() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let n = signed_note(&mut s, &p);
    amend(&mut s, &n).unwrap();
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[ConsentCategory::ContactSummaries],
        days_ago(30),
        None,
    );
    let request = ExportRequest::new(RECIPIENT, days_ago(30), today());
    let preview = export::preview(s.peerlog.store_mut(), &request).unwrap();
    let lines = preview.content.participants[0].contacts.clone().unwrap();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].signed.is_some());
    assert!(lines[0].addenda.is_empty());
    assert!(lines[0].narrative.is_none());
}

#[test]
fn the_caseload_counts_notes_unsigned_past_the_limit_since_signing_began() {
    use chrono::NaiveTime;
    use peerlog_core::clock::FixedClock;
    use peerlog_core::time::Timestamp;
    use peerlog_core::views::caseload::caseload;
    use std::sync::Arc;

    let mut s = scratch();
    let p = person(&mut s, 1);
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let at_noon =
        |d: u32| Timestamp::from_local(day(d), NaiveTime::from_hms_opt(12, 0, 0).unwrap());
    let log_on = |s: &mut Scratch, d: u32| {
        contact::create(
            s.peerlog.store_mut(),
            ContactInput {
                goals: Vec::new(),
                format: Default::default(),
                parts: Vec::new(),
                participant_id: p.id,
                occurred_at: at_noon(d),
                duration_minutes: 30,
                mode: ContactMode::Phone,
                setting: None,
                services: vec![],
                dimensions: vec![],
                narrative: String::new(),
                follow_up: None,
            },
        )
        .unwrap()
    };
    let set_day = |s: &mut Scratch, d: u32| {
        s.peerlog
            .store_mut()
            .set_clock(Arc::new(FixedClock(at_noon(d))));
    };
    let overdue =
        |s: &Scratch, d: u32| caseload(s.peerlog.store(), day(d)).unwrap()[0].unsigned_overdue;

    set_day(&mut s, 1);
    log_on(&mut s, 1); // before signing began: never counted
    assert_eq!(overdue(&s, 20), 0, "no signer set: nothing is overdue");
    set_day(&mut s, 2);
    settings::set_signer(s.peerlog.store_mut(), signer()).unwrap();
    set_day(&mut s, 3);
    let first = log_on(&mut s, 3);
    set_day(&mut s, 5);
    log_on(&mut s, 5);
    assert_eq!(overdue(&s, 6), 0, "within three days");
    assert_eq!(overdue(&s, 7), 1, "the note of the 3rd is four days old");
    assert_eq!(overdue(&s, 9), 2);
    note_signature::sign_as_set(s.peerlog.store_mut(), first.id).unwrap();
    assert_eq!(overdue(&s, 9), 1, "signed notes are not overdue");

    // The limit is the program's to set.
    settings::set_unsigned_note_days(s.peerlog.store_mut(), 10).unwrap();
    assert_eq!(overdue(&s, 9), 0);
    let err = settings::set_unsigned_note_days(s.peerlog.store_mut(), 0).unwrap_err();
    assert_eq!(err.code(), "invalid.unsigned_note_days");
}
