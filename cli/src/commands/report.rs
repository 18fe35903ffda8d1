//! `peerlog report`: de-identified program counts for a period.

use super::export::required_date;
use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::report::{self, ReportFormat};
use peerlog_core::text::for_terminal;
use std::path::PathBuf;

/// After `peerlog report --help`'s options.
pub const HELP: &str = "\
Language:
  The PDF is written in English unless --lang es (or PEERLOG_LANG=es) asks for
  Spanish; the system's language does not change it. The CSV's words stay
  English in every language, for the programs that read its columns.";

#[derive(clap::Args)]
pub struct Args {
    /// First day of the period. YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    from: String,
    /// Last day of the period.
    #[arg(long)]
    to: String,
    /// pdf or csv.
    #[arg(long, value_parser = ["pdf", "csv"])]
    format: String,
    /// Where to write it.
    #[arg(long)]
    out: PathBuf,
    /// Replace a file already at --out.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let format = ReportFormat::parse(&args.format).expect("clap allowed only known formats");
    let from = required_date("from", &args.from)?;
    let to = required_date("to", &args.to)?;
    let mut peerlog = unlock::open(context)?;
    let written = report::write(
        peerlog.store_mut(),
        from,
        to,
        format,
        context.document_language,
        &args.out,
        args.force,
    )?;
    let r = &written.report;
    let out_shown = for_terminal(&args.out.display().to_string(), false);
    crate::out::after_done(
        outln!(
            "Wrote {out_shown} ({} bytes): {} participants served, {} contacts, {} units, {} group sessions, {} referrals.",
            written.bytes,
            r.participants.served,
            r.contacts.contacts,
            r.contacts.units,
            r.groups.sessions_held,
            r.referrals.made
        ),
        &format!("the report was written to {out_shown}"),
    );
    Ok(())
}
