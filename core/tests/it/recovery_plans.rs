//! Recovery plans: versions and their history, signatures (a signed version
//! is read-only in core and in the store itself), "declined to sign" with a
//! reason, the review-due list, search, and the printed plan in the
//! participant's language.

use crate::common::{refused, row_counts, scratch, Scratch};
use crate::export_support::pdf_pages;
use chrono::Duration;
use peerlog_core::domain::participant::{self, Participant, ParticipantInput, ParticipantStatus};
use peerlog_core::domain::recovery_plan::{
    self, Cosigner, GoalInput, GoalStatus, ParticipantSignoff, PlanChange, PlanEvent, PlanInput,
    SignoffInput,
};
use peerlog_core::domain::wellness::Dimension;
use peerlog_core::i18n::Language;
use peerlog_core::plan_print;
use peerlog_core::settings::Signer;
use peerlog_core::time::today;
use peerlog_core::views::caseload::caseload;
use peerlog_core::views::search::search;
use peerlog_core::views::timeline::{timeline, TimelineEntry};
use peerlog_core::Error;

const HOUSING: &str = "I want a place of my own where I feel safe.";
const FAMILY: &str = "Reconnect with my sister and see my kids on weekends.";

fn someone(s: &mut Scratch, external_id: &str, language: Option<&str>) -> Participant {
    participant::create(
        s.peerlog.store_mut(),
        ParticipantInput {
            external_id: external_id.into(),
            first_name: Some("Avery".into()),
            last_name: Some("Brooks".into()),
            language: language.map(String::from),
            ..ParticipantInput::default()
        },
    )
    .unwrap()
}

fn goal(dimension: Dimension, words: &str) -> GoalInput {
    GoalInput {
        dimension,
        words: words.into(),
        steps: vec!["Fill in the application".into(), "Visit two places".into()],
        who_helps: Some("Housing navigator".into()),
        target_on: Some(today() + Duration::days(120)),
        status: GoalStatus::Active,
    }
}

fn plan_input(p: &Participant) -> PlanInput {
    PlanInput {
        participant_id: p.id,
        goals: vec![
            goal(Dimension::Environmental, HOUSING),
            goal(Dimension::Social, FAMILY),
        ],
        strengths: vec!["I keep showing up".into(), "  ".into()],
        next_review_on: Some(today() + Duration::days(90)),
    }
}

fn peer() -> Signer {
    Signer {
        name: "Jordan Peer".into(),
        credential: Some("CPS".into()),
    }
}

fn signed_by_participant() -> SignoffInput {
    SignoffInput {
        participant: ParticipantSignoff::Signed {
            name: "Avery Brooks".into(),
            on: today(),
        },
        supervisor: Some(Cosigner {
            name: "Morgan Lead".into(),
            role: "Clinical supervisor".into(),
            on: today(),
        }),
    }
}

fn signed_plan(s: &mut Scratch, p: &Participant) -> recovery_plan::PlanVersion {
    recovery_plan::create(s.peerlog.store_mut(), plan_input(p)).unwrap();
    recovery_plan::sign(s.peerlog.store_mut(), p.id, signed_by_participant(), peer()).unwrap()
}

#[test]
fn a_change_makes_a_new_version_and_the_history_stays() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    let first = signed_plan(&mut s, &p);
    assert_eq!(first.version, 1);
    assert_eq!(first.strengths, vec!["I keep showing up"], "blanks dropped");

    let store = s.peerlog.store_mut();
    let met = PlanChange::GoalStatus {
        goal: 1,
        status: GoalStatus::Met,
    };
    let second = recovery_plan::revise(store, p.id, met).unwrap();
    let third = recovery_plan::revise(
        store,
        p.id,
        PlanChange::AddGoal {
            goal: goal(Dimension::Occupational, "Get back to work."),
        },
    )
    .unwrap();
    assert_eq!((second.version, third.version), (2, 3));
    assert!(second.signature.is_none(), "a new version starts unsigned");

    let history = recovery_plan::history(s.peerlog.store(), p.id).unwrap();
    let versions: Vec<u32> = history.iter().map(|v| v.version).collect();
    assert_eq!(versions, vec![3, 2, 1]);
    let kept = &history[2];
    assert_eq!(kept, &first, "the signed version is as it was signed");
    assert_eq!(kept.goals[0].status, GoalStatus::Active);
    assert_eq!(history[1].goals[0].status, GoalStatus::Met);
    assert_eq!(history[0].goals.len(), 3);
    assert_eq!(
        history[0].goals[0].key, kept.goals[0].key,
        "a goal is the same goal in every version"
    );
    assert_eq!(
        recovery_plan::current(s.peerlog.store(), p.id)
            .unwrap()
            .unwrap(),
        third
    );

    // The timeline shows each version written, and the signing.
    let events: Vec<(u32, PlanEvent)> = timeline(s.peerlog.store(), p.id, None)
        .unwrap()
        .into_iter()
        .filter_map(|item| match item.entry {
            TimelineEntry::Plan { version, event } => Some((version.version, event)),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 4, "{events:?}");
    assert!(events.contains(&(1, PlanEvent::Signed)));
    assert!(events.contains(&(3, PlanEvent::Created)));

    // A goal number that is not in the plan names the field; nothing written.
    let before = row_counts(&s);
    let wrong = PlanChange::GoalStatus {
        goal: 9,
        status: GoalStatus::Met,
    };
    refused(
        recovery_plan::revise(s.peerlog.store_mut(), p.id, wrong),
        "goal",
        "out_of_range",
    );
    assert_eq!(row_counts(&s), before);
}

#[test]
fn a_signed_version_refuses_edits_in_core() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    let signed = signed_plan(&mut s, &p);
    let mut rewrite = plan_input(&p);
    rewrite.goals[0].words = "Something else entirely.".into();

    let err = recovery_plan::edit(s.peerlog.store_mut(), rewrite.clone()).unwrap_err();
    assert!(matches!(err, Error::PlanSigned), "{err:?}");
    assert!(err.to_string().contains("new version"), "{err}");
    let err = recovery_plan::sign(s.peerlog.store_mut(), p.id, signed_by_participant(), peer())
        .unwrap_err();
    assert!(matches!(err, Error::PlanSigned), "{err:?}");
    let err = participant::delete(s.peerlog.store_mut(), p.id).unwrap_err();
    assert!(matches!(err, Error::SignedPlanKept), "{err:?}");
    assert_eq!(
        recovery_plan::current(s.peerlog.store(), p.id)
            .unwrap()
            .unwrap(),
        signed
    );

    // A new, unsigned version is edited in place; its goals keep their keys.
    let met = PlanChange::GoalStatus {
        goal: 2,
        status: GoalStatus::Met,
    };
    let draft = recovery_plan::revise(s.peerlog.store_mut(), p.id, met).unwrap();
    let edited = recovery_plan::edit(s.peerlog.store_mut(), rewrite).unwrap();
    assert_eq!(edited.version, 2);
    assert_eq!(edited.goals[0].words, "Something else entirely.");
    assert_eq!(edited.goals[0].key, draft.goals[0].key);
    assert_eq!(
        recovery_plan::history(s.peerlog.store(), p.id).unwrap()[1],
        signed
    );
}

#[test]
fn a_participant_with_only_an_unsigned_plan_can_be_deleted() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    recovery_plan::create(s.peerlog.store_mut(), plan_input(&p)).unwrap();
    participant::delete(s.peerlog.store_mut(), p.id).unwrap();
    let left: i64 = s
        .peerlog
        .store()
        .conn()
        .query_row("SELECT count(*) FROM recovery_plan_goals", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn the_store_itself_refuses_to_change_a_signed_version() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    let signed = signed_plan(&mut s, &p);
    let conn = s.peerlog.store().conn();
    for sql in [
        "UPDATE recovery_plans SET strengths = 'x' WHERE id = ?1",
        "UPDATE recovery_plans SET next_review_on = '2099-01-01' WHERE id = ?1",
        "DELETE FROM recovery_plans WHERE id = ?1",
        "UPDATE recovery_plan_goals SET status = 'met' WHERE plan_id = ?1",
        "UPDATE recovery_plan_goals SET words = 'x' WHERE plan_id = ?1",
        "DELETE FROM recovery_plan_goals WHERE plan_id = ?1",
        "INSERT INTO recovery_plan_goals (id, plan_id, goal_key, position, dimension, words, steps, status)
         VALUES ('g', ?1, 'k', 9, 'social', 'x', '', 'active')",
        "UPDATE recovery_plan_signatures SET participant_name = 'x' WHERE plan_id = ?1",
        "DELETE FROM recovery_plan_signatures WHERE plan_id = ?1",
    ] {
        assert!(conn.execute(sql, [signed.id]).is_err(), "{sql} went through");
    }
    assert_eq!(
        recovery_plan::current(s.peerlog.store(), p.id)
            .unwrap()
            .unwrap(),
        signed
    );
    assert!(recovery_plan::altered(conn).unwrap().is_empty());

    // The same statement on an unsigned version goes through: the triggers
    // refuse what is signed, not every change.
    let met = PlanChange::GoalStatus {
        goal: 1,
        status: GoalStatus::Met,
    };
    let draft = recovery_plan::revise(s.peerlog.store_mut(), p.id, met).unwrap();
    let changed = s
        .peerlog
        .store()
        .conn()
        .execute(
            "UPDATE recovery_plan_goals SET words = 'x' WHERE plan_id = ?1",
            [draft.id],
        )
        .unwrap();
    assert_eq!(changed, 2);
}

#[test]
fn declining_to_sign_needs_a_reason_and_nothing_is_written_without_one() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    recovery_plan::create(s.peerlog.store_mut(), plan_input(&p)).unwrap();
    let before = row_counts(&s);
    let sign = |s: &mut Scratch, participant| {
        recovery_plan::sign(
            s.peerlog.store_mut(),
            p.id,
            SignoffInput {
                participant,
                supervisor: None,
            },
            peer(),
        )
    };
    refused(
        sign(
            &mut s,
            ParticipantSignoff::Declined {
                reason: "   ".into(),
            },
        ),
        "declined_reason",
        "required",
    );
    refused(
        sign(
            &mut s,
            ParticipantSignoff::Signed {
                name: "".into(),
                on: today(),
            },
        ),
        "participant_name",
        "required",
    );
    refused(
        sign(
            &mut s,
            ParticipantSignoff::Signed {
                name: "Avery Brooks".into(),
                on: today() + Duration::days(2),
            },
        ),
        "participant_signed_on",
        "in_future",
    );
    assert_eq!(row_counts(&s), before, "a refusal wrote nothing");

    let declined = sign(
        &mut s,
        ParticipantSignoff::Declined {
            reason: "Wants to read it over at home first".into(),
        },
    )
    .unwrap();
    let signature = declined.signature.expect("signed by the peer");
    assert_eq!(
        signature.participant,
        ParticipantSignoff::Declined {
            reason: "Wants to read it over at home first".into()
        }
    );
    assert_eq!(signature.peer_name, "Jordan Peer");
    assert_eq!(signature.supervisor, None);
}

#[test]
fn a_plan_needs_a_goal_in_words() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    let before = row_counts(&s);
    let mut none = plan_input(&p);
    none.goals.clear();
    refused(
        recovery_plan::create(s.peerlog.store_mut(), none),
        "goal",
        "required",
    );
    let mut blank = plan_input(&p);
    blank.goals[1].words = " ".into();
    refused(
        recovery_plan::create(s.peerlog.store_mut(), blank),
        "goal",
        "required",
    );
    assert_eq!(row_counts(&s), before);
}

#[test]
fn review_due_lists_active_participants_whose_current_plan_is_due() {
    let mut s = scratch();
    let day = today();
    let with_review = |s: &mut Scratch, id: &str, review: Option<i64>| {
        let p = someone(s, id, None);
        let mut input = plan_input(&p);
        input.next_review_on = review.map(|d| day + Duration::days(d));
        recovery_plan::create(s.peerlog.store_mut(), input).unwrap();
        p
    };
    let overdue = with_review(&mut s, "A-1", Some(-3));
    let due_today = with_review(&mut s, "A-2", Some(0));
    let later = with_review(&mut s, "A-3", Some(30));
    with_review(&mut s, "A-4", None);
    let left = with_review(&mut s, "A-5", Some(-10));
    let mut input = ParticipantInput {
        external_id: "A-5".into(),
        first_name: Some("Avery".into()),
        status: ParticipantStatus::Discharged,
        ..ParticipantInput::default()
    };
    input.last_name = Some("Brooks".into());
    participant::update(s.peerlog.store_mut(), left.id, input).unwrap();
    let revised = with_review(&mut s, "A-6", Some(-1));
    // Its current version was reviewed and moved on: no longer due.
    recovery_plan::revise(
        s.peerlog.store_mut(),
        revised.id,
        PlanChange::NextReview {
            on: Some(day + Duration::days(60)),
        },
    )
    .unwrap();

    let due = recovery_plan::review_due(s.peerlog.store(), day).unwrap();
    let ids: Vec<_> = due.iter().map(|d| d.participant_id).collect();
    assert_eq!(ids, vec![overdue.id, due_today.id]);
    assert_eq!(due[0].external_id, "A-1");
    assert_eq!(due[0].next_review_on, day - Duration::days(3));

    let by_then = recovery_plan::review_due(s.peerlog.store(), day + Duration::days(30)).unwrap();
    assert!(by_then.iter().any(|d| d.participant_id == later.id));
    assert!(!by_then.iter().any(|d| d.participant_id == revised.id));

    // The caseload marks the same participants, with the date.
    let rows = caseload(s.peerlog.store(), day).unwrap();
    let marked: Vec<_> = rows
        .iter()
        .filter_map(|r| r.plan_review_due_on.map(|on| (r.participant_id, on)))
        .collect();
    assert_eq!(marked.len(), 2);
    assert!(marked.contains(&(overdue.id, day - Duration::days(3))));
    assert!(marked.contains(&(due_today.id, day)));
}

#[test]
fn search_finds_a_goal_once_in_its_newest_version() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    let mut input = plan_input(&p);
    input.goals[0].words = "Learn the xylophone with my nephew.".into();
    recovery_plan::create(s.peerlog.store_mut(), input).unwrap();
    for status in [GoalStatus::Changed, GoalStatus::Met] {
        let change = PlanChange::GoalStatus { goal: 1, status };
        recovery_plan::revise(s.peerlog.store_mut(), p.id, change).unwrap();
    }
    let hits = search(s.peerlog.store(), "xylophone", 50).unwrap();
    let goals: Vec<_> = hits
        .iter()
        .filter(|h| h.kind.code() == "plan_goal")
        .collect();
    assert_eq!(goals.len(), 1, "{hits:?}");
    assert_eq!(goals[0].participant_id, Some(p.id));
    assert_eq!(goals[0].on, Some(today()));
    let verify = peerlog_core::store::verify::check(s.peerlog.store()).unwrap();
    assert!(verify.search_index_problems.is_empty());
}

#[test]
fn the_participants_language_picks_the_plans_language() {
    let mut s = scratch();
    for (index, (written, expected)) in [
        (Some("es"), Language::Spanish),
        (Some("es-MX"), Language::Spanish),
        (Some("Spanish"), Language::Spanish),
        (Some("español"), Language::Spanish),
        (Some(" Español "), Language::Spanish),
        (Some("English"), Language::English),
        (Some("Vietnamese"), Language::English),
        (None, Language::English),
    ]
    .into_iter()
    .enumerate()
    {
        let p = someone(&mut s, &format!("L-{index}"), written);
        assert_eq!(plan_print::language_of(&p), expected, "{written:?}");
    }
}

fn printed(s: &mut Scratch, p: &Participant) -> String {
    let out = s.temp.path().join(format!("plan-{}.pdf", p.external_id));
    plan_print::write(s.peerlog.store_mut(), p.id, &out, false).unwrap();
    pdf_pages(&out).join("\n")
}

#[test]
fn the_printed_plan_is_in_english_for_an_english_reader() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", Some("English"));
    signed_plan(&mut s, &p);
    let met = PlanChange::GoalStatus {
        goal: 2,
        status: GoalStatus::Met,
    };
    recovery_plan::revise(s.peerlog.store_mut(), p.id, met).unwrap();
    let text = printed(&mut s, &p);
    for words in [
        "My recovery plan",
        "Avery Brooks",
        "My strengths",
        "I keep showing up",
        "My goals",
        "Goal 1: Environmental",
        "Goal 2: Social",
        "I want a place of my own",
        "Fill in the application",
        "Housing navigator",
        "Met",
        "This version is not signed yet.",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    assert!(!text.contains("Mi plan"), "{text}");
}

#[test]
fn the_printed_plan_is_in_spanish_for_a_spanish_reader() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", Some("Spanish"));
    signed_plan(&mut s, &p);
    let text = printed(&mut s, &p);
    for words in [
        "Mi plan de recuperación",
        "Mis fortalezas",
        "Mis metas",
        "Meta 1: Ambiental",
        "Meta 2: Social",
        "Pasos",
        "Quién ayuda",
        "En curso",
        "Firmas",
        "Firmado por Avery Brooks",
        "Especialista de apoyo entre pares: Jordan Peer, CPS",
        "Supervisor o profesional: Morgan Lead (Clinical supervisor)",
        "guárdelo en un lugar seguro",
        // The participant's own words stay as they said them.
        "I want a place of my own",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    for english in [
        "My recovery plan",
        "My goals",
        "Steps",
        "Who helps",
        "Signed by",
    ] {
        assert!(!text.contains(english), "{english:?} left in English");
    }
}

#[test]
fn printing_needs_a_plan() {
    let mut s = scratch();
    let p = someone(&mut s, "P-1", None);
    let out = s.temp.path().join("none.pdf");
    let err = plan_print::write(s.peerlog.store_mut(), p.id, &out, false).unwrap_err();
    assert!(matches!(err, Error::NotFound("recovery plan")), "{err:?}");
    assert!(!out.exists());
}

/// A supervisor signs later: only a signed version, only once, never where
/// one signed with the others; the signature reads as the supervisor's with
/// when it was added, and the store refuses to change or remove it.
#[test]
fn a_supervisor_signs_a_signed_version_later_once() {
    let mut s = scratch();
    let p = someone(&mut s, "CS-1", None);
    recovery_plan::create(s.peerlog.store_mut(), plan_input(&p)).unwrap();
    let lead = Cosigner {
        name: "Morgan Lead".into(),
        role: "Clinical supervisor".into(),
        on: today(),
    };
    let err = recovery_plan::countersign(s.peerlog.store_mut(), p.id, 1, lead.clone()).unwrap_err();
    assert!(matches!(err, Error::PlanNotSigned), "{err:?}");

    let signoff = SignoffInput {
        supervisor: None,
        ..signed_by_participant()
    };
    recovery_plan::sign(s.peerlog.store_mut(), p.id, signoff, peer()).unwrap();
    let before = row_counts(&s);
    let blank = Cosigner {
        role: " ".into(),
        ..lead.clone()
    };
    refused(
        recovery_plan::countersign(s.peerlog.store_mut(), p.id, 1, blank),
        "supervisor_role",
        "required",
    );
    assert_eq!(row_counts(&s), before);

    let signed = recovery_plan::countersign(s.peerlog.store_mut(), p.id, 1, lead.clone()).unwrap();
    let signature = signed.signature.unwrap();
    assert_eq!(signature.supervisor, Some(lead.clone()));
    assert!(signature.supervisor_added_at.is_some());
    refused(
        recovery_plan::countersign(s.peerlog.store_mut(), p.id, 1, lead.clone()),
        "supervisor_name",
        "duplicate",
    );
    let conn = s.peerlog.store().conn();
    for sql in [
        "UPDATE recovery_plan_countersignatures SET name = 'x'",
        "DELETE FROM recovery_plan_countersignatures",
    ] {
        assert!(conn.execute(sql, []).is_err(), "{sql} went through");
    }
    assert!(recovery_plan::altered(conn).unwrap().is_empty());

    // A version signed with its supervisor takes no second one, even
    // behind core.
    let q = someone(&mut s, "CS-2", None);
    recovery_plan::create(s.peerlog.store_mut(), plan_input(&q)).unwrap();
    let v =
        recovery_plan::sign(s.peerlog.store_mut(), q.id, signed_by_participant(), peer()).unwrap();
    let conn = s.peerlog.store().conn();
    let raw = conn.execute(
        "INSERT INTO recovery_plan_countersignatures VALUES (?1, 'x', 'y', '2026-01-01', '2026-01-01T00:00:00Z')",
        [v.id],
    );
    assert!(raw.is_err());
    refused(
        recovery_plan::countersign(s.peerlog.store_mut(), q.id, 9, lead),
        "version",
        "no_such_record",
    );
}
