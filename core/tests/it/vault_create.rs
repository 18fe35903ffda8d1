//! Creating a vault: the recovery key is handed over before the vault is
//! written, a failed hand-over leaves nothing, and of two creations at once
//! exactly one succeeds.

use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::{Credential, DataDir, Error, Peerlog};
use peerlog_devtools::testing::{PASSPHRASE, QUICK_KDF};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};

fn folder() -> (tempfile::TempDir, DataDir) {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    (temp, dir)
}

fn leftovers(dir: &DataDir) -> Vec<String> {
    [
        "vault.json",
        "peerlog.db",
        "peerlog.db-wal",
        "peerlog.db-shm",
        "peerlog.db-journal",
    ]
    .iter()
    .filter(|name| dir.root().join(name).exists())
    .map(|name| name.to_string())
    .collect()
}

#[test]
fn the_key_is_delivered_before_the_vault_is_written() {
    let (_t, dir) = folder();
    let mut shown: Option<String> = None;
    let created = Peerlog::create_delivering_key(
        &dir,
        &Passphrase::new(PASSPHRASE),
        QUICK_KDF,
        |key: &RecoveryKey| {
            assert!(
                !dir.vault_file().exists(),
                "no vault before the key is shown"
            );
            shown = Some(key.display().to_string());
            Ok(())
        },
    )
    .unwrap();
    let shown = shown.expect("the key was delivered");
    assert_eq!(shown, created.recovery_key.display().as_str());
    drop(created);
    let key = RecoveryKey::parse(&shown).unwrap();
    Peerlog::unlock(&dir, Credential::RecoveryKey(&key)).unwrap();
}

#[test]
fn a_failed_delivery_leaves_nothing_behind() {
    let (_t, dir) = folder();
    let err = Peerlog::create_delivering_key(&dir, &Passphrase::new(PASSPHRASE), QUICK_KDF, |_| {
        Err(Error::DiskFull)
    })
    .err()
    .expect("creation fails");
    assert!(matches!(err, Error::DiskFull));
    assert_eq!(leftovers(&dir), Vec::<String>::new());
    // Nothing in the way of trying again.
    Peerlog::create_with_params(&dir, &Passphrase::new(PASSPHRASE), QUICK_KDF).unwrap();
}

#[test]
fn of_two_creations_at_once_exactly_one_succeeds_and_one_key_is_shown() {
    for _ in 0..4 {
        let (_t, dir) = folder();
        let delivered = Arc::new(AtomicUsize::new(0));
        let ready = Arc::new(Barrier::new(2));
        let results: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..2)
                .map(|_| {
                    let (dir, delivered, ready) = (dir.clone(), delivered.clone(), ready.clone());
                    scope.spawn(move || {
                        ready.wait();
                        Peerlog::create_delivering_key(
                            &dir,
                            &Passphrase::new(PASSPHRASE),
                            QUICK_KDF,
                            |_| {
                                delivered.fetch_add(1, Ordering::SeqCst);
                                Ok(())
                            },
                        )
                        .map(|created| created.recovery_key.display().to_string())
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let keys: Vec<&String> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert_eq!(keys.len(), 1, "exactly one creation succeeds");
        assert_eq!(delivered.load(Ordering::SeqCst), 1, "one key was shown");
        let failed = results.iter().find_map(|r| r.as_ref().err()).unwrap();
        assert!(matches!(failed, Error::VaultExists), "{failed}");
        let key = RecoveryKey::parse(keys[0]).unwrap();
        Peerlog::unlock(&dir, Credential::RecoveryKey(&key)).unwrap();
    }
}

#[test]
fn io_and_database_errors_read_as_sentences() {
    // The same failure under each system's own number: EEXIST on Unix,
    // ERROR_ALREADY_EXISTS on Windows (where 17 means another disk).
    let code = if cfg!(windows) { 183 } else { 17 };
    let os = std::io::Error::from_raw_os_error(code);
    let os_words = os.to_string();
    let os_words = os_words.split(" (os error").next().unwrap().to_string();
    let text = Error::from(os).to_string();
    assert!(!text.contains("os error"), "{text}");
    assert!(!text.contains(&os_words), "{text}");
    assert!(text.contains("already there"), "{text}");

    let sqlite = rusqlite_like_failure();
    let text = sqlite.to_string();
    assert!(!text.contains("no such table"), "{text}");
    assert!(!text.contains("SELECT"), "{text}");
}

/// A real SQLite error, through the conversion every store call uses.
fn rusqlite_like_failure() -> Error {
    let (_t, dir) = folder();
    let created =
        Peerlog::create_with_params(&dir, &Passphrase::new(PASSPHRASE), QUICK_KDF).unwrap();
    let failure = created
        .peerlog
        .store()
        .conn()
        .execute_batch("SELECT * FROM no_such_table")
        .unwrap_err();
    Error::from(failure)
}
