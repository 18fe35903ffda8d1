//! An unlocked Peerlog: the vault, the open store, and the data folder they
//! live in. Dropping it closes the store and zeroizes the key.

use crate::audit::{self, AuditAction};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::paths::DataDir;
use crate::secret::{DataKey, Passphrase, RecoveryKey};
use crate::store::verify::{self, IntegrityReport};
use crate::store::{PendingAudit, Store};
use crate::vault::keyring::DeviceKeyStore;
use crate::vault::{Argon2Params, FailedUnlocks, Vault, VaultLock};

/// How the peer proves they may open the store.
pub enum Credential<'a> {
    Passphrase(&'a Passphrase),
    RecoveryKey(&'a RecoveryKey),
    /// The device key in the OS keyring (quick unlock).
    Keyring(&'a dyn DeviceKeyStore),
}

impl Credential<'_> {
    fn method(&self) -> &'static str {
        match self {
            Credential::Passphrase(_) => "passphrase",
            Credential::RecoveryKey(_) => "recovery key",
            Credential::Keyring(_) => "keyring",
        }
    }
}

pub struct Peerlog {
    vault: Vault,
    key: DataKey,
    store: Store,
}

impl std::fmt::Debug for Peerlog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Peerlog")
            .field("dir", self.vault.dir())
            .finish()
    }
}

/// What `Peerlog::create` hands back: the open store, and the recovery key
/// to show the peer exactly once.
pub struct Created {
    pub peerlog: Peerlog,
    pub recovery_key: RecoveryKey,
}

impl Peerlog {
    /// Creates a vault and an empty encrypted store in `dir`.
    pub fn create(dir: &DataDir, passphrase: &Passphrase) -> Result<Created> {
        Self::create_with_params(dir, passphrase, Argon2Params::default())
    }

    /// Creates a vault and store; the caller shows the recovery key from
    /// what is returned. Prefer `create_delivering_key` where showing the
    /// key can fail (a terminal, a pipe, a file).
    pub fn create_with_params(
        dir: &DataDir,
        passphrase: &Passphrase,
        params: Argon2Params,
    ) -> Result<Created> {
        Self::create_delivering_key(dir, passphrase, params, |_| Ok(()))
    }

    /// Creates a vault and an empty encrypted store in `dir`, handing the
    /// recovery key to `deliver` (which shows, prints or saves it) before
    /// the vault file is written. If `deliver` fails, nothing is left: no
    /// vault and no store, so the peer simply tries again, and no vault
    /// ever exists whose recovery key nobody saw.
    ///
    /// The whole creation holds the vault lock: of two Peerlogs creating a
    /// vault in one folder at once, exactly one succeeds, and the other
    /// gets `Error::VaultExists` without having shown a key.
    pub fn create_delivering_key(
        dir: &DataDir,
        passphrase: &Passphrase,
        params: Argon2Params,
        deliver: impl FnOnce(&RecoveryKey) -> Result<()>,
    ) -> Result<Created> {
        if dir.database().exists() {
            return Err(Error::VaultExists);
        }
        // The slow key derivation happens before taking the lock.
        let new = Vault::prepare(dir, passphrase, params)?;
        dir.ensure_exists()?;
        let lock = VaultLock::acquire(dir)?;
        if dir.vault_file().exists() || dir.database().exists() {
            return Err(Error::VaultExists);
        }
        let remove_store = || {
            // Only the files this call created: the vault file is written
            // last, so it is never among them.
            for file in dir.store_files() {
                if file != dir.vault_file() {
                    let _ = std::fs::remove_file(file);
                }
            }
        };
        let store = match Store::create(&dir.database(), &new.data_key) {
            Ok(store) => store,
            Err(Error::VaultExists) => return Err(Error::VaultExists),
            Err(e) => {
                remove_store();
                return Err(e);
            }
        };
        let mut peerlog = Peerlog {
            vault: new.vault,
            key: new.data_key,
            store,
        };
        let now = peerlog.store.now();
        let finished = peerlog
            .store
            .write(|tx| audit::record(tx, now, AuditAction::VaultCreated, ""))
            .and_then(|()| deliver(&new.recovery_key))
            .and_then(|()| peerlog.vault.commit_new(&lock));
        if let Err(e) = finished {
            drop(peerlog);
            remove_store();
            return Err(e);
        }
        drop(lock);
        Ok(Created {
            peerlog,
            recovery_key: new.recovery_key,
        })
    }

    /// Opens the store. A wrong passphrase or recovery key is counted beside
    /// the vault and changes nothing else; the count moves into the audit
    /// log at the next successful unlock.
    pub fn unlock(dir: &DataDir, credential: Credential<'_>) -> Result<Peerlog> {
        let (vault, key) = Self::unwrap_key(dir, &credential, true)?;
        let store = Store::open(&dir.database(), &key)?;
        let mut peerlog = Peerlog { vault, key, store };
        peerlog.record_unlock(credential.method())?;
        Ok(peerlog)
    }

    /// Opens the store to check its integrity, writing nothing unless the
    /// check passes: a damaged store is left exactly as it was found.
    pub fn unlock_to_verify(
        dir: &DataDir,
        credential: Credential<'_>,
    ) -> Result<(Peerlog, IntegrityReport)> {
        let (vault, key) = Self::unwrap_key(dir, &credential, false)?;
        let store = Store::open_as_is(&dir.database(), &key)?;
        let mut peerlog = Peerlog { vault, key, store };
        let report = verify::check(&peerlog.store)?;
        if report.is_ok() {
            peerlog.record_unlock(&format!("{} (integrity check)", credential.method()))?;
        }
        Ok((peerlog, report))
    }

    /// `upgrade`: rewrap a key found under an older passphrase form (see
    /// `Vault::unlock_with_passphrase_upgrading`); off for an integrity
    /// check, which writes nothing before the check passes.
    fn unwrap_key(
        dir: &DataDir,
        credential: &Credential<'_>,
        upgrade: bool,
    ) -> Result<(Vault, DataKey)> {
        let mut vault = Vault::load(dir)?;
        let key = match credential {
            Credential::Passphrase(p) if upgrade => vault.unlock_with_passphrase_upgrading(p),
            Credential::Passphrase(p) => vault.unlock_with_passphrase(p),
            Credential::RecoveryKey(k) => vault.unlock_with_recovery_key(k),
            Credential::Keyring(store) => vault
                .unlock_with_device(*store)?
                .ok_or_else(|| Error::Keyring("no usable key in the keyring".into())),
        };
        match key {
            Ok(key) => Ok((vault, key)),
            Err(e @ (Error::WrongPassphrase | Error::WrongRecoveryKey)) => {
                // No store is open yet to ask: the system's clock it is.
                FailedUnlocks::record(dir, SystemClock.now())?;
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    /// Moves the failed attempts counted beside the vault into the audit
    /// log, with this unlock, in one transaction. On a full disk the peer can
    /// still read: the unlock entry waits for the next write that fits, and
    /// the failed attempts stay counted beside the vault.
    fn record_unlock(&mut self, method: &str) -> Result<()> {
        let dir = self.vault.dir().clone();
        let failures = FailedUnlocks::read(&dir);
        let detail = format!("with {method}");
        let at = self.store.now();
        let written = self.store.write(|tx| {
            for failed_at in &failures.times {
                audit::record(tx, *failed_at, AuditAction::UnlockFailed, "")?;
            }
            let unrecorded = failures.count.saturating_sub(failures.times.len() as u64);
            if unrecorded > 0 {
                audit::record(
                    tx,
                    at,
                    AuditAction::UnlockFailed,
                    &format!("{unrecorded} earlier failed attempts (times not kept)"),
                )?;
            }
            audit::record(tx, at, AuditAction::Unlocked, &detail)
        });
        match written {
            Ok(()) => FailedUnlocks::clear(&dir),
            Err(Error::DiskFull) => {
                self.store.defer_audit(PendingAudit {
                    at,
                    action: AuditAction::Unlocked,
                    detail,
                });
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn dir(&self) -> &DataDir {
        self.vault.dir()
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// Rewraps the data key under a new passphrase; the database itself is
    /// not re-encrypted.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        new.check_new()?;
        self.vault.change_passphrase(&self.key, new)?;
        let now = self.store.now();
        self.store
            .write(|tx| audit::record(tx, now, AuditAction::PassphraseChanged, ""))
    }

    pub fn enable_keyring(&mut self, keyring: &dyn DeviceKeyStore) -> Result<()> {
        self.vault.enable_device(&self.key, keyring)?;
        let now = self.store.now();
        self.store
            .write(|tx| audit::record(tx, now, AuditAction::KeyringEnabled, ""))
    }

    /// Turns quick unlock off. The device wrap is gone even if the keyring
    /// can't be reached to forget its entry; that error is still returned.
    pub fn disable_keyring(&mut self, keyring: &dyn DeviceKeyStore) -> Result<()> {
        let result = self.vault.disable_device(keyring);
        let now = self.store.now();
        self.store
            .write(|tx| audit::record(tx, now, AuditAction::KeyringDisabled, ""))?;
        result
    }

    pub fn keyring_enabled(&self) -> bool {
        self.vault.has_device_wrap()
    }

    /// The raw database key as hex, for an independent SQLCipher reader.
    pub fn raw_key_hex(&self) -> zeroize::Zeroizing<String> {
        self.key.to_hex()
    }
}
