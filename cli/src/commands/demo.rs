use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_devtools::demo::{self, DemoSpec};

#[derive(clap::Args)]
pub struct Args {
    /// The same seed gives the same caseload.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many synthetic participants.
    #[arg(long, default_value_t = 25, value_parser = clap::value_parser!(u32).range(1..=5000))]
    participants: u32,
}

pub fn run(args: Args, context: &Context) -> Outcome {
    let mut peerlog = unlock::open(context)?;
    let spec = DemoSpec::caseload(args.seed, args.participants as usize);
    let today = peerlog.store().today();
    let summary = demo::load(peerlog.store_mut(), &spec, today)?;
    let printed = outln!(
        "Loaded a synthetic caseload: {} participants, {} contacts, {} group sessions ({} attendance marks), \
         {} check-ins, {} boundary notes, {} follow-ups, {} referrals, {} consents.",
        summary.participants,
        summary.contacts,
        summary.group_sessions,
        summary.attendance_marks,
        summary.check_ins,
        summary.boundary_notes,
        summary.follow_ups,
        summary.referrals,
        summary.consents
    );
    crate::out::after_done(printed, "the synthetic caseload was loaded");
    Ok(())
}
