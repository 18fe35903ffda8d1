//! `peerlog open-pack FILE`: what a recipient runs to open a sealed packet.
//! Needs no Peerlog store, only the agreed passphrase.
//!
//! Everything shown comes from a file someone handed over, so every text
//! passes through `for_terminal`: no escape sequence or bidi control in it
//! reaches the terminal.

use super::export::{packet_passphrase, PACKET_PASSPHRASE_ENV};
use crate::exit::{Failure, Outcome};
use peerlog_core::export::NOTICE_FILE;
use peerlog_core::packet;
use peerlog_core::text::for_terminal;
use peerlog_core::Error;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The packet file.
    file: PathBuf,
    /// Write the files into this new folder (it must not exist yet).
    /// Without it, the cover and the list of files are shown.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(args: Args, context: &crate::Context) -> Outcome {
    if let Some(out) = &args.out {
        // Never into the data folder, even though no store is opened here.
        context.dir.refuse_output(out)?;
    }
    let bytes = match packet::read_file(&args.file) {
        Ok(bytes) => bytes,
        // As for `restore` and `import`: a missing input file is a usage error.
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Failure::Usage(format!(
                "no packet file at {}",
                for_terminal(&args.file.display().to_string(), false)
            )))
        }
        Err(e) => return Err(e.into()),
    };
    let passphrase = packet_passphrase(false)?;
    let opened = packet::open(&bytes, &passphrase).map_err(|e| match e {
        Error::WrongPassphrase if passphrase.ends_with_line_break() => Failure::Said {
            status: 3,
            message: format!(
                "the passphrase is not right; it ended with a line break — set \
                 {PACKET_PASSPHRASE_ENV} without the trailing newline (printf '%s', not echo)"
            ),
        },
        other => Failure::Core(other),
    })?;
    // Files asked for are written first, so that a summary that can't be
    // shown (a closed pipe, a full disk) never stops them being written.
    let written = match &args.out {
        Some(out) => Some((
            opened.extract_to(out)?,
            for_terminal(&out.display().to_string(), false),
        )),
        None => None,
    };
    let printed = (|| {
        if let Some(readme) = opened.readme() {
            // The README ends with the notice, after a line naming its file
            // (in the export's language); show it once, below.
            let cover = match readme.find(NOTICE_FILE) {
                Some(at) => &readme[..readme[..at].rfind('\n').map_or(0, |i| i + 1)],
                None => &readme,
            };
            outln!("{}", for_terminal(cover.trim_end(), true))?;
            outln!()?;
        }
        outln!("Files:")?;
        for file in &opened.files {
            outln!(
                "  {} ({} bytes)",
                for_terminal(&file.name, false),
                file.bytes.len()
            )?;
        }
        outln!()?;
        outln!(
            "{}",
            for_terminal(opened.notice().unwrap_or_default().trim_end(), true)
        )?;
        if let Some((files, out_shown)) = &written {
            outln!()?;
            outln!("Wrote {} files into {out_shown}.", files.len())?;
        }
        Ok(())
    })();
    match &written {
        Some((_, out_shown)) => {
            crate::out::after_done(printed, &format!("the files were written into {out_shown}"));
            Ok(())
        }
        None => printed,
    }
}
