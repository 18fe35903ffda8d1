use crate::exit::{Failure, Outcome};
use crate::unlock;
use crate::Context;
use peerlog_core::vault::keyring::OsKeyring;
use peerlog_core::vault::Argon2Params;
use peerlog_core::{Error, Peerlog};

#[derive(clap::Args)]
pub struct Args {
    /// Also keep a device key in the OS keyring for quick unlock.
    #[arg(long)]
    keyring: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let passphrase = match unlock::new_passphrase_from_env(unlock::PASSPHRASE_ENV)? {
        Some(passphrase) => passphrase,
        None => unlock::new_passphrase()?,
    };
    // The recovery key is shown before the vault is written: if it can't
    // be shown (a closed pipe, a full disk), nothing is created.
    let mut shown: Option<Failure> = None;
    let created = Peerlog::create_delivering_key(
        &context.dir,
        &passphrase,
        Argon2Params::default(),
        |key| {
            let result = (|| -> Result<(), Failure> {
                outln!("Recovery key (shown only this once; print it or write it down and keep it somewhere safe):")?;
                outln!()?;
                outln!("    {}", key.display().as_str())?;
                outln!()?;
                outln!("It opens your records if you forget your passphrase.")
            })();
            result.map_err(|failure| {
                shown = Some(failure);
                Error::Io(std::io::Error::other("the recovery key could not be shown"))
            })
        },
    );
    let mut created = match (created, shown) {
        (Ok(created), _) => created,
        (Err(_), Some(Failure::Output(e))) => {
            return Err(Failure::Said {
                status: 1,
                message: format!(
                    "could not show the recovery key ({}); nothing was created — run init again",
                    peerlog_core::error::plain_io_reason(&e)
                ),
            })
        }
        (Err(e), _) => return Err(e.into()),
    };
    // From here the vault exists and the key was shown: a failure to print
    // the rest must not make it look as if nothing happened.
    crate::out::after_done(
        (|| {
            outln!()?;
            outln!(
                "Created an encrypted Peerlog store in {}",
                context.dir.root().display()
            )
        })(),
        "the store was created and the recovery key shown",
    );
    // The store's team keys are made at set-up, so its key can be read out
    // to a team's admin at once; made on first need otherwise.
    if let Err(e) = peerlog_core::team::my_key(created.peerlog.store_mut()) {
        note!("note: the team keys were not made yet ({e}); they are made when first needed");
    }
    if args.keyring {
        match created.peerlog.enable_keyring(&OsKeyring) {
            Ok(()) => crate::out::after_done(
                outln!("Quick unlock through the system keyring is on."),
                "quick unlock was turned on",
            ),
            Err(e) => note!(
                "note: quick unlock could not be turned on ({e}); the passphrase works as always"
            ),
        }
    }
    Ok(())
}
