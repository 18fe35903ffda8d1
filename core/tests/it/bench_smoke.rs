//! The benchmark's machinery on its smallest dataset: the generator makes
//! the volumes the busy-peer spec promises (a tenth of them), and every
//! operation is timed on both stores. How fast is printed by `peerlog bench`
//! and written up in docs/BENCHMARKS.md, never asserted here.

use peerlog_core::time::today;
use peerlog_devtools::bench::{self, BenchOptions, Scale};

/// Within `tolerance` (a fraction) of `expected`.
fn near(found: i64, expected: f64, tolerance: f64) -> bool {
    (found as f64 - expected).abs() <= expected * tolerance
}

#[test]
fn the_smoke_scale_has_a_tenth_of_a_busy_peers_decade_and_every_operation_is_timed_on_both_stores()
{
    let temp = tempfile::tempdir().unwrap();
    let options = BenchOptions {
        scale: Scale::Smoke,
        dir: temp.path().to_path_buf(),
        runs: 3,
        today: today(),
    };
    let mut said = Vec::new();
    let report = bench::run(&options, &mut |line| said.push(line.to_string())).unwrap();

    // A tenth of: 500 participants, 250,000 contacts, 500 group sessions a
    // year, 50,000 check-ins and 10,000 boundary notes over ten years.
    assert_eq!(report.participants, 50);
    let twin = rusqlite::Connection::open_with_flags(
        temp.path().join("unencrypted-twin").join("peerlog.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let count = |table: &str| -> i64 {
        twin.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    for (table, tenth) in [
        ("contacts", 25_000.0),
        ("group_sessions", 500.0),
        ("checkins", 5_000.0),
        ("boundary_notes", 1_000.0),
    ] {
        let found = count(table);
        assert!(
            near(found, tenth, 0.15),
            "{table}: {found}, not near {tenth}"
        );
    }
    // The report counts the contacts before timing; logging one contact is
    // then timed `runs` times after one untimed warm-up, in each store.
    assert_eq!(count("contacts"), report.contacts + 3 + 1);

    let compared: Vec<&str> = report
        .rows
        .iter()
        .filter(|row| row.plain.is_some())
        .map(|row| row.operation.as_str())
        .collect();
    for operation in [
        "log one contact",
        "caseload",
        "timeline, first 100",
        "whole timeline",
        "full-text search",
        "wellness trend",
        "case-conference export",
        "program report",
    ] {
        assert!(
            compared.iter().any(|name| name.contains(operation)),
            "{operation} is not compared with the plain store: {compared:?}"
        );
    }
    for row in &report.rows {
        assert!(row.encrypted.median() > std::time::Duration::ZERO);
        assert!(row.encrypted.p95() >= row.encrypted.median());
        if let Some(ratio) = row.ratio() {
            assert!(ratio.is_finite() && ratio > 0.0, "{}", row.operation);
        }
    }
    assert!(report.encrypted_bytes > 0 && report.plain_bytes > 0);

    let table = report.to_markdown();
    assert!(table.contains("| caseload |"), "{table}");
    assert!(table.contains("per year of records"), "{table}");
}

#[test]
fn the_team_read_benchmark_builds_its_folder_and_reads_every_week_once() {
    let temp = tempfile::tempdir().unwrap();
    let report = bench::team_read::run(&temp.path().join("team"), 3, 4, &mut |_| {}).unwrap();
    // Three rosters (one per member added) beside four weeks from each peer.
    assert_eq!(report.files, 3 + 3 * 4);
    assert_eq!(report.weeks_held, 12);
    assert!(report.to_markdown().contains("from 3 peers"));
}
