use super::keyring::{KeyringFault, MemoryKeyring};
use super::*;
use base64::{engine::general_purpose::STANDARD as B64, Engine};

/// Cheap parameters: these tests are about the wraps, not the KDF's cost.
const FAST: Argon2Params = Argon2Params {
    memory_kib: 8 * 1024,
    iterations: 1,
    parallelism: 1,
};

const PASS: &str = "tidal-quartz-lantern-meadow";

fn new_vault() -> (tempfile::TempDir, DataDir, NewVault) {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let created = Vault::create(&dir, &Passphrase::new(PASS), FAST).unwrap();
    (temp, dir, created)
}

#[test]
fn passphrase_unlocks_the_same_data_key() {
    let (_t, dir, created) = new_vault();
    let vault = Vault::load(&dir).unwrap();
    let key = vault
        .unlock_with_passphrase(&Passphrase::new(PASS))
        .unwrap();
    assert_eq!(key.expose(), created.data_key.expose());
}

#[test]
fn wrong_passphrase_is_refused_and_changes_nothing() {
    let (_t, dir, _created) = new_vault();
    let before = std::fs::read(dir.vault_file()).unwrap();
    let vault = Vault::load(&dir).unwrap();
    let err = vault
        .unlock_with_passphrase(&Passphrase::new("tidal-quartz-lantern-meadoW"))
        .unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase));
    assert_eq!(err.code(), "wrong_passphrase");
    assert_eq!(std::fs::read(dir.vault_file()).unwrap(), before);
}

#[test]
fn recovery_key_unlocks_and_a_wrong_one_does_not() {
    let (_t, dir, created) = new_vault();
    let vault = Vault::load(&dir).unwrap();
    let shown = created.recovery_key.display();
    let key = vault
        .unlock_with_recovery_key(&RecoveryKey::parse(&shown).unwrap())
        .unwrap();
    assert_eq!(key.expose(), created.data_key.expose());
    let err = vault
        .unlock_with_recovery_key(&RecoveryKey::generate())
        .unwrap_err();
    assert!(matches!(err, Error::WrongRecoveryKey));
}

#[test]
fn changing_the_passphrase_rewraps_the_same_key() {
    let (_t, dir, created) = new_vault();
    let mut vault = Vault::load(&dir).unwrap();
    let new = Passphrase::new("orchid-basalt-compass-river");
    vault.change_passphrase(&created.data_key, &new).unwrap();
    let vault = Vault::load(&dir).unwrap();
    assert!(matches!(
        vault.unlock_with_passphrase(&Passphrase::new(PASS)),
        Err(Error::WrongPassphrase)
    ));
    let key = vault.unlock_with_passphrase(&new).unwrap();
    assert_eq!(key.expose(), created.data_key.expose());
    // The recovery key is untouched by a passphrase change.
    assert!(vault
        .unlock_with_recovery_key(&created.recovery_key)
        .is_ok());
    // A rewrap never lowers the stored cost below the default.
    assert_eq!(vault.passphrase_params(), Some(Argon2Params::default()));
}

#[test]
fn a_weak_new_passphrase_is_refused_before_anything_is_written() {
    let (_t, dir, created) = new_vault();
    let before = std::fs::read(dir.vault_file()).unwrap();
    let mut vault = Vault::load(&dir).unwrap();
    let err = vault
        .change_passphrase(&created.data_key, &Passphrase::new("password"))
        .unwrap_err();
    assert_eq!(err.code(), "invalid.passphrase");
    assert_eq!(std::fs::read(dir.vault_file()).unwrap(), before);
}

#[test]
fn the_vault_file_holds_no_key_in_clear() {
    let (_t, dir, created) = new_vault();
    let text = std::fs::read_to_string(dir.vault_file()).unwrap();
    let key = created.data_key.expose();
    assert!(!text.contains(&hex::encode(key)));
    assert!(!text.contains(&B64.encode(key)));
    assert!(!text.contains(created.recovery_key.display().as_str()));
    assert!(!text.contains(PASS));
}

#[test]
fn device_unlock_through_the_keyring() {
    let (_t, dir, created) = new_vault();
    let keyring = MemoryKeyring::new();
    let mut vault = Vault::load(&dir).unwrap();
    assert!(vault.unlock_with_device(&keyring).unwrap().is_none());
    vault.enable_device(&created.data_key, &keyring).unwrap();
    let vault = Vault::load(&dir).unwrap();
    assert!(vault.has_device_wrap());
    let key = vault.unlock_with_device(&keyring).unwrap().unwrap();
    assert_eq!(key.expose(), created.data_key.expose());
}

#[test]
fn every_keyring_fault_falls_back_to_the_passphrase() {
    let (_t, dir, created) = new_vault();
    let keyring = MemoryKeyring::new();
    let mut vault = Vault::load(&dir).unwrap();
    vault.enable_device(&created.data_key, &keyring).unwrap();

    keyring.set_fault(Some(KeyringFault::Unavailable));
    assert!(matches!(
        vault.unlock_with_device(&keyring),
        Err(Error::Keyring(_))
    ));
    keyring.set_fault(Some(KeyringFault::Forgotten));
    assert!(vault.unlock_with_device(&keyring).unwrap().is_none());
    keyring.set_fault(Some(KeyringFault::Garbled));
    assert!(vault.unlock_with_device(&keyring).unwrap().is_none());

    for fault in [
        KeyringFault::Unavailable,
        KeyringFault::Forgotten,
        KeyringFault::Garbled,
    ] {
        keyring.set_fault(Some(fault));
        let key = vault
            .unlock_with_passphrase(&Passphrase::new(PASS))
            .unwrap();
        assert_eq!(key.expose(), created.data_key.expose(), "{fault:?}");
    }
}

#[test]
fn a_refusing_keyring_leaves_the_vault_file_as_it_was() {
    let (_t, dir, created) = new_vault();
    let before = std::fs::read(dir.vault_file()).unwrap();
    let keyring = MemoryKeyring::new();
    keyring.set_fault(Some(KeyringFault::Unavailable));
    let mut vault = Vault::load(&dir).unwrap();
    let err = vault
        .enable_device(&created.data_key, &keyring)
        .unwrap_err();
    assert_eq!(err.code(), "keyring_unavailable");
    assert_eq!(std::fs::read(dir.vault_file()).unwrap(), before);
}

#[test]
fn disabling_the_device_drops_the_wrap_even_if_the_keyring_is_gone() {
    let (_t, dir, created) = new_vault();
    let keyring = MemoryKeyring::new();
    let mut vault = Vault::load(&dir).unwrap();
    vault.enable_device(&created.data_key, &keyring).unwrap();
    keyring.set_fault(Some(KeyringFault::Unavailable));
    assert!(vault.disable_device(&keyring).is_err());
    keyring.set_fault(None);
    let vault = Vault::load(&dir).unwrap();
    assert!(!vault.has_device_wrap());
    assert!(vault.unlock_with_device(&keyring).unwrap().is_none());
}

#[test]
fn wraps_are_bound_to_their_vault_and_purpose() {
    let (_t, dir, _created) = new_vault();
    let mut file: VaultFile =
        serde_json::from_slice(&std::fs::read(dir.vault_file()).unwrap()).unwrap();

    // The same wrap under another vault id no longer opens.
    let mut moved = file.clone();
    moved.vault_id = Uuid::now_v7().to_string();
    moved.checksum = moved.compute_checksum();
    std::fs::write(dir.vault_file(), serde_json::to_vec(&moved).unwrap()).unwrap();
    let vault = Vault::load(&dir).unwrap();
    assert!(matches!(
        vault.unlock_with_passphrase(&Passphrase::new(PASS)),
        Err(Error::WrongPassphrase)
    ));

    // A passphrase wrap copied into the device slot does not open as a device wrap.
    file.device = Some(file.passphrase.clone());
    file.device.as_mut().unwrap().kdf = format::Kdf::Keyring;
    file.checksum = file.compute_checksum();
    std::fs::write(dir.vault_file(), serde_json::to_vec(&file).unwrap()).unwrap();
    let keyring = MemoryKeyring::new();
    keyring.save(&file.vault_id, &[7u8; 32]).unwrap();
    let vault = Vault::load(&dir).unwrap();
    assert!(vault.unlock_with_device(&keyring).unwrap().is_none());
}

#[test]
fn damaged_or_missing_vault_files_are_named() {
    let (_t, dir, _created) = new_vault();
    std::fs::write(dir.vault_file(), b"{ not json").unwrap();
    assert!(matches!(Vault::load(&dir), Err(Error::VaultDamaged(_))));

    let mut file: serde_json::Value = serde_json::json!({"format": "something-else"});
    std::fs::write(dir.vault_file(), serde_json::to_vec(&file).unwrap()).unwrap();
    assert!(matches!(Vault::load(&dir), Err(Error::VaultDamaged(_))));

    file = serde_json::from_str("null").unwrap();
    std::fs::write(dir.vault_file(), serde_json::to_vec(&file).unwrap()).unwrap();
    assert!(matches!(Vault::load(&dir), Err(Error::VaultDamaged(_))));

    std::fs::remove_file(dir.vault_file()).unwrap();
    assert!(matches!(Vault::load(&dir), Err(Error::NoVault)));
    std::fs::write(dir.database(), b"x").unwrap();
    assert!(matches!(Vault::load(&dir), Err(Error::VaultDamaged(_))));
}

#[test]
fn absurd_kdf_parameters_are_refused_not_run() {
    let (_t, dir, _created) = new_vault();
    let mut file: VaultFile =
        serde_json::from_slice(&std::fs::read(dir.vault_file()).unwrap()).unwrap();
    if let format::Kdf::Argon2id { memory_kib, .. } = &mut file.passphrase.kdf {
        *memory_kib = u32::MAX;
    }
    file.checksum = file.compute_checksum();
    std::fs::write(dir.vault_file(), serde_json::to_vec(&file).unwrap()).unwrap();
    let vault = Vault::load(&dir).unwrap();
    assert!(matches!(
        vault.unlock_with_passphrase(&Passphrase::new(PASS)),
        Err(Error::VaultDamaged(_))
    ));
}

#[test]
fn accidental_damage_is_told_apart_from_a_wrong_passphrase() {
    let (_t, dir, _created) = new_vault();
    let text = std::fs::read_to_string(dir.vault_file()).unwrap();
    let file: VaultFile = serde_json::from_str(&text).unwrap();
    let ciphertext = &file.passphrase.ciphertext;
    let flipped: String = ciphertext
        .char_indices()
        .map(|(i, c)| {
            if i == 3 {
                if c == 'Q' {
                    'R'
                } else {
                    'Q'
                }
            } else {
                c
            }
        })
        .collect();
    std::fs::write(
        dir.vault_file(),
        text.replace(ciphertext.as_str(), &flipped),
    )
    .unwrap();
    let err = Vault::load(&dir).unwrap_err();
    assert_eq!(err.code(), "vault_damaged");
    assert!(err.to_string().contains("checksum"));
}

#[test]
fn an_existing_vault_is_never_overwritten() {
    let (_t, dir, _created) = new_vault();
    let before = std::fs::read(dir.vault_file()).unwrap();
    let again = Vault::create(&dir, &Passphrase::new("orchid-basalt-compass-river"), FAST);
    assert!(matches!(again, Err(Error::VaultExists)));
    assert_eq!(std::fs::read(dir.vault_file()).unwrap(), before);
}

#[test]
fn a_weak_passphrase_creates_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let err = Vault::create(&dir, &Passphrase::new("123456"), FAST)
        .err()
        .unwrap();
    assert_eq!(err.code(), "invalid.passphrase");
    assert!(!dir.vault_file().exists());
}

const COMPOSED: &str = "caf\u{e9}-quartz-lantern-meadow";
const DECOMPOSED: &str = "cafe\u{301}-quartz-lantern-meadow";

#[test]
fn either_unicode_form_of_the_passphrase_unlocks() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let created = Vault::create(&dir, &Passphrase::new(DECOMPOSED), FAST).unwrap();
    let vault = Vault::load(&dir).unwrap();
    for form in [COMPOSED, DECOMPOSED] {
        let key = vault
            .unlock_with_passphrase(&Passphrase::new(form))
            .unwrap();
        assert_eq!(key.expose(), created.data_key.expose());
    }
}

#[test]
fn a_vault_wrapped_under_the_raw_bytes_still_opens_and_is_rewrapped_in_nfc() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let created = Vault::create(&dir, &Passphrase::new(DECOMPOSED), FAST).unwrap();
    // As a build from before normalisation wrote it: derived from the
    // bytes as typed.
    let mut vault = Vault::load(&dir).unwrap();
    let old_kdf = kdf::new_argon2(FAST);
    let kek = kdf::derive(&old_kdf, DECOMPOSED.as_bytes()).unwrap();
    let mut file = vault.file.clone();
    file.passphrase = wrap::seal(
        &kek,
        old_kdf,
        vault.id(),
        Purpose::Passphrase,
        &created.data_key,
    );
    vault.commit(file).unwrap();

    let vault = Vault::load(&dir).unwrap();
    assert!(matches!(
        vault.unlock_with_passphrase(&Passphrase::new(COMPOSED)),
        Err(Error::WrongPassphrase)
    ));
    // The raw bytes are tried only when they differ from the NFC form, and
    // a wrong passphrase is still wrong.
    assert!(matches!(
        vault.unlock_with_passphrase(&Passphrase::new("cafe\u{301}-quartz-lantern-meadoW")),
        Err(Error::WrongPassphrase)
    ));

    let mut vault = Vault::load(&dir).unwrap();
    let key = vault
        .unlock_with_passphrase_upgrading(&Passphrase::new(DECOMPOSED))
        .unwrap();
    assert_eq!(key.expose(), created.data_key.expose());

    // Rewrapped under the NFC form, at the same cost: now either form opens
    // it with one derivation.
    let vault = Vault::load(&dir).unwrap();
    assert_eq!(vault.passphrase_params(), Some(FAST));
    let wrap = &vault.file.passphrase;
    let nfc_kek = kdf::derive(&wrap.kdf, COMPOSED.as_bytes()).unwrap();
    assert!(wrap::open(&nfc_kek, wrap, vault.id(), Purpose::Passphrase)
        .unwrap()
        .is_some());
    let key = vault
        .unlock_with_passphrase(&Passphrase::new(COMPOSED))
        .unwrap();
    assert_eq!(key.expose(), created.data_key.expose());
}

#[test]
fn a_vault_changed_meanwhile_is_never_overwritten() {
    let (_t, dir, created) = new_vault();
    let mut first = Vault::load(&dir).unwrap();
    let mut second = Vault::load(&dir).unwrap();
    first
        .change_passphrase(
            &created.data_key,
            &Passphrase::new("orchid-basalt-compass-river"),
        )
        .unwrap();
    let on_disk = std::fs::read(dir.vault_file()).unwrap();
    let err = second
        .change_passphrase(
            &created.data_key,
            &Passphrase::new("velvet-harbor-lantern-quill"),
        )
        .unwrap_err();
    assert!(matches!(err, Error::VaultChanged));
    assert_eq!(err.code(), "vault_changed");
    assert_eq!(std::fs::read(dir.vault_file()).unwrap(), on_disk);
    let vault = Vault::load(&dir).unwrap();
    assert!(vault
        .unlock_with_passphrase(&Passphrase::new("orchid-basalt-compass-river"))
        .is_ok());
    assert!(vault
        .unlock_with_passphrase(&Passphrase::new("velvet-harbor-lantern-quill"))
        .is_err());
}

#[test]
fn of_two_changes_at_once_exactly_one_is_written() {
    let (_t, dir, created) = new_vault();
    let key = std::sync::Arc::new(created.data_key);
    let ready = std::sync::Arc::new(std::sync::Barrier::new(2));
    let news = ["orchid-basalt-compass-river", "velvet-harbor-lantern-quill"];
    let results: Vec<Result<()>> = std::thread::scope(|scope| {
        let handles: Vec<_> = news
            .iter()
            .map(|new| {
                let (dir, key, ready) = (dir.clone(), key.clone(), ready.clone());
                scope.spawn(move || {
                    let mut vault = Vault::load(&dir).unwrap();
                    ready.wait();
                    vault.change_passphrase(&key, &Passphrase::new(*new))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let won: Vec<usize> = (0..2).filter(|&i| results[i].is_ok()).collect();
    assert_eq!(won.len(), 1, "exactly one change is written");
    assert!(matches!(results[1 - won[0]], Err(Error::VaultChanged)));
    let vault = Vault::load(&dir).unwrap();
    assert!(vault
        .unlock_with_passphrase(&Passphrase::new(news[won[0]]))
        .is_ok());
}
