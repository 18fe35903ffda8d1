//! Shared set-up for core's integration tests.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate, NaiveTime};
use peerlog_core::domain::contact::{self, Contact, ContactInput, ContactMode};
use peerlog_core::domain::participant::Participant;
use peerlog_core::time::{today, Timestamp};
use peerlog_core::{DataDir, Error, Peerlog};
use peerlog_devtools::testing;

pub struct Scratch {
    pub temp: tempfile::TempDir,
    pub dir: DataDir,
    pub peerlog: Peerlog,
}

pub fn scratch() -> Scratch {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let peerlog = testing::create(&dir).peerlog;
    Scratch { temp, dir, peerlog }
}

pub fn person(s: &mut Scratch, external_id: &str) -> Participant {
    testing::add_participant(&mut s.peerlog, external_id, "Sam", "Okafor")
}

pub fn days_ago(days: i64) -> NaiveDate {
    today() - Duration::days(days)
}

pub fn at(date: NaiveDate, hour: u32) -> Timestamp {
    Timestamp::from_local(date, NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
}

pub fn contact_input(participant: &Participant, when: Timestamp) -> ContactInput {
    ContactInput {
        goals: Vec::new(),
        format: Default::default(),
        parts: Vec::new(),
        participant_id: participant.id,
        occurred_at: when,
        duration_minutes: 20,
        mode: ContactMode::Phone,
        setting: None,
        services: vec![],
        dimensions: vec![],
        narrative: "Checked in by phone.".into(),
        follow_up: None,
    }
}

pub fn log_contact(s: &mut Scratch, participant: &Participant, when: Timestamp) -> Contact {
    contact::create(s.peerlog.store_mut(), contact_input(participant, when)).unwrap()
}

/// Asserts a refusal for `field` with the rule `problem`.
#[track_caller]
pub fn refused<T: std::fmt::Debug>(result: Result<T, Error>, field: &str, problem: &str) {
    match result {
        Err(Error::Invalid(e)) => {
            assert_eq!(e.field, field, "field of {e}");
            assert_eq!(e.problem.code(), problem, "rule of {e}");
        }
        other => panic!("expected invalid.{field} ({problem}), got {other:?}"),
    }
}

/// How many rows each table holds, to prove a refusal wrote nothing.
pub fn row_counts(s: &Scratch) -> Vec<(String, i64)> {
    row_counts_in(s.peerlog.store())
}

/// [`row_counts`] for any store.
pub fn row_counts_in(store: &peerlog_core::Store) -> Vec<(String, i64)> {
    let conn = store.conn();
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let n: i64 = conn
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect()
}
