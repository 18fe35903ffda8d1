//! Encryption at rest, seen from outside: what is on disk, what an
//! independent SQLCipher reader sees, and what wrong credentials change.

use crate::common::*;
use base64::Engine;
use peerlog_core::audit::{self, AuditAction};
use peerlog_core::domain::boundary::{self, BoundaryCategory, BoundaryInput};
use peerlog_core::domain::consent::{self, ConsentCategory, ConsentInput};
use peerlog_core::domain::contact;
use peerlog_core::domain::followup::{self, FollowUpInput};
use peerlog_core::domain::group::{self, GroupInput, SessionInput};
use peerlog_core::domain::participant::{self, ParticipantInput};
use peerlog_core::domain::referral::{self, ReferralInput, ResourceType};
use peerlog_core::domain::selfcheck::{self, BoundariesHeld, SelfCheckInput};
use peerlog_core::domain::wellness::{self, CheckInInput, WellnessScores};
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::time::{today, Timestamp};
use peerlog_core::vault::keyring::{KeyringFault, MemoryKeyring};
use peerlog_core::views::caseload::caseload;
use peerlog_core::{Credential, Error, Peerlog};
use peerlog_devtools::testing::PASSPHRASE;
use std::path::Path;

/// Canary strings written through every kind of record, in every free-text
/// field a peer can fill.
fn canaries() -> Vec<String> {
    [
        "FIRSTNAMEQX",
        "LASTNAMEQX",
        "PREFNAMEQX",
        "PRONOUNSQX",
        "PROGRAMQX",
        "DOCKETQX",
        "EXTIDQX",
        "PHONE5550199",
        "EMAILQX",
        "PREFSQX",
        "LANGUAGEQX",
        "GOALSQX",
        "SETTINGQX",
        "NARRATIVEQX",
        "FOLLOWUPQX",
        "GROUPNAMEQX",
        "GROUPDESCQX",
        "LOCATIONQX",
        "TOPICQX",
        "SESSIONNOTEQX",
        "BOUNDARYQX",
        "CHECKINNOTEQX",
        "RESOURCEQX",
        "REFERRALNOTEQX",
        "DISCLOSERQX",
        "RECIPIENTQX",
        "PURPOSEQX",
        "EXPIRYEVENTQX",
        "SELFCHECKQX",
    ]
    .iter()
    .map(|c| format!("Canary{c}Zz"))
    .collect()
}

fn write_canaries(s: &mut Scratch) -> Vec<String> {
    let c = canaries();
    let store = s.peerlog.store_mut();
    let p = participant::create(
        store,
        ParticipantInput {
            first_name: Some(c[0].clone()),
            last_name: Some(c[1].clone()),
            preferred_name: Some(c[2].clone()),
            pronouns: Some(c[3][..c[3].len().min(40)].to_string()),
            program: Some(c[4].clone()),
            docket: Some(c[5].clone()),
            external_id: c[6].clone(),
            phone: Some("555 0199".into()),
            email: Some(format!("{}@example.org", c[8])),
            contact_preferences: Some(c[9].clone()),
            language: Some(c[10].clone()),
            goals: Some(c[11].clone()),
            ..ParticipantInput::default()
        },
    )
    .unwrap();
    let mut input = contact_input(&p, Timestamp::now().plus_minutes(-20));
    input.setting = Some(c[12].clone());
    input.narrative = format!("Met and talked. {} The plan holds.", c[13]);
    contact::create(store, input).unwrap();
    followup::create(
        store,
        FollowUpInput {
            participant_id: p.id,
            due_on: today(),
            text: c[14].clone(),
        },
    )
    .unwrap();
    let g = group::create(
        store,
        GroupInput {
            name: c[15].clone(),
            description: Some(c[16].clone()),
            weekday: None,
            start_time: None,
            location: Some(c[17].clone()),
            active: true,
        },
    )
    .unwrap();
    group::add_session(
        store,
        SessionInput {
            group_id: g.id,
            held_on: today(),
            topic: Some(c[18].clone()),
            note: Some(c[19].clone()),
        },
    )
    .unwrap();
    boundary::create(
        store,
        BoundaryInput {
            participant_id: p.id,
            category: BoundaryCategory::Topics,
            text: c[20].clone(),
            agreed_on: today(),
            review_on: None,
        },
    )
    .unwrap();
    let three = WellnessScores {
        emotional: 3,
        environmental: 3,
        financial: 3,
        intellectual: 3,
        occupational: 3,
        physical: 3,
        social: 3,
        spiritual: 3,
    };
    wellness::record(
        store,
        CheckInInput {
            participant_id: p.id,
            occurred_at: Timestamp::now().plus_minutes(-5),
            scores: three,
            barc10: Some(vec![4; 10]),
            note: Some(c[21].clone()),
        },
    )
    .unwrap();
    referral::create(
        store,
        ReferralInput {
            participant_id: p.id,
            resource_type: ResourceType::Legal,
            resource_name: c[22].clone(),
            referred_on: today(),
            note: Some(c[23].clone()),
        },
    )
    .unwrap();
    consent::create(
        store,
        ConsentInput {
            participant_id: p.id,
            discloser: c[24].clone(),
            recipient: c[25].clone(),
            purpose: c[26].clone(),
            categories: vec![ConsentCategory::Attendance],
            effective_on: today(),
            expires_on: None,
            expiry_event: Some(c[27].clone()),
            signed_on: today(),
        },
    )
    .unwrap();
    selfcheck::record(
        store,
        SelfCheckInput {
            energy: 3,
            stress: 3,
            boundaries_held: BoundariesHeld::Yes,
            support_needed: false,
            note: Some(c[28].clone()),
        },
    )
    .unwrap();
    // The phone canary is stored as typed, with a space.
    let mut all = c;
    all[7] = "555 0199".into();
    all
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn assert_no_canary_on_disk(dir: &Path, canaries: &[String]) {
    let files = files_under(dir);
    assert!(files.iter().any(|f| f.ends_with("peerlog.db")));
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        for canary in canaries {
            assert!(
                !peerlog_devtools::testing::holds_canary(&bytes, canary),
                "{} holds {canary} in some encoding",
                file.display()
            );
        }
    }
}

#[test]
fn no_canary_reaches_any_file_in_the_data_folder() {
    let mut s = scratch();
    let canaries = write_canaries(&mut s);
    // The records are really there: the scan below is not vacuous.
    let found = peerlog_core::views::search::search(s.peerlog.store(), &canaries[13], 5).unwrap();
    assert_eq!(found.len(), 1);
    let wal = s.dir.root().join("peerlog.db-wal");
    assert!(
        wal.exists() && std::fs::metadata(&wal).unwrap().len() > 0,
        "the WAL holds recent writes"
    );
    assert_no_canary_on_disk(s.dir.root(), &canaries);

    // After closing (checkpoint) and a failed unlock (counter file) too.
    let Scratch { temp, dir, peerlog } = s;
    drop(peerlog);
    let _ = Peerlog::unlock(
        &dir,
        Credential::Passphrase(&Passphrase::new("wrong passphrase here")),
    );
    assert_no_canary_on_disk(dir.root(), &canaries);
    drop(temp);
}

#[test]
fn the_scan_would_notice_a_canary() {
    let temp = tempfile::tempdir().unwrap();
    std::fs::write(temp.path().join("peerlog.db"), "x".repeat(10)).unwrap();
    let canary = "CanaryPROOFQXZz".to_string();
    let leaked: Vec<u8> = format!("..{canary}..")
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    std::fs::write(temp.path().join("leak"), leaked).unwrap();
    let caught = std::panic::catch_unwind(|| {
        assert_no_canary_on_disk(temp.path(), std::slice::from_ref(&canary))
    });
    assert!(caught.is_err());
    std::fs::write(
        temp.path().join("leak"),
        base64::engine::general_purpose::STANDARD.encode(format!("!{canary}!")),
    )
    .unwrap();
    let caught = std::panic::catch_unwind(|| {
        assert_no_canary_on_disk(temp.path(), std::slice::from_ref(&canary))
    });
    assert!(caught.is_err(), "base64 at an odd alignment");
}

#[test]
fn the_database_is_not_plain_sqlite() {
    let s = scratch();
    let bytes = std::fs::read(s.dir.database()).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"));
    let plain = rusqlite::Connection::open(s.dir.database()).unwrap();
    assert!(plain
        .query_row("SELECT count(*) FROM participants", [], |r| r
            .get::<_, i64>(0))
        .is_err());
}

/// The format is standard SQLCipher 4: an independent reader opens it with
/// the raw key. Needs Python with `sqlcipher3-binary` (PEERLOG_TEST_PYTHON
/// names the interpreter); scripts/test installs it and runs this test.
#[test]
#[ignore = "needs python3 with sqlcipher3-binary; scripts/test runs it"]
fn an_independent_sqlcipher4_reader_opens_the_store_with_the_raw_key() {
    let mut s = scratch();
    let canaries = write_canaries(&mut s);
    let key = s.peerlog.raw_key_hex();
    let path = s.dir.database();
    drop(s.peerlog);
    let script = r#"
import sys, sqlcipher3
con = sqlcipher3.connect(sys.argv[1])
con.execute("PRAGMA key = \"x'" + sys.stdin.read().strip() + "'\"")
print(con.execute("PRAGMA cipher_version").fetchone()[0])
print(con.execute("SELECT first_name FROM participants").fetchone()[0])
print(con.execute("SELECT narrative FROM contacts").fetchone()[0])
"#;
    let python = std::env::var("PEERLOG_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let mut child = std::process::Command::new(&python)
        .args(["-c", script])
        .arg(&path)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(key.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the reader failed (pip install sqlcipher3-binary?): {stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with('4'), "SQLCipher 4, got {}", lines[0]);
    assert_eq!(lines[1], canaries[0]);
    assert!(lines[2].contains(&canaries[13]));

    // And with a wrong key the same reader gets nothing.
    let out = std::process::Command::new(&python)
        .args([
            "-c",
            &script.replace("sys.stdin.read().strip()", "'00' * 32"),
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

fn snapshot(dir: &peerlog_core::DataDir) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = [dir.database(), dir.vault_file()]
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn wrong_credentials_change_no_byte_and_every_attempt_is_audited_later() {
    let s = scratch();
    let Scratch {
        temp: _temp,
        dir,
        peerlog,
    } = s;
    drop(peerlog);
    let before = snapshot(&dir);
    for attempt in 0..5 {
        let wrong = Passphrase::new(format!("not the passphrase {attempt}"));
        let err = Peerlog::unlock(&dir, Credential::Passphrase(&wrong)).unwrap_err();
        assert!(matches!(err, Error::WrongPassphrase));
    }
    let err = Peerlog::unlock(&dir, Credential::RecoveryKey(&RecoveryKey::generate())).unwrap_err();
    assert!(matches!(err, Error::WrongRecoveryKey));
    assert_eq!(
        snapshot(&dir),
        before,
        "database and key wraps are byte-for-byte unchanged"
    );

    let peerlog =
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap();
    assert_eq!(
        audit::count(peerlog.store(), AuditAction::UnlockFailed).unwrap(),
        6
    );
    assert!(
        !dir.failed_unlocks().exists(),
        "the counter moved into the audit log"
    );
    drop(peerlog);
    let peerlog =
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap();
    assert_eq!(
        audit::count(peerlog.store(), AuditAction::UnlockFailed).unwrap(),
        6,
        "not counted twice"
    );
    assert_eq!(
        audit::count(peerlog.store(), AuditAction::Unlocked).unwrap(),
        2
    );
}

#[test]
fn the_recovery_key_opens_a_vault_whose_passphrase_is_lost() {
    let temp = tempfile::tempdir().unwrap();
    let dir = peerlog_core::DataDir::new(temp.path().join("data"));
    let created = peerlog_devtools::testing::create(&dir);
    let shown = created.recovery_key.display().to_string();
    let mut peerlog = created.peerlog;
    let p = peerlog_devtools::testing::add_participant(&mut peerlog, "A-1", "Sam", "Okafor");
    drop(peerlog);

    let key = RecoveryKey::parse(&shown.to_lowercase()).unwrap();
    let mut peerlog = Peerlog::unlock(&dir, Credential::RecoveryKey(&key)).unwrap();
    assert_eq!(
        participant::get(peerlog.store(), p.id).unwrap().external_id,
        "A-1"
    );
    let fresh = Passphrase::new("orchid-basalt-compass-river");
    peerlog.change_passphrase(&fresh).unwrap();
    drop(peerlog);
    assert!(matches!(
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))),
        Err(Error::WrongPassphrase)
    ));
    let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&fresh)).unwrap();
    assert_eq!(participant::list(peerlog.store()).unwrap().len(), 1);
    assert_eq!(
        audit::count(peerlog.store(), AuditAction::PassphraseChanged).unwrap(),
        1
    );
}

#[test]
fn changing_the_passphrase_keeps_all_data_and_does_not_rewrite_the_database() {
    let mut s = scratch();
    let canaries = write_canaries(&mut s);
    let rows_before = row_counts(&s);
    let caseload_before = caseload(s.peerlog.store(), today()).unwrap();
    let Scratch {
        temp: _temp,
        dir,
        mut peerlog,
    } = s;
    let salt_before = std::fs::read(dir.database()).unwrap()[..16].to_vec();
    let new = Passphrase::new("orchid-basalt-compass-river");
    peerlog.change_passphrase(&new).unwrap();
    drop(peerlog);
    let salt_after = std::fs::read(dir.database()).unwrap()[..16].to_vec();
    assert_eq!(
        salt_before, salt_after,
        "same database, same key: only the wrap changed"
    );

    let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&new)).unwrap();
    let s = Scratch {
        temp: tempfile::tempdir().unwrap(),
        dir: dir.clone(),
        peerlog,
    };
    let mut rows_after = row_counts(&s);
    // The unlock and the change themselves add audit entries.
    rows_after.retain(|(t, _)| t != "audit_log");
    let mut expected = rows_before;
    expected.retain(|(t, _)| t != "audit_log");
    assert_eq!(rows_after, expected);
    assert_eq!(
        caseload(s.peerlog.store(), today()).unwrap(),
        caseload_before
    );
    assert_eq!(
        peerlog_core::views::search::search(s.peerlog.store(), &canaries[20], 5)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn quick_unlock_through_a_keyring_falls_back_to_the_passphrase_on_any_fault() {
    let Scratch {
        temp: _temp,
        dir,
        mut peerlog,
    } = scratch();
    let keyring = MemoryKeyring::new();
    peerlog.enable_keyring(&keyring).unwrap();
    assert!(peerlog.keyring_enabled());
    drop(peerlog);
    let peerlog = Peerlog::unlock(&dir, Credential::Keyring(&keyring)).unwrap();
    assert_eq!(
        audit::recent(peerlog.store(), 1).unwrap()[0].detail,
        "with keyring"
    );
    drop(peerlog);

    for fault in [
        KeyringFault::Unavailable,
        KeyringFault::Forgotten,
        KeyringFault::Garbled,
    ] {
        keyring.set_fault(Some(fault));
        let err = Peerlog::unlock(&dir, Credential::Keyring(&keyring)).unwrap_err();
        assert_eq!(err.code(), "keyring_unavailable", "{fault:?}");
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap();
    }
    keyring.set_fault(None);
    let mut peerlog =
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap();
    peerlog.disable_keyring(&keyring).unwrap();
    assert!(keyring.is_empty());
    drop(peerlog);
    assert!(Peerlog::unlock(&dir, Credential::Keyring(&keyring)).is_err());
}

#[test]
fn damaged_files_are_reported_and_left_as_they_were() {
    let Scratch {
        temp: _temp,
        dir,
        peerlog,
    } = scratch();
    drop(peerlog);
    let good = std::fs::read(dir.database()).unwrap();
    // A flipped byte inside the first page's encrypted content.
    let mut bad = good.clone();
    bad[100] ^= 0x55;
    std::fs::write(dir.database(), &bad).unwrap();
    let err =
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap_err();
    assert_eq!(err.code(), "store_damaged");
    assert!(err.to_string().contains("restore a backup"));
    assert_eq!(std::fs::read(dir.database()).unwrap(), bad);

    std::fs::write(dir.database(), &good).unwrap();
    std::fs::remove_file(dir.vault_file()).unwrap();
    let err =
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap_err();
    assert_eq!(err.code(), "vault_damaged");
}
