//! Any bytes as a participants file and as a contacts file: the parser
//! returns rows or a list of problems, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerlog_core::ids::ParticipantId;
use peerlog_core::import::{parse_contacts, parse_participants};
use peerlog_core::time::Timestamp;
use peerlog_core::Error;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let now = Timestamp::parse("2026-11-23T17:00:00-05:00").unwrap();
    match parse_participants(data, today, &mut |id| Ok(id.starts_with("TAKEN"))) {
        Ok(rows) => assert!(rows.iter().all(|r| !r.external_id.is_empty())),
        Err(Error::ImportRejected(rejected)) => assert!(!rejected.problems.is_empty()),
        Err(other) => panic!("unexpected error: {other}"),
    }
    let known = ParticipantId::new();
    match parse_contacts(data, now, &mut |id| {
        Ok((!id.starts_with("NOPE")).then_some(known))
    }) {
        Ok(rows) => assert!(rows.iter().all(|r| (1..=720).contains(&r.duration_minutes))),
        Err(Error::ImportRejected(rejected)) => assert!(!rejected.problems.is_empty()),
        Err(other) => panic!("unexpected error: {other}"),
    }
});
