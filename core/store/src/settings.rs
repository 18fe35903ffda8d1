//! The peer's settings, kept inside the encrypted store.

use crate::error::Result;
use crate::store::Store;
use crate::validate::{in_range, optional_text, required_text};
use peerlog_base::note_format::NoteFormat;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
pub const MAX_AUTO_LOCK_MINUTES: u32 = 240;
/// An unsigned note older than this many days is overdue (a program may
/// set its own limit).
pub const DEFAULT_UNSIGNED_NOTE_DAYS: u32 = 3;
pub const MAX_UNSIGNED_NOTE_DAYS: u32 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Minutes of inactivity before the app locks itself.
    pub auto_lock_minutes: u32,
    /// Who signs the peer's notes, as a payer's auditor reads it; none
    /// until the peer sets it.
    pub signer: Option<Signer>,
    /// Days after which an unsigned note shows as overdue.
    pub unsigned_note_days: u32,
    /// When the signer was first set: notes logged before it were never
    /// meant to be signed and are not counted as overdue.
    pub signing_since: Option<crate::time::Timestamp>,
    /// How new notes are structured: free text, GIRP or DAP, as the program
    /// (or its payer) asks.
    pub note_format: NoteFormat,
}

/// The name and credential a note is signed with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Signer {
    /// The peer's name as it appears on a claim.
    pub name: String,
    /// The peer's certification, e.g. "CPS" or "CPRS"; some programs have none.
    pub credential: Option<String>,
}

impl Signer {
    pub fn checked(self) -> crate::validate::Checked<Signer> {
        Ok(Signer {
            name: required_text("signer_name", &self.name, MAX_SIGNER_TEXT)?,
            credential: optional_text(
                "signer_credential",
                self.credential.as_deref(),
                MAX_SIGNER_TEXT,
            )?,
        })
    }
}

const AUTO_LOCK: &str = "auto_lock_minutes";
const SIGNER_NAME: &str = "signer_name";
const SIGNER_CREDENTIAL: &str = "signer_credential";
const MAX_SIGNER_TEXT: usize = 120;
const UNSIGNED_NOTE_DAYS: &str = "unsigned_note_days";
const SIGNING_SINCE: &str = "signing_since";
const NOTE_FORMAT: &str = "note_format";

pub fn get(store: &Store) -> Result<Settings> {
    let auto_lock_minutes = read(store, AUTO_LOCK)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES);
    let signer = read(store, SIGNER_NAME)?.map(|name| Signer {
        name,
        credential: None,
    });
    let signer = match signer {
        Some(mut signer) => {
            signer.credential = read(store, SIGNER_CREDENTIAL)?;
            Some(signer)
        }
        None => None,
    };
    let unsigned_note_days = read(store, UNSIGNED_NOTE_DAYS)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_UNSIGNED_NOTE_DAYS);
    let signing_since = read(store, SIGNING_SINCE)?.and_then(|v| crate::time::Timestamp::parse(&v));
    let note_format = read(store, NOTE_FORMAT)?
        .and_then(|code| NoteFormat::ALL.iter().copied().find(|f| f.code() == code))
        .unwrap_or_default();
    Ok(Settings {
        auto_lock_minutes,
        signer,
        unsigned_note_days,
        signing_since,
        note_format,
    })
}

/// Who signs the peer's notes; refused, naming the field, until it is set.
pub fn signer(store: &Store) -> Result<Signer> {
    get(store)?.signer.ok_or_else(|| {
        crate::validate::ValidationError::new("signer_name", crate::validate::Problem::Required)
            .into()
    })
}

/// Sets who signs the peer's notes, both parts in one transaction.
pub fn set_signer(store: &mut Store, signer: Signer) -> Result<Settings> {
    let signer = signer.checked()?;
    let now = store.now();
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
            params![SIGNING_SINCE, now.to_string()],
        )?;
        put(tx, SIGNER_NAME, &signer.name)?;
        match &signer.credential {
            Some(credential) => put(tx, SIGNER_CREDENTIAL, credential),
            None => {
                tx.execute("DELETE FROM settings WHERE key = ?1", [SIGNER_CREDENTIAL])?;
                Ok(())
            }
        }
    })?;
    get(store)
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

pub fn set_unsigned_note_days(store: &mut Store, days: u32) -> Result<Settings> {
    in_range(
        "unsigned_note_days",
        days as i64,
        1,
        MAX_UNSIGNED_NOTE_DAYS as i64,
    )?;
    write(store, UNSIGNED_NOTE_DAYS, &days.to_string())?;
    get(store)
}

/// How new notes are structured; notes already written keep their own.
pub fn set_note_format(store: &mut Store, format: NoteFormat) -> Result<Settings> {
    write(store, NOTE_FORMAT, format.code())?;
    get(store)
}

/// Sets `key` to `value`, in a transaction of its own.
pub fn write(store: &mut Store, key: &str, value: &str) -> Result<()> {
    store.write(|tx| put(tx, key, value))
}

fn put(conn: &rusqlite::Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn read(store: &Store, key: &str) -> Result<Option<String>> {
    Ok(store
        .conn()
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}
