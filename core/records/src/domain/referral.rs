//! Referrals and linkage to community resources, with their outcome.

use super::participant;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::domain::recent::Recent;
use crate::error::Result;
use crate::ids::{ParticipantId, ReferralId};
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{not_before, optional_note, plausible_date, required_text, Checked};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(ResourceType {
    Housing = "housing" / "Housing",
    Treatment = "treatment" / "Treatment",
    MentalHealth = "mental_health" / "Mental health care",
    HealthCare = "health_care" / "Health care",
    Employment = "employment" / "Employment",
    Education = "education" / "Education",
    IdDocuments = "id_documents" / "ID documents",
    Benefits = "benefits" / "Benefits",
    Legal = "legal" / "Legal aid",
    Food = "food" / "Food",
    Transportation = "transportation" / "Transportation",
    MutualAid = "mutual_aid" / "Mutual aid / recovery community",
    Other = "other" / "Other",
});

text_enum!(ReferralOutcome {
    Pending = "pending" / "Pending",
    Connected = "connected" / "Connected",
    NotConnected = "not_connected" / "Not connected",
    Declined = "declined" / "Declined",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Referral {
    pub id: ReferralId,
    pub participant_id: ParticipantId,
    pub resource_type: ResourceType,
    /// The agency or program referred to.
    pub resource_name: String,
    pub referred_on: NaiveDate,
    pub outcome: ReferralOutcome,
    pub outcome_on: Option<NaiveDate>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReferralInput {
    pub participant_id: ParticipantId,
    pub resource_type: ResourceType,
    pub resource_name: String,
    pub referred_on: NaiveDate,
    #[serde(default)]
    pub note: Option<String>,
}

impl ReferralInput {
    pub fn checked(self, today: NaiveDate) -> Checked<ReferralInput> {
        plausible_date("referred_on", self.referred_on, Some(today))?;
        Ok(ReferralInput {
            resource_name: required_text("resource_name", &self.resource_name, 200)?,
            note: optional_note("note", self.note.as_deref(), 4000)?,
            ..self
        })
    }
}

const COLUMNS: &str =
    "id, participant_id, resource_type, resource_name, referred_on, outcome, outcome_on, note";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Referral> {
    Ok(Referral {
        id: row.get(0)?,
        participant_id: row.get(1)?,
        resource_type: row.get(2)?,
        resource_name: row.get(3)?,
        referred_on: row.get(4)?,
        outcome: row.get(5)?,
        outcome_on: row.get(6)?,
        note: row.get(7)?,
    })
}

pub fn create(store: &mut Store, input: ReferralInput) -> Result<Referral> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| insert(tx, &input, ReferralOutcome::Pending, None, now))
}

pub fn insert(
    conn: &Connection,
    input: &ReferralInput,
    outcome: ReferralOutcome,
    outcome_on: Option<NaiveDate>,
    now: Timestamp,
) -> Result<Referral> {
    participant::require(conn, input.participant_id)?;
    let id = ReferralId::new();
    conn.prepare_cached(&format!(
        "INSERT INTO referrals ({COLUMNS}, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"
    ))?
    .execute(params![
        id,
        input.participant_id,
        input.resource_type,
        input.resource_name,
        input.referred_on,
        outcome,
        outcome_on,
        input.note,
        now.to_string(),
    ])?;
    fetch(conn, id)
}

/// Records how a referral turned out, on a date not before it was made:
/// the date given, else the date already kept for this same outcome (an
/// outcome saved again is not restamped), else today. Pending has none.
pub fn set_outcome(
    store: &mut Store,
    id: ReferralId,
    outcome: ReferralOutcome,
    outcome_on: Option<NaiveDate>,
) -> Result<Referral> {
    let now = store.now();
    store.write(|tx| {
        let current = fetch(tx, id)?;
        let outcome_on = match outcome {
            ReferralOutcome::Pending => None,
            _ => outcome_on
                .or(current.outcome_on.filter(|_| current.outcome == outcome))
                .or_else(|| Some(now.local_date())),
        };
        if let Some(date) = outcome_on {
            plausible_date("outcome_on", date, Some(now.local_date()))?;
            not_before("outcome_on", date, "referred_on", current.referred_on)?;
        }
        let changed = tx.execute(
            "UPDATE referrals SET outcome = ?2, outcome_on = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, outcome, outcome_on, now.to_string()],
        )?;
        require_changed(changed, "referral")?;
        fetch(tx, id)
    })
}

fn fetch(conn: &Connection, id: ReferralId) -> Result<Referral> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM referrals WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(crate::Error::NotFound("referral"))
}

/// A participant's referrals, newest first.
pub fn list_for(store: &Store, participant_id: ParticipantId) -> Result<Vec<Referral>> {
    recent_for(store, participant_id, Recent::all())
}

/// A participant's referrals, newest first; as much as `window` takes.
pub fn recent_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<Referral>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM referrals WHERE participant_id = ?1 AND referred_on >= ?3 ORDER BY referred_on DESC LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(
            rusqlite::params![participant_id, window.sql_limit(), window.sql_since_day()],
            from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub const KIND: RecordKind = RecordKind {
    name: "referral",
    tables: &["referrals"],
    timeline: Timeline::Shown(timeline_items),
    search: Search::Indexed {
        kind: SearchKind::new("referral", "Referral"),
        participant: "t.participant_id",
        date: "t.referred_on",
        offset: "NULL",
    },
    export: Export::Under(&[super::consent::ConsentCategory::Referrals]),
    demo: Demo::Generated,
};

fn timeline_items(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    Ok(recent_for(store, participant_id, window)?
        .into_iter()
        .map(|r| TimelineItem::on_day(r.referred_on, TimelineEntry::Referral { referral: r }))
        .collect())
}
