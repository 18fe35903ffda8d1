//! The program report: de-identified counts for a period, for supervisors
//! and grant reports. No names, no case ids, no narratives, no dates tied to
//! a person — only totals over the caseload. The type holds nothing else,
//! so no writer can put more in.

mod render;

use crate::audit::{self, AuditAction};
use crate::domain::contact::{units, ContactMode, Service};
use crate::domain::group::AttendanceStatus;
use crate::domain::participant::ParticipantStatus;
use crate::domain::referral::{ReferralOutcome, ResourceType};
use crate::domain::vocabulary::{split_codes, text_enum};
use crate::domain::wellness::{Dimension, BARC10_CUTOFF};
use crate::error::Result;
use crate::export::Period;
use crate::i18n::Language;
use crate::ids::ParticipantId;
use crate::store::codec::timestamp;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{not_before, plausible_date};
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

text_enum!(ReportFormat {
    Pdf = "pdf" / "PDF",
    Csv = "csv" / "CSV",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    pub status: ParticipantStatus,
    pub participants: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParticipantCounts {
    /// With a contact or a group session attended in the period.
    pub served: u32,
    /// With an intake date in the period.
    pub new: u32,
    /// Status now completed, and last changed in the period.
    pub completed: u32,
    /// The current status of those served.
    pub served_by_status: Vec<StatusCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ModeTotal {
    pub mode: ContactMode,
    pub contacts: u32,
    pub minutes: u32,
    pub units: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ServiceTotal {
    pub service: Service,
    /// Contacts that included this service (a contact can include several).
    pub contacts: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ContactTotals {
    pub contacts: u32,
    pub minutes: u32,
    /// HCPCS H0038 15-minute units, counted per contact.
    pub units: u32,
    pub participants_contacted: u32,
    pub by_mode: Vec<ModeTotal>,
    pub by_service: Vec<ServiceTotal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupTotals {
    pub sessions_held: u32,
    pub groups_meeting: u32,
    pub present: u32,
    pub late: u32,
    pub excused: u32,
    pub absent: u32,
    /// Present or late, of the marks not excused.
    pub attendance_rate_percent: Option<u32>,
    pub distinct_attendees: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReferralTypeTotal {
    pub resource_type: ResourceType,
    pub made: u32,
    pub connected: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReferralTotals {
    /// Referrals made in the period.
    pub made: u32,
    /// Of those, how many are connected now.
    pub connected: u32,
    pub pending: u32,
    pub not_connected: u32,
    pub declined: u32,
    pub by_type: Vec<ReferralTypeTotal>,
}

/// Change from each person's first to latest measure in the period, over
/// the people measured at least twice.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChangeSummary {
    /// People with at least one measure in the period.
    pub measured: u32,
    /// People with two or more: the ones the change is over.
    pub measured_twice: u32,
    pub mean_first: Option<f64>,
    pub mean_latest: Option<f64>,
    pub mean_change: Option<f64>,
    pub improved: u32,
    pub unchanged: u32,
    pub declined: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProgramReport {
    pub period: Period,
    pub prepared_on: NaiveDate,
    pub participants: ParticipantCounts,
    pub contacts: ContactTotals,
    pub groups: GroupTotals,
    pub referrals: ReferralTotals,
    /// The mean of the eight wellness ratings (1–5).
    pub wellness: ChangeSummary,
    /// BARC-10 totals (10–60).
    pub barc10: ChangeSummary,
    /// People whose latest BARC-10 total in the period is at or above 47.
    pub barc10_at_or_above_cutoff: u32,
    pub barc10_cutoff: u32,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| round2(sum / n as f64))
}

/// First and latest value per person, oldest first in `series`.
fn change_summary(series: &BTreeMap<ParticipantId, Vec<f64>>) -> ChangeSummary {
    let twice: Vec<(f64, f64)> = series
        .values()
        .filter(|v| v.len() >= 2)
        .map(|v| (v[0], v[v.len() - 1]))
        .collect();
    ChangeSummary {
        measured: series.values().filter(|v| !v.is_empty()).count() as u32,
        measured_twice: twice.len() as u32,
        mean_first: mean(twice.iter().map(|p| p.0)),
        mean_latest: mean(twice.iter().map(|p| p.1)),
        mean_change: mean(twice.iter().map(|p| p.1 - p.0)),
        improved: twice.iter().filter(|p| p.1 > p.0 + 1e-9).count() as u32,
        unchanged: twice.iter().filter(|p| (p.1 - p.0).abs() <= 1e-9).count() as u32,
        declined: twice.iter().filter(|p| p.1 < p.0 - 1e-9).count() as u32,
    }
}

/// The counts for `from` through `to`, both days included.
pub fn program_report(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<ProgramReport> {
    let now = store.now();
    build(store.conn(), from, to, now.local_date())
}

fn build(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<ProgramReport> {
    plausible_date("from", from, None)?;
    not_before("to", to, "from", from)?;
    let period = Period { from, to };
    // Instants are filtered by their local date; the SQL bounds are a day
    // wide on each side to allow for any offset.
    let low = format!("{}T00:00:00Z", from - chrono::Duration::days(1));
    let high = format!("{}T00:00:00Z", to + chrono::Duration::days(2));

    // Contacts.
    let mut stmt = conn.prepare_cached(
        "SELECT participant_id, at_utc, at_offset, duration_minutes, mode, services
         FROM contacts WHERE at_utc >= ?1 AND at_utc < ?2",
    )?;
    let contacts = stmt
        .query_map(params![low, high], |row| {
            let services: String = row.get(5)?;
            Ok((
                row.get::<_, ParticipantId>(0)?,
                timestamp(row, 1)?,
                row.get::<_, u32>(3)?,
                row.get::<_, ContactMode>(4)?,
                split_codes(&services, Service::ALL, Service::code),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|c| period.contains(c.1.local_date()))
        .collect::<Vec<_>>();
    let mut served: BTreeSet<ParticipantId> = contacts.iter().map(|c| c.0).collect();
    let participants_contacted = served.len() as u32;
    let by_mode = ContactMode::ALL
        .iter()
        .filter_map(|mode| {
            let of: Vec<_> = contacts.iter().filter(|c| c.3 == *mode).collect();
            (!of.is_empty()).then(|| ModeTotal {
                mode: *mode,
                contacts: of.len() as u32,
                minutes: of.iter().map(|c| c.2).sum(),
                units: of.iter().map(|c| units(c.2)).sum(),
            })
        })
        .collect();
    let by_service = Service::ALL
        .iter()
        .filter_map(|service| {
            let n = contacts.iter().filter(|c| c.4.contains(service)).count() as u32;
            (n > 0).then_some(ServiceTotal {
                service: *service,
                contacts: n,
            })
        })
        .collect();
    let contact_totals = ContactTotals {
        contacts: contacts.len() as u32,
        minutes: contacts.iter().map(|c| c.2).sum(),
        units: contacts.iter().map(|c| units(c.2)).sum(),
        participants_contacted,
        by_mode,
        by_service,
    };

    // Groups.
    let sessions: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT id, group_id FROM group_sessions WHERE held_on >= ?1 AND held_on <= ?2",
        )?
        .query_map(params![from, to], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let marks: Vec<(ParticipantId, AttendanceStatus)> = conn
        .prepare_cached(
            "SELECT a.participant_id, a.status FROM attendance a
             JOIN group_sessions s ON s.id = a.session_id
             WHERE s.held_on >= ?1 AND s.held_on <= ?2",
        )?
        .query_map(params![from, to], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let count = |s: AttendanceStatus| marks.iter().filter(|m| m.1 == s).count() as u32;
    let (present, late, excused, absent) = (
        count(AttendanceStatus::Present),
        count(AttendanceStatus::Late),
        count(AttendanceStatus::Excused),
        count(AttendanceStatus::Absent),
    );
    let attendees: BTreeSet<ParticipantId> = marks
        .iter()
        .filter(|m| m.1.attended())
        .map(|m| m.0)
        .collect();
    served.extend(attendees.iter().copied());
    let expected = present + late + absent;
    let groups = GroupTotals {
        sessions_held: sessions.len() as u32,
        groups_meeting: sessions.iter().map(|s| &s.1).collect::<BTreeSet<_>>().len() as u32,
        present,
        late,
        excused,
        absent,
        attendance_rate_percent: (expected > 0)
            .then(|| ((present + late) as f64 * 100.0 / expected as f64).round() as u32),
        distinct_attendees: attendees.len() as u32,
    };

    // Participants.
    let people: Vec<(ParticipantId, ParticipantStatus, Option<NaiveDate>, String)> = conn
        .prepare_cached("SELECT id, status, intake_date, updated_at FROM participants")?
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let participants = ParticipantCounts {
        served: served.len() as u32,
        new: people
            .iter()
            .filter(|p| p.2.is_some_and(|d| period.contains(d)))
            .count() as u32,
        completed: people
            .iter()
            .filter(|p| p.1 == ParticipantStatus::Completed)
            .filter(|p| Timestamp::parse(&p.3).is_some_and(|t| period.contains(t.local_date())))
            .count() as u32,
        served_by_status: ParticipantStatus::ALL
            .iter()
            .filter_map(|status| {
                let n = people
                    .iter()
                    .filter(|p| p.1 == *status && served.contains(&p.0))
                    .count() as u32;
                (n > 0).then_some(StatusCount {
                    status: *status,
                    participants: n,
                })
            })
            .collect(),
    };

    // Referrals made in the period.
    let referrals: Vec<(ResourceType, ReferralOutcome)> = conn
        .prepare_cached(
            "SELECT resource_type, outcome FROM referrals WHERE referred_on >= ?1 AND referred_on <= ?2",
        )?
        .query_map(params![from, to], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let outcome = |o: ReferralOutcome| referrals.iter().filter(|r| r.1 == o).count() as u32;
    let referral_totals = ReferralTotals {
        made: referrals.len() as u32,
        connected: outcome(ReferralOutcome::Connected),
        pending: outcome(ReferralOutcome::Pending),
        not_connected: outcome(ReferralOutcome::NotConnected),
        declined: outcome(ReferralOutcome::Declined),
        by_type: ResourceType::ALL
            .iter()
            .filter_map(|t| {
                let of: Vec<_> = referrals.iter().filter(|r| r.0 == *t).collect();
                (!of.is_empty()).then(|| ReferralTypeTotal {
                    resource_type: *t,
                    made: of.len() as u32,
                    connected: of
                        .iter()
                        .filter(|r| r.1 == ReferralOutcome::Connected)
                        .count() as u32,
                })
            })
            .collect(),
    };

    // Wellness and BARC-10, per person, oldest first.
    let mut stmt = conn.prepare_cached(
        "SELECT participant_id, at_utc, at_offset, emotional, environmental, financial, intellectual,
                occupational, physical, social, spiritual, barc10_total
         FROM checkins WHERE at_utc >= ?1 AND at_utc < ?2 ORDER BY at_utc, rid",
    )?;
    let checkins = stmt
        .query_map(params![low, high], |row| {
            let mut sum = 0u32;
            for i in 3..=10 {
                sum += row.get::<_, u32>(i)?;
            }
            Ok((
                row.get::<_, ParticipantId>(0)?,
                timestamp(row, 1)?,
                sum as f64 / Dimension::ALL.len() as f64,
                row.get::<_, Option<u32>>(11)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut wellness: BTreeMap<ParticipantId, Vec<f64>> = BTreeMap::new();
    let mut barc: BTreeMap<ParticipantId, Vec<f64>> = BTreeMap::new();
    for (id, _, average, total) in checkins
        .into_iter()
        .filter(|c| period.contains(c.1.local_date()))
    {
        wellness.entry(id).or_default().push(average);
        if let Some(total) = total {
            barc.entry(id).or_default().push(total as f64);
        }
    }
    let barc10_at_or_above_cutoff = barc
        .values()
        .filter(|v| v.last().is_some_and(|t| *t >= BARC10_CUTOFF as f64))
        .count() as u32;

    Ok(ProgramReport {
        period,
        prepared_on: today,
        participants,
        contacts: contact_totals,
        groups,
        referrals: referral_totals,
        wellness: change_summary(&wellness),
        barc10: change_summary(&barc),
        barc10_at_or_above_cutoff,
        barc10_cutoff: BARC10_CUTOFF,
    })
}

/// The report as rows of (section, measure, value): the CSV form, and what
/// the PDF's tables show.
pub fn rows(report: &ProgramReport) -> Vec<(String, String, String)> {
    render::rows(report)
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReportWritten {
    pub report: ProgramReport,
    pub format: ReportFormat,
    pub sha256: String,
    pub bytes: u64,
}

/// Builds the report and writes it to `path` (never partially), with an
/// audit entry in the same transaction.
pub fn write(
    store: &mut Store,
    from: NaiveDate,
    to: NaiveDate,
    format: ReportFormat,
    language: Language,
    path: &Path,
    replace: bool,
) -> Result<ReportWritten> {
    let now = store.now();
    let today = now.local_date();
    crate::export::output::write_recorded(store, path, replace, |tx| {
        let report = build(tx, from, to, today)?;
        let bytes = match format {
            ReportFormat::Pdf => render::pdf(&report, language),
            ReportFormat::Csv => render::csv(&report),
        };
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            &format!("program report (de-identified counts), {}", format.code()),
        )?;
        let written = ReportWritten {
            report,
            format,
            sha256: hex::encode(Sha256::digest(&bytes)),
            bytes: bytes.len() as u64,
        };
        Ok((bytes, written))
    })
}
