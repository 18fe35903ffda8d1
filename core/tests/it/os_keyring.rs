//! Quick unlock through the real OS keyring (the Secret Service on Linux,
//! Credential Manager on Windows). scripts/test runs this inside
//! `dbus-run-session` with an unlocked `gnome-keyring-daemon`, and
//! scripts/test-windows under wine; it is ignored in a plain `cargo test`,
//! which may have no keyring to talk to.

use crate::common::*;
use peerlog_core::secret::Passphrase;
use peerlog_core::vault::keyring::{DeviceKeyStore, OsKeyring};
use peerlog_core::vault::Vault;
use peerlog_core::{Credential, Peerlog};
use peerlog_devtools::testing::PASSPHRASE;

#[test]
#[ignore = "needs a running Secret Service; scripts/test runs it"]
fn quick_unlock_through_the_real_secret_service() {
    assert!(
        !cfg!(target_os = "linux") || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "run inside dbus-run-session with gnome-keyring-daemon --unlock"
    );
    let Scratch {
        temp: _temp,
        dir,
        mut peerlog,
    } = scratch();
    let p = person_in(&mut peerlog);
    peerlog
        .enable_keyring(&OsKeyring)
        .expect("the Secret Service accepts the device key");
    let vault_id = peerlog.vault().id().to_string();
    drop(peerlog);

    // The keyring holds a random device key, not the data key, and no passphrase.
    let stored = OsKeyring
        .load(&vault_id)
        .unwrap()
        .expect("an entry in the keyring");
    assert_eq!(stored.len(), 32);
    let vault_text = std::fs::read_to_string(dir.vault_file()).unwrap();
    assert!(!vault_text.contains(&hex::encode(stored.as_slice())));

    let peerlog = Peerlog::unlock(&dir, Credential::Keyring(&OsKeyring)).expect("quick unlock");
    assert_eq!(
        peerlog_core::domain::participant::get(peerlog.store(), p)
            .unwrap()
            .external_id,
        "OS-1"
    );
    drop(peerlog);

    // The entry removed behind Peerlog's back: quick unlock fails cleanly,
    // the passphrase still works.
    OsKeyring.remove(&vault_id).unwrap();
    assert!(OsKeyring.load(&vault_id).unwrap().is_none());
    let err = Peerlog::unlock(&dir, Credential::Keyring(&OsKeyring)).unwrap_err();
    assert_eq!(err.code(), "keyring_unavailable");
    let mut peerlog =
        Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE))).unwrap();

    // Turning it on and off again leaves no entry and no wrap behind.
    peerlog.enable_keyring(&OsKeyring).unwrap();
    assert!(OsKeyring.load(&vault_id).unwrap().is_some());
    peerlog.disable_keyring(&OsKeyring).unwrap();
    assert!(OsKeyring.load(&vault_id).unwrap().is_none());
    assert!(!Vault::load(&dir).unwrap().has_device_wrap());
}

fn person_in(peerlog: &mut Peerlog) -> peerlog_core::ids::ParticipantId {
    peerlog_devtools::testing::add_participant(peerlog, "OS-1", "Sam", "Okafor").id
}
