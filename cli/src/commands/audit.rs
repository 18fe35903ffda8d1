use crate::exit::Outcome;
use crate::table::Table;
use crate::unlock;
use crate::Context;
use peerlog_core::audit;

#[derive(clap::Args)]
pub struct Args {
    /// How many of the most recent entries.
    #[arg(long, default_value_t = 50)]
    limit: usize,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let peerlog = unlock::open(context)?;
    let mut table = Table::new(&["WHEN", "WHAT", "DETAIL"]);
    for entry in audit::recent(peerlog.store(), args.limit)? {
        table.row(vec![
            entry.at.to_string(),
            entry.action.label().into(),
            entry.detail,
        ]);
    }
    table.print()?;
    Ok(())
}
