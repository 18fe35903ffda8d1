//! The weekly aggregates a peer's app sends their supervisor: each count
//! made on a store seeded so that every count has a case that must be in
//! it and one beside it that must not; and nothing but counts in it.

use crate::common::refused;
use crate::credentials::{d, on};
use crate::export_support::*;
use chrono::NaiveDate;
use peerlog_core::billing::{self, payers, PayerProfile};
use peerlog_core::domain::contact::{self, Contact, ContactInput, ContactMode};
use peerlog_core::domain::followup::{self, FollowUpInput};
use peerlog_core::domain::group::{self, AttendanceMark, AttendanceStatus, SessionInput};
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::{self, Participant, ParticipantInput, ParticipantStatus};
use peerlog_core::domain::recovery_plan::{self, GoalInput, PlanInput};
use peerlog_core::domain::wellness::Dimension;
use peerlog_core::settings::Signer;
use peerlog_core::views::week_summary::{last_complete_week, week_summary, PayerUnits};

const NARRATIVE: &str = "CanaryWeekNarrativeZq";

fn service(s: &mut Scratch, p: &Participant, day: NaiveDate, minutes: u32) -> Contact {
    contact::create(
        s.peerlog.store_mut(),
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(day, 10),
            duration_minutes: minutes,
            mode: ContactMode::InPerson,
            setting: None,
            services: vec![],
            dimensions: vec![],
            narrative: NARRATIVE.into(),
            follow_up: None,
        },
    )
    .unwrap()
}

fn signed(s: &mut Scratch, p: &Participant, day: NaiveDate, minutes: u32) {
    let c = service(s, p, day, minutes);
    let signer = Signer {
        name: "Peer Gamma".into(),
        credential: Some("CPS".into()),
    };
    note_signature::sign(s.peerlog.store_mut(), c.id, signer).unwrap();
}

fn due(s: &mut Scratch, p: &Participant, on: NaiveDate) {
    followup::create(
        s.peerlog.store_mut(),
        FollowUpInput {
            participant_id: p.id,
            due_on: on,
            text: "Call back".into(),
        },
    )
    .unwrap();
}

fn plan(s: &mut Scratch, p: &Participant, review: NaiveDate) {
    recovery_plan::create(
        s.peerlog.store_mut(),
        PlanInput {
            participant_id: p.id,
            goals: vec![GoalInput {
                dimension: Dimension::Social,
                words: "See my sister on Sundays".into(),
                steps: Vec::new(),
                who_helps: None,
                target_on: None,
                status: Default::default(),
            }],
            strengths: Vec::new(),
            next_review_on: Some(review),
        },
    )
    .unwrap();
}

fn session(
    s: &mut Scratch,
    group_id: peerlog_core::ids::GroupId,
    day: NaiveDate,
    marks: &[(&Participant, AttendanceStatus)],
) {
    let session = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id,
            held_on: day,
            topic: None,
            note: None,
        },
    )
    .unwrap();
    let marks = marks
        .iter()
        .map(|(p, status)| AttendanceMark {
            participant_id: p.id,
            status: *status,
        })
        .collect();
    group::record_attendance(s.peerlog.store_mut(), session.id, marks).unwrap();
}

/// Today is Wednesday 2026-06-03; the week is Monday 2026-05-25 to Sunday
/// 2026-05-31. Five participants: four active, one discharged.
fn seeded() -> (Scratch, Vec<Participant>) {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 3));
    let mut people: Vec<Participant> = (1..=4).map(|n| person(&mut s, n)).collect();
    people.push(
        participant::create(
            s.peerlog.store_mut(),
            ParticipantInput {
                external_id: "PX-005".into(),
                first_name: Some("Given5".into()),
                last_name: Some("Family5".into()),
                status: ParticipantStatus::Discharged,
                ..ParticipantInput::default()
            },
        )
        .unwrap(),
    );
    let [p1, p2, p3, p4, p5] = &people[..] else {
        unreachable!()
    };

    // Units: p1's payer counts any part of a unit, p2 has none (the
    // standard midpoint rule). 50 minutes are 4 units for p1, 3 for p2.
    payers::add(
        s.peerlog.store_mut(),
        PayerProfile {
            rounding: billing::Rounding::AnyPart,
            ..PayerProfile::new("Any Part Payer")
        },
    )
    .unwrap();
    payers::assign(s.peerlog.store_mut(), p1.id, Some("Any Part Payer")).unwrap();
    signed(&mut s, p1, d(2026, 5, 26), 50);
    signed(&mut s, p2, d(2026, 5, 31), 50);
    // The days either side of the week: neither counts.
    signed(&mut s, p1, d(2026, 5, 24), 60);
    service(&mut s, p1, d(2026, 6, 1), 30);
    // Unsigned in the week: one.
    service(&mut s, p2, d(2026, 5, 28), 30);
    // Seen 24 days ago: not seen for 14 days. p3 never: not seen either.
    // p5 never, but discharged: not counted.
    service(&mut s, p4, d(2026, 5, 10), 30);

    // Overdue: due before today, open. Due today is not overdue yet.
    due(&mut s, p1, d(2026, 6, 1));
    due(&mut s, p3, d(2026, 5, 1));
    due(&mut s, p2, d(2026, 6, 3));

    // A review that has come, one still ahead, and one of a discharged
    // participant.
    plan(&mut s, p1, d(2026, 6, 2));
    plan(&mut s, p2, d(2026, 6, 20));
    plan(&mut s, p5, d(2026, 5, 1));

    // Two sessions in the week, three there (present or late); one after.
    let g = group(&mut s);
    session(
        &mut s,
        g,
        d(2026, 5, 27),
        &[
            (p1, AttendanceStatus::Present),
            (p2, AttendanceStatus::Late),
            (p3, AttendanceStatus::Absent),
            (p4, AttendanceStatus::Excused),
        ],
    );
    session(
        &mut s,
        g,
        d(2026, 5, 31),
        &[(p1, AttendanceStatus::Present)],
    );
    session(&mut s, g, d(2026, 6, 1), &[(p2, AttendanceStatus::Present)]);
    (s, people)
}

#[test]
fn each_count_holds_its_cases_and_not_the_ones_beside_them() {
    let (s, _) = seeded();
    let today = d(2026, 6, 3);
    let week = last_complete_week(today);
    assert_eq!(week, d(2026, 5, 25));
    let summary = week_summary(s.peerlog.store(), week, today).unwrap();
    assert_eq!(summary.week_start, week);
    assert_eq!(summary.active_participants, 4);
    assert_eq!(summary.not_seen_14_days, 2);
    assert_eq!(summary.overdue_followups, 2);
    assert_eq!(summary.plan_reviews_due, 1);
    assert_eq!(summary.unsigned_notes, 1);
    assert_eq!(
        summary.units_by_payer,
        [
            PayerUnits {
                payer: "Any Part Payer".into(),
                units: 4
            },
            PayerUnits {
                payer: "Standard".into(),
                units: 3
            },
        ]
    );
    assert_eq!(summary.group_sessions, 2);
    assert_eq!(summary.group_attendance, 3);

    // The units are the billing log's for the same week.
    let log =
        peerlog_core::billing::log::build(s.peerlog.store().conn(), week, d(2026, 5, 31), None)
            .unwrap();
    let total: u32 = summary.units_by_payer.iter().map(|p| p.units).sum();
    assert_eq!(total, log.units());

    // The week after: the Monday's unsigned note and session, nothing else.
    let next = week_summary(s.peerlog.store(), d(2026, 6, 1), today).unwrap();
    assert_eq!(
        (
            next.unsigned_notes,
            next.group_sessions,
            next.group_attendance
        ),
        (1, 1, 1)
    );
    assert!(next.units_by_payer.is_empty());
}

#[test]
fn it_holds_counts_and_never_a_name_an_id_or_a_narrative() {
    let (s, people) = seeded();
    let summary = week_summary(s.peerlog.store(), d(2026, 5, 25), d(2026, 6, 3)).unwrap();
    let json = serde_json::to_string(&summary).unwrap();
    assert!(json.contains("\"notSeen14Days\":2"), "{json}");
    assert!(json.contains("\"unitsByPayer\":[{\"payer\":"), "{json}");
    let mut words = vec![NARRATIVE.to_string(), "Peer Gamma".into(), "sister".into()];
    for p in &people {
        words.extend([
            p.external_id.clone(),
            p.id.to_string(),
            p.first_name.clone().unwrap(),
            p.last_name.clone().unwrap(),
        ]);
    }
    for word in words {
        assert!(!json.contains(&word), "{word} in {json}");
    }
}

#[test]
fn a_week_must_start_on_a_monday_and_not_after_today() {
    let (s, _) = seeded();
    let store = s.peerlog.store();
    refused(
        week_summary(store, d(2026, 5, 26), d(2026, 6, 3)),
        "week",
        "bad_format",
    );
    refused(
        week_summary(store, d(2026, 6, 8), d(2026, 6, 3)),
        "week",
        "in_future",
    );
}
