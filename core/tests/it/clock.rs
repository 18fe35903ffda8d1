//! "Today" is the store's clock, not the system's: a test (or a demo dated
//! in the past) sets the day, and every rule that depends on it follows.

use crate::common::{log_contact, person, refused, scratch};
use chrono::{NaiveDate, NaiveTime};
use peerlog_core::audit;
use peerlog_core::clock::FixedClock;
use peerlog_core::domain::contact;
use peerlog_core::domain::followup::{self, FollowUpInput, FollowUpStatus};
use peerlog_core::domain::referral::{self, ReferralInput, ResourceType};
use peerlog_core::time::Timestamp;
use peerlog_core::views::followups;
use std::sync::Arc;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_stores_day_decides_what_is_future_closed_and_overdue() {
    let mut s = scratch();
    let sam = person(&mut s, "CLK-1");
    let noon = Timestamp::from_local(day(2025, 3, 10), NaiveTime::from_hms_opt(12, 0, 0).unwrap());
    s.peerlog.store_mut().set_clock(Arc::new(FixedClock(noon)));
    let store = s.peerlog.store_mut();
    assert_eq!(store.today(), day(2025, 3, 10));

    // The day after the store's today is the future, though the system's
    // clock is long past it.
    let referral = |on| ReferralInput {
        participant_id: sam.id,
        resource_type: ResourceType::Housing,
        resource_name: "Shelter".into(),
        referred_on: on,
        note: None,
    };
    refused(
        referral::create(store, referral(day(2025, 3, 11))),
        "referred_on",
        "in_future",
    );
    referral::create(store, referral(day(2025, 3, 10))).unwrap();

    // A follow-up closed now is closed on the store's day.
    let due = followup::create(
        store,
        FollowUpInput {
            participant_id: sam.id,
            due_on: day(2025, 3, 7),
            text: "Call about the court date".into(),
        },
    )
    .unwrap();
    assert_eq!(followups::due(store, store.today(), 0).unwrap().len(), 1);
    let done = followup::set_status(store, due.id, FollowUpStatus::Done).unwrap();
    assert_eq!(done.closed_on, Some(day(2025, 3, 10)));

    // And the audit log keeps the store's instant.
    let contact = log_contact(&mut s, &sam, noon);
    contact::delete(s.peerlog.store_mut(), contact.id).unwrap();
    let latest = audit::recent(s.peerlog.store(), 1).unwrap().remove(0);
    assert_eq!(latest.at, noon);
}
