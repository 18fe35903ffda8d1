use crate::exit::Outcome;
use crate::out::after_done;
use crate::unlock;
use crate::Context;
use peerlog_core::{Credential, Peerlog};

pub fn change(context: &Context) -> Outcome {
    let current = unlock::passphrase()?;
    // A new passphrase given in the environment is checked before the slow
    // unlock, so a mistake in it is told at once.
    let from_env = unlock::new_passphrase_from_env(unlock::NEW_PASSPHRASE_ENV)?;
    let mut peerlog = unlock::unlock_with_passphrase(&context.dir, &current)?;
    let new = match from_env {
        Some(new) => new,
        None => unlock::new_passphrase()?,
    };
    peerlog.change_passphrase(&new)?;
    after_done(
        outln!("Passphrase changed. Your recovery key still works."),
        "the passphrase was changed",
    );
    Ok(())
}

pub fn recover(context: &Context) -> Outcome {
    let key = unlock::recovery_key()?;
    let from_env = unlock::new_passphrase_from_env(unlock::NEW_PASSPHRASE_ENV)?;
    let mut peerlog = Peerlog::unlock(&context.dir, Credential::RecoveryKey(&key))?;
    let new = match from_env {
        Some(new) => new,
        None => unlock::new_passphrase()?,
    };
    peerlog.change_passphrase(&new)?;
    after_done(
        outln!("Unlocked with the recovery key and set a new passphrase."),
        "a new passphrase was set",
    );
    Ok(())
}
