//! The peer's settings, kept inside the encrypted store.

use crate::error::Result;
use crate::store::Store;
use crate::validate::in_range;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
pub const MAX_AUTO_LOCK_MINUTES: u32 = 240;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Minutes of inactivity before the app locks itself.
    pub auto_lock_minutes: u32,
}

const AUTO_LOCK: &str = "auto_lock_minutes";

pub fn get(store: &Store) -> Result<Settings> {
    let auto_lock_minutes = read(store, AUTO_LOCK)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES);
    Ok(Settings { auto_lock_minutes })
}

pub fn set_auto_lock_minutes(store: &mut Store, minutes: u32) -> Result<Settings> {
    in_range(
        "auto_lock_minutes",
        minutes as i64,
        1,
        MAX_AUTO_LOCK_MINUTES as i64,
    )?;
    write(store, AUTO_LOCK, &minutes.to_string())?;
    get(store)
}

/// Sets `key` to `value`, in a transaction of its own.
pub fn write(store: &mut Store, key: &str, value: &str) -> Result<()> {
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    })
}

pub fn read(store: &Store, key: &str) -> Result<Option<String>> {
    Ok(store
        .conn()
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}
