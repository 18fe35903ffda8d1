use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::{Credential, Peerlog};

pub fn change(context: &Context) -> Outcome {
    let current = unlock::passphrase()?;
    let mut peerlog = Peerlog::unlock(&context.dir, Credential::Passphrase(&current))?;
    let new = unlock::new_passphrase()?;
    peerlog.change_passphrase(&new)?;
    println!("Passphrase changed. Your recovery key still works.");
    Ok(())
}

pub fn recover(context: &Context) -> Outcome {
    let key = unlock::recovery_key()?;
    let mut peerlog = Peerlog::unlock(&context.dir, Credential::RecoveryKey(&key))?;
    let new = unlock::new_passphrase()?;
    peerlog.change_passphrase(&new)?;
    println!("Unlocked with the recovery key and set a new passphrase.");
    Ok(())
}
