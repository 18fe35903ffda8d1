//! Tests of how the records' queries meet the store: the plans SQLite picks
//! for them, and the read guard an export is built under.

use crate::domain;
use peerlog_store::testing;
use peerlog_store::{DataDir, Store};

fn new_store() -> (tempfile::TempDir, peerlog_store::Peerlog) {
    let temp = tempfile::tempdir().unwrap();
    let peerlog = testing::create(&DataDir::new(temp.path().join("data"))).peerlog;
    (temp, peerlog)
}

/// The plan SQLite chooses for `sql`, one line per step.
fn plan(store: &Store, sql: &str) -> String {
    let mut stmt = store
        .conn()
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    let nulls = std::iter::repeat_n(rusqlite::types::Null, stmt.parameter_count());
    stmt.query_map(rusqlite::params_from_iter(nulls), |row| {
        row.get::<_, String>(3)
    })
    .unwrap()
    .collect::<rusqlite::Result<Vec<_>>>()
    .unwrap()
    .join("\n")
}

/// A participant's timeline, caseload line and wellness trend read from
/// indexes that hold every column they need (migration 0005). A column
/// added to one of these queries but not to its index would send every row
/// back to a scattered table page, each decrypted on first read.
#[test]
fn per_participant_reads_come_from_covering_indexes() {
    let (_t, peerlog) = new_store();
    let store = peerlog.store();
    for (sql, index) in [
        (domain::contact::recent_sql(), "contacts_by_participant"),
        (domain::wellness::recent_sql(), "checkins_by_participant"),
        (
            domain::followup::recent_sql(),
            "follow_ups_by_participant_due",
        ),
    ] {
        let plan = plan(store, &sql);
        assert!(
            plan.contains(&format!("USING COVERING INDEX {index}")),
            "{sql}\n{plan}"
        );
    }
    let caseload = plan(store, crate::views::caseload::CASELOAD_SQL);
    let contact_steps: Vec<&str> = caseload
        .lines()
        .filter(|step| step.contains("contacts"))
        .collect();
    assert_eq!(contact_steps.len(), 2, "{caseload}");
    assert!(
        contact_steps
            .iter()
            .all(|step| step.contains("USING COVERING INDEX contacts_by_participant")),
        "{caseload}"
    );
}

#[test]
fn while_reading_only_some_tables_any_other_read_fails_to_prepare() {
    let (_t, mut peerlog) = new_store();
    let store = peerlog.store_mut();
    let count = |store: &Store, table: &str| {
        store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                r.get::<_, i64>(0)
            })
    };
    store
        .reading_only(domain::registry::export_reads(None), |store| {
            for denied in [
                "boundary_notes",
                "boundary_notes_fts",
                "self_checks",
                "audit_log",
            ] {
                assert!(count(store, denied).is_err(), "{denied} was readable");
                let column = store.conn().query_row(
                    &format!("SELECT rowid FROM {denied} LIMIT 1"),
                    [],
                    |r| r.get::<_, i64>(0),
                );
                assert!(column.is_err(), "{denied} was readable");
            }
            assert_eq!(count(store, "contacts").unwrap(), 0);
            Ok(())
        })
        .unwrap();
    assert_eq!(
        count(store, "boundary_notes").unwrap(),
        0,
        "readable again after"
    );
}
