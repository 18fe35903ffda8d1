//! `peerlog restriction print` and `peerlog incident print`: one of the
//! privacy officer's registers written for an audit, as CSV for a
//! spreadsheet or as a PDF (in `--lang`) for the audit binder.

use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::privacy_register::{self, Printing, Register};
use peerlog_core::report::ReportFormat;
use peerlog_core::text::for_terminal;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Where to write it.
    #[arg(long)]
    out: PathBuf,
    /// csv or pdf (in the language --lang names).
    #[arg(long, value_parser = ["csv", "pdf"], default_value = "csv")]
    format: String,
    /// Replace a file already at --out.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, register: Register, context: &Context) -> Outcome {
    let printing = Printing {
        register,
        format: ReportFormat::parse(&args.format).expect("clap allowed only known formats"),
        language: context.document_language,
    };
    let mut peerlog = unlock::open(context)?;
    let lines = privacy_register::write(peerlog.store_mut(), printing, &args.out, args.force)?;
    let shown = for_terminal(&args.out.display().to_string(), false);
    crate::out::after_done(
        outln!("Wrote {shown} ({lines} lines) for the audit."),
        &format!("{shown} was written"),
    );
    Ok(())
}
