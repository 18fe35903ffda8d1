//! `peerlog export`: a consent-scoped summary for a case conference, as a
//! PDF, CSV tables (zip) or a sealed packet, in English or (with `--lang
//! es`) Spanish. Also the date and packet passphrase helpers the other
//! export commands share.

use crate::exit::{Failure, Outcome};
use crate::unlock;
use crate::Context;
use chrono::NaiveDate;
use peerlog_core::domain::participant;
use peerlog_core::export::not_offered::{self, Reason};
use peerlog_core::export::{self, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::secret::Passphrase;
use peerlog_core::text::for_terminal;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::path::PathBuf;

pub const PACKET_PASSPHRASE_ENV: &str = "PEERLOG_PACKET_PASSPHRASE";

/// After `peerlog export --help`'s options.
pub const HELP: &str = "\
Language:
  The PDF, and the README and notice of a CSV export or packet, are written in
  English unless --lang es (or PEERLOG_LANG=es) asks for Spanish; the system's
  language does not change them. In Spanish, the 42 CFR 2.32 notice is given in
  Spanish and, after it, in English, the text that governs. CSV column headings
  and codes stay English in every language, for the programs that read them.";

#[derive(clap::Args)]
pub struct Args {
    /// Who receives it: matched against the consents' recipients.
    #[arg(long)]
    recipient: String,
    /// First day of the period. YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    from: String,
    /// Last day of the period.
    #[arg(long)]
    to: String,
    /// pdf, csv (tables in a zip) or pack (sealed with a passphrase agreed with the recipient).
    #[arg(long, value_parser = ["pdf", "csv", "pack"])]
    format: String,
    /// Where to write it.
    #[arg(long)]
    out: PathBuf,
    /// Only these participants (external ids, comma-separated); each needs a
    /// consent for the recipient in force today.
    #[arg(long)]
    participants: Option<String>,
    /// Only these categories, where the consents allow them (comma-separated).
    #[arg(long)]
    categories: Option<String>,
    /// The purpose on the cover (default: the consents' purposes).
    #[arg(long)]
    purpose: Option<String>,
    /// Who prepared it, for the cover (default: the disclosing program).
    #[arg(long)]
    prepared_by: Option<String>,
    /// Show what would leave, who on the caseload would not and why, and
    /// write nothing.
    #[arg(long)]
    preview: bool,
    /// With --preview: list by name who is not offered, and why.
    #[arg(long, requires = "preview")]
    why: bool,
    /// Replace a file already at --out.
    #[arg(long)]
    force: bool,
}

pub fn date(field: &'static str, text: Option<&str>) -> Result<Option<NaiveDate>, Error> {
    match text {
        None => Ok(None),
        Some(text) => peerlog_core::time::parse_date(text)
            .map(Some)
            .ok_or_else(|| ValidationError::new(field, Problem::NotADate).into()),
    }
}

pub fn required_date(field: &'static str, text: &str) -> Result<NaiveDate, Error> {
    Ok(date(field, Some(text))?.expect("given"))
}

fn ask(prompt: &str) -> Result<String, Failure> {
    rpassword::prompt_password(prompt).map_err(|_| {
        Failure::Usage(format!(
            "no terminal to ask for the packet passphrase on; set {PACKET_PASSPHRASE_ENV}"
        ))
    })
}

/// The passphrase agreed with the recipient: from the environment, or typed
/// (twice when sealing).
pub fn packet_passphrase(confirm: bool) -> Result<Passphrase, Failure> {
    if let Some(text) = std::env::var(PACKET_PASSPHRASE_ENV)
        .ok()
        .filter(|v| !v.is_empty())
    {
        let passphrase = Passphrase::new(text);
        if confirm && passphrase.ends_with_line_break() {
            return Err(Failure::Said {
                status: 4,
                message: format!(
                    "the packet passphrase in {PACKET_PASSPHRASE_ENV} ends with a line break, \
                     which the recipient can't type; set it without the trailing newline \
                     (printf '%s', not echo) — nothing was written"
                ),
            });
        }
        return Ok(passphrase);
    }
    let first = Passphrase::new(ask("Packet passphrase (agreed with the recipient): ")?);
    if confirm {
        let strength = first.strength();
        if !strength.acceptable {
            if let Some(hint) = strength.hint {
                note!("{hint}");
            }
            return Err(
                Error::from(ValidationError::new("packet_passphrase", Problem::Weak)).into(),
            );
        }
        let second = ask("Type it again: ")?;
        if second != first.expose() {
            return Err(Failure::Usage(
                "the two passphrases differ; nothing was written".into(),
            ));
        }
    }
    Ok(first)
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let format = ExportFormat::parse(&args.format).expect("clap allowed only known formats");
    let mut request = ExportRequest::new(
        args.recipient,
        required_date("from", &args.from)?,
        required_date("to", &args.to)?,
    );
    request.purpose = args.purpose;
    request.prepared_by = args.prepared_by;
    request.language = context.document_language;
    if let Some(list) = &args.categories {
        request.categories = Some(export::parse_categories("categories", list)?);
    }
    let passphrase = if format == ExportFormat::Pack && !args.preview {
        Some(packet_passphrase(true)?)
    } else {
        None
    };
    let mut peerlog = unlock::open(context)?;
    if let Some(list) = &args.participants {
        let mut ids = Vec::new();
        for external in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let found =
                participant::find_by_external_id(peerlog.store(), external)?.ok_or_else(|| {
                    Error::from(ValidationError::new("participants", Problem::NoSuchRecord))
                })?;
            ids.push(found.id);
        }
        request.participants = Some(ids);
    }

    if args.preview {
        let preview = export::preview(peerlog.store_mut(), &request)?;
        let c = &preview.content;
        outln!("Recipient: {}", for_terminal(&c.recipient, false))?;
        outln!("Purpose: {}", for_terminal(&c.purpose, false))?;
        outln!("Period: {}", c.period)?;
        outln!("Prepared by: {}", for_terminal(&c.prepared_by, false))?;
        outln!("Would include {} participant(s):", c.participants.len())?;
        for s in &c.participants {
            outln!(
                "  {} ({}): {}",
                for_terminal(&s.name, false),
                for_terminal(&s.external_id, false),
                s.categories
                    .iter()
                    .map(|k| k.code().replace('_', "-"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
        let left_out =
            not_offered::not_offered(peerlog.store(), &request.recipient, peerlog.store().today())?;
        if let Some(summary) = not_offered::summary(&left_out) {
            let hint = if args.why {
                ":"
            } else {
                " (--why lists them)."
            };
            outln!("Not offered: {summary}{hint}")?;
        }
        if args.why {
            for l in &left_out {
                let why = match l.reason {
                    Reason::NoConsent => "no consent for this recipient",
                    Reason::Revoked => "consent revoked",
                    Reason::Expired => "consent expired or ended with the program",
                    Reason::NotYetEffective => "consent not yet in force",
                };
                outln!(
                    "  {} ({}): {why}",
                    for_terminal(&l.name, false),
                    for_terminal(&l.external_id, false)
                )?;
            }
        }
        outln!("Nothing was written (preview).")?;
        return Ok(());
    }

    let mut output = ExportOutput::new(format, &args.out);
    output.replace = args.force;
    output.packet_passphrase = passphrase.as_ref();
    let record = export::write(peerlog.store_mut(), &request, &output)?;
    // The file exists and the disclosure is recorded: whatever happens to
    // the summary below, the command succeeded.
    let out_shown = for_terminal(&args.out.display().to_string(), false);
    let printed = (|| {
        outln!(
            "Wrote {out_shown} ({} bytes) for {} participant(s).",
            record.bytes,
            record.participants.len()
        )?;
        outln!("Disclosure recorded: {}", record.id)?;
        outln!("SHA-256: {}", record.sha256)?;
        if format == ExportFormat::Pack {
            outln!("Give the recipient the passphrase by another way than the file; they open it with `peerlog open-pack`.")?;
        }
        Ok(())
    })();
    crate::out::after_done(
        printed,
        &format!(
            "{out_shown} was written and the disclosure recorded ({}; `peerlog disclosures` lists it)",
            record.id
        ),
    );
    Ok(())
}
