//! `peerlog renewal`: the renewal packet for one credential's current
//! period (or the one given), for the certification board: PDF, CSV, or a
//! zip with both and each certificate. It holds nothing about participants.

use super::credential::resolve;
use super::export::date;
use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::credentials::hours::shown;
use peerlog_core::credentials::Period;
use peerlog_core::i18n::Language;
use peerlog_core::renewal::{self, RenewalFormat, RenewalRequest};
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The credential, by its id or the id's last characters.
    #[arg(long)]
    credential: String,
    /// Where to write it.
    #[arg(long)]
    out: PathBuf,
    /// pdf, csv, or zip (the PDF, the CSV and each certificate).
    #[arg(long, value_parser = ["pdf", "csv", "zip"], default_value = "pdf")]
    format: String,
    /// The PDF's language (en or es; default: --lang's).
    #[arg(long)]
    language: Option<String>,
    /// First day of another period than the current one.
    #[arg(long, requires = "to")]
    from: Option<String>,
    /// Last day of that period.
    #[arg(long, requires = "from")]
    to: Option<String>,
    /// Replace a file already at --out.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let language = match args.language.as_deref() {
        None => context.document_language,
        Some(tag) => Language::parse(tag).ok_or_else(|| {
            Error::from(ValidationError::new(
                "language",
                Problem::UnknownValue {
                    expected: "en, es".into(),
                },
            ))
        })?,
    };
    let period = match (
        date("from", args.from.as_deref())?,
        date("to", args.to.as_deref())?,
    ) {
        (Some(from), Some(to)) => Some(Period { from, to }),
        _ => None,
    };
    let mut peerlog = unlock::open(context)?;
    let request = RenewalRequest {
        credential: resolve(peerlog.store(), &args.credential)?,
        period,
        format: RenewalFormat::parse(&args.format).expect("clap allowed only known formats"),
        language,
    };
    let packet = renewal::write(peerlog.store_mut(), &request, &args.out, args.force)?;
    let out_shown = for_terminal(&args.out.display().to_string(), false);
    crate::out::after_done(
        outln!(
            "Wrote {out_shown}: {} trainings, {} of {} hours from {} to {}; {} missing.",
            packet.trainings.len(),
            shown(packet.tally.earned_minutes),
            shown(packet.tally.required_minutes),
            packet.period.from,
            packet.period.to,
            shown(packet.tally.missing_minutes)
        ),
        &format!("the renewal packet was written to {out_shown}"),
    );
    Ok(())
}
