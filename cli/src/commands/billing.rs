//! `peerlog billing`: the billing log for a period, one line per billable
//! service under each participant's payer, after the checks a biller needs
//! (unsigned notes, days over a cap, groups over a size limit). The checks
//! are printed first, by case id and date; the log holds signed notes only.

use super::export::required_date;
use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::billing_log::{self, check_in, BillingRequest};
use peerlog_core::report::ReportFormat;
use peerlog_core::text::for_terminal;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// First day of the period. YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    from: String,
    /// Last day of the period.
    #[arg(long)]
    to: String,
    /// Only this payer's participants (by the payer's name).
    #[arg(long)]
    payer: Option<String>,
    /// csv or pdf.
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
    let request = BillingRequest {
        from: required_date("from", &args.from)?,
        to: required_date("to", &args.to)?,
        payer: args.payer,
        format: ReportFormat::parse(&args.format).expect("clap allowed only known formats"),
        language: context.document_language,
    };
    let mut peerlog = unlock::open(context)?;
    let log = billing_log::write(peerlog.store_mut(), &request, &args.out, args.force)?;
    for check in &log.checks {
        note!(
            "check: {} {}: {}",
            check.date,
            for_terminal(&check.external_id, false),
            check_in(check, context.language)
        );
    }
    let out_shown = for_terminal(&args.out.display().to_string(), false);
    crate::out::after_done(
        outln!(
            "Wrote {out_shown}: {} billable lines, {} units; {} checks.",
            log.lines.len(),
            log.units(),
            log.checks.len()
        ),
        &format!("the billing log was written to {out_shown}"),
    );
    Ok(())
}
