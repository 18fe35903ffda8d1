//! The billing log: one line per billable service in a period, under each
//! participant's payer, and the checks a biller needs before submitting.
//! A check names the participant's external id and the date, never a
//! narrative. Only signed notes are billed; an unsigned one is a check.

use super::payers;
use super::profile::PayerProfile;
use crate::domain::note_signature::signer_line;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::codec::{rfc3339, timestamp};
use crate::time::Timestamp;
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BillingLine {
    pub external_id: String,
    pub payer: String,
    pub date: NaiveDate,
    /// The service's start and end on the peer's clock, `HH:MM`.
    pub start: String,
    pub end: String,
    pub code: String,
    pub modifiers: Vec<String>,
    pub minutes: u32,
    /// Units billed: the payer's rounding, less what a daily cap cuts.
    pub units: u32,
    /// "Sam Rivera, CPS".
    pub signer: String,
    pub signed_at: Timestamp,
}

/// What a biller must look at before submitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// A note in the period is not signed, so it is not billed.
    Unsigned,
    /// The payer needs each billed note to name a recovery-plan goal.
    NoPlanGoal,
    /// A day's units were over the payer's daily cap; `units` were cut.
    OverDailyCap,
    /// The participant's units this calendar year reached the payer's yearly
    /// hours cap; `units` were cut.
    OverYearlyCap,
    /// A group session had more members present than the payer allows.
    GroupOverLimit,
}

impl CheckKind {
    pub fn code(self) -> &'static str {
        match self {
            CheckKind::Unsigned => "unsigned",
            CheckKind::NoPlanGoal => "no_plan_goal",
            CheckKind::OverDailyCap => "over_daily_cap",
            CheckKind::OverYearlyCap => "over_yearly_cap",
            CheckKind::GroupOverLimit => "group_over_limit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BillingCheck {
    pub date: NaiveDate,
    pub external_id: String,
    pub kind: CheckKind,
    /// Units cut (over a cap), or members present (group), else 0.
    pub amount: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BillingLog {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The payer asked for, or every payer.
    pub payer: Option<String>,
    pub lines: Vec<BillingLine>,
    pub checks: Vec<BillingCheck>,
}

impl BillingLog {
    pub fn units(&self) -> u32 {
        self.lines.iter().map(|l| l.units).sum()
    }
}

struct Service {
    participant_id: ParticipantId,
    external_id: String,
    at: Timestamp,
    minutes: u32,
    names_a_goal: bool,
    /// A group note: the claim carries the payer's group modifiers.
    in_group: bool,
    signer: Option<(String, Option<String>, Timestamp)>,
}

/// The log for the days `from..=to`, for one payer (by name) or all. The
/// yearly cap counts what was billed since the first of January, so the
/// services of the year before `from` are read and counted, not listed.
pub fn build(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    payer: Option<&str>,
) -> Result<BillingLog> {
    let mut rules: HashMap<ParticipantId, PayerProfile> = HashMap::new();
    let mut lines = Vec::new();
    let mut checks = Vec::new();
    // Units already billed per participant and day, and per participant
    // and year, for the caps.
    let mut day_units: HashMap<(ParticipantId, NaiveDate), u32> = HashMap::new();
    let mut year_units: HashMap<(ParticipantId, i32), u32> = HashMap::new();
    let year_start = NaiveDate::from_ymd_opt(from.year(), 1, 1).unwrap_or(from);
    for service in services(conn, year_start, to)? {
        let date = service.at.local_date();
        let listed = date >= from;
        let payer_rules = payers::rules_cached(conn, &mut rules, service.participant_id)?;
        if !for_payer(payer_rules, payer) {
            continue;
        }
        let check = |kind, amount| BillingCheck {
            date,
            external_id: service.external_id.clone(),
            kind,
            amount,
        };
        let mut checks_here = Vec::new();
        let Some((name, credential, signed_at)) = service.signer else {
            if listed {
                checks.push(check(CheckKind::Unsigned, 0));
            }
            continue;
        };
        if payer_rules.plan_goal_required && !service.names_a_goal {
            checks_here.push(check(CheckKind::NoPlanGoal, 0));
        }
        let mut units = payer_rules.units(service.minutes);
        let billed_today = day_units.entry((service.participant_id, date)).or_insert(0);
        if let Some(cap) = payer_rules.daily_unit_cap {
            let room = cap.saturating_sub(*billed_today);
            if units > room {
                checks_here.push(check(CheckKind::OverDailyCap, units - room));
                units = room;
            }
        }
        let billed_this_year = year_units
            .entry((service.participant_id, date.year()))
            .or_insert(0);
        if let Some(cap) = payer_rules.yearly_unit_cap() {
            let room = cap.saturating_sub(*billed_this_year);
            if units > room {
                checks_here.push(check(CheckKind::OverYearlyCap, units - room));
                units = room;
            }
        }
        *billed_today += units;
        *billed_this_year += units;
        if !listed {
            continue;
        }
        checks.extend(checks_here);
        let start = service.at.fixed();
        let end = start + Duration::minutes(service.minutes.into());
        lines.push(BillingLine {
            external_id: service.external_id.clone(),
            payer: payer_rules.name.clone(),
            date,
            start: start.format("%H:%M").to_string(),
            end: end.format("%H:%M").to_string(),
            code: payer_rules.code.clone(),
            modifiers: payer_rules.modifiers_for(service.in_group),
            minutes: service.minutes,
            units,
            signer: signer_line(&name, credential.as_deref()),
            signed_at,
        });
    }
    checks.extend(groups_over_limit(conn, from, to, payer, &mut rules)?);
    checks.sort();
    Ok(BillingLog {
        from,
        to,
        payer: payer.map(|p| p.trim().to_string()),
        lines,
        checks,
    })
}

fn for_payer(rules: &PayerProfile, wanted: Option<&str>) -> bool {
    wanted.is_none_or(|name| rules.name.to_lowercase() == name.trim().to_lowercase())
}

/// Contacts whose local date is in the period, by participant and time,
/// each with its signature if signed.
fn services(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Service>> {
    // A day's local contacts lie within a day either side in UTC.
    let since = (from - Duration::days(1)).to_string();
    let until = (to + Duration::days(2)).to_string();
    let mut stmt = conn.prepare_cached(
        "SELECT c.participant_id, p.external_id, c.at_utc, c.at_offset, c.duration_minutes,
                s.signer_name, s.signer_credential, s.signed_at,
                EXISTS (SELECT 1 FROM contact_goals g WHERE g.contact_id = c.id),
                EXISTS (SELECT 1 FROM group_notes n WHERE n.contact_id = c.id)
         FROM contacts c
         JOIN participants p ON p.id = c.participant_id
         LEFT JOIN note_signatures s ON s.contact_id = c.id
         WHERE c.at_utc >= ?1 AND c.at_utc < ?2
         ORDER BY p.external_id, c.at_utc, c.rid",
    )?;
    let rows = stmt
        .query_map([since, until], |row| {
            let signer = match row.get::<_, Option<String>>(5)? {
                Some(name) => Some((name, row.get(6)?, rfc3339(row, 7)?)),
                None => None,
            };
            Ok(Service {
                participant_id: row.get(0)?,
                external_id: row.get(1)?,
                at: timestamp(row, 2)?,
                minutes: row.get(4)?,
                names_a_goal: row.get(8)?,
                in_group: row.get(9)?,
                signer,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .filter(|s| (from..=to).contains(&s.at.local_date()))
        .collect())
}

/// Group sessions in the period with more members present than a present
/// member's payer allows: one check per such member.
fn groups_over_limit(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    payer: Option<&str>,
    rules: &mut HashMap<ParticipantId, PayerProfile>,
) -> Result<Vec<BillingCheck>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.held_on, a.participant_id, p.external_id
         FROM group_sessions s
         JOIN attendance a ON a.session_id = s.id AND a.status IN ('present', 'late')
         JOIN participants p ON p.id = a.participant_id
         WHERE s.held_on BETWEEN ?1 AND ?2",
    )?;
    let mut sessions: BTreeMap<String, (NaiveDate, Vec<(ParticipantId, String)>)> = BTreeMap::new();
    let rows = stmt
        .query_map([from.to_string(), to.to_string()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, NaiveDate>(1)?,
                row.get::<_, ParticipantId>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (session, held_on, participant_id, external_id) in rows {
        sessions
            .entry(session)
            .or_insert_with(|| (held_on, Vec::new()))
            .1
            .push((participant_id, external_id));
    }
    let mut checks = Vec::new();
    for (held_on, present) in sessions.into_values() {
        for (participant_id, external_id) in &present {
            let member_rules = payers::rules_cached(conn, rules, *participant_id)?;
            if for_payer(member_rules, payer) && member_rules.group_too_large(present.len()) {
                checks.push(BillingCheck {
                    date: held_on,
                    external_id: external_id.clone(),
                    kind: CheckKind::GroupOverLimit,
                    amount: present.len() as u32,
                });
            }
        }
    }
    Ok(checks)
}
