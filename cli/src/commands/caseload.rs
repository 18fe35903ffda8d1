use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use peerlog_core::domain::participant::ParticipantStatus;
use peerlog_core::views::caseload::caseload;

#[derive(clap::Args)]
pub struct Args {
    /// Include completed, discharged and transferred participants.
    #[arg(long)]
    all: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let peerlog = unlock::open(context)?;
    let rows: Vec<_> = caseload(peerlog.store(), peerlog.store().today())?
        .into_iter()
        .filter(|r| {
            args.all
                || matches!(
                    r.status,
                    ParticipantStatus::Active | ParticipantStatus::Paused
                )
        })
        .collect();
    if args.json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&rows).expect("serialisable")
        )?;
        return Ok(());
    }
    if rows.is_empty() {
        outln!(
            "No participants yet. Add them in the app, or: peerlog import participants FILE.csv"
        )?;
        return Ok(());
    }
    let mut table = Table::new(&[
        "",
        "NAME",
        "ID",
        "STATUS",
        "LAST SEEN",
        "FOLLOW-UPS",
        "NEXT GROUP",
    ]);
    for row in &rows {
        table.row(vec![
            if row.not_seen_recently { "!" } else { "" }.into(),
            row.display_name.clone(),
            row.external_id.clone(),
            row.status.label().into(),
            row.days_since_seen
                .map(|d| format!("{d} days ago"))
                .unwrap_or_else(|| "never".into()),
            match (row.open_follow_ups, row.overdue_follow_ups) {
                (0, _) => "-".into(),
                (open, 0) => format!("{open} open"),
                (open, overdue) => format!("{open} open, {overdue} overdue"),
            },
            or_dash(
                row.next_group
                    .as_ref()
                    .map(|g| format!("{} ({})", g.on, g.name)),
            ),
        ]);
    }
    table.print()?;
    let stale = rows.iter().filter(|r| r.not_seen_recently).count();
    if stale > 0 {
        outln!("\n! = active and not seen in 14 days or more ({stale})")?;
    }
    Ok(())
}
