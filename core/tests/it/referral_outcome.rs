//! A referral's outcome date is the one the peer gives: saving the same
//! outcome again keeps it, and only a new outcome without a date takes
//! today.

use crate::common::*;
use peerlog_core::domain::referral::{self, ReferralInput, ReferralOutcome, ResourceType};
use peerlog_core::time::today;

#[test]
fn an_outcome_date_is_not_restamped() {
    let mut s = scratch();
    let p = person(&mut s, "R-1");
    let r = referral::create(
        s.peerlog.store_mut(),
        ReferralInput {
            participant_id: p.id,
            resource_type: ResourceType::Housing,
            resource_name: "Harbor Street Housing Program".into(),
            referred_on: days_ago(20),
            note: None,
        },
    )
    .unwrap();
    let set = |s: &mut Scratch, outcome, on| {
        referral::set_outcome(s.peerlog.store_mut(), r.id, outcome, on).unwrap()
    };

    // The date the peer gives is kept.
    let connected = set(&mut s, ReferralOutcome::Connected, Some(days_ago(10)));
    assert_eq!(connected.outcome_on, Some(days_ago(10)));

    // Saved again with the same outcome and no date: the date stays.
    let again = set(&mut s, ReferralOutcome::Connected, None);
    assert_eq!(again.outcome_on, Some(days_ago(10)), "not restamped");

    // A different outcome without a date is today's news.
    let declined = set(&mut s, ReferralOutcome::Declined, None);
    assert_eq!(declined.outcome_on, Some(today()));

    // Back to Connected with the date the peer gives: that date.
    let back = set(&mut s, ReferralOutcome::Connected, Some(days_ago(10)));
    assert_eq!(
        (back.outcome, back.outcome_on),
        (ReferralOutcome::Connected, Some(days_ago(10)))
    );

    // Pending has no date, whatever is given.
    let pending = set(&mut s, ReferralOutcome::Pending, Some(days_ago(3)));
    assert_eq!(pending.outcome_on, None);
}
