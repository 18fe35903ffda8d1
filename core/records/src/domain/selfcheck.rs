//! The peer's own quick self-check (energy, stress, boundaries held, support
//! needed). Private and optional: it is about the peer, not a participant,
//! and it never leaves the app.

use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::error::Result;
use crate::ids::SelfCheckId;
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{in_range, optional_note, Checked};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};

text_enum!(BoundariesHeld {
    Yes = "yes" / "Held",
    Mostly = "mostly" / "Mostly held",
    No = "no" / "Not held",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SelfCheck {
    pub id: SelfCheckId,
    pub occurred_at: Timestamp,
    /// 1 (drained) to 5 (full of energy).
    pub energy: u8,
    /// 1 (calm) to 5 (overwhelmed).
    pub stress: u8,
    pub boundaries_held: BoundariesHeld,
    pub support_needed: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SelfCheckInput {
    pub energy: u8,
    pub stress: u8,
    pub boundaries_held: BoundariesHeld,
    pub support_needed: bool,
    #[serde(default)]
    pub note: Option<String>,
}

impl SelfCheckInput {
    pub fn checked(self) -> Checked<SelfCheckInput> {
        in_range("energy", self.energy as i64, 1, 5)?;
        in_range("stress", self.stress as i64, 1, 5)?;
        Ok(SelfCheckInput {
            note: optional_note("note", self.note.as_deref(), 2000)?,
            ..self
        })
    }
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<SelfCheck> {
    Ok(SelfCheck {
        id: row.get(0)?,
        occurred_at: timestamp(row, 1)?,
        energy: row.get(3)?,
        stress: row.get(4)?,
        boundaries_held: row.get(5)?,
        support_needed: row.get(6)?,
        note: row.get(7)?,
    })
}

pub fn record(store: &mut Store, input: SelfCheckInput) -> Result<SelfCheck> {
    let now = store.now();
    let input = input.checked()?;
    let id = SelfCheckId::new();
    store.write(|tx| {
        tx.execute(
            "INSERT INTO self_checks (id, at_utc, at_offset, energy, stress, boundaries_held, support_needed, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                now.utc_text(),
                now.offset_minutes(),
                input.energy,
                input.stress,
                input.boundaries_held,
                input.support_needed,
                input.note,
                now.to_string(),
            ],
        )?;
        Ok(())
    })?;
    Ok(SelfCheck {
        id,
        occurred_at: now,
        energy: input.energy,
        stress: input.stress,
        boundaries_held: input.boundaries_held,
        support_needed: input.support_needed,
        note: input.note,
    })
}

/// The most recent self-checks, newest first.
pub fn recent(store: &Store, limit: usize) -> Result<Vec<SelfCheck>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT id, at_utc, at_offset, energy, stress, boundaries_held, support_needed, note
         FROM self_checks ORDER BY at_utc DESC LIMIT ?1",
    )?;
    let rows = stmt
        .query_map([limit as i64], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn delete(store: &mut Store, id: SelfCheckId) -> Result<()> {
    store.write(|tx| {
        let changed = tx.execute("DELETE FROM self_checks WHERE id = ?1", [id])?;
        require_changed(changed, "self-check")
    })
}

pub const KIND: RecordKind = RecordKind {
    name: "self_check",
    tables: &["self_checks"],
    timeline: Timeline::NotShown("a self-check is about the peer, not a participant"),
    search: Search::NotIndexed("self-checks are private to the peer and never searched"),
    export: Export::Never("self-checks are private to the peer"),
    demo: Demo::NotGenerated("a self-check is the peer's own, not part of a caseload"),
};
