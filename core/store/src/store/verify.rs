//! Integrity checks a peer or support staff can run: SQLCipher's page
//! authentication over the whole file, then SQLite's structural check.

use super::Store;
use crate::error::Result;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IntegrityReport {
    /// Problems SQLCipher found (pages whose HMAC does not match).
    pub cipher_problems: Vec<String>,
    /// Problems SQLite's `integrity_check` found.
    pub sqlite_problems: Vec<String>,
    /// Problems the full-text indexes' own check found.
    pub search_index_problems: Vec<String>,
}

impl IntegrityReport {
    pub fn is_ok(&self) -> bool {
        self.cipher_problems.is_empty()
            && self.sqlite_problems.is_empty()
            && self.search_index_problems.is_empty()
    }
}

pub fn check(store: &Store) -> Result<IntegrityReport> {
    let conn = store.conn();
    let cipher_problems = rows(conn, "PRAGMA cipher_integrity_check")?;
    let sqlite_problems: Vec<String> = rows(conn, "PRAGMA integrity_check")?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    let mut search_index_problems = Vec::new();
    // Every full-text index the schema holds (the record registry's test
    // holds these to its indexed kinds).
    let indexes = rows(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'",
    )?;
    for table in indexes {
        let sql = format!("INSERT INTO {table} ({table}) VALUES ('integrity-check')");
        if let Err(e) = conn.execute(&sql, []) {
            search_index_problems.push(format!("{table}: {e}"));
        }
    }
    Ok(IntegrityReport {
        cipher_problems,
        sqlite_problems,
        search_index_problems,
    })
}

fn rows(conn: &rusqlite::Connection, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let lines = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(lines)
}
