//! Payers and the billing log from the CLI: a preset payer changes how a
//! participant's units count; `billing` prints its checks by case id and
//! date and writes signed notes only.

use crate::common::*;
use crate::notes::one_note;

#[test]
fn a_payer_from_a_preset_changes_how_a_participants_units_count() {
    let folder = Folder::new();
    one_note(&folder);
    let presets = folder.ok(&["payer", "presets"]);
    assert!(presets.contains("michigan_medicaid"), "{presets}");
    folder.ok(&[
        "payer",
        "add",
        "Michigan Medicaid",
        "--preset",
        "michigan_medicaid",
    ]);
    let out = folder.run(&["payer", "add", "MICHIGAN MEDICAID"]);
    assert_failure(&out, 4, "Name: is already in use");
    let out = folder.run(&["payer", "add", "Other", "--rounding", "nearest"]);
    assert_failure(&out, 4, "Rounding: is not one of");
    let out = folder.run(&["payer", "add", "Other", "--daily-unit-cap", "0"]);
    assert_failure(&out, 4, "Daily unit cap");

    // A 30-minute note is two units by either rule; a 14-minute one is one
    // by the midpoint rule and none under Michigan's.
    let contacts = folder.file(
        "more.csv",
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
P-1,2026-03-03,10:00,14,phone,,,Short call.,\n",
    );
    folder.ok(&["import", "contacts", path(&contacts)]);
    let units = |folder: &Folder| {
        let list = folder.ok(&["note", "list", "--participant", "P-1"]);
        list.lines()
            .skip(1)
            .map(|line| line.split_whitespace().nth(4).unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(units(&folder), ["1", "2"]);
    folder.ok(&[
        "payer",
        "assign",
        "--participant",
        "P-1",
        "Michigan Medicaid",
    ]);
    assert_eq!(units(&folder), ["0", "2"]);
    let list = folder.ok(&["payer", "list"]);
    assert!(list.contains("whole_units"), "{list}");
    folder.ok(&["payer", "assign", "--participant", "P-1", "--none"]);
    assert_eq!(units(&folder), ["1", "2"]);
}

#[test]
fn the_billing_log_lists_its_checks_and_bills_signed_notes_only() {
    let folder = Folder::new();
    let id = one_note(&folder);
    let out_file = folder.file("placeholder", "");
    let csv = out_file.with_file_name("billing.csv");
    let out = folder
        .cmd(&[
            "billing",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--format",
            "csv",
            "--out",
            path(&csv),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("check: 2026-03-02 P-1: Note not signed"),
        "{stderr}"
    );
    let written = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(written.lines().count(), 1, "only the header: {written}");
    assert!(!written.contains("court date"), "no narrative: {written}");

    folder.ok(&[
        "note",
        "sign",
        &id,
        "--as",
        "Jordan Peer",
        "--credential",
        "CPS",
    ]);
    let out = folder.ok(&[
        "billing",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--format",
        "csv",
        "--out",
        path(&csv),
        "--force",
    ]);
    assert!(out.contains("1 billable lines, 2 units; 0 checks"), "{out}");
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(
        written.contains("P-1,Standard,2026-03-02,10:00,10:30,H0038,,30,2,\"Jordan Peer, CPS\""),
        "{written}"
    );

    let out = folder.run(&[
        "billing",
        "--from",
        "2026-03-31",
        "--to",
        "2026-03-01",
        "--format",
        "pdf",
        "--out",
        path(&csv.with_file_name("b.pdf")),
    ]);
    assert_failure(&out, 4, "To:");
}
