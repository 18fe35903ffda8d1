//! Wellness check-ins: SAMHSA's Eight Dimensions of Wellness, each rated 1–5,
//! and optionally the BARC-10 recovery-capital scale (ten items, 1–6 each).

use super::participant;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::audit::{self, AuditAction};
use crate::domain::recent::Recent;
use crate::error::Result;
use crate::i18n::Language;
use crate::ids::{CheckInId, ParticipantId};
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{in_range, optional_note, plausible_date, Checked, Problem, ValidationError};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};

text_enum!(Dimension {
    Emotional = "emotional" / "Emotional",
    Environmental = "environmental" / "Environmental",
    Financial = "financial" / "Financial",
    Intellectual = "intellectual" / "Intellectual",
    Occupational = "occupational" / "Occupational",
    Physical = "physical" / "Physical",
    Social = "social" / "Social",
    Spiritual = "spiritual" / "Spiritual",
});

/// Short topic labels for the ten BARC-10 items (Vilsaint et al., 2017).
/// The peer asks the items from the published form; these name them.
pub const BARC10_ITEMS: [&str; 10] = [
    "Other things matter more than using",
    "Happy with life in general",
    "Energy for the tasks I set",
    "Part of and proud of my community",
    "Support from friends",
    "Life fulfilling without substances",
    "Living space supports recovery",
    "Responsibility for my actions",
    "At ease with professionals",
    "Progress on my recovery journey",
];

/// The BARC-10's statements as a participant reads them in `language`.
pub fn barc10_items_in(language: Language) -> Vec<String> {
    BARC10_ITEMS
        .iter()
        .enumerate()
        .map(|(i, english)| match language {
            Language::English => english.to_string(),
            other => crate::i18n::text(other, &format!("barc10-item-{}", i + 1))
                .unwrap_or_else(|| english.to_string()),
        })
        .collect()
}

/// The BARC-10 total at or above which Vilsaint et al. (2017) found
/// sustained remission more likely.
pub const BARC10_CUTOFF: u32 = 47;

/// One rating per dimension, 1 (struggling) to 5 (thriving).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WellnessScores {
    pub emotional: u8,
    pub environmental: u8,
    pub financial: u8,
    pub intellectual: u8,
    pub occupational: u8,
    pub physical: u8,
    pub social: u8,
    pub spiritual: u8,
}

impl WellnessScores {
    pub fn get(&self, dimension: Dimension) -> u8 {
        match dimension {
            Dimension::Emotional => self.emotional,
            Dimension::Environmental => self.environmental,
            Dimension::Financial => self.financial,
            Dimension::Intellectual => self.intellectual,
            Dimension::Occupational => self.occupational,
            Dimension::Physical => self.physical,
            Dimension::Social => self.social,
            Dimension::Spiritual => self.spiritual,
        }
    }

    fn checked(self) -> Checked<Self> {
        for dimension in Dimension::ALL {
            // Field names match the input: `scores.emotional` reads as `emotional`.
            in_range(dimension.code(), self.get(*dimension) as i64, 1, 5)?;
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    pub id: CheckInId,
    pub participant_id: ParticipantId,
    pub occurred_at: Timestamp,
    pub scores: WellnessScores,
    /// The ten BARC-10 item ratings, when the scale was used.
    pub barc10: Option<Vec<u8>>,
    /// 10–60.
    pub barc10_total: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CheckInInput {
    pub participant_id: ParticipantId,
    pub occurred_at: Timestamp,
    pub scores: WellnessScores,
    #[serde(default)]
    pub barc10: Option<Vec<u8>>,
    #[serde(default)]
    pub note: Option<String>,
}

impl CheckInInput {
    pub fn checked(self, now: Timestamp) -> Checked<CheckInInput> {
        plausible_date("occurred_at", self.occurred_at.local_date(), None)?;
        if self.occurred_at.utc() > now.plus_minutes(10).utc() {
            return Err(ValidationError::new("occurred_at", Problem::InFuture));
        }
        if let Some(items) = &self.barc10 {
            if items.len() != 10 {
                return Err(ValidationError::new(
                    "barc10",
                    Problem::WrongCount { expected: 10 },
                ));
            }
            for item in items {
                in_range("barc10", *item as i64, 1, 6)?;
            }
        }
        Ok(CheckInInput {
            participant_id: self.participant_id,
            occurred_at: self.occurred_at,
            scores: self.scores.checked()?,
            barc10: self.barc10,
            note: optional_note("note", self.note.as_deref(), 4000)?,
        })
    }
}

pub fn barc10_total(items: &[u8]) -> u32 {
    items.iter().map(|i| *i as u32).sum()
}

const COLUMNS: &str =
    "id, participant_id, at_utc, at_offset, emotional, environmental, financial, \
     intellectual, occupational, physical, social, spiritual, barc10, barc10_total, note";

fn from_row(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    let barc10: Option<String> = row.get(12)?;
    Ok(CheckIn {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        occurred_at: timestamp(row, 2)?,
        scores: WellnessScores {
            emotional: row.get(4)?,
            environmental: row.get(5)?,
            financial: row.get(6)?,
            intellectual: row.get(7)?,
            occupational: row.get(8)?,
            physical: row.get(9)?,
            social: row.get(10)?,
            spiritual: row.get(11)?,
        },
        barc10: barc10.map(|text| text.split(',').filter_map(|n| n.parse().ok()).collect()),
        barc10_total: row.get(13)?,
        note: row.get(14)?,
    })
}

pub fn record(store: &mut Store, input: CheckInInput) -> Result<CheckIn> {
    let now = store.now();
    let input = input.checked(now)?;
    store.write(|tx| insert(tx, &input, now))
}

pub fn insert(conn: &Connection, input: &CheckInInput, now: Timestamp) -> Result<CheckIn> {
    participant::require(conn, input.participant_id)?;
    let id = CheckInId::new();
    let s = &input.scores;
    let barc_text = input.barc10.as_ref().map(|items| {
        items
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(",")
    });
    let total = input.barc10.as_deref().map(barc10_total);
    conn.prepare_cached(&format!(
        "INSERT INTO checkins ({COLUMNS}, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
    ))?
    .execute(params![
        id,
        input.participant_id,
        input.occurred_at.utc_text(),
        input.occurred_at.offset_minutes(),
        s.emotional,
        s.environmental,
        s.financial,
        s.intellectual,
        s.occupational,
        s.physical,
        s.social,
        s.spiritual,
        barc_text,
        total,
        input.note,
        now.to_string(),
    ])?;
    Ok(CheckIn {
        id,
        participant_id: input.participant_id,
        occurred_at: input.occurred_at,
        scores: input.scores,
        barc10: input.barc10.clone(),
        barc10_total: total,
        note: input.note.clone(),
    })
}

pub fn delete(store: &mut Store, id: CheckInId) -> Result<()> {
    let now = store.now();
    store.write(|tx| {
        let changed = tx.execute("DELETE FROM checkins WHERE id = ?1", [id])?;
        require_changed(changed, "check-in")?;
        audit::record(tx, now, AuditAction::Deleted, &format!("check-in {id}"))
    })
}

/// A participant's check-ins, newest first; as much as `window` takes.
pub fn recent_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<CheckIn>> {
    let mut stmt = store.conn().prepare_cached(&recent_sql())?;
    let rows = stmt
        .query_map(
            rusqlite::params![
                participant_id,
                window.sql_limit(),
                window.sql_since_instant()
            ],
            from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Read from the covering index `checkins_by_participant`, never the table
/// (`store::tests` checks the plan).
pub fn recent_sql() -> String {
    format!(
        "SELECT {COLUMNS} FROM checkins WHERE participant_id = ?1 AND at_utc >= ?3 ORDER BY at_utc DESC LIMIT ?2"
    )
}

/// A participant's check-ins, oldest first (the order a trend is drawn in).
pub fn list_for(store: &Store, participant_id: ParticipantId) -> Result<Vec<CheckIn>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM checkins WHERE participant_id = ?1 ORDER BY at_utc"
    ))?;
    let rows = stmt
        .query_map([participant_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub const KIND: RecordKind = RecordKind {
    name: "check_in",
    tables: &["checkins"],
    timeline: Timeline::Shown(timeline_items),
    search: Search::Indexed {
        kind: SearchKind::new("check_in", "Check-in"),
        participant: "t.participant_id",
        date: "t.at_utc",
        offset: "t.at_offset",
    },
    export: Export::Under(&[super::consent::ConsentCategory::Wellness]),
    demo: Demo::Generated,
};

fn timeline_items(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    Ok(recent_for(store, participant_id, window)?
        .into_iter()
        .map(|c| TimelineItem::at(c.occurred_at, TimelineEntry::CheckIn { check_in: c }))
        .collect())
}
