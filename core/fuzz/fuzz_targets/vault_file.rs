//! Any bytes as a vault file, and any vault file that parses with its
//! checksum made right: loading and every unlock path give an answer or a
//! clear error, never a panic and never a key for the wrong secret.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::vault::keyring::{DeviceKeyStore, MemoryKeyring};
use peerlog_core::vault::{Vault, VaultFile};
use peerlog_core::DataDir;

fuzz_target!(|data: &[u8]| {
    let dir = DataDir::new("/nonexistent-fuzz-dir");
    let _ = Vault::from_bytes(&dir, data);

    // Past the checksum: mutate the parsed file's fields instead.
    let Ok(mut file) = serde_json::from_slice::<VaultFile>(data) else {
        return;
    };
    file.checksum = file.compute_checksum();
    let bytes = serde_json::to_vec(&file).unwrap();
    let Ok(vault) = Vault::from_bytes(&dir, &bytes) else {
        return;
    };
    // Keep the key derivation small so the fuzzer stays fast.
    if vault
        .passphrase_params()
        .is_some_and(|p| p.memory_kib > 16 * 1024 || p.iterations > 2)
    {
        return;
    }
    let _ = vault.unlock_with_passphrase(&Passphrase::new("tidal-quartz-lantern-meadow"));
    let _ = vault.unlock_with_recovery_key(
        &RecoveryKey::parse("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA").unwrap(),
    );
    let keyring = MemoryKeyring::new();
    keyring.save(vault.id(), &[7u8; 32]).unwrap();
    let _ = vault.unlock_with_device(&keyring);
});
