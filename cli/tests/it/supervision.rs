//! Supervision and the week's counts from the CLI: sessions received from
//! a supervisor (written into the store as the team layer would), listed,
//! acknowledged once, a private note kept out of what travels; bad ids
//! and weeks exit 4 naming the field.

use crate::common::*;
use chrono::{Datelike, Duration};
use peerlog_core::supervision::session::{self, SessionInput, SessionShared};
use peerlog_core::supervision::{SupervisionKind, SupervisionTopic};
use peerlog_core::time::today;
use peerlog_core::{Credential, DataDir, Peerlog};

fn unlocked(folder: &Folder) -> Peerlog {
    let dir = DataDir::new(&folder.dir);
    let passphrase = peerlog_core::secret::Passphrase::new(PASSPHRASE);
    Peerlog::unlock(&dir, Credential::Passphrase(&passphrase)).unwrap()
}

/// A store that received one session (90 minutes, a week ago) and, as a
/// supervisor, recorded another. Returns the received one's id.
fn with_sessions(folder: &Folder) -> String {
    folder.init();
    let mut peerlog = unlocked(folder);
    let store = peerlog.store_mut();
    let shared = SessionShared {
        id: peerlog_core::ids::SupervisionId::new(),
        held_on: today() - Duration::days(7),
        minutes: 90,
        kind: SupervisionKind::Group,
        topics: vec![SupervisionTopic::Burnout, SupervisionTopic::Ethics],
        supervisor_name: "Supervisor Delta".into(),
        supervisor_credential: Some("LPC".into()),
        peer_name: "Peer Epsilon".into(),
    };
    let now = store.now();
    store
        .write(|tx| session::receive(tx, &shared, now))
        .unwrap();
    session::record(
        store,
        SessionInput {
            held_on: today() - Duration::days(2),
            minutes: 30,
            kind: SupervisionKind::Individual,
            topics: vec![],
            supervisor_name: "Peer Epsilon".into(),
            supervisor_credential: None,
            peer_name: "Mentee Zeta".into(),
            counterpart: None,
            private_note: None,
        },
    )
    .unwrap();
    shared.id.to_string()
}

#[test]
fn a_received_session_is_listed_acknowledged_once_and_noted_privately() {
    let folder = Folder::new();
    let id = with_sessions(&folder);
    let short = &id[id.len() - 8..];

    let list = folder.ok(&["supervision", "list"]);
    let received = list.lines().find(|l| l.contains(short)).unwrap();
    for cell in [
        "1.5",
        "Group",
        "Burnout, Ethics",
        "Supervisor Delta, LPC",
        "received",
        "not yet",
    ] {
        assert!(received.contains(cell), "{cell:?} in {list}");
    }
    assert!(list.lines().any(|l| l.contains("given")), "{list}");

    let out = folder.ok(&["supervision", "acknowledge", short]);
    assert!(out.contains("Acknowledged: 1.5 hours"), "{out}");
    let list = folder.ok(&["supervision", "list"]);
    let received = list.lines().find(|l| l.contains(short)).unwrap();
    assert!(received.contains(&today().to_string()), "{list}");

    // Twice is refused, and so is acknowledging one you gave.
    let again = folder.run(&["supervision", "acknowledge", short]);
    assert_failure(&again, 4, "acknowledged");
    let given = session::list(unlocked(&folder).store())
        .unwrap()
        .into_iter()
        .find(|s| s.id.to_string() != id)
        .unwrap();
    let own = folder.run(&["supervision", "acknowledge", &given.id.to_string()]);
    assert_failure(&own, 4, "only the peer acknowledges");

    // The private note may still change; it never travels.
    let out = folder.ok(&[
        "supervision",
        "note",
        short,
        "--text",
        "CanaryPrivateNoteZq",
    ]);
    assert!(out.contains("Private note saved"), "{out}");
    let json = folder.ok(&["supervision", "list", "--json"]);
    assert!(json.contains("CanaryPrivateNoteZq"), "{json}");
    let kept = session::list(unlocked(&folder).store())
        .unwrap()
        .into_iter()
        .find(|s| s.id.to_string() == id)
        .unwrap();
    assert_eq!(kept.private_note.as_deref(), Some("CanaryPrivateNoteZq"));
    let travels = serde_json::to_string(&kept.shared()).unwrap();
    assert!(!travels.contains("CanaryPrivateNoteZq"));

    let unknown = folder.run(&["supervision", "acknowledge", "zzzzzzzz"]);
    assert_failure(&unknown, 4, "Id: does not match any record");
}

#[test]
fn the_week_summary_prints_counts_and_refuses_a_day_not_a_monday() {
    let folder = Folder::new();
    folder.init();
    let people = folder.file(
        "participants.csv",
        "external_id,first_name,last_name,intake_date\n\
P-CANARY-1,Quillon,Vantreese,2026-01-05\n",
    );
    folder.ok(&["import", "participants", path(&people)]);
    let out = folder.ok(&["week-summary"]);
    for line in [
        "Active participants: 1",
        "Not seen for 14 days or more: 1",
        "Units billed this week: none",
        "Group sessions: 0",
    ] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(
        !out.contains("Quillon") && !out.contains("P-CANARY-1"),
        "{out}"
    );

    let today = today();
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()) + 7);
    let json = folder.ok(&["week-summary", "--week", &monday.to_string(), "--json"]);
    assert!(
        json.contains(&format!("\"weekStart\": \"{monday}\"")),
        "{json}"
    );

    let tuesday = monday + Duration::days(1);
    let bad = folder.run(&["week-summary", "--week", &tuesday.to_string()]);
    assert_failure(&bad, 4, "Week:");
    let not_a_date = folder.run(&["week-summary", "--week", "someday"]);
    assert_failure(&not_a_date, 4, "Week: is not a date");
}
