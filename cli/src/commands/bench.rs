use crate::exit::{Failure, Outcome};
use peerlog_devtools::bench::{self, BenchOptions, Scale};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// busy-peer (one peer, ten years), program (twenty peers), smoke (a
    /// tenth of busy-peer), or team (a supervisor reading a year of weekly
    /// messages from twenty peers).
    #[arg(long, default_value = "busy-peer")]
    scale: String,
    /// Where the generated dataset is kept between runs (made on first use).
    #[arg(long, default_value = "target/bench")]
    dir: PathBuf,
    /// Timed runs per operation.
    #[arg(long, default_value_t = 200)]
    runs: usize,
}

pub fn run(args: Args) -> Outcome {
    if args.scale == "team" {
        let report =
            bench::team_read::run(&args.dir.join("team"), 20, 52, &mut |line| note!("{line}"))?;
        outln!("{}", report.to_markdown())?;
        return Ok(());
    }
    let scale = match args.scale.as_str() {
        "busy-peer" => Scale::BusyPeer,
        "program" => Scale::Program,
        "smoke" => Scale::Smoke,
        _ => {
            return Err(Failure::Usage(
                "--scale must be busy-peer, program, smoke or team".into(),
            ))
        }
    };
    let options = BenchOptions {
        scale,
        dir: args.dir.join(scale.name()),
        runs: args.runs.max(1),
        // Fixed, so a kept dataset and a new one describe the same years.
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date"),
    };
    let report = bench::run(&options, &mut |line| note!("{line}"))?;
    outln!("{}", report.to_markdown())?;
    Ok(())
}
