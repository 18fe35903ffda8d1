//! Follow-ups due and overdue, across the caseload.

use crate::domain::followup::{self, FollowUp};
use crate::domain::participant::name_at;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DueFollowUp {
    pub follow_up: FollowUp,
    pub participant_name: String,
    /// Positive when overdue, 0 when due today, negative when still ahead.
    pub days_overdue: i64,
}

/// Open follow-ups due on or before `today + within_days`, soonest first.
pub fn due(store: &Store, today: NaiveDate, within_days: i64) -> Result<Vec<DueFollowUp>> {
    let horizon = today + chrono::Duration::days(within_days);
    let names = participant_names(store)?;
    Ok(followup::list_open(store)?
        .into_iter()
        .filter(|f| f.due_on <= horizon)
        .map(|f| DueFollowUp {
            participant_name: names.get(&f.participant_id).cloned().unwrap_or_default(),
            days_overdue: (today - f.due_on).num_days(),
            follow_up: f,
        })
        .collect())
}

pub fn participant_names(store: &Store) -> Result<HashMap<ParticipantId, String>> {
    let mut stmt = store
        .conn()
        .prepare_cached("SELECT id, first_name, last_name, preferred_name FROM participants")?;
    let rows = stmt.query_map([], |row| {
        Ok((row.get::<_, ParticipantId>(0)?, name_at(row, 1)?))
    })?;
    let mut names = HashMap::new();
    for row in rows {
        let (id, name) = row?;
        names.insert(id, name);
    }
    Ok(names)
}
