//! Text on the way in and out: passphrases with a trailing line break (from
//! a file or an `echo`) or in another Unicode form, and stored or handed-over
//! text that holds terminal escapes or bidi overrides.

use crate::common::*;
use peerlog_core::{Credential, DataDir, Peerlog};

const NEW: &str = "orchid-basalt-compass-river";

#[test]
fn init_refuses_a_passphrase_ending_with_a_line_break() {
    for ending in ["\n", "\r\n", "\r"] {
        let folder = Folder::new();
        let out = folder
            .cmd(&["init"])
            .env("PEERLOG_PASSPHRASE", format!("{PASSPHRASE}{ending}"))
            .output()
            .unwrap();
        assert_failure(&out, 4, "ends with a line break");
        assert!(String::from_utf8_lossy(&out.stderr).contains("PEERLOG_PASSPHRASE"));
        assert!(!folder.dir.join("vault.json").exists());
        assert!(!folder.dir.join("peerlog.db").exists());
    }
}

#[test]
fn change_passphrase_and_recover_refuse_a_new_passphrase_ending_with_a_line_break() {
    let folder = Folder::new();
    let key = folder.init();
    let before = folder.store_bytes();
    let out = folder
        .cmd(&["change-passphrase"])
        .env("PEERLOG_NEW_PASSPHRASE", format!("{NEW}\n"))
        .output()
        .unwrap();
    assert_failure(&out, 4, "PEERLOG_NEW_PASSPHRASE ends with a line break");
    let out = folder
        .cmd(&["recover"])
        .env("PEERLOG_RECOVERY_KEY", &key)
        .env("PEERLOG_NEW_PASSPHRASE", format!("{NEW}\r\n"))
        .output()
        .unwrap();
    assert_failure(&out, 4, "PEERLOG_NEW_PASSPHRASE ends with a line break");
    assert!(
        folder.store_bytes()[1] == before[1],
        "the vault is unchanged"
    );
    folder.ok(&["caseload"]);
}

#[test]
fn a_wrong_passphrase_that_ended_with_a_line_break_says_so() {
    let folder = Folder::new();
    folder.init();
    let out = folder
        .cmd(&["caseload"])
        .env("PEERLOG_PASSPHRASE", format!("{PASSPHRASE}\n"))
        .output()
        .unwrap();
    assert_failure(
        &out,
        3,
        "the passphrase is not right; it ended with a line break",
    );
    // Without a line break, the plain message.
    let out = folder
        .cmd(&["caseload"])
        .env("PEERLOG_PASSPHRASE", "not-the-passphrase-at-all")
        .output()
        .unwrap();
    assert_failure(&out, 3, "the passphrase is not right");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("line break"));
}

#[test]
fn a_passphrase_opens_the_vault_in_either_unicode_form() {
    let composed = "caf\u{e9}-quartz-lantern-meadow";
    let decomposed = "cafe\u{301}-quartz-lantern-meadow";
    let folder = Folder::new();
    let out = folder
        .cmd(&["init"])
        .env("PEERLOG_PASSPHRASE", decomposed)
        .output()
        .unwrap();
    assert!(out.status.success());
    for form in [composed, decomposed] {
        let out = folder
            .cmd(&["caseload"])
            .env("PEERLOG_PASSPHRASE", form)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

const HOSTILE: &str = "char(27) || '[2J' || char(27) || '[31m' || char(8238)";

#[track_caller]
fn clean(stdout: &[u8]) {
    let text = String::from_utf8_lossy(stdout);
    assert!(!stdout.contains(&0x1b), "an ESC byte reached the terminal");
    assert!(
        !text.contains('\u{202E}'),
        "a bidi override reached the terminal"
    );
}

fn today_minus(days: i64) -> String {
    (chrono::Local::now().date_naive() - chrono::Duration::days(days)).to_string()
}

#[test]
fn stored_text_with_terminal_escapes_is_printed_without_them() {
    let folder = Folder::new();
    folder.init();
    let csv = folder.file("people.csv", "external_id,first_name\nPX-1,Robin\n");
    folder.ok(&["import", "participants", path(&csv)]);
    folder.ok(&[
        "boundary",
        "add",
        "--participant",
        "PX-1",
        "--text",
        "Calls 9-6 on weekdays",
    ]);
    folder.ok(&[
        "consent",
        "add",
        "--participant",
        "PX-1",
        "--recipient",
        "Treatment court",
        "--purpose",
        "Case conference",
        "--categories",
        "attendance",
        "--from",
        &today_minus(10),
        "--until",
        &today_minus(-300),
    ]);

    // Text that never went through Peerlog's checks: written straight into
    // the store, as a store from elsewhere (a restored backup, an older
    // build) might hold it.
    {
        let dir = DataDir::new(&folder.dir);
        let passphrase = peerlog_core::secret::Passphrase::new(PASSPHRASE);
        let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&passphrase)).unwrap();
        peerlog
            .store()
            .conn()
            .execute_batch(&format!(
                "UPDATE participants SET first_name = 'Robin' || {HOSTILE};
                 UPDATE boundary_notes SET text = 'Calls' || {HOSTILE};
                 UPDATE consents SET recipient = recipient || {HOSTILE},
                                     purpose = purpose || {HOSTILE};"
            ))
            .unwrap();
    }

    for args in [
        &["caseload"][..],
        &["boundary", "list", "--participant", "PX-1"],
        &["search", "Robin"],
        &["consent", "list"],
    ] {
        let out = folder.ok(args);
        assert!(!out.is_empty());
        clean(out.as_bytes());
    }

    // A sealed packet carrying that text, opened by its recipient.
    let pack = folder.temp.path().join("court.pack");
    let out = folder
        .cmd(&[
            "export",
            "--recipient",
            "Treatment court",
            "--from",
            &today_minus(30),
            "--to",
            &today_minus(0),
            "--format",
            "pack",
            "--out",
            path(&pack),
        ])
        .env(
            "PEERLOG_PACKET_PASSPHRASE",
            "orchard-velvet-compass-drizzle",
        )
        .output()
        .unwrap();
    clean(&out.stdout);
    if out.status.success() {
        let opened = folder
            .cmd(&["open-pack", path(&pack)])
            .env(
                "PEERLOG_PACKET_PASSPHRASE",
                "orchard-velvet-compass-drizzle",
            )
            .output()
            .unwrap();
        assert!(opened.status.success());
        clean(&opened.stdout);
    }
    let out = folder.ok(&["disclosures"]);
    clean(out.as_bytes());
}

#[test]
fn a_recipient_that_only_looks_like_another_gets_a_warning() {
    let folder = Folder::new();
    folder.init();
    let people = folder.file(
        "people.csv",
        "external_id,first_name\nLA-1,Robin\nLA-2,Sam\nLA-3,Kai\n",
    );
    folder.ok(&["import", "participants", path(&people)]);
    let ids = ["LA-1", "LA-2", "LA-3"];
    let add = |recipient: &str, who: &str| {
        folder.run(&[
            "consent",
            "add",
            "--participant",
            who,
            "--recipient",
            recipient,
            "--purpose",
            "Case conference",
            "--categories",
            "attendance",
            "--from",
            "2026-01-05",
            "--until",
            "2027-01-05",
        ])
    };
    let first = add("Treatment Court", ids[0]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stderr).is_empty());
    // The same name again, in other letter case: no warning.
    let same = add("treatment court", ids[1]);
    assert!(String::from_utf8_lossy(&same.stderr).is_empty());
    // Cyrillic е and full-width letters: recorded, with a warning.
    let look_alike = add("Trеatment Ｃourt", ids[2]);
    assert!(look_alike.status.success());
    let warned = String::from_utf8_lossy(&look_alike.stderr);
    assert!(
        warned.starts_with("warning: ") && warned.contains("Treatment Court"),
        "{warned}"
    );
}
