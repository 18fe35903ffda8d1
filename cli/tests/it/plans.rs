//! Recovery plans from the CLI: `plan add` writes a version, `plan sign`
//! locks it, `plan edit` of a signed version is refused with exit 4, a
//! goal's status or a new goal makes a new version while the history
//! stays, `plan review-due` lists who is due, and `plan print` writes the
//! plan in the participant's language.

use crate::common::*;

/// A fresh store with two participants, the second reading Spanish.
fn two_people(folder: &Folder) {
    folder.init();
    let people = folder.file(
        "participants.csv",
        "external_id,first_name,last_name,intake_date,language\n\
P-1,Avery,Brooks,2026-01-05,English\n\
P-2,Rene,Castillo,2026-01-06,Spanish\n",
    );
    folder.ok(&["import", "participants", path(&people)]);
}

fn add_plan(folder: &Folder, participant: &str) -> String {
    folder.ok(&[
        "plan",
        "add",
        "--participant",
        participant,
        "--goal",
        "environmental:I want a place of my own where I feel safe.",
        "--goal",
        "social:Reconnect with my sister.",
        "--step",
        "1:Fill in the housing application",
        "--step",
        "2:Call her on Sundays",
        "--helper",
        "1:Housing navigator",
        "--target",
        "1:2099-03-01",
        "--strength",
        "I keep showing up",
        "--review-on",
        "2026-02-01",
    ])
}

#[test]
fn a_plan_is_written_signed_locked_and_changed_by_new_versions() {
    let folder = Folder::new();
    two_people(&folder);
    let out = add_plan(&folder, "P-1");
    assert!(out.contains("version 1 written with 2 goals"), "{out}");

    // Before anyone signs, the version is rewritten in place.
    folder.ok(&[
        "plan",
        "edit",
        "--participant",
        "P-1",
        "--goal",
        "environmental:A place of my own where I feel safe.",
        "--goal",
        "social:Reconnect with my sister.",
        "--review-on",
        "2026-02-01",
    ]);
    let show = folder.ok(&["plan", "show", "--participant", "P-1"]);
    assert!(show.contains("version 1"), "{show}");
    assert!(show.contains("A place of my own"), "{show}");
    assert!(show.contains("Not signed yet."), "{show}");

    // Declining to sign needs a reason.
    let out = folder.run(&[
        "plan",
        "sign",
        "--participant",
        "P-1",
        "--declined",
        " ",
        "--as",
        "Jordan Peer",
    ]);
    assert_failure(&out, 4, "Declined reason: is required");
    // No signer in Settings and none given: the field is named.
    let out = folder.run(&[
        "plan",
        "sign",
        "--participant",
        "P-1",
        "--participant-name",
        "Avery Brooks",
    ]);
    assert_failure(&out, 4, "Signer name: is required");
    assert!(folder
        .ok(&["plan", "show", "--participant", "P-1"])
        .contains("Not signed yet."));

    let out = folder.ok(&[
        "plan",
        "sign",
        "--participant",
        "P-1",
        "--participant-name",
        "Avery Brooks",
        "--as",
        "Jordan Peer",
        "--credential",
        "CPS",
        "--supervisor",
        "Morgan Lead",
        "--supervisor-role",
        "Clinical supervisor",
    ]);
    assert!(out.contains("version 1 signed"), "{out}");

    // A signed version is never edited or signed again.
    let out = folder.run(&[
        "plan",
        "edit",
        "--participant",
        "P-1",
        "--goal",
        "social:Something else.",
    ]);
    assert_failure(&out, 4, "this recovery plan version is signed");
    assert_failure(&out, 4, "plan goal-status");
    let out = folder.run(&[
        "plan",
        "sign",
        "--participant",
        "P-1",
        "--declined",
        "No",
        "--as",
        "Jordan Peer",
    ]);
    assert_failure(&out, 4, "is signed");

    // A change makes a new version; the signed one stays in the history.
    let out = folder.ok(&[
        "plan",
        "goal-status",
        "--participant",
        "P-1",
        "--goal",
        "2",
        "--status",
        "met",
    ]);
    assert!(out.contains("version 2 written"), "{out}");
    folder.ok(&[
        "plan",
        "add-goal",
        "--participant",
        "P-1",
        "--goal",
        "occupational:Get back to work.",
        "--step",
        "Finish the forklift course",
    ]);
    let show = folder.ok(&["plan", "show", "--participant", "P-1"]);
    assert!(show.contains("version 3"), "{show}");
    assert!(show.contains("Reconnect with my sister. (Met)"), "{show}");
    assert!(show.contains("[Occupational] Get back to work."), "{show}");
    let history: Vec<&str> = show
        .lines()
        .skip_while(|l| !l.starts_with("History:"))
        .skip(2)
        .collect();
    assert_eq!(history.len(), 3, "{show}");
    assert!(
        history[2].starts_with('1') && !history[2].trim_end().ends_with('-'),
        "version 1 is signed: {show}"
    );
    assert!(history[0].trim_end().ends_with('-'), "version 3 is not");

    let out = folder.run(&[
        "plan",
        "goal-status",
        "--participant",
        "P-1",
        "--goal",
        "7",
        "--status",
        "met",
    ]);
    assert_failure(&out, 4, "Goal: must be between 1 and 3");
}

#[test]
fn bad_input_names_the_field_and_writes_nothing() {
    let folder = Folder::new();
    two_people(&folder);
    for (args, says) in [
        (
            vec!["--goal", "Reconnect with my sister"],
            "Goal: is not in the expected form",
        ),
        (vec!["--goal", "hobbies:Paint"], "Dimension: is not one of"),
        (
            vec!["--goal", "social:Call her", "--step", "2:Sundays"],
            "Step: must be between 1 and 1",
        ),
        (
            vec!["--goal", "social:Call her", "--review-on", "someday"],
            "Review on: is not a date",
        ),
        (vec!["--goal", "social: "], "Goal: is required"),
    ] {
        let mut full = vec!["plan", "add", "--participant", "P-1"];
        full.extend(args);
        assert_failure(&folder.run(&full), 4, says);
    }
    let out = folder.run(&[
        "plan",
        "add",
        "--participant",
        "NOBODY",
        "--goal",
        "social:Call her",
    ]);
    assert_failure(&out, 4, "Participant: does not match any record");
    let out = folder.run(&[
        "plan",
        "goal-status",
        "--participant",
        "P-1",
        "--goal",
        "1",
        "--status",
        "met",
    ]);
    assert_failure(&out, 4, "no recovery plan yet");
    // Nothing was written: no version, not even of a plan refused halfway.
    assert!(folder
        .ok(&["plan", "show", "--participant", "P-1"])
        .contains("No recovery plan"));
}

#[test]
fn review_due_and_the_printed_plan_in_each_language() {
    let folder = Folder::new();
    two_people(&folder);
    add_plan(&folder, "P-1");
    add_plan(&folder, "P-2");
    folder.ok(&[
        "plan",
        "next-review",
        "--participant",
        "P-2",
        "--on",
        "2099-01-01",
    ]);
    let due = folder.ok(&["plan", "review-due", "--on", "2026-03-01"]);
    assert!(due.contains("P-1"), "{due}");
    assert!(!due.contains("P-2"), "{due}");
    let later = folder.ok(&["plan", "review-due", "--on", "2099-01-01"]);
    assert!(later.contains("P-2"), "{later}");

    let english = folder.temp.path().join("plan-en.pdf");
    let out = folder.ok(&[
        "plan",
        "print",
        "--participant",
        "P-1",
        "--out",
        path(&english),
    ]);
    assert!(out.contains("in English"), "{out}");
    let text = pdf_text(&english);
    assert!(text.contains("My recovery plan"), "{text}");
    assert!(text.contains("Goal 1: Environmental"), "{text}");
    assert!(text.contains("I keep showing up"), "{text}");

    let spanish = folder.temp.path().join("plan-es.pdf");
    let out = folder.ok(&[
        "plan",
        "print",
        "--participant",
        "P-2",
        "--out",
        path(&spanish),
    ]);
    assert!(out.contains("in Spanish"), "{out}");
    let text = pdf_text(&spanish);
    assert!(text.contains("Mi plan de recuperación"), "{text}");
    assert!(text.contains("Meta 2: Social"), "{text}");
    assert!(text.contains("Esta versión aún no está firmada."), "{text}");
    assert!(!text.contains("My goals"), "{text}");

    // An existing file is not replaced without --force.
    let out = folder.run(&[
        "plan",
        "print",
        "--participant",
        "P-2",
        "--out",
        path(&spanish),
    ]);
    assert_eq!(out.status.code(), Some(4));
}

/// `plan countersign` adds a supervisor to a signed version later: refused
/// before the version is signed and a second time; `plan show` names them.
#[test]
fn a_supervisor_countersigns_a_signed_version_later() {
    let folder = Folder::new();
    two_people(&folder);
    add_plan(&folder, "P-1");
    let countersign = [
        "plan",
        "countersign",
        "--participant",
        "P-1",
        "--version",
        "1",
        "--as",
        "Morgan Lead",
        "--role",
        "LCSW",
    ];
    assert_failure(&folder.run(&countersign), 4, "not signed yet");
    folder.ok(&[
        "plan",
        "sign",
        "--participant",
        "P-1",
        "--participant-name",
        "Avery Brooks",
        "--as",
        "Jordan Peer",
    ]);
    assert!(folder.ok(&countersign).contains("version 1"));
    assert!(folder
        .ok(&["plan", "show", "--participant", "P-1"])
        .contains("Signed by Morgan Lead (LCSW)"));
    assert_failure(&folder.run(&countersign), 4, "Supervisor name");
    let mut wrong = countersign;
    wrong[5] = "7";
    assert_failure(&folder.run(&wrong), 4, "Version");
}
