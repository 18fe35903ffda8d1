//! The OS keyring as an optional place for the device key. It is a
//! convenience only: whatever it does, the passphrase still works, and a
//! missing or broken keyring never leads to a key stored in clear.

use std::collections::HashMap;
use std::sync::Mutex;
use zeroize::Zeroizing;

const SERVICE: &str = "Peerlog";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct KeyringError(pub String);

/// Where the device key lives. The real one is the OS keyring; tests use
/// [`MemoryKeyring`].
pub trait DeviceKeyStore: Send + Sync {
    /// The device key for this vault, or `None` if the keyring holds none.
    fn load(&self, vault_id: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyringError>;
    fn save(&self, vault_id: &str, key: &[u8]) -> Result<(), KeyringError>;
    /// Removes the entry; removing an absent entry is not an error.
    fn remove(&self, vault_id: &str) -> Result<(), KeyringError>;
}

fn account(vault_id: &str) -> String {
    format!("vault-{vault_id}")
}

/// macOS Keychain, Windows Credential Manager, or the Secret Service on
/// Linux, through the `keyring` crate.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsKeyring;

impl OsKeyring {
    fn entry(vault_id: &str) -> Result<keyring::Entry, KeyringError> {
        keyring::Entry::new(SERVICE, &account(vault_id)).map_err(describe)
    }
}

fn describe(e: keyring::Error) -> KeyringError {
    // The crate's messages describe the platform failure, never the secret.
    KeyringError(e.to_string())
}

impl DeviceKeyStore for OsKeyring {
    fn load(&self, vault_id: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyringError> {
        match Self::entry(vault_id)?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(describe(e)),
        }
    }

    fn save(&self, vault_id: &str, key: &[u8]) -> Result<(), KeyringError> {
        Self::entry(vault_id)?.set_secret(key).map_err(describe)
    }

    fn remove(&self, vault_id: &str) -> Result<(), KeyringError> {
        match Self::entry(vault_id)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(describe(e)),
        }
    }
}

/// How a [`MemoryKeyring`] misbehaves, for tests of the fallbacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyringFault {
    /// Every call fails, as when no keyring service is running.
    Unavailable,
    /// Reads return bytes that are not the key that was saved.
    Garbled,
    /// The entry vanished (cleared by the user or another program).
    Forgotten,
}

/// An in-memory keyring with injectable faults.
#[derive(Debug, Default)]
pub struct MemoryKeyring {
    entries: Mutex<HashMap<String, Vec<u8>>>,
    fault: Mutex<Option<KeyringFault>>,
}

impl MemoryKeyring {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_fault(&self, fault: Option<KeyringFault>) {
        *self.fault.lock().expect("keyring lock") = fault;
    }

    pub fn len(&self) -> usize {
        self.entries.lock().expect("keyring lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn fault(&self) -> Option<KeyringFault> {
        *self.fault.lock().expect("keyring lock")
    }
}

impl DeviceKeyStore for MemoryKeyring {
    fn load(&self, vault_id: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyringError> {
        match self.fault() {
            Some(KeyringFault::Unavailable) => Err(KeyringError("no keyring service".into())),
            Some(KeyringFault::Forgotten) => Ok(None),
            Some(KeyringFault::Garbled) => Ok(Some(Zeroizing::new(vec![0x5a; 32]))),
            None => Ok(self
                .entries
                .lock()
                .expect("keyring lock")
                .get(&account(vault_id))
                .map(|v| Zeroizing::new(v.clone()))),
        }
    }

    fn save(&self, vault_id: &str, key: &[u8]) -> Result<(), KeyringError> {
        if self.fault() == Some(KeyringFault::Unavailable) {
            return Err(KeyringError("no keyring service".into()));
        }
        self.entries
            .lock()
            .expect("keyring lock")
            .insert(account(vault_id), key.to_vec());
        Ok(())
    }

    fn remove(&self, vault_id: &str) -> Result<(), KeyringError> {
        if self.fault() == Some(KeyringFault::Unavailable) {
            return Err(KeyringError("no keyring service".into()));
        }
        self.entries
            .lock()
            .expect("keyring lock")
            .remove(&account(vault_id));
        Ok(())
    }
}
