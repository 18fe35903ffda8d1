//! `peerlog backup` and `peerlog restore`: one encrypted file that a new
//! laptop restores with the passphrase (as it was when the backup was
//! written) or the recovery key.

use crate::exit::{Failure, Outcome};
use crate::unlock;
use crate::Context;
use peerlog_core::backup::{self, BackupCredential, RestoreOptions};
use peerlog_core::text::for_terminal;
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
        let today = peerlog.store().today();
        let status = backup::status(peerlog.store(), today, 0)?;
        match status.last {
            None => outln!("No backup yet. Write one with: peerlog backup --out FILE")?,
            Some(last) => {
                let days = (today - last.taken_at.local_date()).num_days();
                outln!(
                    "Last backup: {} ({} day(s) ago, {}).",
                    last.taken_at,
                    days,
                    last.kind
                )?;
            }
        }
        if status.due {
            outln!(
                "A backup is due (none in the last {} days).",
                status.remind_after_days
            )?;
        }
        return Ok(());
    }
    let out = args.out.expect("clap requires --out or --status");
    let written = backup::write(&mut peerlog, &out, args.force)?;
    let out_shown = for_terminal(&out.display().to_string(), false);
    let printed = (|| {
        outln!("Wrote the backup to {out_shown} ({} bytes).", written.bytes)?;
        outln!("SHA-256: {}", written.sha256)?;
        outln!(
            "It opens with your passphrase as it is now, or with your recovery key. Keep it somewhere other than this laptop."
        )
    })();
    crate::out::after_done(printed, &format!("the backup was written to {out_shown}"));
    Ok(())
}

pub fn restore(args: RestoreArgs, context: &Context) -> Outcome {
    if !args.file.is_file() {
        return Err(Failure::Usage(format!(
            "no backup file at {}",
            for_terminal(&args.file.display().to_string(), false)
        )));
    }
    // Read from the file before anything is authenticated: every text in it
    // is shown through `for_terminal`.
    let info = backup::inspect(&args.file)?;
    // What the file says about itself is for information; not being able to
    // show it does not stop the restore that was asked for.
    let _ = outln!(
        "Backup taken {} (store schema {}, written by Peerlog {}).",
        for_terminal(&info.taken_at.to_string(), false),
        info.schema_version,
        for_terminal(&info.app_version, false)
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
        )
        .map_err(|e| unlock::explain(e, &passphrase))?
    };
    let dir_shown = for_terminal(&context.dir.root().display().to_string(), false);
    let printed = (|| {
        outln!(
            "Restored into {dir_shown}. The backup was checked whole before anything was replaced."
        )?;
        if let Some(kept) = &restored.previous_kept_in {
            outln!(
                "The store it replaced is kept in {}.",
                for_terminal(&kept.display().to_string(), false)
            )?;
        }
        if restored.kept_vault {
            outln!("Your current passphrase still opens it.")
        } else {
            outln!(
                "It opens with the passphrase it had when the backup was written, or the recovery key."
            )
        }
    })();
    crate::out::after_done(
        printed,
        &format!("the backup was restored into {dir_shown}"),
    );
    Ok(())
}
