use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::vault::keyring::OsKeyring;
use peerlog_core::Peerlog;

#[derive(clap::Args)]
pub struct Args {
    /// Also keep a device key in the OS keyring for quick unlock.
    #[arg(long)]
    keyring: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let passphrase = match std::env::var(unlock::PASSPHRASE_ENV)
        .ok()
        .filter(|p| !p.is_empty())
    {
        Some(text) => peerlog_core::secret::Passphrase::new(text),
        None => unlock::new_passphrase()?,
    };
    let mut created = Peerlog::create(&context.dir, &passphrase)?;
    println!(
        "Created an encrypted Peerlog store in {}",
        context.dir.root().display()
    );
    println!();
    println!("Recovery key (shown only this once; print it or write it down and keep it somewhere safe):");
    println!();
    println!("    {}", created.recovery_key.display().as_str());
    println!();
    println!("It opens your records if you forget your passphrase.");
    if args.keyring {
        match created.peerlog.enable_keyring(&OsKeyring) {
            Ok(()) => println!("Quick unlock through the system keyring is on."),
            Err(e) => eprintln!(
                "note: quick unlock could not be turned on ({e}); the passphrase works as always"
            ),
        }
    }
    Ok(())
}
