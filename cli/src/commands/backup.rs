//! `peerlog backup` and `peerlog restore`: one encrypted file that a new
//! laptop restores with the passphrase (as it was when the backup was
//! written) or the recovery key.

use crate::exit::{Failure, Outcome};
use crate::unlock;
use crate::Context;
use peerlog_core::backup::{self, BackupCredential, RestoreOptions};
use peerlog_core::time::today;
use std::path::PathBuf;

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["out", "status"])))]
pub struct BackupArgs {
    /// Write the backup to this file.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Show when the last backup was taken, and whether one is due.
    #[arg(long)]
    status: bool,
    /// Replace a file already at --out.
    #[arg(long)]
    force: bool,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    /// The backup file.
    file: PathBuf,
    /// Open the backup with the recovery key instead of the passphrase
    /// (PEERLOG_RECOVERY_KEY, or asked).
    #[arg(long)]
    recovery_key: bool,
    /// Replace the store here even if it has changes the backup lacks, is a
    /// different store, or can't be read. The replaced store is kept.
    #[arg(long)]
    force: bool,
}

pub fn backup(args: BackupArgs, context: &Context) -> Outcome {
    let mut peerlog = unlock::open(context)?;
    if args.status {
        let status = backup::status(peerlog.store(), today(), 0)?;
        match status.last {
            None => println!("No backup yet. Write one with: peerlog backup --out FILE"),
            Some(last) => {
                let days = (today() - last.taken_at.local_date()).num_days();
                println!(
                    "Last backup: {} ({} day(s) ago, {}).",
                    last.taken_at, days, last.kind
                );
            }
        }
        if status.due {
            println!(
                "A backup is due (none in the last {} days).",
                status.remind_after_days
            );
        }
        return Ok(());
    }
    let out = args.out.expect("clap requires --out or --status");
    let written = backup::write(&mut peerlog, &out, args.force)?;
    println!(
        "Wrote the backup to {} ({} bytes).",
        out.display(),
        written.bytes
    );
    println!("SHA-256: {}", written.sha256);
    println!(
        "It opens with your passphrase as it is now, or with your recovery key. Keep it somewhere other than this laptop."
    );
    Ok(())
}

pub fn restore(args: RestoreArgs, context: &Context) -> Outcome {
    if !args.file.is_file() {
        return Err(Failure::Usage(format!(
            "no backup file at {}",
            args.file.display()
        )));
    }
    let info = backup::inspect(&args.file)?;
    println!(
        "Backup taken {} (store schema {}, written by Peerlog {}).",
        info.taken_at, info.schema_version, info.app_version
    );
    let options = RestoreOptions { force: args.force };
    let restored = if args.recovery_key {
        let key = unlock::recovery_key()?;
        backup::restore(
            &context.dir,
            &args.file,
            BackupCredential::RecoveryKey(&key),
            options,
        )?
    } else {
        let passphrase = unlock::passphrase()?;
        backup::restore(
            &context.dir,
            &args.file,
            BackupCredential::Passphrase(&passphrase),
            options,
        )?
    };
    println!(
        "Restored into {}. The backup was checked whole before anything was replaced.",
        context.dir.root().display()
    );
    if let Some(kept) = &restored.previous_kept_in {
        println!("The store it replaced is kept in {}.", kept.display());
    }
    if restored.kept_vault {
        println!("Your current passphrase still opens it.");
    } else {
        println!(
            "It opens with the passphrase it had when the backup was written, or the recovery key."
        );
    }
    Ok(())
}
