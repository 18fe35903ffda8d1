//! What a peer does, end to end through core: records, the derived views,
//! deletion, and one transaction per action.

use crate::common::*;
use chrono::Duration;
use peerlog_core::audit::{self, AuditAction};
use peerlog_core::domain::boundary::{self, BoundaryCategory, BoundaryInput};
use peerlog_core::domain::consent::{self, ConsentCategory, ConsentInput, ConsentStatus};
use peerlog_core::domain::contact::{self, units, ContactMode};
use peerlog_core::domain::followup::{self, FollowUpDraft, FollowUpInput, FollowUpStatus};
use peerlog_core::domain::group::{
    self, AttendanceMark, AttendanceStatus, GroupInput, SessionInput, Weekday,
};
use peerlog_core::domain::participant::{self, Participant, ParticipantInput, ParticipantStatus};
use peerlog_core::domain::referral::{self, ReferralInput, ReferralOutcome, ResourceType};
use peerlog_core::domain::selfcheck;
use peerlog_core::domain::wellness::{self, CheckInInput, Dimension, WellnessScores};
use peerlog_core::time::{today, Timestamp};
use peerlog_core::views::caseload::caseload;
use peerlog_core::views::followups::due;
use peerlog_core::views::search::search;
use peerlog_core::views::timeline::{timeline, TimelineEntry};
use peerlog_core::views::trend::wellness_trend;
use peerlog_devtools::demo::{self, DemoSpec};

#[test]
fn units_follow_the_midpoint_rule() {
    assert_eq!(units(7), 0);
    assert_eq!(units(8), 1);
    assert_eq!(units(15), 1);
    assert_eq!(units(22), 1);
    assert_eq!(units(23), 2);
    assert_eq!(units(60), 4);
    assert_eq!(units(720), 48);
}

#[test]
fn a_participant_round_trips_and_edits() {
    let mut s = scratch();
    let created = participant::create(
        s.peerlog.store_mut(),
        ParticipantInput {
            external_id: " A-1 ".into(),
            first_name: Some("Samuel".into()),
            last_name: Some("Okafor".into()),
            preferred_name: Some("Sam".into()),
            pronouns: Some("he/him".into()),
            intake_date: Some(days_ago(30)),
            email: Some("sam@example.org".into()),
            ..ParticipantInput::default()
        },
    )
    .unwrap();
    assert_eq!(created.external_id, "A-1", "trimmed");
    assert_eq!(created.display_name, "Sam Okafor");
    assert_eq!(
        participant::get(s.peerlog.store(), created.id).unwrap(),
        created
    );

    let mut input = ParticipantInput {
        external_id: "A-1".into(),
        first_name: Some("Samuel".into()),
        status: ParticipantStatus::Completed,
        ..ParticipantInput::default()
    };
    input.goals = Some("Finish the program".into());
    let edited = participant::update(s.peerlog.store_mut(), created.id, input).unwrap();
    assert_eq!(edited.status, ParticipantStatus::Completed);
    assert_eq!(edited.last_name, None);
    assert_eq!(edited.display_name, "Samuel");
    assert_eq!(edited.created_at, created.created_at);
}

#[test]
fn a_contact_and_its_follow_up_are_one_write() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let mut input = contact_input(&p, Timestamp::now().plus_minutes(-30));
    input.follow_up = Some(FollowUpDraft {
        due_on: today() + Duration::days(3),
        text: "Ride to the clinic".into(),
    });
    let saved = contact::create(s.peerlog.store_mut(), input.clone()).unwrap();
    let follow_ups = followup::list_for(s.peerlog.store(), p.id).unwrap();
    assert_eq!(follow_ups.len(), 1);
    assert_eq!(follow_ups[0].contact_id, Some(saved.id));

    // If the follow-up is refused, the contact is not written either.
    input.follow_up = Some(FollowUpDraft {
        due_on: today() + Duration::days(3),
        text: "".into(),
    });
    assert!(contact::create(s.peerlog.store_mut(), input).is_err());
    assert_eq!(contact::list_for(s.peerlog.store(), p.id).unwrap().len(), 1);
}

#[test]
fn open_follow_ups_are_listed_soonest_first_and_closed_ones_left_out() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let other = person(&mut s, "A-2");
    let add = |s: &mut Scratch, who: &Participant, days: i64, text: &str| {
        followup::create(
            s.peerlog.store_mut(),
            FollowUpInput {
                participant_id: who.id,
                due_on: today() + Duration::days(days),
                text: text.into(),
            },
        )
        .unwrap()
    };
    let later = add(&mut s, &p, 9, "Court date reminder");
    let long_overdue = add(&mut s, &p, -400, "Birth certificate request");
    let done = add(&mut s, &p, 2, "Bus pass");
    add(&mut s, &other, 1, "Someone else's");
    followup::set_status(s.peerlog.store_mut(), done.id, FollowUpStatus::Done).unwrap();

    let open = followup::open_for(s.peerlog.store(), p.id).unwrap();
    let ids: Vec<_> = open.iter().map(|f| f.id).collect();
    assert_eq!(ids, vec![long_overdue.id, later.id]);
}

#[test]
fn caseload_marks_who_has_not_been_seen_and_counts_follow_ups() {
    let mut s = scratch();
    let recent = person(&mut s, "R-1");
    let edge = person(&mut s, "E-1");
    let stale = person(&mut s, "S-1");
    let never = person(&mut s, "N-1");
    log_contact(&mut s, &recent, at(days_ago(2), 10));
    log_contact(&mut s, &edge, at(days_ago(13), 10));
    log_contact(&mut s, &stale, at(days_ago(14), 10));
    log_contact(&mut s, &stale, at(days_ago(40), 10));
    followup::create(
        s.peerlog.store_mut(),
        followup::FollowUpInput {
            participant_id: recent.id,
            due_on: days_ago(1),
            text: "Overdue call".into(),
        },
    )
    .unwrap();
    followup::create(
        s.peerlog.store_mut(),
        followup::FollowUpInput {
            participant_id: recent.id,
            due_on: today(),
            text: "Due today".into(),
        },
    )
    .unwrap();

    let rows = caseload(s.peerlog.store(), today()).unwrap();
    let row = |id| rows.iter().find(|r| r.participant_id == id).unwrap();
    assert_eq!(row(recent.id).days_since_seen, Some(2));
    assert!(!row(recent.id).not_seen_recently);
    assert_eq!(row(recent.id).open_follow_ups, 2);
    assert_eq!(
        row(recent.id).overdue_follow_ups,
        1,
        "due today is not overdue"
    );
    assert_eq!(row(recent.id).next_follow_up_on, Some(days_ago(1)));
    assert_eq!(row(edge.id).days_since_seen, Some(13));
    assert!(!row(edge.id).not_seen_recently);
    assert_eq!(
        row(stale.id).days_since_seen,
        Some(14),
        "the latest contact counts"
    );
    assert!(row(stale.id).not_seen_recently);
    assert_eq!(row(never.id).days_since_seen, None);
    assert!(row(never.id).not_seen_recently);
    assert_eq!(
        row(stale.id).last_contact_at.unwrap().local_date(),
        days_ago(14)
    );

    // Only active participants stand out.
    let mut input = ParticipantInput {
        external_id: "N-1".into(),
        first_name: Some("Sam".into()),
        status: ParticipantStatus::Paused,
        ..ParticipantInput::default()
    };
    input.last_name = Some("Okafor".into());
    participant::update(s.peerlog.store_mut(), never.id, input).unwrap();
    let rows = caseload(s.peerlog.store(), today()).unwrap();
    assert!(
        !rows
            .iter()
            .find(|r| r.participant_id == never.id)
            .unwrap()
            .not_seen_recently
    );
}

fn weekly_group(s: &mut Scratch, weekday: Weekday) -> group::Group {
    group::create(
        s.peerlog.store_mut(),
        GroupInput {
            name: "Tuesday Recovery Circle".into(),
            description: None,
            weekday: Some(weekday),
            start_time: Some("18:00".into()),
            location: None,
            active: true,
        },
    )
    .unwrap()
}

#[test]
fn caseload_shows_the_next_group_from_the_schedule_or_a_planned_session() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let other = person(&mut s, "A-2");
    let today = today();
    let weekday =
        Weekday::ALL[(chrono::Datelike::weekday(&today).num_days_from_monday() as usize + 3) % 7];
    let g = weekly_group(&mut s, weekday);
    group::add_member(s.peerlog.store_mut(), g.id, p.id, None).unwrap();
    let rows = caseload(s.peerlog.store(), today).unwrap();
    let next = rows
        .iter()
        .find(|r| r.participant_id == p.id)
        .unwrap()
        .next_group
        .clone()
        .unwrap();
    assert_eq!(next.on, today + Duration::days(3));
    assert_eq!(next.name, "Tuesday Recovery Circle");
    assert!(rows
        .iter()
        .find(|r| r.participant_id == other.id)
        .unwrap()
        .next_group
        .is_none());

    // A session planned sooner than the weekly slot wins.
    group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id: g.id,
            held_on: today + Duration::days(1),
            topic: Some("Extra session".into()),
            note: None,
        },
    )
    .unwrap();
    let rows = caseload(s.peerlog.store(), today).unwrap();
    let next = rows
        .iter()
        .find(|r| r.participant_id == p.id)
        .unwrap()
        .next_group
        .clone()
        .unwrap();
    assert_eq!(next.on, today + Duration::days(1));
}

#[test]
fn the_roster_grid_holds_members_and_drop_ins() {
    let mut s = scratch();
    let a = testing_person(&mut s, "A-1", "Avery");
    let b = testing_person(&mut s, "A-2", "Blake");
    let drop_in = testing_person(&mut s, "A-3", "Casey");
    let g = weekly_group(&mut s, Weekday::Tuesday);
    for p in [&a, &b] {
        group::add_member(s.peerlog.store_mut(), g.id, p.id, None).unwrap();
    }
    let first = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id: g.id,
            held_on: days_ago(7),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    let second = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id: g.id,
            held_on: today(),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    let mark = |participant_id, status| AttendanceMark {
        participant_id,
        status,
    };
    group::record_attendance(
        s.peerlog.store_mut(),
        first.id,
        vec![
            mark(a.id, AttendanceStatus::Present),
            mark(b.id, AttendanceStatus::Absent),
        ],
    )
    .unwrap();
    group::record_attendance(
        s.peerlog.store_mut(),
        second.id,
        vec![
            mark(a.id, AttendanceStatus::Late),
            mark(drop_in.id, AttendanceStatus::Present),
        ],
    )
    .unwrap();
    // Re-marking a session replaces its roster.
    group::record_attendance(
        s.peerlog.store_mut(),
        first.id,
        vec![
            mark(a.id, AttendanceStatus::Excused),
            mark(b.id, AttendanceStatus::Present),
        ],
    )
    .unwrap();

    let roster = group::roster(s.peerlog.store(), g.id, 10).unwrap();
    assert_eq!(roster.group.member_count, 2);
    assert_eq!(
        roster.sessions.iter().map(|x| x.id).collect::<Vec<_>>(),
        vec![first.id, second.id]
    );
    let names: Vec<&str> = roster
        .members
        .iter()
        .map(|m| m.display_name.as_str())
        .collect();
    assert_eq!(names, vec!["Avery Okafor", "Blake Okafor", "Casey Okafor"]);
    assert_eq!(roster.members[2].joined_on, None, "a drop-in");
    assert_eq!(roster.marks.len(), 4);
    let status = |session, person| {
        roster
            .marks
            .iter()
            .find(|m| m.session_id == session && m.participant_id == person)
            .map(|m| m.status)
    };
    assert_eq!(status(first.id, a.id), Some(AttendanceStatus::Excused));
    assert_eq!(status(first.id, b.id), Some(AttendanceStatus::Present));
    assert_eq!(status(second.id, b.id), None);
    assert_eq!(
        group::roster(s.peerlog.store(), g.id, 1)
            .unwrap()
            .sessions
            .len(),
        1,
        "the latest only"
    );
}

fn testing_person(s: &mut Scratch, external_id: &str, first: &str) -> participant::Participant {
    peerlog_devtools::testing::add_participant(&mut s.peerlog, external_id, first, "Okafor")
}

fn check_in(s: &mut Scratch, p: &participant::Participant, days: i64, level: u8, barc: Option<u8>) {
    let scores = WellnessScores {
        emotional: level,
        environmental: level,
        financial: level,
        intellectual: level,
        occupational: level,
        physical: level,
        social: level,
        spiritual: level.min(4),
    };
    wellness::record(
        s.peerlog.store_mut(),
        CheckInInput {
            participant_id: p.id,
            occurred_at: at(days_ago(days), 9),
            scores,
            barc10: barc.map(|b| vec![b; 10]),
            note: None,
        },
    )
    .unwrap();
}

#[test]
fn the_wellness_trend_runs_oldest_first_with_the_change() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    check_in(&mut s, &p, 10, 4, Some(5));
    check_in(&mut s, &p, 60, 2, Some(3));
    check_in(&mut s, &p, 30, 3, None);
    let trend = wellness_trend(s.peerlog.store(), p.id).unwrap();
    assert_eq!(trend.points.len(), 3);
    assert!(trend.points.windows(2).all(|w| w[0].at < w[1].at));
    assert_eq!(trend.points[0].scores.emotional, 2);
    assert_eq!(trend.points[0].average, 2.0);
    let emotional = trend
        .changes
        .iter()
        .find(|c| c.dimension == Dimension::Emotional)
        .unwrap();
    assert_eq!(
        (emotional.first, emotional.latest, emotional.change),
        (2, 4, 2)
    );
    assert_eq!(trend.barc10_first, Some(30));
    assert_eq!(trend.barc10_latest, Some(50));
    assert_eq!(trend.barc10_cutoff, 47);

    let lone = person(&mut s, "A-2");
    check_in(&mut s, &lone, 1, 3, None);
    assert!(wellness_trend(s.peerlog.store(), lone.id)
        .unwrap()
        .changes
        .is_empty());
}

#[test]
fn the_timeline_holds_every_kind_newest_first() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    log_contact(&mut s, &p, at(days_ago(5), 9));
    log_contact(&mut s, &p, at(days_ago(5), 15));
    check_in(&mut s, &p, 3, 3, None);
    boundary::create(
        s.peerlog.store_mut(),
        BoundaryInput {
            participant_id: p.id,
            category: BoundaryCategory::Rides,
            text: "Rides to appointments only.".into(),
            agreed_on: days_ago(20),
            review_on: None,
        },
    )
    .unwrap();
    referral::create(
        s.peerlog.store_mut(),
        ReferralInput {
            participant_id: p.id,
            resource_type: ResourceType::Housing,
            resource_name: "Eastside Housing Navigation".into(),
            referred_on: days_ago(8),
            note: None,
        },
    )
    .unwrap();
    followup::create(
        s.peerlog.store_mut(),
        followup::FollowUpInput {
            participant_id: p.id,
            due_on: today() + Duration::days(2),
            text: "Call".into(),
        },
    )
    .unwrap();
    let g = weekly_group(&mut s, Weekday::Monday);
    let session = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id: g.id,
            held_on: days_ago(4),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    group::record_attendance(
        s.peerlog.store_mut(),
        session.id,
        vec![AttendanceMark {
            participant_id: p.id,
            status: AttendanceStatus::Present,
        }],
    )
    .unwrap();

    let items = timeline(s.peerlog.store(), p.id, None).unwrap();
    // Each entry by the kind it crosses IPC as.
    let kinds: Vec<String> = items
        .iter()
        .map(|i| {
            serde_json::to_value(&i.entry).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            "followUp",
            "checkIn",
            "attendance",
            "contact",
            "contact",
            "referral",
            "boundary"
        ]
    );
    // Same day: the afternoon contact before the morning one.
    let times: Vec<u32> = items
        .iter()
        .filter_map(|i| match &i.entry {
            TimelineEntry::Contact { contact } => {
                Some(chrono::Timelike::hour(&contact.occurred_at.fixed()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(times, vec![15, 9]);
    for limit in 1..=items.len() {
        let page = timeline(s.peerlog.store(), p.id, Some(limit)).unwrap();
        assert_eq!(
            page,
            items[..limit],
            "the first {limit} of the whole timeline"
        );
    }
    assert!(timeline(
        s.peerlog.store(),
        peerlog_core::ids::ParticipantId::new(),
        None
    )
    .is_err());
}

#[test]
fn search_finds_every_kind_of_writing_and_forgets_what_was_deleted() {
    let mut s = scratch();
    let p = testing_person(&mut s, "A-1", "Marisol");
    let mut input = contact_input(&p, Timestamp::now().plus_minutes(-10));
    input.narrative = "Practised what to say at the arraignment hearing.".into();
    let c = contact::create(s.peerlog.store_mut(), input).unwrap();
    boundary::create(
        s.peerlog.store_mut(),
        BoundaryInput {
            participant_id: p.id,
            category: BoundaryCategory::Money,
            text: "No lending money, ever.".into(),
            agreed_on: today(),
            review_on: None,
        },
    )
    .unwrap();

    let hits = search(s.peerlog.store(), "arraign", 10).unwrap();
    assert_eq!(hits.len(), 1, "a prefix of the last word matches");
    assert_eq!(hits[0].kind.code(), "contact");
    assert_eq!(hits[0].record_id, c.id.to_string());
    assert_eq!(hits[0].participant_name.as_deref(), Some("Marisol Okafor"));
    assert!(hits[0]
        .snippet
        .iter()
        .any(|part| part.hit && part.text.to_lowercase().starts_with("arraign")));

    assert_eq!(
        search(s.peerlog.store(), "lending", 10).unwrap()[0]
            .kind
            .code(),
        "boundary"
    );
    assert_eq!(
        search(s.peerlog.store(), "marisol", 10).unwrap()[0]
            .kind
            .code(),
        "participant"
    );
    assert!(
        search(s.peerlog.store(), "hearing lending", 10)
            .unwrap()
            .is_empty(),
        "all words must match"
    );
    assert!(
        search(s.peerlog.store(), "\"unbalanced (", 10)
            .unwrap()
            .is_empty(),
        "syntax is just text"
    );
    assert!(search(s.peerlog.store(), "", 10).unwrap().is_empty());

    // An edit re-indexes; a deletion forgets.
    let mut input = contact_input(&p, Timestamp::now().plus_minutes(-10));
    input.narrative = "Walked to the pantry together.".into();
    contact::update(s.peerlog.store_mut(), c.id, input).unwrap();
    assert!(search(s.peerlog.store(), "arraignment", 10)
        .unwrap()
        .is_empty());
    assert_eq!(search(s.peerlog.store(), "pantry", 10).unwrap().len(), 1);
    participant::delete(s.peerlog.store_mut(), p.id).unwrap();
    for word in ["pantry", "lending", "marisol"] {
        assert!(
            search(s.peerlog.store(), word, 10).unwrap().is_empty(),
            "{word}"
        );
    }
}

#[test]
fn deleting_a_participant_removes_every_record_and_is_audited() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let keep = person(&mut s, "A-2");
    log_contact(&mut s, &p, at(days_ago(1), 10));
    log_contact(&mut s, &keep, at(days_ago(1), 10));
    check_in(&mut s, &p, 2, 3, Some(4));
    check_in(&mut s, &keep, 2, 3, None);
    let before_audit = audit::count(s.peerlog.store(), AuditAction::Deleted).unwrap();
    participant::delete(s.peerlog.store_mut(), p.id).unwrap();
    for (table, rows) in row_counts(&s) {
        if ["contacts", "checkins"].contains(&table.as_str()) {
            assert_eq!(rows, 1, "{table} keeps only the other participant's");
        }
    }
    assert_eq!(
        audit::count(s.peerlog.store(), AuditAction::Deleted).unwrap(),
        before_audit + 1
    );
    let entry = &audit::recent(s.peerlog.store(), 1).unwrap()[0];
    assert!(entry.detail.contains(&p.id.to_string()));
    assert!(
        !entry.detail.contains("Okafor"),
        "the audit log names ids, not people"
    );
    assert!(participant::delete(s.peerlog.store_mut(), p.id).is_err());
}

#[test]
fn follow_ups_close_and_reopen_and_the_due_list_orders_them() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let mk = |s: &mut Scratch, due_on, text: &str| {
        followup::create(
            s.peerlog.store_mut(),
            followup::FollowUpInput {
                participant_id: p.id,
                due_on,
                text: text.into(),
            },
        )
        .unwrap()
    };
    let late = mk(&mut s, days_ago(3), "Late");
    let soon = mk(&mut s, today() + Duration::days(2), "Soon");
    mk(&mut s, today() + Duration::days(30), "Later");
    let list = due(s.peerlog.store(), today(), 7).unwrap();
    assert_eq!(
        list.iter().map(|d| d.follow_up.id).collect::<Vec<_>>(),
        vec![late.id, soon.id]
    );
    assert_eq!(list[0].days_overdue, 3);
    assert_eq!(list[1].days_overdue, -2);
    assert_eq!(list[0].participant_name, "Sam Okafor");

    let done = followup::set_status(s.peerlog.store_mut(), late.id, FollowUpStatus::Done).unwrap();
    assert_eq!(done.closed_on, Some(today()));
    assert_eq!(due(s.peerlog.store(), today(), 7).unwrap().len(), 1);
    let reopened =
        followup::set_status(s.peerlog.store_mut(), late.id, FollowUpStatus::Open).unwrap();
    assert_eq!(reopened.closed_on, None);
}

#[test]
fn referral_outcomes_are_recorded() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let r = referral::create(
        s.peerlog.store_mut(),
        ReferralInput {
            participant_id: p.id,
            resource_type: ResourceType::IdDocuments,
            resource_name: "DMV ID Assistance Day".into(),
            referred_on: days_ago(5),
            note: None,
        },
    )
    .unwrap();
    assert_eq!(r.outcome, ReferralOutcome::Pending);
    let r = referral::set_outcome(
        s.peerlog.store_mut(),
        r.id,
        ReferralOutcome::Connected,
        None,
    )
    .unwrap();
    assert_eq!(
        (r.outcome, r.outcome_on),
        (ReferralOutcome::Connected, Some(today()))
    );
    let r = referral::set_outcome(
        s.peerlog.store_mut(),
        r.id,
        ReferralOutcome::Pending,
        Some(today()),
    )
    .unwrap();
    assert_eq!(r.outcome_on, None, "pending has no outcome date");
}

#[test]
fn consent_status_is_derived_on_its_boundary_dates() {
    let mut s = scratch();
    let p = person(&mut s, "A-1");
    let d = |n: i64| days_ago(n);
    let c = consent::create(
        s.peerlog.store_mut(),
        ConsentInput {
            participant_id: p.id,
            discloser: "Peer support program".into(),
            recipient: "Circuit Court Behavioral Health Docket".into(),
            purpose: "Case conference".into(),
            categories: vec![
                ConsentCategory::Attendance,
                ConsentCategory::Attendance,
                ConsentCategory::Wellness,
            ],
            effective_on: d(10),
            expires_on: Some(d(2)),
            expiry_event: None,
            signed_on: d(12),
        },
    )
    .unwrap();
    assert_eq!(
        c.categories,
        vec![ConsentCategory::Attendance, ConsentCategory::Wellness],
        "no repeats"
    );
    assert_eq!(c.status_on(d(11)), ConsentStatus::NotYetEffective);
    assert_eq!(
        c.status_on(d(10)),
        ConsentStatus::Active,
        "from the effective day"
    );
    assert_eq!(
        c.status_on(d(2)),
        ConsentStatus::Active,
        "through the expiry day"
    );
    assert_eq!(c.status_on(d(1)), ConsentStatus::Expired);
    assert!(c.allows(ConsentCategory::Wellness));
    assert!(!c.allows(ConsentCategory::ContactNarratives));

    assert_eq!(
        consent::active_for(
            s.peerlog.store(),
            "  circuit court behavioral health docket ",
            d(5)
        )
        .unwrap()
        .len(),
        1,
        "recipients match without regard to case"
    );
    assert!(
        consent::active_for(s.peerlog.store(), "County Sheriff Reentry Program", d(5))
            .unwrap()
            .is_empty()
    );
    assert!(consent::active_for(
        s.peerlog.store(),
        "Circuit Court Behavioral Health Docket",
        d(1)
    )
    .unwrap()
    .is_empty());

    let revoked = consent::revoke(s.peerlog.store_mut(), c.id, Some(d(6))).unwrap();
    assert_eq!(
        revoked.status_on(d(7)),
        ConsentStatus::Active,
        "the day before revocation"
    );
    assert_eq!(
        revoked.status_on(d(6)),
        ConsentStatus::Revoked,
        "from the revocation day"
    );
    assert_eq!(revoked.status_on(d(11)), ConsentStatus::NotYetEffective);
    assert_eq!(
        consent::recipients(s.peerlog.store()).unwrap(),
        vec!["Circuit Court Behavioral Health Docket"]
    );
}

#[test]
fn the_peers_self_checks_are_kept_apart() {
    let mut s = scratch();
    let saved = selfcheck::record(
        s.peerlog.store_mut(),
        selfcheck::SelfCheckInput {
            energy: 2,
            stress: 4,
            boundaries_held: selfcheck::BoundariesHeld::Mostly,
            support_needed: true,
            note: Some("Long week of court dates.".into()),
        },
    )
    .unwrap();
    assert_eq!(
        selfcheck::recent(s.peerlog.store(), 5).unwrap(),
        vec![saved.clone()]
    );
    // Not searchable with participants' records.
    assert!(search(s.peerlog.store(), "court", 10).unwrap().is_empty());
    selfcheck::delete(s.peerlog.store_mut(), saved.id).unwrap();
    assert!(selfcheck::recent(s.peerlog.store(), 5).unwrap().is_empty());
}

#[test]
fn the_vocabulary_lists_every_choice_with_a_label() {
    let v = peerlog_core::domain::vocabulary(peerlog_core::i18n::Language::English);
    assert_eq!(v.dimensions.len(), 8);
    assert_eq!(v.barc10_items.len(), 10);
    assert!(v
        .contact_modes
        .iter()
        .any(|c| c.code == "jail_visit" && c.label == "Jail visit"));
    let es = peerlog_core::domain::vocabulary(peerlog_core::i18n::Language::Spanish);
    assert!(es
        .contact_modes
        .iter()
        .any(|c| c.code == "jail_visit" && c.label == "Visita en la cárcel"));
    assert_eq!(es.barc10_items.len(), 10);
    assert!(es
        .barc10_items
        .iter()
        .zip(&v.barc10_items)
        .all(|(es, en)| es != en));
    assert_eq!(ContactMode::parse("In-Person"), Some(ContactMode::InPerson));
    assert_eq!(ContactMode::parse("text message"), Some(ContactMode::Text));
    assert_eq!(ContactMode::parse("fax"), None);
}

#[test]
fn demo_data_is_the_same_for_the_same_seed() {
    let fingerprint = |seed: u64| {
        let mut s = scratch();
        let spec = DemoSpec::caseload(seed, 12);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let summary = demo::load(s.peerlog.store_mut(), &spec, today).unwrap();
        let rows: Vec<String> = caseload(s.peerlog.store(), today)
            .unwrap()
            .into_iter()
            .map(|r| {
                format!(
                    "{}|{}|{:?}|{}|{}",
                    r.external_id,
                    r.display_name,
                    r.days_since_seen,
                    r.open_follow_ups,
                    r.overdue_follow_ups
                )
            })
            .collect();
        let narratives: Vec<String> = {
            let conn = s.peerlog.store().conn();
            let mut stmt = conn
                .prepare("SELECT narrative FROM contacts ORDER BY rid")
                .unwrap();
            stmt.query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        (summary, rows, narratives)
    };
    let a = fingerprint(7);
    let b = fingerprint(7);
    let c = fingerprint(8);
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert_eq!(a.0.participants, 12);
    assert!(a.0.contacts > 12 * 5, "months of contacts");
    assert!(a.0.group_sessions > 20 && a.0.attendance_marks > 0);
    assert!(a.0.check_ins > 0 && a.0.boundary_notes >= 12 && a.0.consents > 0);
}

#[test]
fn a_timeline_page_is_the_head_of_the_whole_timeline_over_months_of_records() {
    // Pages are read from the day the contacts bound them; every kind of
    // entry, dated before, on and after that day, must land as in the whole.
    let mut s = scratch();
    let spec = DemoSpec::caseload(11, 8);
    demo::load(s.peerlog.store_mut(), &spec, today()).unwrap();
    let mut bounded_pages = 0;
    for row in caseload(s.peerlog.store(), today()).unwrap() {
        let whole = timeline(s.peerlog.store(), row.participant_id, None).unwrap();
        let contacts = whole
            .iter()
            .filter(|i| matches!(i.entry, TimelineEntry::Contact { .. }))
            .count();
        for limit in [1, 2, 5, 10, 20, 40, 80, 200] {
            let page = timeline(s.peerlog.store(), row.participant_id, Some(limit)).unwrap();
            assert_eq!(
                page,
                whole[..limit.min(whole.len())],
                "the first {limit} of the whole timeline"
            );
            if contacts >= limit && whole.len() > limit {
                bounded_pages += 1;
            }
        }
    }
    assert!(bounded_pages > 8, "pages that stop short of the history");
}

#[test]
fn demo_data_goes_only_into_an_empty_store() {
    let mut s = scratch();
    person(&mut s, "A-1");
    refused(
        demo::load(s.peerlog.store_mut(), &DemoSpec::caseload(1, 3), today()),
        "store",
        "not_empty",
    );
}
