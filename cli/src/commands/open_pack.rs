//! `peerlog open-pack FILE`: what a recipient runs to open a sealed packet.
//! Needs no Peerlog store, only the agreed passphrase.

use super::export::packet_passphrase;
use crate::exit::Outcome;
use peerlog_core::packet;
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

pub fn run(args: Args) -> Outcome {
    let bytes = std::fs::read(&args.file).map_err(peerlog_core::Error::from)?;
    let passphrase = packet_passphrase(false)?;
    let opened = packet::open(&bytes, &passphrase)?;
    if let Some(readme) = opened.readme() {
        // The README ends with the notice; show it once, below.
        let cover = readme.split("The notice in").next().unwrap_or(&readme);
        println!("{}", cover.trim_end());
        println!();
    }
    println!("Files:");
    for file in &opened.files {
        println!("  {} ({} bytes)", file.name, file.bytes.len());
    }
    println!();
    println!("{}", opened.notice().unwrap_or_default().trim_end());
    if let Some(out) = args.out {
        let written = opened.extract_to(&out)?;
        println!();
        println!("Wrote {} files into {}.", written.len(), out.display());
    }
    Ok(())
}
