//! Signed notes from the CLI: `note sign` locks a note, `note edit` and
//! `note delete` are refused with exit 4 naming `note addendum`, and an
//! addendum lists beneath the note.

use crate::common::*;

/// A fresh store with one participant and a note; the note's id.
pub fn one_note(folder: &Folder) -> String {
    folder.init();
    let people = folder.file(
        "participants.csv",
        "external_id,first_name,last_name,intake_date\nP-1,Avery,Brooks,2026-01-05\n",
    );
    folder.ok(&["import", "participants", path(&people)]);
    let contacts = folder.file(
        "contacts.csv",
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
P-1,2026-03-02,10:00,30,phone,,check-in,Talked about the court date.,\n",
    );
    folder.ok(&["import", "contacts", path(&contacts)]);
    let list = folder.ok(&["note", "list", "--participant", "P-1"]);
    let row = list.lines().nth(1).expect("one note listed");
    row.split_whitespace().next().unwrap().to_string()
}

#[test]
fn a_signed_note_is_locked_and_amended_only_by_addenda() {
    let folder = Folder::new();
    let id = one_note(&folder);

    // No signer set in Settings and none given: the field is named.
    let out = folder.run(&["note", "sign", &id]);
    assert_failure(&out, 4, "Signer name: is required");

    // An unsigned note takes no addendum: it is edited instead.
    let out = folder.run(&[
        "note",
        "addendum",
        &id,
        "--reason",
        "Late entry",
        "--text",
        "More.",
        "--as",
        "Jordan Peer",
    ]);
    assert_failure(&out, 4, "not signed yet");
    assert!(folder
        .ok(&[
            "note",
            "edit",
            &id,
            "--narrative",
            "Talked about the court date and the bus."
        ])
        .contains("changed"));

    let out = folder.ok(&[
        "note",
        "sign",
        &id,
        "--as",
        "Jordan Peer",
        "--credential",
        "CPS",
    ]);
    assert!(out.contains("Note signed by Jordan Peer"), "{out}");
    let out = folder.run(&["note", "sign", &id, "--as", "Jordan Peer"]);
    assert_failure(&out, 4, "note addendum");

    for refused in [
        vec!["note", "edit", &id, "--narrative", "Rewritten."],
        vec!["note", "delete", &id],
    ] {
        let out = folder.run(&refused);
        assert_failure(&out, 4, "this note is signed");
        assert_failure(&out, 4, "peerlog note addendum");
    }

    folder.ok(&[
        "note",
        "addendum",
        &id,
        "--reason",
        "Late entry",
        "--text",
        "They asked for the bus schedule.",
        "--as",
        "Jordan Peer",
    ]);
    let list = folder.ok(&["note", "list", "--participant", "P-1"]);
    let row = list.lines().nth(1).unwrap();
    assert!(row.contains("Jordan Peer"), "{list}");
    assert!(
        row.contains("and the bus"),
        "the edit before signing stayed: {list}"
    );
    assert!(
        row.split_whitespace().any(|cell| cell == "1"),
        "one addendum: {list}"
    );

    let out = folder.ok(&["verify"]);
    assert!(out.contains("signed notes"), "{out}");
}

#[test]
fn a_note_id_that_matches_nothing_names_the_id() {
    let folder = Folder::new();
    one_note(&folder);
    let out = folder.run(&["note", "delete", "not-an-id"]);
    assert_failure(&out, 4, "Id: does not match any record");
    let out = folder.run(&[
        "note",
        "sign",
        "01a23c99-a811-75bb-9d38-b028e54aebe9",
        "--as",
        "J",
    ]);
    assert_failure(&out, 4, "Id: does not match any record");
}

/// `note goals` names plan goals by their numbers; `note list` shows them;
/// a number the plan does not have is named by its field; a signed note's
/// goals are locked like the note (exit 4, naming the addendum).
#[test]
fn a_note_names_its_plan_goals_by_number() {
    let folder = Folder::new();
    let id = one_note(&folder);
    // No plan yet: nothing to name.
    assert_failure(
        &folder.run(&["note", "goals", &id, "--goal", "1"]),
        4,
        "Goal",
    );
    folder.ok(&[
        "plan",
        "add",
        "--participant",
        "P-1",
        "--goal",
        "occupational:Keep my job.",
        "--goal",
        "social:Find a meeting I like.",
    ]);
    let out = folder.ok(&["note", "goals", &id, "--goal", "2", "--goal", "1"]);
    assert!(out.contains("2 plan goals"), "{out}");
    let list = folder.ok(&["note", "list", "--participant", "P-1"]);
    let row = list.lines().nth(1).unwrap();
    assert!(row.contains(" 1,2 "), "{list}");

    let before = folder.ok(&["note", "list", "--participant", "P-1"]);
    assert_failure(
        &folder.run(&["note", "goals", &id, "--goal", "3"]),
        4,
        "Goal",
    );
    assert_eq!(folder.ok(&["note", "list", "--participant", "P-1"]), before);

    folder.ok(&["note", "sign", &id, "--as", "Jordan Peer"]);
    assert_failure(&folder.run(&["note", "goals", &id]), 4, "note addendum");
}
