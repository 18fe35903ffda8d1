//! `peerlog disclosures`: the accounting of disclosures. Every export is
//! kept; none is ever deleted, so the list goes back to the first one.

use super::export::date;
use crate::exit::Outcome;
use crate::table::Table;
use crate::unlock;
use crate::Context;
use peerlog_core::export::disclosures::{self, DisclosureRecord};

#[derive(clap::Args)]
pub struct Args {
    /// Only this participant's disclosures (external id; also for a
    /// participant whose record was deleted since).
    #[arg(long)]
    participant: Option<String>,
    /// Only those on or after this day (default: all of them).
    #[arg(long)]
    since: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let since = date("since", args.since.as_deref())?;
    let peerlog = unlock::open(context)?;
    let store = peerlog.store();
    let mut records: Vec<DisclosureRecord> = match &args.participant {
        Some(external) => disclosures::for_external_id(store, external)?,
        None => disclosures::list(store, None)?,
    };
    if let Some(since) = since {
        records.retain(|r| r.at.local_date() >= since);
    }
    if args.json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&records).expect("records serialise")
        )?;
        return Ok(());
    }
    if records.is_empty() {
        outln!("No disclosures recorded.")?;
        return Ok(());
    }
    let mut table = Table::new(&[
        "WHEN",
        "RECIPIENT",
        "PURPOSE",
        "PERIOD",
        "FORMAT",
        "PARTICIPANTS (CONSENT: CATEGORIES)",
        "SHA-256",
    ]);
    for r in &records {
        let people = r
            .participants
            .iter()
            .map(|p| {
                format!(
                    "{} ({}: {})",
                    p.external_id,
                    p.consent_id,
                    p.categories
                        .iter()
                        .map(|c| c.code().replace('_', "-"))
                        .collect::<Vec<_>>()
                        .join(",")
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        table.row(vec![
            r.at.to_string(),
            r.recipient.clone(),
            r.purpose.replace(['\n', '\r'], " "),
            r.period.to_string(),
            r.format.code().to_string(),
            people,
            r.sha256.clone(),
        ]);
    }
    table.print()?;
    outln!()?;
    outln!(
        "{} disclosure(s). Every export is recorded here and none is ever deleted.",
        records.len()
    )?;
    Ok(())
}
