//! Versioned migrations. The schema version lives in SQLite's `user_version`;
//! each migration runs in its own transaction together with the version bump.
//! A store newer than this build is refused before anything is written.

use crate::error::{Error, Result};
use rusqlite::Connection;

/// Migrations in order; entry `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_disclosures_backups.sql"),
    include_str!("migrations/0003_caseload_index.sql"),
    include_str!("migrations/0004_timeline_indexes.sql"),
    include_str!("migrations/0005_timeline_covering_indexes.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a store written by a newer build. Reads only.
pub fn check_not_newer(conn: &Connection) -> Result<i64> {
    let found = version(conn)?;
    if found > LATEST_VERSION {
        return Err(Error::SchemaTooNew {
            found,
            known: LATEST_VERSION,
        });
    }
    Ok(found)
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_up_to(conn, LATEST_VERSION)
}

/// Applies the migrations that take the store to `target`.
pub(crate) fn migrate_up_to(conn: &mut Connection, target: i64) -> Result<()> {
    let current = check_not_newer(conn)?;
    for (index, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(current as usize)
    {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
