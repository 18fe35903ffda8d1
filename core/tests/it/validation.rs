//! Every validation rule refuses its bad value with the code that names the
//! field, and a refused write leaves every table as it was.

use crate::common::*;
use chrono::Duration;
use peerlog_core::domain::boundary::{self, BoundaryCategory, BoundaryInput};
use peerlog_core::domain::consent::{self, ConsentCategory, ConsentInput};
use peerlog_core::domain::contact;
use peerlog_core::domain::followup::{self, FollowUpDraft, FollowUpInput};
use peerlog_core::domain::group::{
    self, AttendanceMark, AttendanceStatus, GroupInput, SessionInput,
};
use peerlog_core::domain::participant::{self, ParticipantInput};
use peerlog_core::domain::referral::{self, ReferralInput, ReferralOutcome, ResourceType};
use peerlog_core::domain::selfcheck::{self, BoundariesHeld, SelfCheckInput};
use peerlog_core::domain::wellness::{self, CheckInInput, WellnessScores};
use peerlog_core::ids::ParticipantId;
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::settings;
use peerlog_core::time::{today, Timestamp};

fn long(n: usize) -> String {
    "x".repeat(n)
}

fn participant_input() -> ParticipantInput {
    ParticipantInput {
        external_id: "V-1".into(),
        first_name: Some("Sam".into()),
        ..ParticipantInput::default()
    }
}

#[test]
fn participant_rules() {
    let mut s = scratch();
    person(&mut s, "TAKEN");
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let with = |change: &dyn Fn(&mut ParticipantInput)| {
        let mut input = participant_input();
        change(&mut input);
        input
    };
    refused(
        participant::create(store, with(&|p| p.external_id = "  ".into())),
        "external_id",
        "required",
    );
    refused(
        participant::create(store, with(&|p| p.external_id = long(65))),
        "external_id",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.external_id = "taken".into())),
        "external_id",
        "duplicate",
    );
    refused(
        participant::create(store, with(&|p| p.first_name = None)),
        "name",
        "required",
    );
    refused(
        participant::create(store, with(&|p| p.first_name = Some(long(101)))),
        "first_name",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.last_name = Some(long(101)))),
        "last_name",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.preferred_name = Some(long(101)))),
        "preferred_name",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.pronouns = Some(long(41)))),
        "pronouns",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.program = Some(long(101)))),
        "program",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.docket = Some(long(101)))),
        "docket",
        "too_long",
    );
    refused(
        participant::create(
            store,
            with(&|p| p.intake_date = Some(today() + Duration::days(1))),
        ),
        "intake_date",
        "in_future",
    );
    refused(
        participant::create(
            store,
            with(&|p| p.intake_date = chrono::NaiveDate::from_ymd_opt(1985, 1, 1)),
        ),
        "intake_date",
        "too_early",
    );
    refused(
        participant::create(store, with(&|p| p.phone = Some("call me".into()))),
        "phone",
        "unknown_value",
    );
    refused(
        participant::create(store, with(&|p| p.phone = Some("12".into()))),
        "phone",
        "unknown_value",
    );
    refused(
        participant::create(store, with(&|p| p.email = Some("not-an-address".into()))),
        "email",
        "unknown_value",
    );
    refused(
        participant::create(store, with(&|p| p.contact_preferences = Some(long(1001)))),
        "contact_preferences",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.language = Some(long(61)))),
        "language",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.goals = Some(long(4001)))),
        "goals",
        "too_long",
    );
    refused(
        participant::create(store, with(&|p| p.first_name = Some("Sam\u{7}".into()))),
        "first_name",
        "control_character",
    );
    assert_eq!(row_counts(&s), before);
}

#[test]
fn an_edit_may_not_take_another_participants_external_id() {
    let mut s = scratch();
    person(&mut s, "A-1");
    let b = person(&mut s, "A-2");
    let mut input = participant_input();
    input.external_id = "a-1".into();
    refused(
        participant::update(s.peerlog.store_mut(), b.id, input),
        "external_id",
        "duplicate",
    );
}

#[test]
fn contact_rules() {
    let mut s = scratch();
    let p = person(&mut s, "C-1");
    let before = row_counts(&s);
    let now = Timestamp::now();
    let store = s.peerlog.store_mut();
    let base = || contact_input(&p, now.plus_minutes(-60));

    let mut input = base();
    input.participant_id = ParticipantId::new();
    refused(
        contact::create(store, input),
        "participant_id",
        "no_such_record",
    );
    let mut input = base();
    input.occurred_at = now.plus_minutes(60);
    refused(contact::create(store, input), "occurred_at", "in_future");
    let mut input = base();
    input.occurred_at = at(chrono::NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), 10);
    refused(contact::create(store, input), "occurred_at", "too_early");
    for minutes in [0, 721] {
        let mut input = base();
        input.duration_minutes = minutes;
        refused(
            contact::create(store, input),
            "duration_minutes",
            "out_of_range",
        );
    }
    let mut input = base();
    input.setting = Some(long(101));
    refused(contact::create(store, input), "setting", "too_long");
    let mut input = base();
    input.narrative = long(20_001);
    refused(contact::create(store, input), "narrative", "too_long");
    let mut input = base();
    input.follow_up = Some(FollowUpDraft {
        due_on: now.local_date() - Duration::days(2),
        text: "Call back".into(),
    });
    refused(
        contact::create(store, input),
        "follow_up_due_on",
        "out_of_order",
    );
    let mut input = base();
    input.follow_up = Some(FollowUpDraft {
        due_on: now.local_date() + Duration::days(2),
        text: " ".into(),
    });
    refused(contact::create(store, input), "follow_up_text", "required");
    assert_eq!(row_counts(&s), before);
}

#[test]
fn follow_up_rules() {
    let mut s = scratch();
    let p = person(&mut s, "F-1");
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let input = |due_on, text: &str| FollowUpInput {
        participant_id: p.id,
        due_on,
        text: text.into(),
    };
    refused(
        followup::create(store, input(today(), "")),
        "follow_up_text",
        "required",
    );
    refused(
        followup::create(store, input(today(), &long(501))),
        "follow_up_text",
        "too_long",
    );
    refused(
        followup::create(
            store,
            input(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap(), "x"),
        ),
        "follow_up_due_on",
        "too_early",
    );
    let mut orphan = input(today(), "x");
    orphan.participant_id = ParticipantId::new();
    refused(
        followup::create(store, orphan),
        "participant_id",
        "no_such_record",
    );
    assert_eq!(row_counts(&s), before);
}

fn scores(value: u8) -> WellnessScores {
    WellnessScores {
        emotional: value,
        environmental: value,
        financial: value,
        intellectual: value,
        occupational: value,
        physical: value,
        social: value,
        spiritual: value,
    }
}

#[test]
fn check_in_rules() {
    let mut s = scratch();
    let p = person(&mut s, "W-1");
    let before = row_counts(&s);
    let now = Timestamp::now();
    let store = s.peerlog.store_mut();
    let base = || CheckInInput {
        participant_id: p.id,
        occurred_at: now.plus_minutes(-5),
        scores: scores(3),
        barc10: None,
        note: None,
    };
    type Slot = fn(&mut WellnessScores) -> &mut u8;
    let dimensions: [(&str, Slot); 8] = [
        ("emotional", |s| &mut s.emotional),
        ("environmental", |s| &mut s.environmental),
        ("financial", |s| &mut s.financial),
        ("intellectual", |s| &mut s.intellectual),
        ("occupational", |s| &mut s.occupational),
        ("physical", |s| &mut s.physical),
        ("social", |s| &mut s.social),
        ("spiritual", |s| &mut s.spiritual),
    ];
    for (field, slot) in dimensions {
        for bad in [0, 6] {
            let mut input = base();
            *slot(&mut input.scores) = bad;
            refused(wellness::record(store, input), field, "out_of_range");
        }
    }
    let mut input = base();
    input.barc10 = Some(vec![3; 9]);
    refused(wellness::record(store, input), "barc10", "wrong_count");
    for bad in [0, 7] {
        let mut input = base();
        let mut items = vec![3; 10];
        items[4] = bad;
        input.barc10 = Some(items);
        refused(wellness::record(store, input), "barc10", "out_of_range");
    }
    let mut input = base();
    input.note = Some(long(4001));
    refused(wellness::record(store, input), "note", "too_long");
    let mut input = base();
    input.occurred_at = now.plus_minutes(120);
    refused(wellness::record(store, input), "occurred_at", "in_future");
    let mut input = base();
    input.participant_id = ParticipantId::new();
    refused(
        wellness::record(store, input),
        "participant_id",
        "no_such_record",
    );
    assert_eq!(row_counts(&s), before);

    // The edges are accepted.
    let store = s.peerlog.store_mut();
    let mut input = base();
    input.scores = scores(1);
    input.barc10 = Some(vec![6; 10]);
    let saved = wellness::record(store, input).unwrap();
    assert_eq!(saved.barc10_total, Some(60));
}

#[test]
fn boundary_rules() {
    let mut s = scratch();
    let p = person(&mut s, "B-1");
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let base = || BoundaryInput {
        participant_id: p.id,
        category: BoundaryCategory::Hours,
        text: "Weekdays 9 to 6.".into(),
        agreed_on: today(),
        review_on: None,
    };
    let mut input = base();
    input.text = "   ".into();
    refused(boundary::create(store, input), "text", "required");
    let mut input = base();
    input.text = long(4001);
    refused(boundary::create(store, input), "text", "too_long");
    let mut input = base();
    input.agreed_on = today() + Duration::days(1);
    refused(boundary::create(store, input), "agreed_on", "in_future");
    let mut input = base();
    input.review_on = Some(today() - Duration::days(1));
    refused(boundary::create(store, input), "review_on", "out_of_order");
    let mut input = base();
    input.participant_id = ParticipantId::new();
    refused(
        boundary::create(store, input),
        "participant_id",
        "no_such_record",
    );
    assert_eq!(row_counts(&s), before);
}

#[test]
fn referral_rules() {
    let mut s = scratch();
    let p = person(&mut s, "R-1");
    let base = || ReferralInput {
        participant_id: p.id,
        resource_type: ResourceType::Housing,
        resource_name: "Eastside Housing Navigation".into(),
        referred_on: days_ago(10),
        note: None,
    };
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let mut input = base();
    input.resource_name = "".into();
    refused(referral::create(store, input), "resource_name", "required");
    let mut input = base();
    input.referred_on = today() + Duration::days(3);
    refused(referral::create(store, input), "referred_on", "in_future");
    let mut input = base();
    input.note = Some(long(4001));
    refused(referral::create(store, input), "note", "too_long");
    assert_eq!(row_counts(&s), before);

    let made = referral::create(s.peerlog.store_mut(), base()).unwrap();
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    refused(
        referral::set_outcome(
            store,
            made.id,
            ReferralOutcome::Connected,
            Some(days_ago(11)),
        ),
        "outcome_on",
        "out_of_order",
    );
    refused(
        referral::set_outcome(
            store,
            made.id,
            ReferralOutcome::Connected,
            Some(today() + Duration::days(1)),
        ),
        "outcome_on",
        "in_future",
    );
    assert_eq!(row_counts(&s), before);
}

#[test]
fn consent_rules() {
    let mut s = scratch();
    let p = person(&mut s, "K-1");
    let base = || ConsentInput {
        participant_id: p.id,
        discloser: "Peer support program".into(),
        recipient: "Circuit Court Behavioral Health Docket".into(),
        purpose: "Case conference".into(),
        categories: vec![ConsentCategory::Attendance],
        effective_on: days_ago(5),
        expires_on: Some(today() + Duration::days(300)),
        expiry_event: None,
        signed_on: days_ago(5),
    };
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let mut input = base();
    input.discloser = "".into();
    refused(consent::create(store, input), "discloser", "required");
    let mut input = base();
    input.recipient = " ".into();
    refused(consent::create(store, input), "recipient", "required");
    let mut input = base();
    input.purpose = "".into();
    refused(consent::create(store, input), "purpose", "required");
    let mut input = base();
    input.categories = vec![];
    refused(consent::create(store, input), "categories", "required");
    let mut input = base();
    input.signed_on = today() + Duration::days(1);
    input.effective_on = input.signed_on;
    refused(consent::create(store, input), "signed_on", "in_future");
    let mut input = base();
    input.effective_on = days_ago(6);
    refused(
        consent::create(store, input),
        "effective_on",
        "out_of_order",
    );
    let mut input = base();
    input.expires_on = Some(days_ago(6));
    refused(consent::create(store, input), "expires_on", "out_of_order");
    let mut input = base();
    input.expires_on = None;
    refused(consent::create(store, input), "expires_on", "required");
    assert_eq!(row_counts(&s), before);

    // An expiry event alone satisfies §2.31.
    let store = s.peerlog.store_mut();
    let mut input = base();
    input.expires_on = None;
    input.expiry_event = Some("Completion of the program".into());
    let made = consent::create(store, input).unwrap();
    refused(
        consent::revoke(store, made.id, Some(days_ago(6))),
        "revoked_on",
        "out_of_order",
    );
    refused(
        consent::revoke(store, made.id, Some(today() + Duration::days(1))),
        "revoked_on",
        "in_future",
    );
    consent::revoke(store, made.id, None).unwrap();
    refused(
        consent::revoke(store, made.id, None),
        "revoked_on",
        "duplicate",
    );
}

#[test]
fn group_rules() {
    let mut s = scratch();
    let p = person(&mut s, "G-1");
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let input = |name: &str, time: Option<&str>| GroupInput {
        name: name.into(),
        description: None,
        weekday: None,
        start_time: time.map(str::to_string),
        location: None,
        active: true,
    };
    refused(group::create(store, input("", None)), "name", "required");
    refused(
        group::create(store, input("Circle", Some("25:00"))),
        "start_time",
        "not_a_time",
    );
    refused(
        group::create(store, input("Circle", Some("6pm"))),
        "start_time",
        "not_a_time",
    );
    assert_eq!(row_counts(&s), before);

    let store = s.peerlog.store_mut();
    let g = group::create(store, input("Circle", Some("18:00"))).unwrap();
    let session = |held_on| SessionInput {
        group_id: g.id,
        held_on,
        topic: None,
        note: None,
    };
    refused(
        group::add_session(store, session(today() + Duration::days(400))),
        "held_on",
        "in_future",
    );
    refused(
        group::add_session(
            store,
            session(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()),
        ),
        "held_on",
        "too_early",
    );
    let held = group::add_session(store, session(today())).unwrap();
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let mark = |participant_id| AttendanceMark {
        participant_id,
        status: AttendanceStatus::Present,
    };
    refused(
        group::record_attendance(store, held.id, vec![mark(p.id), mark(p.id)]),
        "participant_id",
        "duplicate",
    );
    refused(
        group::record_attendance(store, held.id, vec![mark(p.id), mark(ParticipantId::new())]),
        "participant_id",
        "no_such_record",
    );
    assert_eq!(
        row_counts(&s),
        before,
        "a refused roster writes no mark at all"
    );
}

#[test]
fn self_check_rules() {
    let mut s = scratch();
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let input = |energy, stress, note: Option<String>| SelfCheckInput {
        energy,
        stress,
        boundaries_held: BoundariesHeld::Mostly,
        support_needed: false,
        note,
    };
    refused(
        selfcheck::record(store, input(0, 3, None)),
        "energy",
        "out_of_range",
    );
    refused(
        selfcheck::record(store, input(3, 6, None)),
        "stress",
        "out_of_range",
    );
    refused(
        selfcheck::record(store, input(3, 3, Some(long(2001)))),
        "note",
        "too_long",
    );
    assert_eq!(row_counts(&s), before);
}

#[test]
fn settings_rules() {
    let mut s = scratch();
    let store = s.peerlog.store_mut();
    refused(
        settings::set_auto_lock_minutes(store, 0),
        "auto_lock_minutes",
        "out_of_range",
    );
    refused(
        settings::set_auto_lock_minutes(store, 241),
        "auto_lock_minutes",
        "out_of_range",
    );
    assert_eq!(settings::get(store).unwrap().auto_lock_minutes, 10);
    assert_eq!(
        settings::set_auto_lock_minutes(store, 5)
            .unwrap()
            .auto_lock_minutes,
        5
    );
}

#[test]
fn secret_rules() {
    let mut s = scratch();
    refused(
        s.peerlog.change_passphrase(&Passphrase::new("password1")),
        "passphrase",
        "weak",
    );
    let err = RecoveryKey::parse("AAAA-BBBB").unwrap_err();
    assert_eq!(
        (err.field, err.problem.code()),
        ("recovery_key", "wrong_count")
    );
}
