//! Standard output that can't be written: a reader that stopped early
//! (`peerlog caseload | head -1`) ends quietly, a full disk (`> /dev/full`)
//! is a one-line error, never a panic; `init` creates nothing unless the
//! recovery key was shown; a command that already wrote its file says so
//! even when its summary can't be printed; and no raw OS text reaches the
//! peer.

use crate::common::*;
use std::process::{Child, Output, Stdio};

fn full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full (Linux)")
}

/// Runs with standard output closed by its reader before anything is
/// written: every write gets EPIPE.
fn with_closed_stdout(folder: &Folder, args: &[&str]) -> Output {
    let mut child: Child = folder
        .cmd(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

fn with_full_stdout(folder: &Folder, args: &[&str]) -> Output {
    folder.cmd(args).stdout(full()).output().unwrap()
}

#[track_caller]
fn no_panic(out: &Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
}

/// A one-line `error: …`, exit 1.
#[track_caller]
fn one_line_error(out: &Output) {
    no_panic(out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");
}

fn with_demo() -> Folder {
    let folder = Folder::new();
    folder.init();
    folder.ok(&["demo", "--participants", "8"]);
    folder
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let folder = with_demo();
    for args in [
        &["caseload"][..],
        &["caseload", "--json"],
        &["audit"],
        &["search", "a"],
        &["consent", "list"],
        &["disclosures"],
        &["keyring", "status"],
    ] {
        let out = with_closed_stdout(&folder, args);
        no_panic(&out);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{args:?}: quiet");
    }
}

#[test]
fn a_full_stdout_is_a_one_line_error() {
    let folder = with_demo();
    for args in [
        &["caseload"][..],
        &["caseload", "--json"],
        &["audit"],
        &["consent", "list"],
        &["keyring", "status"],
        &["verify"],
    ] {
        let out = with_full_stdout(&folder, args);
        one_line_error(&out);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("could not write the output"), "{stderr}");
        assert!(stderr.contains("disk is full"), "{stderr}");
    }
}

#[test]
fn init_creates_nothing_unless_the_recovery_key_was_shown() {
    let folder = Folder::new();
    let out = with_full_stdout(&folder, &["init"]);
    one_line_error(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("recovery key"), "{stderr}");
    assert!(stderr.contains("nothing was created"), "{stderr}");
    for file in [
        "vault.json",
        "peerlog.db",
        "peerlog.db-wal",
        "peerlog.db-shm",
    ] {
        assert!(!folder.dir.join(file).exists(), "{file} was left behind");
    }

    let out = with_closed_stdout(&folder, &["init"]);
    no_panic(&out);
    assert_ne!(out.status.code(), Some(0), "a key nobody saw is no vault");
    assert!(!folder.dir.join("vault.json").exists());
    assert!(!folder.dir.join("peerlog.db").exists());

    // Nothing in the way of trying again, and the key shown then works.
    let key = folder.init();
    let out = folder
        .cmd(&["recover"])
        .env("PEERLOG_RECOVERY_KEY", &key)
        .env("PEERLOG_NEW_PASSPHRASE", "orchid-basalt-compass-river")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn today_minus(days: i64) -> String {
    (chrono::Local::now().date_naive() - chrono::Duration::days(days)).to_string()
}

#[test]
fn a_file_written_and_recorded_is_never_reported_as_a_bare_failure() {
    let folder = Folder::new();
    folder.init();
    let csv = folder.file("people.csv", "external_id,first_name\nPX-1,Robin\n");
    folder.ok(&["import", "participants", path(&csv)]);
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

    let export = folder.temp.path().join("export.zip");
    let out = with_full_stdout(
        &folder,
        &[
            "export",
            "--recipient",
            "Treatment court",
            "--from",
            &today_minus(30),
            "--to",
            &today_minus(0),
            "--format",
            "csv",
            "--out",
            path(&export),
        ],
    );
    no_panic(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(export.is_file());
    assert!(stderr.contains("was written"), "{stderr}");
    assert!(stderr.contains("disclosure recorded"), "{stderr}");
    let listed = folder.ok(&["disclosures"]);
    assert!(listed.contains("Treatment court"), "{listed}");

    let report = folder.temp.path().join("report.csv");
    let out = with_full_stdout(
        &folder,
        &[
            "report",
            "--from",
            &today_minus(30),
            "--to",
            &today_minus(0),
            "--format",
            "csv",
            "--out",
            path(&report),
        ],
    );
    no_panic(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(report.is_file());
    assert!(String::from_utf8_lossy(&out.stderr).contains("was written"));

    let backup = folder.temp.path().join("store.peerlog-backup");
    let out = with_full_stdout(&folder, &["backup", "--out", path(&backup)]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(backup.is_file());
    assert!(String::from_utf8_lossy(&out.stderr).contains("was written"));

    // A reader that stopped early: the same success, quietly.
    let backup2 = folder.temp.path().join("again.peerlog-backup");
    let out = with_closed_stdout(&folder, &["backup", "--out", path(&backup2)]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(backup2.is_file());
}

#[test]
fn a_failing_file_write_prints_no_os_error_text() {
    let folder = Folder::new();
    folder.init();
    // A file where a folder should be: the write fails in the OS.
    let blocker = folder.file("blocker", "not a folder");
    let target = blocker.join("backup.peerlog-backup");
    let out = folder.run(&["backup", "--out", path(&target)]);
    no_panic(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");
    assert!(!stderr.contains("Not a directory"), "{stderr}");

    // A packet that is not there, and one that is a folder.
    let out = folder
        .cmd(&["open-pack", path(&folder.temp.path().join("missing.pack"))])
        .env(
            "PEERLOG_PACKET_PASSPHRASE",
            "orchard-velvet-compass-drizzle",
        )
        .output()
        .unwrap();
    assert_failure(&out, 2, "no packet file at");
    let out = folder
        .cmd(&["open-pack", path(folder.temp.path())])
        .env(
            "PEERLOG_PACKET_PASSPHRASE",
            "orchard-velvet-compass-drizzle",
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");
    assert!(stderr.contains("folder"), "{stderr}");
}
