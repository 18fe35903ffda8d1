//! The vault: the random data key (DEK) that encrypts the database, kept
//! only in wrapped form — under the passphrase, under the recovery key, and
//! optionally under a device key held by the OS keyring.

mod failures;
mod format;
mod kdf;
pub mod keyring;
mod wrap;

pub use failures::FailedUnlocks;
pub use format::{VaultFile, FORMAT_VERSION};
pub use kdf::Argon2Params;

use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::paths::{write_atomically, DataDir};
use crate::secret::{random_bytes, DataKey, Passphrase, RecoveryKey, KEY_LEN};
use format::{Purpose, FORMAT_NAME};
use keyring::DeviceKeyStore;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct Vault {
    dir: DataDir,
    file: VaultFile,
}

/// A new vault and the secrets to hand the peer once.
pub struct NewVault {
    pub vault: Vault,
    pub data_key: DataKey,
    pub recovery_key: RecoveryKey,
}

impl Vault {
    /// Creates the vault file with a new data key. Refuses to overwrite an
    /// existing vault.
    pub fn create(
        dir: &DataDir,
        passphrase: &Passphrase,
        params: Argon2Params,
    ) -> Result<NewVault> {
        let new = Self::prepare(dir, passphrase, params)?;
        dir.ensure_exists()?;
        let lock = VaultLock::acquire(dir)?;
        new.vault.commit_new(&lock)?;
        Ok(new)
    }

    /// A new vault with a new data key and recovery key, not yet written:
    /// `commit_new` writes it, once the peer has the recovery key.
    pub fn prepare(
        dir: &DataDir,
        passphrase: &Passphrase,
        params: Argon2Params,
    ) -> Result<NewVault> {
        passphrase.check_new()?;
        if dir.vault_file().exists() {
            return Err(Error::VaultExists);
        }
        let vault_id = Uuid::now_v7().to_string();
        let data_key = DataKey::generate();
        let recovery_key = RecoveryKey::generate();
        let mut file = VaultFile {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            vault_id: vault_id.clone(),
            // A vault is made before its store exists: the system's clock.
            created_at: SystemClock.now().to_string(),
            passphrase: passphrase_wrap(&vault_id, passphrase, params, &data_key)?,
            recovery: recovery_wrap(&vault_id, &recovery_key, &data_key)?,
            device: None,
            checksum: String::new(),
        };
        file.checksum = file.compute_checksum();
        Ok(NewVault {
            vault: Vault {
                dir: dir.clone(),
                file,
            },
            data_key,
            recovery_key,
        })
    }

    /// Writes a prepared vault where there is none yet. The caller holds
    /// the vault lock, so no other Peerlog can write one meanwhile; a vault
    /// already there is never replaced.
    pub fn commit_new(&self, _lock: &VaultLock) -> Result<()> {
        if self.dir.vault_file().exists() {
            return Err(Error::VaultExists);
        }
        write_atomically(&self.dir.vault_file(), &self.to_json())?;
        Ok(())
    }

    pub fn load(dir: &DataDir) -> Result<Vault> {
        let bytes = match std::fs::read(dir.vault_file()) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(if dir.database().exists() {
                    Error::VaultDamaged("the vault file is missing beside the database".into())
                } else {
                    Error::NoVault
                });
            }
            Err(e) => return Err(e.into()),
        };
        Self::from_bytes(dir, &bytes)
    }

    /// Reads a vault file's contents; `dir` is where it will be saved.
    pub fn from_bytes(dir: &DataDir, bytes: &[u8]) -> Result<Vault> {
        let file: VaultFile = serde_json::from_slice(bytes)
            .map_err(|_| Error::VaultDamaged("not a readable vault file".into()))?;
        if file.checksum != file.compute_checksum() {
            return Err(Error::VaultDamaged(
                "its checksum does not match its contents".into(),
            ));
        }
        if file.format != FORMAT_NAME {
            return Err(Error::VaultDamaged("not a Peerlog vault file".into()));
        }
        if file.version > FORMAT_VERSION {
            return Err(Error::VaultDamaged(format!(
                "vault format {} is newer than this build knows ({FORMAT_VERSION}); update Peerlog",
                file.version
            )));
        }
        if Uuid::parse_str(&file.vault_id).is_err() {
            return Err(Error::VaultDamaged("vault id".into()));
        }
        Ok(Vault {
            dir: dir.clone(),
            file,
        })
    }

    pub fn id(&self) -> &str {
        &self.file.vault_id
    }

    pub fn dir(&self) -> &DataDir {
        &self.dir
    }

    pub fn has_device_wrap(&self) -> bool {
        self.file.device.is_some()
    }

    pub fn passphrase_params(&self) -> Option<Argon2Params> {
        kdf::argon2_params(&self.file.passphrase.kdf)
    }

    /// Unwraps the data key with the passphrase in its NFC form, or, for a
    /// vault written before passphrases were normalised, with its bytes as
    /// given (tried only when they differ).
    pub fn unlock_with_passphrase(&self, passphrase: &Passphrase) -> Result<DataKey> {
        self.open_passphrase_wrap(passphrase).map(|(key, _)| key)
    }

    /// As `unlock_with_passphrase`, and when only the bytes as given opened
    /// the wrap, rewraps the key under the NFC form so the next unlock
    /// needs one derivation. Failing to rewrap does not fail the unlock.
    pub fn unlock_with_passphrase_upgrading(&mut self, passphrase: &Passphrase) -> Result<DataKey> {
        let (key, raw_form) = self.open_passphrase_wrap(passphrase)?;
        if raw_form {
            let params = self.passphrase_params().unwrap_or_default();
            if let Ok(wrap) = passphrase_wrap(self.id(), passphrase, params, &key) {
                let mut file = self.file.clone();
                file.passphrase = wrap;
                let _ = self.commit(file);
            }
        }
        Ok(key)
    }

    /// The key, and whether it took the passphrase's bytes as given rather
    /// than its NFC form.
    fn open_passphrase_wrap(&self, passphrase: &Passphrase) -> Result<(DataKey, bool)> {
        let wrap = &self.file.passphrase;
        let kek = kdf::derive(&wrap.kdf, passphrase.for_key_derivation().as_bytes())?;
        if let Some(key) = wrap::open(&kek, wrap, self.id(), Purpose::Passphrase)? {
            return Ok((key, false));
        }
        if passphrase.differs_from_nfc() {
            let kek = kdf::derive(&wrap.kdf, passphrase.expose().as_bytes())?;
            if let Some(key) = wrap::open(&kek, wrap, self.id(), Purpose::Passphrase)? {
                return Ok((key, true));
            }
        }
        Err(Error::WrongPassphrase)
    }

    pub fn unlock_with_recovery_key(&self, key: &RecoveryKey) -> Result<DataKey> {
        let wrap = &self.file.recovery;
        let kek = kdf::derive(&wrap.kdf, key.expose())?;
        wrap::open(&kek, wrap, self.id(), Purpose::Recovery)?.ok_or(Error::WrongRecoveryKey)
    }

    /// Quick unlock through the keyring. `Ok(None)` means the peer has to
    /// type the passphrase: no device wrap, no entry in the keyring, or an
    /// entry that no longer opens the wrap. Only a failing keyring is an error,
    /// and the caller falls back to the passphrase for it too.
    pub fn unlock_with_device(&self, keyring: &dyn DeviceKeyStore) -> Result<Option<DataKey>> {
        let Some(wrap) = &self.file.device else {
            return Ok(None);
        };
        let stored = keyring.load(self.id()).map_err(|e| Error::Keyring(e.0))?;
        let Some(stored) = stored else {
            return Ok(None);
        };
        let Ok(kek) = kdf::derive(&wrap.kdf, &stored) else {
            return Ok(None);
        };
        wrap::open(&kek, wrap, self.id(), Purpose::Device)
    }

    /// Rewraps the data key under a new passphrase. The database is not
    /// touched. If another Peerlog changed the vault file since this one
    /// read it, nothing is written (`Error::VaultChanged`).
    pub fn change_passphrase(&mut self, data_key: &DataKey, new: &Passphrase) -> Result<()> {
        new.check_new()?;
        let params = self
            .passphrase_params()
            .unwrap_or_default()
            .max(Argon2Params::default());
        let mut file = self.file.clone();
        file.passphrase = passphrase_wrap(self.id(), new, params, data_key)?;
        self.commit(file)
    }

    /// Puts a fresh device key in the keyring and a wrap under it in the
    /// vault file. If the keyring refuses, the vault file is left as it was.
    pub fn enable_device(
        &mut self,
        data_key: &DataKey,
        keyring: &dyn DeviceKeyStore,
    ) -> Result<()> {
        let device_key = random_bytes::<KEY_LEN>();
        keyring
            .save(self.id(), device_key.as_ref())
            .map_err(|e| Error::Keyring(e.0))?;
        let mut file = self.file.clone();
        file.device = Some(wrap::seal(
            &device_key,
            format::Kdf::Keyring,
            &self.file.vault_id,
            Purpose::Device,
            data_key,
        ));
        self.commit(file)
    }

    /// Drops the device wrap first, so that even if the keyring can't be
    /// reached to delete its entry, that entry no longer opens anything.
    pub fn disable_device(&mut self, keyring: &dyn DeviceKeyStore) -> Result<()> {
        let mut file = self.file.clone();
        file.device = None;
        self.commit(file)?;
        keyring.remove(self.id()).map_err(|e| Error::Keyring(e.0))
    }

    /// Drops the device wrap without asking any keyring: for a vault
    /// brought from another machine, whose keyring holds that device key.
    pub fn forget_device_wrap(&mut self) -> Result<()> {
        if self.file.device.is_some() {
            let mut file = self.file.clone();
            file.device = None;
            self.commit(file)?;
        }
        Ok(())
    }

    /// Replaces the vault file with `file`, under the vault lock, and only
    /// if the file on disk is still the one this vault was read from: of two
    /// Peerlogs changing the vault at once, exactly one wins and the other
    /// is told, so what each reports matches what is on disk.
    fn commit(&mut self, mut file: VaultFile) -> Result<()> {
        let _lock = VaultLock::acquire(&self.dir)?;
        let on_disk = match std::fs::read(self.dir.vault_file()) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::VaultChanged),
            Err(e) => return Err(e.into()),
        };
        let current = Vault::from_bytes(&self.dir, &on_disk)?;
        if current.file.checksum != self.file.checksum {
            return Err(Error::VaultChanged);
        }
        file.checksum = file.compute_checksum();
        let updated = Vault {
            dir: self.dir.clone(),
            file,
        };
        write_atomically(&self.dir.vault_file(), &updated.to_json())?;
        *self = updated;
        Ok(())
    }

    fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(&self.file).expect("vault file serialises")
    }
}

/// An exclusive lock on `vault.lock` in the data folder, held around every
/// read-modify-write of the vault file and around creating a vault, so two
/// Peerlogs (two windows, two commands) never both think they wrote it.
/// The lock file itself stays; it holds nothing.
#[derive(Debug)]
pub struct VaultLock {
    _file: std::fs::File,
}

impl VaultLock {
    /// Waits for any other holder, then holds the lock until dropped.
    pub fn acquire(dir: &DataDir) -> Result<VaultLock> {
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(dir.root().join(LOCK_FILE))?;
        file.lock()?;
        Ok(VaultLock { _file: file })
    }
}

/// The vault lock's file name, beside `vault.json`.
pub const LOCK_FILE: &str = "vault.lock";

impl PartialOrd for Argon2Params {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Argon2Params {
    /// Orders by cost, so a rewrap never lowers what is stored.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.memory_kib, self.iterations, self.parallelism).cmp(&(
            other.memory_kib,
            other.iterations,
            other.parallelism,
        ))
    }
}

fn passphrase_wrap(
    vault_id: &str,
    passphrase: &Passphrase,
    params: Argon2Params,
    data_key: &DataKey,
) -> Result<format::Wrap> {
    let kdf = kdf::new_argon2(params);
    let kek = kdf::derive(&kdf, passphrase.for_key_derivation().as_bytes())?;
    Ok(wrap::seal(
        &kek,
        kdf,
        vault_id,
        Purpose::Passphrase,
        data_key,
    ))
}

fn recovery_wrap(vault_id: &str, key: &RecoveryKey, data_key: &DataKey) -> Result<format::Wrap> {
    let kdf = kdf::new_hkdf();
    let kek = kdf::derive(&kdf, key.expose())?;
    Ok(wrap::seal(&kek, kdf, vault_id, Purpose::Recovery, data_key))
}

#[cfg(test)]
mod tests;
