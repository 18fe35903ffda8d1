//! Getting the passphrase (environment or terminal) and opening the store.

use crate::exit::Failure;
use crate::Context;
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::vault::keyring::OsKeyring;
use peerlog_core::vault::Vault;
use peerlog_core::{Credential, Error, Peerlog};

pub const PASSPHRASE_ENV: &str = "PEERLOG_PASSPHRASE";
pub const NEW_PASSPHRASE_ENV: &str = "PEERLOG_NEW_PASSPHRASE";
pub const RECOVERY_KEY_ENV: &str = "PEERLOG_RECOVERY_KEY";

fn from_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn ask(prompt: &str) -> Result<String, Failure> {
    rpassword::prompt_password(prompt).map_err(|_| {
        Failure::Usage(format!(
            "no terminal to ask for the {} on; set {PASSPHRASE_ENV}",
            prompt.trim_end_matches(": ").to_lowercase()
        ))
    })
}

pub fn passphrase() -> Result<Passphrase, Failure> {
    match from_env(PASSPHRASE_ENV) {
        Some(text) => Ok(Passphrase::new(text)),
        None => Ok(Passphrase::new(ask("Passphrase: ")?)),
    }
}

/// A new passphrase: from the environment, or typed twice.
pub fn new_passphrase() -> Result<Passphrase, Failure> {
    if let Some(text) = from_env(NEW_PASSPHRASE_ENV) {
        return Ok(Passphrase::new(text));
    }
    let first = Passphrase::new(ask("New passphrase: ")?);
    let strength = first.strength();
    if !strength.acceptable {
        if let Some(hint) = strength.hint {
            eprintln!("{hint}");
        }
    }
    first.check_new().map_err(Error::from)?;
    let second = ask("Type it again: ")?;
    if second != first.expose() {
        return Err(Failure::Usage(
            "the two passphrases differ; nothing was changed".into(),
        ));
    }
    Ok(first)
}

pub fn recovery_key() -> Result<RecoveryKey, Failure> {
    let text = match from_env(RECOVERY_KEY_ENV) {
        Some(text) => text,
        None => ask("Recovery key: ")?,
    };
    Ok(RecoveryKey::parse(&text).map_err(Error::from)?)
}

/// Opens the store: through the keyring when quick unlock is on and no
/// passphrase was given in the environment, else with the passphrase.
pub fn open(context: &Context) -> Result<Peerlog, Failure> {
    if context.use_keyring && from_env(PASSPHRASE_ENV).is_none() {
        let vault = Vault::load(&context.dir)?;
        if vault.has_device_wrap() {
            match Peerlog::unlock(&context.dir, Credential::Keyring(&OsKeyring)) {
                Ok(peerlog) => return Ok(peerlog),
                Err(Error::Keyring(reason)) => {
                    eprintln!(
                        "note: quick unlock is not available ({reason}); using the passphrase"
                    );
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    let passphrase = passphrase()?;
    Ok(Peerlog::unlock(
        &context.dir,
        Credential::Passphrase(&passphrase),
    )?)
}
