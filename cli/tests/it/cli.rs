//! The `peerlog` binary as scripts and support staff use it: its output,
//! its exit statuses, and what it leaves on disk.

use crate::common::*;
use std::process::Command;

#[test]
fn help_documents_the_exit_statuses() {
    let out = Command::new(env!("CARGO_BIN_EXE_peerlog"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for line in [
        "0  ok",
        "2  usage",
        "3  wrong passphrase or recovery key",
        "4  invalid input (nothing was written)",
        "5  store unreadable or damaged",
    ] {
        assert!(help.contains(line), "{line}");
    }
}

#[test]
fn a_usage_error_exits_2() {
    let folder = Folder::new();
    assert_eq!(
        folder.run(&["caseload", "--sideways"]).status.code(),
        Some(2)
    );
    assert_eq!(
        folder.run(&["demo", "--participants", "0"]).status.code(),
        Some(2)
    );
}

#[test]
fn init_prints_a_working_recovery_key_once_and_refuses_a_second_time() {
    let folder = Folder::new();
    let key = folder.init();
    let before = folder.store_bytes();
    let again = folder.run(&["init"]);
    assert_failure(&again, 4, "already holds a Peerlog vault");
    assert!(folder.store_bytes() == before, "unchanged");

    // The key unlocks when the passphrase is lost, and a new passphrase is set.
    let out = folder
        .cmd(&["recover"])
        .env("PEERLOG_RECOVERY_KEY", key.to_lowercase())
        .env("PEERLOG_NEW_PASSPHRASE", "orchid-basalt-compass-river")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_failure(&folder.run(&["caseload"]), 3, "passphrase is not right");
    let out = folder
        .cmd(&["caseload"])
        .env("PEERLOG_PASSPHRASE", "orchid-basalt-compass-river")
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn a_weak_passphrase_creates_nothing() {
    let folder = Folder::new();
    let out = folder
        .cmd(&["init"])
        .env("PEERLOG_PASSPHRASE", "password")
        .output()
        .unwrap();
    assert_failure(&out, 4, "Passphrase: is too easy to guess");
    assert!(!folder.dir.join("vault.json").exists());
}

#[test]
fn no_store_yet_exits_5_and_says_what_to_do() {
    let folder = Folder::new();
    assert_failure(&folder.run(&["caseload"]), 5, "peerlog init");
}

#[test]
fn wrong_passphrase_exits_3_and_changes_no_byte() {
    let folder = Folder::new();
    folder.init();
    let before = folder.store_bytes();
    for _ in 0..3 {
        let out = folder
            .cmd(&["caseload"])
            .env("PEERLOG_PASSPHRASE", "not it at all")
            .output()
            .unwrap();
        assert_failure(&out, 3, "the passphrase is not right");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).lines().count(),
            1,
            "one line"
        );
    }
    assert!(folder.store_bytes() == before, "unchanged");
    let out = folder
        .cmd(&["recover"])
        .env(
            "PEERLOG_RECOVERY_KEY",
            "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
        )
        .output()
        .unwrap();
    assert_failure(&out, 3, "recovery key is not right");
    assert!(folder.store_bytes() == before, "unchanged");
    let audit = folder.ok(&["audit"]);
    assert_eq!(audit.matches("Failed unlock").count(), 4, "{audit}");
}

#[test]
fn demo_then_caseload_search_and_boundaries() {
    let folder = Folder::new();
    folder.init();
    let out = folder.ok(&["demo", "--seed", "3", "--participants", "8"]);
    assert!(out.contains("8 participants"), "{out}");
    let caseload = folder.ok(&["caseload", "--all"]);
    assert_eq!(
        caseload.lines().filter(|l| l.contains("DEMO-")).count(),
        8,
        "{caseload}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&folder.ok(&["caseload", "--all", "--json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 8);
    assert!(json[0]["daysSinceSeen"].is_number() || json[0]["daysSinceSeen"].is_null());

    let hits = folder.ok(&["search", "housing"]);
    assert!(
        hits.contains("[housing]") || hits.contains("[Housing]"),
        "{hits}"
    );
    assert_eq!(folder.ok(&["search", "zebra"]).trim(), "Nothing matches.");

    let out = folder.ok(&[
        "boundary",
        "add",
        "--participant",
        "demo-00001",
        "--text",
        "No calls after 8pm.",
        "--category",
        "hours",
    ]);
    assert!(out.contains("private"));
    let list = folder.ok(&["boundary", "list", "--participant", "DEMO-00001"]);
    assert!(list.contains("No calls after 8pm."), "{list}");

    let out = folder.run(&["boundary", "add", "--participant", "NOPE-1", "--text", "x"]);
    assert_failure(&out, 4, "Participant: does not match any record");
    let out = folder.run(&[
        "boundary",
        "add",
        "--participant",
        "DEMO-00001",
        "--text",
        "x",
        "--category",
        "snacks",
    ]);
    assert_failure(&out, 4, "Category: is not one of");
    let out = folder.run(&[
        "boundary",
        "add",
        "--participant",
        "DEMO-00001",
        "--text",
        "  ",
    ]);
    assert_failure(&out, 4, "Text: is required");
    let out = folder.run(&["demo"]);
    assert_failure(&out, 4, "Store: must be empty");
}

#[test]
fn imports_are_all_or_nothing_with_each_bad_row_named() {
    let folder = Folder::new();
    folder.init();
    let good = folder.file(
        "participants.csv",
        "external_id,first_name,last_name,intake_date\nP-1,Avery,Brooks,1/5/2026\nP-2,Blake,Ibarra,2026-02-01\n",
    );
    assert_eq!(
        folder.ok(&["import", "participants", path(&good)]).trim(),
        "Imported 2 participants."
    );

    let bad = folder.file(
        "contacts.csv",
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
P-1,2026-03-02,10:00,30,phone,,check-in,\"Fine, thanks\",\n\
P-9,2026-03-02,10:00,30,phone,,,,\n\
P-2,2026-03-02,10:00,0,phone,,,,\n\
P-2,2026-03-02,10:00,30,telepathy,,,,\n",
    );
    let before = folder.ok(&["caseload", "--json"]);
    let out = folder.run(&["import", "contacts", path(&bad)]);
    assert_failure(&out, 4, "nothing was imported");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 3: External id: does not match any participant"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 4: Duration minutes: must be between 1 and 720"),
        "{stderr}"
    );
    assert!(stderr.contains("line 5: Mode: is not one of"), "{stderr}");
    assert!(!stderr.contains("telepathy"), "values are not echoed");
    assert_eq!(
        folder.ok(&["caseload", "--json"]),
        before,
        "nothing was written"
    );

    let good = folder.file(
        "contacts-good.csv",
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
P-1,2026-03-02,10:00,30,phone,,check-in,\"Fine, thanks\",2026-03-09\n",
    );
    assert_eq!(
        folder.ok(&["import", "contacts", path(&good)]).trim(),
        "Imported 1 contacts."
    );
    let missing = folder.run(&["import", "contacts", "/nonexistent/file.csv"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn change_passphrase_keeps_the_data() {
    let folder = Folder::new();
    folder.init();
    folder.ok(&["demo", "--participants", "3"]);
    let before = folder.ok(&["caseload", "--all", "--json"]);
    let out = folder
        .cmd(&["change-passphrase"])
        .env("PEERLOG_NEW_PASSPHRASE", "orchid-basalt-compass-river")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_failure(&folder.run(&["caseload"]), 3, "passphrase");
    let after = folder
        .cmd(&["caseload", "--all", "--json"])
        .env("PEERLOG_PASSPHRASE", "orchid-basalt-compass-river")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(after.stdout).unwrap(), before);

    let weak = folder
        .cmd(&["change-passphrase"])
        .env("PEERLOG_PASSPHRASE", "orchid-basalt-compass-river")
        .env("PEERLOG_NEW_PASSPHRASE", "12345")
        .output()
        .unwrap();
    assert_failure(&weak, 4, "too easy to guess");
}

#[test]
fn verify_passes_on_a_good_store_and_damage_exits_5_untouched() {
    let folder = Folder::new();
    folder.init();
    folder.ok(&["demo", "--participants", "5"]);
    assert!(folder.ok(&["verify"]).starts_with("ok"));

    // A flipped byte in the middle of the file: the page fails SQLCipher's HMAC.
    let db = folder.dir.join("peerlog.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&db, &bytes).unwrap();
    let out = folder.run(&["verify"]);
    assert_failure(&out, 5, "damaged");
    assert!(std::fs::read(&db).unwrap() == bytes, "left as it was");

    // A truncated file can't even be opened.
    std::fs::write(&db, &bytes[..4096 + 17]).unwrap();
    assert_failure(&folder.run(&["caseload"]), 5, "restore a backup");
}

#[test]
fn keyring_status_reads_without_unlocking() {
    let folder = Folder::new();
    folder.init();
    assert!(folder.ok(&["keyring", "status"]).contains("off"));
}
