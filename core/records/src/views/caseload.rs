//! The caseload: every participant with how long since they were seen, their
//! follow-ups, and their next group.

use crate::domain::group::Weekday;
use crate::domain::participant::{name_at, ParticipantStatus};
use crate::error::Result;
use crate::ids::{GroupId, ParticipantId};
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// A participant not seen for this many days stands out.
pub const NOT_SEEN_DAYS: i64 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CaseloadRow {
    pub participant_id: ParticipantId,
    pub external_id: String,
    pub display_name: String,
    pub status: ParticipantStatus,
    pub program: Option<String>,
    pub last_contact_at: Option<Timestamp>,
    /// Days since the last contact (or since intake, if never contacted).
    pub days_since_seen: Option<i64>,
    /// Active and not seen for 14 days or more (or never).
    pub not_seen_recently: bool,
    pub open_follow_ups: u32,
    pub overdue_follow_ups: u32,
    pub next_follow_up_on: Option<NaiveDate>,
    pub next_group: Option<NextGroup>,
    /// Notes of services since signing began, unsigned past the program's limit.
    pub unsigned_overdue: u32,
    /// The review date of the current recovery plan, once it has come.
    pub plan_review_due_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NextGroup {
    pub group_id: GroupId,
    pub name: String,
    pub on: NaiveDate,
}

/// Follow-ups are counted in one pass over the open ones, not once per
/// participant. The last contact's instant comes from the covering index
/// of each participant's contacts in time order (the second probe finds the
/// same, already read, index page); reading the table row instead would
/// decrypt one scattered page per participant (`store::tests` checks the
/// plan).
pub const CASELOAD_SQL: &str = "SELECT p.id, p.external_id, p.first_name, p.last_name, p.preferred_name, p.status, p.program, p.intake_date,
        (SELECT c.at_utc FROM contacts c WHERE c.participant_id = p.id ORDER BY c.at_utc DESC LIMIT 1),
        (SELECT c.at_offset FROM contacts c WHERE c.participant_id = p.id ORDER BY c.at_utc DESC LIMIT 1),
        coalesce(f.open, 0), coalesce(f.overdue, 0), f.next_due
     FROM participants p
     LEFT JOIN (
        SELECT participant_id, count(*) AS open, sum(due_on < ?1) AS overdue, min(due_on) AS next_due
        FROM follow_ups WHERE status = 'open' GROUP BY participant_id
     ) f ON f.participant_id = p.id";

/// Every participant, as of `today`, in name order.
pub fn caseload(store: &Store, today: NaiveDate) -> Result<Vec<CaseloadRow>> {
    let next_groups = next_group_by_participant(store, today)?;
    let unsigned = unsigned_overdue_by_participant(store, today)?;
    let reviews = plan_reviews_due(store, today)?;
    let conn = store.conn();
    let mut stmt = conn.prepare_cached(CASELOAD_SQL)?;
    let mut rows = stmt
        .query_map([today], |row| {
            let status: ParticipantStatus = row.get(5)?;
            let intake: Option<NaiveDate> = row.get(7)?;
            let last_contact_at = match row.get::<_, Option<String>>(8)? {
                Some(_) => Some(timestamp(row, 8)?),
                None => None,
            };
            let last_seen = last_contact_at.map(|t| t.local_date()).or(intake);
            let days_since_seen = last_seen.map(|d| (today - d).num_days());
            let id: ParticipantId = row.get(0)?;
            Ok(CaseloadRow {
                participant_id: id,
                external_id: row.get(1)?,
                display_name: name_at(row, 2)?,
                status,
                program: row.get(6)?,
                last_contact_at,
                days_since_seen,
                not_seen_recently: status == ParticipantStatus::Active
                    && days_since_seen.is_none_or(|d| d >= NOT_SEEN_DAYS),
                open_follow_ups: row.get(10)?,
                overdue_follow_ups: row.get(11)?,
                next_follow_up_on: row.get(12)?,
                next_group: next_groups.get(&id).cloned(),
                unsigned_overdue: unsigned.get(&id).copied().unwrap_or(0),
                plan_review_due_on: reviews.get(&id).copied(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.sort_by_cached_key(|r| r.display_name.to_lowercase());
    Ok(rows)
}

/// For each participant, how many notes are unsigned past the limit: of
/// services since the signer was first set (older notes were never meant to be
/// signed) and before `today` less the limit's days. Read through the
/// contacts' time index, so only the signing era is walked.
fn unsigned_overdue_by_participant(
    store: &Store,
    today: NaiveDate,
) -> Result<HashMap<ParticipantId, u32>> {
    let settings = peerlog_store::settings::get(store)?;
    let Some(since) = settings.signing_since else {
        return Ok(HashMap::new());
    };
    let before = today - chrono::Duration::days(settings.unsigned_note_days.into());
    let mut stmt = store.conn().prepare_cached(
        "SELECT c.participant_id, count(*) FROM contacts c
         WHERE c.at_utc >= ?1 AND c.at_utc < ?2
           AND NOT EXISTS (SELECT 1 FROM note_signatures s WHERE s.contact_id = c.id)
         GROUP BY c.participant_id",
    )?;
    let rows = stmt
        .query_map(
            rusqlite::params![since.utc_text(), before.to_string()],
            |row| Ok((row.get::<_, ParticipantId>(0)?, row.get::<_, u32>(1)?)),
        )?
        .collect::<rusqlite::Result<HashMap<_, _>>>()?;
    Ok(rows)
}

/// For each active participant whose current plan's review date has come,
/// that date, without reading each person's record again.
fn plan_reviews_due(store: &Store, today: NaiveDate) -> Result<HashMap<ParticipantId, NaiveDate>> {
    Ok(
        crate::domain::recovery_plan::due_versions(store.conn(), today)?
            .into_iter()
            .map(|(id, _, on)| (id, on))
            .collect(),
    )
}

/// For each participant, the soonest upcoming meeting among their groups:
/// a session already planned, or the next date on the weekly schedule.
fn next_group_by_participant(
    store: &Store,
    today: NaiveDate,
) -> Result<HashMap<ParticipantId, NextGroup>> {
    let conn = store.conn();
    let mut next_by_group: HashMap<GroupId, NextGroup> = HashMap::new();
    let mut groups = conn.prepare_cached(
        "SELECT g.id, g.name, g.weekday, g.active,
            (SELECT min(s.held_on) FROM group_sessions s WHERE s.group_id = g.id AND s.held_on >= ?1)
         FROM recovery_groups g WHERE g.active = 1",
    )?;
    let rows = groups.query_map([today], |row| {
        let id: GroupId = row.get(0)?;
        let name: String = row.get(1)?;
        let weekday: Option<Weekday> = row.get(2)?;
        let planned: Option<NaiveDate> = row.get(4)?;
        Ok((id, name, weekday, planned))
    })?;
    for row in rows {
        let (id, name, weekday, planned) = row?;
        let scheduled = weekday.map(|d| d.next_on_or_after(today));
        let on = match (planned, scheduled) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(on) = on {
            next_by_group.insert(
                id,
                NextGroup {
                    group_id: id,
                    name,
                    on,
                },
            );
        }
    }
    let mut result: HashMap<ParticipantId, NextGroup> = HashMap::new();
    let mut members = conn.prepare_cached("SELECT group_id, participant_id FROM group_members")?;
    let rows = members.query_map([], |row| {
        Ok((row.get::<_, GroupId>(0)?, row.get::<_, ParticipantId>(1)?))
    })?;
    for row in rows {
        let (group_id, participant_id) = row?;
        if let Some(next) = next_by_group.get(&group_id) {
            let entry = result.entry(participant_id).or_insert_with(|| next.clone());
            if next.on < entry.on {
                *entry = next.clone();
            }
        }
    }
    Ok(result)
}
