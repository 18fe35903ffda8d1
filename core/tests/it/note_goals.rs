//! A note names the recovery-plan goals it worked toward: only goals of its
//! own participant's plan, kept when the plan moves on to a new version,
//! locked with the note once it is signed (in core and in the store), held
//! by the signature's hash, and what the billing log's plan-goal check reads.

use crate::common::{at, contact_input, days_ago, person, refused, row_counts, scratch, Scratch};
use peerlog_core::billing::log::CheckKind;
use peerlog_core::billing::{payers, PayerProfile};
use peerlog_core::billing_log::{self, BillingRequest};
use peerlog_core::domain::contact::{self, Contact};
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::Participant;
use peerlog_core::domain::recovery_plan::{
    self, GoalInput, GoalStatus, PlanChange, PlanInput, PlanVersion,
};
use peerlog_core::domain::wellness::Dimension;
use peerlog_core::i18n::Language;
use peerlog_core::ids::PlanGoalKey;
use peerlog_core::report::ReportFormat;
use peerlog_core::settings::Signer;
use peerlog_core::time::today;
use peerlog_core::Error;

fn plan(s: &mut Scratch, p: &Participant) -> PlanVersion {
    let goal = |words: &str| GoalInput {
        dimension: Dimension::ALL[0],
        words: words.into(),
        steps: vec![],
        who_helps: None,
        target_on: None,
        status: GoalStatus::Active,
    };
    recovery_plan::create(
        s.peerlog.store_mut(),
        PlanInput {
            participant_id: p.id,
            goals: vec![goal("Keep my job"), goal("Find a meeting I like")],
            strengths: vec![],
            next_review_on: None,
        },
    )
    .unwrap()
}

fn note_toward(s: &mut Scratch, p: &Participant, days: i64, goals: Vec<PlanGoalKey>) -> Contact {
    let mut input = contact_input(p, at(days_ago(days), 10));
    input.goals = goals;
    contact::create(s.peerlog.store_mut(), input).unwrap()
}

fn peer() -> Signer {
    Signer {
        name: "Jordan Peer".into(),
        credential: Some("CPS".into()),
    }
}

#[test]
fn a_note_names_goals_of_its_own_participants_plan_only() {
    let mut s = scratch();
    let p = person(&mut s, "NG-1");
    let other = person(&mut s, "NG-2");
    let mine = plan(&mut s, &p);
    let theirs = plan(&mut s, &other);
    let first = mine.goals[0].key;

    let note = note_toward(&mut s, &p, 1, vec![first, first]);
    assert_eq!(note.goals, [first], "named once");
    assert_eq!(
        contact::get(s.peerlog.store(), note.id).unwrap().goals,
        [first]
    );

    // Another participant's goal, or one from no plan: refused by the field,
    // and nothing is written.
    let before = row_counts(&s);
    for stray in [theirs.goals[0].key, PlanGoalKey::new()] {
        let mut input = contact_input(&p, at(days_ago(1), 11));
        input.goals = vec![stray];
        refused(
            contact::create(s.peerlog.store_mut(), input),
            "goals",
            "no_such_record",
        );
    }
    assert_eq!(row_counts(&s), before);

    // Editing replaces the goals the note names.
    let mut input = contact_input(&p, note.occurred_at);
    input.goals = vec![mine.goals[1].key];
    let edited = contact::update(s.peerlog.store_mut(), note.id, input).unwrap();
    assert_eq!(edited.goals, [mine.goals[1].key]);
}

#[test]
fn a_note_keeps_its_goal_when_the_plan_moves_on() {
    let mut s = scratch();
    let p = person(&mut s, "NG-1");
    let v1 = plan(&mut s, &p);
    let key = v1.goals[0].key;
    let note = note_toward(&mut s, &p, 2, vec![key]);
    let v2 = recovery_plan::revise(
        s.peerlog.store_mut(),
        p.id,
        PlanChange::GoalStatus {
            goal: 1,
            status: GoalStatus::Met,
        },
    )
    .unwrap();
    assert_eq!(v2.version, 2);
    assert_eq!(v2.goals[0].key, key, "the same goal in version 2");
    assert_eq!(
        contact::get(s.peerlog.store(), note.id).unwrap().goals,
        [key]
    );
    // A later note may still name it.
    note_toward(&mut s, &p, 1, vec![key]);
}

#[test]
fn a_signed_notes_goals_are_locked_and_held_by_its_hash() {
    let mut s = scratch();
    let p = person(&mut s, "NG-1");
    let v1 = plan(&mut s, &p);
    let note = note_toward(&mut s, &p, 1, vec![v1.goals[0].key]);
    note_signature::sign(s.peerlog.store_mut(), note.id, peer()).unwrap();

    let mut input = contact_input(&p, note.occurred_at);
    input.goals = vec![];
    let err = contact::update(s.peerlog.store_mut(), note.id, input).unwrap_err();
    assert!(matches!(err, Error::NoteSigned), "{err:?}");

    let conn = s.peerlog.store().conn();
    assert!(note_signature::altered(conn).unwrap().is_empty());
    for sql in [
        "DELETE FROM contact_goals WHERE contact_id = ?1",
        "UPDATE contact_goals SET goal_key = 'x' WHERE contact_id = ?1",
    ] {
        assert!(conn.execute(sql, [note.id]).is_err(), "{sql} went through");
    }
    let insert = conn.execute(
        "INSERT INTO contact_goals (contact_id, goal_key) VALUES (?1, ?2)",
        rusqlite::params![note.id, v1.goals[1].key],
    );
    assert!(insert.is_err(), "a goal was added to a signed note");

    // Behind the triggers, a goal taken away shows in the integrity check.
    conn.execute_batch("DROP TRIGGER signed_note_goal_kept")
        .unwrap();
    conn.execute("DELETE FROM contact_goals WHERE contact_id = ?1", [note.id])
        .unwrap();
    assert_eq!(note_signature::altered(conn).unwrap(), vec![note.id]);
}

#[test]
fn the_billing_log_asks_for_a_goal_only_where_a_note_names_none() {
    let mut s = scratch();
    let p = person(&mut s, "NG-1");
    let v1 = plan(&mut s, &p);
    payers::add(
        s.peerlog.store_mut(),
        PayerProfile {
            plan_goal_required: true,
            ..PayerProfile::new("Plan payer")
        },
    )
    .unwrap();
    payers::assign(s.peerlog.store_mut(), p.id, Some("Plan payer")).unwrap();
    let toward = note_toward(&mut s, &p, 3, vec![v1.goals[0].key]);
    let without = note_toward(&mut s, &p, 2, vec![]);
    for n in [&toward, &without] {
        note_signature::sign(s.peerlog.store_mut(), n.id, peer()).unwrap();
    }
    let log = billing_log::preview(
        s.peerlog.store(),
        &BillingRequest {
            from: days_ago(10),
            to: today(),
            payer: None,
            format: ReportFormat::Csv,
            language: Language::English,
        },
    )
    .unwrap();
    let flagged: Vec<_> = log
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::NoPlanGoal)
        .map(|c| c.date)
        .collect();
    assert_eq!(flagged, [days_ago(2)]);
    assert_eq!(
        log.lines.len(),
        2,
        "both are billed; the check is for the biller"
    );
}
