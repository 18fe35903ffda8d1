//! Getting the passphrase (environment or terminal) and opening the store.

use crate::exit::Failure;
use crate::Context;
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::vault::keyring::OsKeyring;
use peerlog_core::vault::Vault;
use peerlog_core::{Credential, DataDir, Error, Peerlog};

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

/// A new passphrase from the environment variable `name`, if set. One that
/// ends with a line break (read from a file, or `echo`ed) is refused by
/// name: it could never be typed back at the prompt.
pub fn new_passphrase_from_env(name: &str) -> Result<Option<Passphrase>, Failure> {
    let Some(text) = from_env(name) else {
        return Ok(None);
    };
    let passphrase = Passphrase::new(text);
    if passphrase.ends_with_line_break() {
        return Err(Failure::Said {
            status: 4,
            message: format!(
                "the new passphrase in {name} ends with a line break, which can't be typed at a \
                 passphrase prompt; set it without the trailing newline (printf '%s', not echo) \
                 — nothing was changed"
            ),
        });
    }
    Ok(Some(passphrase))
}

/// A new passphrase: from the environment, or typed twice.
pub fn new_passphrase() -> Result<Passphrase, Failure> {
    if let Some(passphrase) = new_passphrase_from_env(NEW_PASSPHRASE_ENV)? {
        return Ok(passphrase);
    }
    let first = Passphrase::new(ask("New passphrase: ")?);
    let strength = first.strength();
    if !strength.acceptable {
        if let Some(hint) = strength.hint {
            note!("{hint}");
        }
    }
    first.check_new().map_err(Error::from)?;
    let second = Passphrase::new(ask("Type it again: ")?);
    if second.for_key_derivation() != first.for_key_derivation() {
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

/// What to tell the peer when `passphrase` did not open the vault: if it
/// ended with a line break (from a file or an `echo`), that is the likely
/// reason, and the message says so.
pub fn explain(error: Error, passphrase: &Passphrase) -> Failure {
    match error {
        Error::WrongPassphrase if passphrase.ends_with_line_break() => Failure::Said {
            status: 3,
            message: format!(
                "the passphrase is not right; it ended with a line break — set \
                 {PASSPHRASE_ENV} without the trailing newline (printf '%s', not echo)"
            ),
        },
        other => Failure::Core(other),
    }
}

/// Opens the store with a passphrase, explaining a wrong one.
pub fn unlock_with_passphrase(dir: &DataDir, passphrase: &Passphrase) -> Result<Peerlog, Failure> {
    Peerlog::unlock(dir, Credential::Passphrase(passphrase)).map_err(|e| explain(e, passphrase))
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
                    note!("note: quick unlock is not available ({reason}); using the passphrase");
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    let passphrase = passphrase()?;
    unlock_with_passphrase(&context.dir, &passphrase)
}
