//! `peerlog week-summary`: the counts a peer's app sends their supervisor
//! for one week, printed so the peer sees exactly what would be sent.

use super::export::date;
use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::views::week_summary::{last_complete_week, week_summary};

#[derive(clap::Args)]
pub struct Args {
    /// The Monday the week starts on (default: the last whole week).
    /// YYYY-MM-DD or M/D/YYYY.
    #[arg(long)]
    week: Option<String>,
    /// Print JSON instead of lines.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let peerlog = unlock::open(context)?;
    let today = peerlog.store().today();
    let week = date("week", args.week.as_deref())?.unwrap_or_else(|| last_complete_week(today));
    let s = week_summary(peerlog.store(), week, today)?;
    if args.json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&s).expect("serialisable")
        )?;
        return Ok(());
    }
    let end = s.week_start + chrono::Duration::days(6);
    outln!("Week {} to {} (caseload as of {today})", s.week_start, end)?;
    outln!("Active participants: {}", s.active_participants)?;
    outln!("Not seen for 14 days or more: {}", s.not_seen_14_days)?;
    outln!("Overdue follow-ups: {}", s.overdue_followups)?;
    outln!("Plan reviews due: {}", s.plan_reviews_due)?;
    outln!("Unsigned notes this week: {}", s.unsigned_notes)?;
    if s.units_by_payer.is_empty() {
        outln!("Units billed this week: none")?;
    } else {
        outln!("Units billed this week:")?;
        for p in &s.units_by_payer {
            outln!(
                "  {}: {}",
                peerlog_core::text::for_terminal(&p.payer, false),
                p.units
            )?;
        }
    }
    outln!("Group sessions: {}", s.group_sessions)?;
    outln!("Group attendance (present or late): {}", s.group_attendance)?;
    Ok(())
}
