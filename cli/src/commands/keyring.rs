use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use clap::Subcommand;
use peerlog_core::vault::keyring::OsKeyring;
use peerlog_core::vault::Vault;

#[derive(Subcommand)]
pub enum Action {
    /// Keep a device key in the OS keyring so this machine unlocks without typing.
    Enable,
    /// Remove the device key; only the passphrase (or recovery key) unlocks.
    Disable,
    /// Whether quick unlock is on.
    Status,
}

pub fn run(action: Action, context: &Context) -> Outcome {
    match action {
        Action::Status => {
            let vault = Vault::load(&context.dir)?;
            outln!(
                "Quick unlock through the system keyring is {}.",
                if vault.has_device_wrap() { "on" } else { "off" }
            )?;
        }
        Action::Enable => {
            let mut peerlog = unlock::open(context)?;
            peerlog.enable_keyring(&OsKeyring)?;
            crate::out::after_done(
                outln!("Quick unlock is on. The passphrase still works, and is needed on any other machine."),
                "quick unlock was turned on",
            );
        }
        Action::Disable => {
            let mut peerlog = unlock::open(context)?;
            peerlog.disable_keyring(&OsKeyring)?;
            crate::out::after_done(
                outln!("Quick unlock is off."),
                "quick unlock was turned off",
            );
        }
    }
    Ok(())
}
