#![allow(clippy::disallowed_methods)] // tests mean the real clock
use super::*;
use crate::secret::DataKey;

fn new_store() -> (tempfile::TempDir, PathBuf, DataKey) {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("peerlog.db");
    let key = DataKey::generate();
    drop(Store::create(&path, &key).unwrap());
    (temp, path, key)
}

fn pragma(store: &Store, name: &str) -> String {
    store
        .conn()
        .query_row(&format!("PRAGMA {name}"), [], |row| {
            row.get::<_, rusqlite::types::Value>(0)
        })
        .map(|v| match v {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
        .unwrap()
}

#[test]
fn the_connection_is_set_up_for_safety() {
    let (_t, path, key) = new_store();
    let store = Store::open(&path, &key).unwrap();
    assert_eq!(pragma(&store, "journal_mode"), "wal");
    assert_eq!(pragma(&store, "synchronous"), "2", "FULL");
    assert_eq!(pragma(&store, "temp_store"), "2", "MEMORY");
    assert_eq!(pragma(&store, "secure_delete"), "1");
    assert_eq!(pragma(&store, "foreign_keys"), "1");
    assert!(pragma(&store, "cipher_version").starts_with('4'));
}

#[test]
fn the_file_is_not_plain_sqlite() {
    let (_t, path, _key) = new_store();
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"));
    // Plain SQLite (no key) can't read the schema.
    let plain = Connection::open(&path).unwrap();
    let err = plain
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_err();
    assert_eq!(
        err.sqlite_error_code(),
        Some(rusqlite::ffi::ErrorCode::NotADatabase)
    );
}

#[cfg(unix)]
#[test]
fn the_database_file_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let (_t, path, _key) = new_store();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "mode {mode:o}");
}

#[test]
fn another_key_is_reported_as_damage_and_changes_nothing() {
    let (_t, path, _key) = new_store();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, &DataKey::generate()).unwrap_err();
    assert_eq!(err.code(), "store_damaged");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_missing_file_is_never_created_on_open() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("peerlog.db");
    let err = Store::open(&path, &DataKey::generate()).unwrap_err();
    assert_eq!(err.code(), "store_damaged");
    assert!(!path.exists());
}

#[test]
fn creating_over_an_existing_file_is_refused() {
    let (_t, path, key) = new_store();
    assert!(matches!(
        Store::create(&path, &key),
        Err(Error::VaultExists)
    ));
}

#[test]
fn migrations_run_from_an_empty_file_to_the_latest_version() {
    let (_t, path, key) = new_store();
    let store = Store::open(&path, &key).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    for table in [
        "participants",
        "contacts",
        "recovery_groups",
        "group_members",
        "group_sessions",
        "attendance",
        "boundary_notes",
        "checkins",
        "follow_ups",
        "referrals",
        "consents",
        "self_checks",
        "audit_log",
        "settings",
        "contacts_fts",
    ] {
        let found: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, 1, "{table}");
    }
    // Opening again runs nothing twice.
    drop(store);
    let store = Store::open(&path, &key).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn a_store_from_an_older_build_is_brought_up_to_date_with_its_data() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("peerlog.db");
    let key = DataKey::generate();
    {
        // A store as the first release left it: schema 1, one participant.
        let mut conn = Connection::open(&path).unwrap();
        conn.execute_batch(&key.sqlcipher_pragma()).unwrap();
        conn.execute_batch("PRAGMA journal_mode = WAL;").unwrap();
        schema::migrate_up_to(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO participants (id, external_id, first_name, status, created_at, updated_at)
             VALUES ('0190d1e2-7c4b-7a1e-9f00-000000000001', 'OLD-1', 'Sam', 'active',
                     '2026-01-01T09:00:00+00:00', '2026-01-01T09:00:00+00:00')",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path, &key).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let name: String = store
        .conn()
        .query_row(
            "SELECT first_name FROM participants WHERE external_id = 'OLD-1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(name, "Sam");
    let indexed: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'follow_ups_open_by_participant'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexed, 1, "the later migrations ran");
    let key: String = store
        .conn()
        .query_row(
            "SELECT external_key FROM participants WHERE external_id = 'OLD-1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(key, "old-1", "ids are given their comparison key");
}

#[test]
fn a_store_from_a_newer_build_is_refused_and_left_untouched() {
    let (_t, path, key) = new_store();
    {
        let store = Store::open(&path, &key).unwrap();
        store
            .conn()
            .pragma_update(None, "user_version", LATEST_VERSION + 1)
            .unwrap();
        store
            .conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, &key).unwrap_err();
    assert!(matches!(
        err,
        Error::SchemaTooNew { found, known } if found == LATEST_VERSION + 1 && known == LATEST_VERSION
    ));
    assert_eq!(err.code(), "schema_too_new");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_audit_log_is_append_only() {
    let (_t, path, key) = new_store();
    let mut store = Store::open(&path, &key).unwrap();
    store
        .write(|tx| {
            crate::audit::record(
                tx,
                crate::time::Timestamp::now(),
                crate::audit::AuditAction::Unlocked,
                "test",
            )
        })
        .unwrap();
    let update = store
        .conn()
        .execute("UPDATE audit_log SET detail = 'changed'", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = store.conn().execute("DELETE FROM audit_log", []);
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    assert_eq!(
        crate::audit::count(&store, crate::audit::AuditAction::Unlocked).unwrap(),
        1
    );
}

#[test]
fn a_failed_action_writes_nothing() {
    let (_t, path, key) = new_store();
    let mut store = Store::open(&path, &key).unwrap();
    let result: Result<()> = store.write(|tx| {
        crate::audit::record(
            tx,
            crate::time::Timestamp::now(),
            crate::audit::AuditAction::Unlocked,
            "first half",
        )?;
        Err(Error::NotFound("second half"))
    });
    assert!(result.is_err());
    assert_eq!(
        crate::audit::count(&store, crate::audit::AuditAction::Unlocked).unwrap(),
        0
    );
}

#[test]
fn integrity_checks_pass_on_a_fresh_store() {
    let (_t, path, key) = new_store();
    let store = Store::open(&path, &key).unwrap();
    let report = verify::check(&store).unwrap();
    assert!(report.is_ok(), "{report:?}");
}

#[test]
fn after_a_crash_the_logged_pages_are_read_and_the_store_opens_with_them() {
    let (_t, path, key) = new_store();
    crash_with_rows_in_the_log(&path, &key, 50);
    let pages = crash_check::logged_pages_for_test(&companion(&path, "-wal"));
    assert!(pages > 0, "the log holds pages");
    let store = Store::open(&path, &key).unwrap();
    assert!(audit_rows(&store) >= 50, "the logged rows are there");
}

#[test]
fn a_log_from_another_store_is_refused_before_anything_is_written() {
    let (_t, path, key) = new_store();
    let (_other_temp, other, other_key) = new_store();
    crash_with_rows_in_the_log(&other, &other_key, 50);
    let before = std::fs::read(&path).unwrap();
    std::fs::copy(companion(&other, "-wal"), companion(&path, "-wal")).unwrap();
    let log_before = std::fs::read(companion(&path, "-wal")).unwrap();
    let err = Store::open(&path, &key).unwrap_err();
    assert_eq!(err.code(), "store_damaged");
    assert_eq!(std::fs::read(&path).unwrap(), before, "no checkpoint");
    assert_eq!(
        std::fs::read(companion(&path, "-wal")).unwrap(),
        log_before,
        "no frame written"
    );
}

#[test]
fn a_log_that_is_not_sqlite_s_is_refused() {
    let (_t, path, key) = new_store();
    std::fs::write(companion(&path, "-wal"), vec![0x5a; 5000]).unwrap();
    let err = Store::open(&path, &key).unwrap_err();
    assert_eq!(err.code(), "store_damaged");
}

/// Leaves the store as a power cut would: committed rows still in the
/// write-ahead log, no checkpoint on close.
fn crash_with_rows_in_the_log(path: &Path, key: &DataKey, rows: usize) {
    let mut store = Store::open(path, key).unwrap();
    for n in 0..rows {
        store
            .write(|tx| {
                crate::audit::record(
                    tx,
                    crate::time::Timestamp::now(),
                    crate::audit::AuditAction::Unlocked,
                    &format!("row {n}"),
                )
            })
            .unwrap();
    }
    store
        .conn()
        .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .unwrap();
    drop(store);
    assert!(leftover_wal(path), "the log was left behind");
}

fn audit_rows(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap()
}
