use crate::exit::Outcome;
use crate::table::{or_dash, Table};
use crate::unlock;
use crate::Context;
use peerlog_core::views::search::search;

#[derive(clap::Args)]
pub struct Args {
    /// Words to look for; the last may be the start of a word.
    query: String,
    #[arg(long, default_value_t = 25)]
    limit: usize,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let peerlog = unlock::open(context)?;
    let hits = search(peerlog.store(), &args.query, args.limit)?;
    if hits.is_empty() {
        outln!("Nothing matches.")?;
        return Ok(());
    }
    let mut table = Table::new(&["DATE", "KIND", "PARTICIPANT", "MATCH"]);
    for hit in hits {
        let snippet: String = hit
            .snippet
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect::<String>()
            .replace(['\n', '\r'], " ");
        table.row(vec![
            or_dash(hit.on),
            hit.kind.label().into(),
            or_dash(hit.participant_name),
            snippet,
        ]);
    }
    table.print()?;
    Ok(())
}
