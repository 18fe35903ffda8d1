//! The incident log for a possible breach, which the 2024 Part 2 rule
//! brings under HIPAA's breach notification: what happened in one short
//! line (never a narrative about a participant), when it happened, when it
//! was discovered, who was told and when, and where it stands. The
//! notification clock runs from discovery, so both dates are kept.

use crate::domain::vocabulary::text_enum;
use crate::error::{Error, Result};
use crate::ids::IncidentId;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{not_before, optional_text, plausible_date, required_text, Checked};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(IncidentStatus {
    Open = "open" / "Open",
    Notified = "notified" / "Notified",
    Closed = "closed" / "Closed",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Incident {
    pub id: IncidentId,
    pub summary: String,
    pub happened_on: NaiveDate,
    pub discovered_on: NaiveDate,
    /// Who was told (the privacy officer, the partner, the people affected).
    pub notified: Option<String>,
    pub notified_on: Option<NaiveDate>,
    pub status: IncidentStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IncidentInput {
    pub summary: String,
    pub happened_on: NaiveDate,
    pub discovered_on: NaiveDate,
    #[serde(default)]
    pub notified: Option<String>,
    #[serde(default)]
    pub notified_on: Option<NaiveDate>,
    pub status: IncidentStatus,
}

/// One line: the log says what kind of thing happened, not to whom.
const SUMMARY_MAX: usize = 200;

impl IncidentInput {
    pub fn checked(self, today: NaiveDate) -> Checked<IncidentInput> {
        let summary = required_text("summary", &self.summary, SUMMARY_MAX)?;
        plausible_date("happened_on", self.happened_on, Some(today))?;
        plausible_date("discovered_on", self.discovered_on, Some(today))?;
        not_before(
            "discovered_on",
            self.discovered_on,
            "happened_on",
            self.happened_on,
        )?;
        let notified = optional_text("notified", self.notified.as_deref(), 200)?;
        if let Some(told) = self.notified_on {
            plausible_date("notified_on", told, Some(today))?;
            not_before("notified_on", told, "discovered_on", self.discovered_on)?;
        }
        Ok(IncidentInput {
            summary,
            notified,
            ..self
        })
    }
}

const COLUMNS: &str = "id, summary, happened_on, discovered_on, notified, notified_on, status, \
                       created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Incident> {
    Ok(Incident {
        id: row.get(0)?,
        summary: row.get(1)?,
        happened_on: row.get(2)?,
        discovered_on: row.get(3)?,
        notified: row.get(4)?,
        notified_on: row.get(5)?,
        status: row.get(6)?,
        created_at: rfc3339(row, 7)?,
        updated_at: rfc3339(row, 8)?,
    })
}

pub fn create(store: &mut Store, input: IncidentInput) -> Result<Incident> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| {
        let id = IncidentId::new();
        tx.prepare_cached(&format!(
            "INSERT INTO incidents ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)"
        ))?
        .execute(params![
            id,
            input.summary,
            input.happened_on,
            input.discovered_on,
            input.notified,
            input.notified_on,
            input.status,
            now.to_string(),
        ])?;
        fetch(tx, id)
    })
}

pub fn fetch(conn: &Connection, id: IncidentId) -> Result<Incident> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM incidents WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound("incident"))
}

/// Every incident, the latest discovered first.
pub fn list(store: &Store) -> Result<Vec<Incident>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM incidents ORDER BY discovered_on DESC, rid DESC"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Brings an incident up to date as it is worked: who was told and when,
/// where it stands, a corrected date. The whole line is given again and
/// checked as a new one would be; the time it was first logged is kept.
pub fn update(store: &mut Store, id: IncidentId, input: IncidentInput) -> Result<Incident> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| {
        let changed = tx
            .prepare_cached(
                "UPDATE incidents SET summary = ?2, happened_on = ?3, discovered_on = ?4, \
                 notified = ?5, notified_on = ?6, status = ?7, updated_at = ?8 WHERE id = ?1",
            )?
            .execute(params![
                id,
                input.summary,
                input.happened_on,
                input.discovered_on,
                input.notified,
                input.notified_on,
                input.status,
                now.to_string(),
            ])?;
        if changed == 0 {
            return Err(Error::NotFound("incident"));
        }
        fetch(tx, id)
    })
}
