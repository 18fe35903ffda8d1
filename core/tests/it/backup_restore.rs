//! Backups and restores: a new laptop restores with the passphrase or the
//! recovery key; a wrong credential, a flipped byte or a cut-short file is
//! a clear error and replaces nothing; a store with newer changes, or a
//! different store, is only replaced when the peer insists, and is kept.

use crate::export_support::*;
use peerlog_core::backup::{self, BackupCredential, RestoreOptions, RestoreRefusal};
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::participant;
use peerlog_core::export::{self, disclosures, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::store::verify;
use peerlog_core::time::today;
use peerlog_core::{Credential, DataDir, Error, Peerlog};
use peerlog_devtools::testing::{self, PASSPHRASE};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

struct Source {
    s: Scratch,
    recovery: RecoveryKey,
    backup: PathBuf,
}

/// A store with a little of everything, an export on record, and a backup.
fn source() -> Source {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let created = testing::create(&dir);
    let mut s = Scratch {
        temp,
        dir,
        peerlog: created.peerlog,
    };
    let g = group(&mut s);
    for n in 1..=3 {
        let p = person(&mut s, n);
        full_record(&mut s, &p, n, g, days_ago(n as i64));
        consent_for(
            &mut s,
            &p,
            RECIPIENT,
            ConsentCategory::ALL,
            days_ago(20),
            None,
        );
    }
    let pdf = s.out("before.pdf");
    export::write(
        s.peerlog.store_mut(),
        &ExportRequest::new(RECIPIENT, days_ago(30), today()),
        &ExportOutput::new(ExportFormat::Pdf, &pdf),
    )
    .unwrap();
    let backup = s.out("peerlog.backup");
    backup::write(&mut s.peerlog, &backup, false).unwrap();
    Source {
        s,
        recovery: created.recovery_key,
        backup,
    }
}

fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE)
}

/// Every file in a data folder with a digest of its bytes, to prove
/// nothing changed.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                out.insert(format!("{name}/"), String::new());
            } else {
                out.insert(name, sha256_hex(&std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    out
}

fn names(peerlog: &Peerlog) -> Vec<String> {
    let mut v: Vec<String> = participant::list(peerlog.store())
        .unwrap()
        .into_iter()
        .map(|p| p.external_id)
        .collect();
    v.sort();
    v
}

#[test]
fn a_new_laptop_restores_with_the_passphrase() {
    let src = source();
    let target = tempfile::tempdir().unwrap();
    let dir = DataDir::new(target.path().join("data"));
    let restored = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap();
    assert!(restored.previous_kept_in.is_none());
    let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&passphrase())).unwrap();
    assert_eq!(names(&peerlog), names(&src.s.peerlog));
    assert!(verify::check(peerlog.store()).unwrap().is_ok());
    // The accounting of disclosures came along.
    assert_eq!(disclosures::list(peerlog.store(), None).unwrap().len(), 1);
    // It knows which backup it came from.
    let last = backup::last_backup(peerlog.store()).unwrap().unwrap();
    assert_eq!(last.kind, "restored");
    assert_eq!(last.taken_at, restored.info.taken_at);
    assert!(!backup::backup_due(peerlog.store(), today()).unwrap());
    // No staging folder is left behind.
    let leftovers: Vec<String> = snapshot(dir.root())
        .into_keys()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn quick_unlock_does_not_come_along_to_a_new_laptop() {
    let mut src = source();
    let keyring = peerlog_core::vault::keyring::MemoryKeyring::new();
    src.s.peerlog.enable_keyring(&keyring).unwrap();
    let with_quick_unlock = src.s.out("quick.backup");
    backup::write(&mut src.s.peerlog, &with_quick_unlock, false).unwrap();

    let target = tempfile::tempdir().unwrap();
    let dir = DataDir::new(target.path().join("data"));
    backup::restore(
        &dir,
        &with_quick_unlock,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap();
    let vault = peerlog_core::vault::Vault::load(&dir).unwrap();
    assert!(
        !vault.has_device_wrap(),
        "the old machine's keyring does not unlock this one"
    );
    Peerlog::unlock(&dir, Credential::Passphrase(&passphrase())).unwrap();
}

#[test]
fn a_new_laptop_restores_with_the_recovery_key() {
    let src = source();
    let target = tempfile::tempdir().unwrap();
    let dir = DataDir::new(target.path().join("data"));
    backup::restore(
        &dir,
        &src.backup,
        BackupCredential::RecoveryKey(&src.recovery),
        RestoreOptions::default(),
    )
    .unwrap();
    let peerlog = Peerlog::unlock(&dir, Credential::RecoveryKey(&src.recovery)).unwrap();
    assert_eq!(names(&peerlog), names(&src.s.peerlog));
}

#[test]
fn a_wrong_passphrase_or_key_replaces_nothing() {
    let src = source();
    let target = tempfile::tempdir().unwrap();
    let dir = DataDir::new(target.path().join("data"));
    let err = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&Passphrase::new("not-the-passphrase-at-all")),
        RestoreOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "wrong_passphrase");
    let err = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::RecoveryKey(&RecoveryKey::generate()),
        RestoreOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "wrong_recovery_key");
    assert!(
        snapshot(dir.root()).is_empty(),
        "{:?}",
        snapshot(dir.root()).keys()
    );

    // Over an existing store, too: it is left exactly as it was.
    let before = snapshot(src.s.dir.root());
    let err = backup::restore(
        &src.s.dir,
        &src.backup,
        BackupCredential::Passphrase(&Passphrase::new("not-the-passphrase-at-all")),
        RestoreOptions { force: true },
    )
    .unwrap_err();
    assert_eq!(err.code(), "wrong_passphrase");
    assert_eq!(snapshot(src.s.dir.root()), before);
}

#[test]
fn a_flipped_byte_anywhere_replaces_nothing() {
    let src = source();
    let bytes = std::fs::read(&src.backup).unwrap();
    let target = tempfile::tempdir().unwrap();
    let dir = DataDir::new(target.path().join("data"));
    let header_len = u32::from_be_bytes(bytes[8..12].try_into().unwrap()) as usize;
    // Every 7th byte of the header (vault and description included), and
    // bytes spread over the sealed store.
    let mut positions: Vec<usize> = (0..header_len).step_by(7).collect();
    let step = ((bytes.len() - header_len) / 60).max(1);
    positions.extend((header_len..bytes.len()).step_by(step));
    positions.push(bytes.len() - 1);
    let bad_file = target.path().join("bad.backup");
    for position in positions {
        let mut bad = bytes.clone();
        bad[position] ^= 0x04;
        std::fs::write(&bad_file, &bad).unwrap();
        let err = backup::restore(
            &dir,
            &bad_file,
            BackupCredential::Passphrase(&passphrase()),
            RestoreOptions { force: true },
        )
        .expect_err(&format!("byte {position} flipped was accepted"));
        assert!(
            ["file_damaged", "file_truncated", "not_a_peerlog_file"].contains(&err.code().as_str()),
            "byte {position}: {err}"
        );
        assert!(
            snapshot(dir.root()).is_empty(),
            "byte {position} left files behind"
        );
    }
}

#[test]
fn a_truncated_backup_replaces_nothing() {
    let src = source();
    let bytes = std::fs::read(&src.backup).unwrap();
    let before = snapshot(src.s.dir.root());
    let cut = src.s.out("cut.backup");
    for len in [0, 5, 12, 100, bytes.len() / 3, bytes.len() - 1] {
        std::fs::write(&cut, &bytes[..len]).unwrap();
        let err = backup::restore(
            &src.s.dir,
            &cut,
            BackupCredential::Passphrase(&passphrase()),
            RestoreOptions { force: true },
        )
        .unwrap_err();
        assert_eq!(err.code(), "file_truncated", "cut at {len}: {err}");
        assert_eq!(snapshot(src.s.dir.root()), before);
    }
    // The header alone can be read from a file cut in its body; not from one
    // cut inside the header.
    std::fs::write(&cut, &bytes[..30]).unwrap();
    assert_eq!(backup::inspect(&cut).unwrap_err().code(), "file_truncated");
}

#[test]
fn a_store_with_newer_changes_is_only_replaced_when_forced_and_is_kept() {
    let mut src = source();
    let added = person(&mut src.s, 9);
    let newer = names(&src.s.peerlog);
    let dir = src.s.dir.clone();
    drop(src.s.peerlog);
    let before = snapshot(dir.root());
    let err = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            Error::RestoreRefused(RestoreRefusal::NewerChanges { .. })
        ),
        "{err}"
    );
    assert!(err.to_string().contains("--force"));
    assert_eq!(snapshot(dir.root()), before, "refusing changed nothing");

    let restored = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions { force: true },
    )
    .unwrap();
    assert!(restored.kept_vault);
    let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&passphrase())).unwrap();
    assert!(!names(&peerlog).contains(&added.external_id));
    drop(peerlog);
    // The replaced store is kept whole beside it and still opens.
    let kept = DataDir::new(restored.previous_kept_in.unwrap());
    let old = Peerlog::unlock(&kept, Credential::Passphrase(&passphrase())).unwrap();
    assert_eq!(names(&old), newer);
}

#[test]
fn the_same_store_without_newer_changes_is_restored_without_forcing() {
    let src = source();
    let dir = src.s.dir.clone();
    drop(src.s.peerlog);
    // Unlocking again is not a change to the records.
    drop(Peerlog::unlock(&dir, Credential::Passphrase(&passphrase())).unwrap());
    backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap();
    // And again: restoring the same backup twice is not a change either.
    backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap();
    let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&passphrase())).unwrap();
    assert!(verify::check(peerlog.store()).unwrap().is_ok());
    assert_eq!(names(&peerlog).len(), 3);
}

#[test]
fn a_different_store_is_only_replaced_when_forced() {
    let src = source();
    let other = scratch();
    let dir = other.dir.clone();
    drop(other.peerlog);
    let before = snapshot(dir.root());
    let err = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::RestoreRefused(RestoreRefusal::DifferentStore)),
        "{err}"
    );
    assert_eq!(snapshot(dir.root()), before);
    let restored = backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions { force: true },
    )
    .unwrap();
    assert!(!restored.kept_vault);
    let peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&passphrase())).unwrap();
    assert_eq!(names(&peerlog).len(), 3);
    assert_eq!(peerlog.vault().id(), restored.info.vault_id);
}

#[test]
fn the_last_backup_is_known_and_a_reminder_is_due_without_one() {
    let mut s = scratch();
    assert!(backup::last_backup(s.peerlog.store()).unwrap().is_none());
    assert!(backup::backup_due(s.peerlog.store(), today()).unwrap());
    let path = s.out("b.backup");
    let written = backup::write(&mut s.peerlog, &path, false).unwrap();
    let last = backup::last_backup(s.peerlog.store()).unwrap().unwrap();
    assert_eq!(last.kind, "written");
    assert_eq!(last.taken_at, written.info.taken_at);
    assert_eq!(last.sha256, sha256_hex(&std::fs::read(&path).unwrap()));
    assert!(!backup::backup_due(s.peerlog.store(), today()).unwrap());
    assert!(backup::backup_due(
        s.peerlog.store(),
        today() + chrono::Duration::days(backup::REMIND_AFTER_DAYS + 1)
    )
    .unwrap());
    // What the header says, without any secret.
    let info = backup::inspect(&path).unwrap();
    assert_eq!(info, written.info);
    assert_eq!(info.vault_id, s.peerlog.vault().id());
    // A second backup to the same path is refused unless replacing.
    assert_eq!(
        backup::write(&mut s.peerlog, &path, false)
            .unwrap_err()
            .code(),
        "file_exists"
    );
    backup::write(&mut s.peerlog, &path, true).unwrap();
    assert_eq!(backup::history(s.peerlog.store()).unwrap().len(), 2);

    // The status view says the same, with as much history as asked for.
    let later = today() + chrono::Duration::days(backup::REMIND_AFTER_DAYS + 1);
    let status = backup::status(s.peerlog.store(), later, 1).unwrap();
    assert_eq!(status.last, backup::last_backup(s.peerlog.store()).unwrap());
    assert!(status.due);
    assert!(!backup::status(s.peerlog.store(), today(), 1).unwrap().due);
    assert_eq!(status.remind_after_days, backup::REMIND_AFTER_DAYS);
    assert_eq!(
        status.history,
        backup::history(s.peerlog.store()).unwrap()[..1].to_vec()
    );

    // "Not now" on the reminder is kept in the store, for that day.
    assert_eq!(status.reminder_set_aside_on, None);
    backup::set_aside_reminder(s.peerlog.store_mut(), later).unwrap();
    let status = backup::status(s.peerlog.store(), later, 1).unwrap();
    assert_eq!(status.reminder_set_aside_on, Some(later));
}

#[test]
fn the_backup_file_holds_nothing_readable() {
    let src = source();
    let bytes = std::fs::read(&src.backup).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    for n in 1..=3 {
        assert!(!text.contains(&format!("PX-00{n}")));
        assert!(!text.contains(&canary("Narr", n)));
    }
    assert!(!text.contains("SQLite format 3"));
}

#[test]
fn a_store_open_elsewhere_is_never_replaced_even_when_forced() {
    let src = source();
    // `src.s.peerlog` is still open on this folder.
    let before = snapshot(src.s.dir.root());
    let err = backup::restore(
        &src.s.dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions { force: true },
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::RestoreRefused(RestoreRefusal::InUse)),
        "{err}"
    );
    assert!(err.to_string().contains("open"), "{err}");
    assert_eq!(snapshot(src.s.dir.root()), before);
    // Once it is closed, the restore goes through.
    let dir = src.s.dir.clone();
    drop(src.s.peerlog);
    backup::restore(
        &dir,
        &src.backup,
        BackupCredential::Passphrase(&passphrase()),
        RestoreOptions::default(),
    )
    .unwrap();
}
