//! What an export holds: built from the store for one request, checked
//! against the consents in force today, and nothing else. Every writer (PDF,
//! CSV, packet) renders only this structure, and the preview is this
//! structure, so the preview can never differ from the file.
//!
//! The queries here read only the tables the request's categories name in
//! the record registry; the database refuses any other read while content
//! is built, so boundary notes and the peer's self-checks are never read.

use super::notice::notice_in;
use super::request::ExportRequest;
use crate::billing::{payers, PayerProfile};
use crate::domain::consent::{self, Consent, ConsentCategory};
use crate::domain::contact::{parts_from, written_note, ContactMode, NoteSection, Service};
use crate::domain::group::AttendanceStatus;
use crate::domain::note_signature::signer_line;
use crate::domain::participant::name_at;
use crate::domain::referral::{ReferralOutcome, ResourceType};
use crate::domain::registry;
use crate::domain::vocabulary::split_codes;
use crate::domain::wellness::{Dimension, WellnessScores, BARC10_CUTOFF};
use crate::domain::{addendum, note_signature};
use crate::error::Result;
use crate::i18n::Language;
use crate::ids::{ConsentId, ContactId, MeetingId, ParticipantId};
use crate::partners::{agreement, meeting, partner, sharing};
use crate::store::codec::timestamp;
use crate::time::Timestamp;
use crate::validate::{Problem, ValidationError};
use crate::words::{args, words, words_with};
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// The period as a document in `language` writes it; in English, the
    /// same as `Display`.
    pub fn in_words(&self, language: Language) -> String {
        words_with(
            language,
            "export-period",
            &args![("from", self.from.to_string()), ("to", self.to.to_string())],
        )
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} to {}", self.from, self.to)
    }
}

/// Everything that leaves in one export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ExportContent {
    pub recipient: String,
    pub purpose: String,
    /// Who discloses: the program named in the consents.
    pub discloser: String,
    pub prepared_by: String,
    pub prepared_on: NaiveDate,
    pub period: Period,
    /// The language the documents are written in, as the request chose.
    #[serde(default)]
    pub language: Language,
    /// The case conference it was made for, if any.
    #[serde(default)]
    pub meeting: Option<MeetingLine>,
    /// The 42 CFR §2.32 notice that travels with every disclosure, as the
    /// documents carry it: in English, the regulation's text; in another
    /// language, a line saying the English governs, the translation and the
    /// English, separated by blank lines (`notice::notice_in`).
    pub notice: String,
    pub participants: Vec<ParticipantSection>,
}

/// The case conference an export was made for, as its cover names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeetingLine {
    pub id: MeetingId,
    pub name: String,
    pub held_on: NaiveDate,
}

/// The consent a participant's section was disclosed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ConsentUsed {
    pub id: ConsentId,
    pub discloser: String,
    pub purpose: String,
    pub categories: Vec<ConsentCategory>,
    pub signed_on: NaiveDate,
    pub effective_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
    pub expiry_event: Option<String>,
}

/// One participant's part. A section is `None` when its category is not
/// included: the consent leaves it out, or the peer did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParticipantSection {
    pub participant_id: ParticipantId,
    pub external_id: String,
    pub name: String,
    pub consent: ConsentUsed,
    /// What is included: the consent's categories, less any the peer left out.
    pub categories: Vec<ConsentCategory>,
    /// With contact summaries.
    pub engagement: Option<Engagement>,
    /// With contact summaries (date, length, mode, services) and/or
    /// narratives; each line carries only what is included.
    pub contacts: Option<Vec<ContactLine>>,
    pub attendance: Option<Attendance>,
    pub wellness: Option<Wellness>,
    pub referrals: Option<Vec<ReferralLine>>,
    /// Follow-ups open on the export date.
    pub follow_ups: Option<Vec<FollowUpLine>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ModeCount {
    pub mode: ContactMode,
    pub contacts: u32,
    pub minutes: u32,
    pub units: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Engagement {
    pub contacts: u32,
    pub minutes: u32,
    /// HCPCS H0038 15-minute units, counted per contact.
    pub units: u32,
    pub by_mode: Vec<ModeCount>,
    pub last_contact_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ContactLine {
    pub date: NaiveDate,
    pub minutes: Option<u32>,
    pub units: Option<u32>,
    pub mode: Option<ContactMode>,
    pub services: Option<Vec<Service>>,
    pub narrative: Option<String>,
    /// Who signed the note and when; a payer's auditor reads it beside the
    /// service, so it comes with either contact category.
    pub signed: Option<SignatureLine>,
    /// Corrections beneath a signed note, with the narratives only.
    pub addenda: Vec<AddendumLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SignatureLine {
    /// The name, with the credential after a comma: "Sam Rivera, CPS".
    pub signer: String,
    pub signed_at: Timestamp,
    /// The supervisor who co-signed it in review, and when.
    pub cosigner: Option<String>,
    pub cosigned_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AddendumLine {
    pub written_at: Timestamp,
    pub signer: String,
    pub reason: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceLine {
    pub date: NaiveDate,
    pub group: String,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Attendance {
    pub present: u32,
    pub late: u32,
    pub excused: u32,
    pub absent: u32,
    /// Present or late, of the sessions not excused; `None` without any.
    pub rate_percent: Option<u32>,
    pub sessions: Vec<AttendanceLine>,
}

impl Attendance {
    /// The rate with what it counts, in words a reader can check:
    /// "3 of 5 sessions attended (1 late); 2 excused, not counted".
    pub fn summary(&self) -> String {
        self.summary_in(Language::English)
    }

    /// [`summary`](Self::summary) in `language`.
    pub fn summary_in(&self, language: Language) -> String {
        let counted = self.present + self.late + self.absent;
        if counted + self.excused == 0 {
            return words(language, "export-attendance-none");
        }
        let mut text = words_with(
            language,
            "export-attendance-attended",
            &args![("attended", self.present + self.late), ("counted", counted)],
        );
        if self.late > 0 {
            text.push(' ');
            text.push_str(&words_with(
                language,
                "export-attendance-late",
                &args![("late", self.late)],
            ));
        }
        if self.excused > 0 {
            text.push_str("; ");
            text.push_str(&words_with(
                language,
                "export-attendance-excused",
                &args![("excused", self.excused)],
            ));
        }
        text
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WellnessPoint {
    pub date: NaiveDate,
    pub scores: WellnessScores,
    /// Mean of the eight ratings, to two decimals.
    pub average: f64,
    pub barc10_total: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Wellness {
    /// Check-ins in the period, oldest first.
    pub points: Vec<WellnessPoint>,
    pub barc10_first: Option<u32>,
    pub barc10_latest: Option<u32>,
    /// Latest minus first, with two or more BARC-10 totals in the period.
    pub barc10_change: Option<i32>,
    pub barc10_cutoff: u32,
}

impl Wellness {
    pub fn latest(&self) -> Option<&WellnessPoint> {
        self.points.last()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReferralLine {
    pub referred_on: NaiveDate,
    pub resource_type: ResourceType,
    pub resource_name: String,
    pub outcome: ReferralOutcome,
    pub outcome_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FollowUpLine {
    pub due_on: NaiveDate,
    pub text: String,
}

/// A consent as read for an export, with what may go under it.
#[derive(Debug, Clone)]
pub(crate) struct ConsentRow {
    pub used: ConsentUsed,
    pub participant_id: ParticipantId,
    /// What the consent, the partner's agreements in force and the
    /// participant's accepted restrictions together let go
    /// (`partners::sharing::allowed`).
    pub allowed: Vec<ConsentCategory>,
}

/// For each participant, the consent for `recipient`'s partner in force on
/// `date` (the most recently signed one when several are), with what may
/// go under it. No one when `recipient` names no partner. A partner whose
/// agreements have all ended blocks the export (`Error::AgreementExpired`);
/// one with no agreement on file is governed by consent alone.
pub(crate) fn active_consents(
    conn: &Connection,
    recipient: &str,
    date: NaiveDate,
) -> Result<BTreeMap<ParticipantId, ConsentRow>> {
    let Some(partner) = partner::find(conn, recipient)? else {
        return Ok(BTreeMap::new());
    };
    let standing = agreement::standing(conn, partner.id, date)?;
    if let Some(blocked) = standing.blocking() {
        return Err(blocked);
    }
    let mut chosen = BTreeMap::new();
    for (participant_id, consent) in consent::in_force_for_partner(conn, partner.id, date)? {
        let allowed = sharing::allowed(conn, &consent, &standing, date)?;
        chosen.insert(
            participant_id,
            ConsentRow {
                used: used(&consent),
                participant_id,
                allowed,
            },
        );
    }
    Ok(chosen)
}

fn used(consent: &Consent) -> ConsentUsed {
    ConsentUsed {
        id: consent.id,
        discloser: consent.discloser.clone(),
        purpose: consent.purpose.clone(),
        categories: consent.categories.clone(),
        signed_on: consent.signed_on,
        effective_on: consent.effective_on,
        expires_on: consent.expires_on,
        expiry_event: consent.expiry_event.clone(),
    }
}

/// A participant's identity as an export shows it.
pub(crate) struct Identity {
    pub external_id: String,
    pub name: String,
}

pub(crate) fn identity(conn: &Connection, id: ParticipantId) -> Result<Option<Identity>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(
            "SELECT external_id, first_name, last_name, preferred_name FROM participants WHERE id = ?1",
        )?
        .query_row([id], |row| {
            Ok(Identity {
                external_id: row.get(0)?,
                name: name_at(row, 1)?,
            })
        })
        .optional()?)
}

/// The tables building `request`'s content may read: who the participant
/// is, their consents and status history, and the kinds of record the
/// request's categories name (`domain::registry`). Boundary notes,
/// self-checks, the audit log, the search indexes and every kind no
/// requested category names are not here: while content is built, reading
/// them fails (`Store::reading_only`).
pub(crate) fn reads(request: &ExportRequest) -> Vec<&'static str> {
    let mut tables = registry::export_reads(request.categories.as_deref());
    tables.extend_from_slice(registry::EXPORT_RULE_TABLES);
    tables
}

/// Builds the content for `request` as of `today`: the decision of who and
/// what may leave.
pub(crate) fn build(
    conn: &Connection,
    request: &ExportRequest,
    today: NaiveDate,
) -> Result<ExportContent> {
    let request = request.clone().checked()?;
    let period = Period {
        from: request.from,
        to: request.to,
    };
    let meeting = match request.meeting {
        Some(at) => Some(meeting_of(conn, &request, at.id, at.held_on)?),
        None => None,
    };
    let consents = active_consents(conn, &request.recipient, today)?;
    let mut chosen: Vec<&ConsentRow> = match &request.participants {
        None => consents.values().collect(),
        Some(ids) => {
            let mut rows = Vec::with_capacity(ids.len());
            for id in ids {
                if identity(conn, *id)?.is_none() {
                    return Err(ValidationError::new("participants", Problem::NoSuchRecord).into());
                }
                match consents.get(id) {
                    Some(row) => rows.push(row),
                    None => {
                        return Err(
                            ValidationError::new("participants", Problem::NotConsented).into()
                        )
                    }
                }
            }
            rows
        }
    };
    chosen.dedup_by_key(|row| row.participant_id);

    let mut sections = Vec::with_capacity(chosen.len());
    for row in chosen {
        let categories: Vec<ConsentCategory> = row
            .allowed
            .iter()
            .copied()
            .filter(|c| {
                request
                    .categories
                    .as_ref()
                    .is_none_or(|wanted| wanted.contains(c))
            })
            .collect();
        if categories.is_empty() {
            // Nothing of theirs is left to disclose, so they are left out.
            continue;
        }
        let who =
            identity(conn, row.participant_id)?.ok_or(crate::Error::NotFound("participant"))?;
        sections.push(section(
            conn,
            row,
            who,
            categories,
            period,
            request.language,
        )?);
    }
    if sections.is_empty() {
        let field = if request.categories.is_some() {
            "categories"
        } else if request.participants.is_some() {
            "participants"
        } else {
            "recipient"
        };
        return Err(ValidationError::new(field, Problem::NotConsented).into());
    }
    sections.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.external_id.cmp(&b.external_id))
    });

    let disclosers = distinct(sections.iter().map(|s| s.consent.discloser.as_str()));
    let purpose = match &request.purpose {
        Some(purpose) => purpose.clone(),
        None => distinct(sections.iter().map(|s| s.consent.purpose.as_str())),
    };
    Ok(ExportContent {
        recipient: request.recipient.clone(),
        purpose,
        prepared_by: request
            .prepared_by
            .clone()
            .unwrap_or_else(|| disclosers.clone()),
        discloser: disclosers,
        prepared_on: today,
        period,
        language: request.language,
        meeting,
        notice: notice_in(request.language),
        participants: sections,
    })
}

/// The meeting an export is made for, checked against the request: the
/// meeting's partner is the recipient, it is held on that day, and the
/// period is the meeting's (`Meeting::period_for`).
fn meeting_of(
    conn: &Connection,
    request: &ExportRequest,
    id: MeetingId,
    held_on: NaiveDate,
) -> Result<MeetingLine> {
    let found = meeting::fetch(conn, id)?;
    let partner = partner::find(conn, &request.recipient)?;
    if partner.is_none_or(|p| p.id != found.partner_id) {
        return Err(ValidationError::new("recipient", Problem::NoSuchRecord).into());
    }
    found.require_held_on("held_on", held_on)?;
    if found.period_for(held_on) != (request.from, request.to) {
        return Err(ValidationError::new("from", Problem::NoSuchRecord).into());
    }
    Ok(MeetingLine {
        id,
        name: found.name,
        held_on,
    })
}

fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(item)) {
            seen.push(item);
        }
    }
    seen.join("; ")
}

fn section(
    conn: &Connection,
    consent: &ConsentRow,
    who: Identity,
    categories: Vec<ConsentCategory>,
    period: Period,
    language: Language,
) -> Result<ParticipantSection> {
    let id = consent.participant_id;
    let has = |c: ConsentCategory| categories.contains(&c);
    let summaries = has(ConsentCategory::ContactSummaries);
    let narratives = has(ConsentCategory::ContactNarratives);

    let (engagement, contacts) = if summaries || narratives {
        let rows = contacts_in(conn, id, period)?;
        let rules = payers::rules_for(conn, id)?;
        let engagement = summaries.then(|| engagement_of(&rows, &rules));
        let mut lines = Vec::new();
        for c in rows {
            let signature = note_signature::of(conn, c.id)?;
            let addenda = if narratives && signature.is_some() {
                addendum::list_for(conn, c.id)?
                    .into_iter()
                    .map(|a| AddendumLine {
                        written_at: a.written_at,
                        signer: signer_line(&a.signer_name, a.signer_credential.as_deref()),
                        reason: a.reason,
                        text: a.text,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            lines.push(ContactLine {
                date: c.at.local_date(),
                minutes: summaries.then_some(c.minutes),
                units: summaries.then(|| rules.units(c.minutes)),
                mode: summaries.then_some(c.mode),
                services: summaries.then_some(c.services),
                // A structured note's parts go with its narrative, each under
                // its label in the export's language.
                narrative: if narratives {
                    Some(written_note(
                        c.shared.as_deref(),
                        &c.narrative,
                        &c.parts,
                        language,
                    ))
                    .filter(|text| !text.trim().is_empty())
                } else {
                    None
                },
                signed: signature.map(|s| SignatureLine {
                    signer: signer_line(&s.signer_name, s.signer_credential.as_deref()),
                    signed_at: s.signed_at,
                    cosigner: s
                        .cosigned
                        .as_ref()
                        .map(|c| signer_line(&c.name, c.credential.as_deref())),
                    cosigned_at: s.cosigned.map(|c| c.at),
                }),
                addenda,
            });
        }
        lines.retain(|line| summaries || line.narrative.is_some() || !line.addenda.is_empty());
        (engagement, Some(lines))
    } else {
        (None, None)
    };

    Ok(ParticipantSection {
        participant_id: id,
        external_id: who.external_id,
        name: who.name,
        consent: consent.used.clone(),
        engagement,
        contacts,
        attendance: if has(ConsentCategory::Attendance) {
            Some(attendance_in(conn, id, period)?)
        } else {
            None
        },
        wellness: if has(ConsentCategory::Wellness) {
            Some(wellness_in(conn, id, period)?)
        } else {
            None
        },
        referrals: if has(ConsentCategory::Referrals) {
            Some(referrals_in(conn, id, period)?)
        } else {
            None
        },
        follow_ups: if has(ConsentCategory::FollowUps) {
            Some(open_follow_ups(conn, id)?)
        } else {
            None
        },
        categories,
    })
}

struct ContactRow {
    id: ContactId,
    at: Timestamp,
    minutes: u32,
    mode: ContactMode,
    services: Vec<Service>,
    narrative: String,
    parts: Vec<NoteSection>,
    /// A group note's shared part.
    shared: Option<String>,
}

/// Contacts whose local date falls in the period, oldest first.
fn contacts_in(conn: &Connection, id: ParticipantId, period: Period) -> Result<Vec<ContactRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.at_utc, c.at_offset, c.duration_minutes, c.mode, c.services, c.narrative, c.id,
                c.note_format, c.part_goal, c.part_intervention, c.part_response, c.part_data,
                c.part_assessment, c.part_plan, g.shared
         FROM contacts c LEFT JOIN group_notes g ON g.contact_id = c.id
         WHERE c.participant_id = ?1 ORDER BY c.at_utc, c.rid",
    )?;
    let rows = stmt
        .query_map([id], |row| {
            let services: String = row.get(4)?;
            Ok(ContactRow {
                id: row.get(6)?,
                at: timestamp(row, 0)?,
                minutes: row.get(2)?,
                mode: row.get(3)?,
                services: split_codes(&services, Service::ALL, Service::code),
                narrative: row.get(5)?,
                parts: parts_from(row, 7)?,
                shared: row.get(14)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rows: Vec<ContactRow> = rows
        .into_iter()
        .filter(|c| period.contains(c.at.local_date()))
        .collect();
    rows.sort_by_key(|c| (c.at.local_date(), c.at.utc()));
    Ok(rows)
}

fn engagement_of(rows: &[ContactRow], rules: &PayerProfile) -> Engagement {
    let mut by_mode: Vec<ModeCount> = Vec::new();
    for mode in ContactMode::ALL {
        let of_mode: Vec<&ContactRow> = rows.iter().filter(|c| c.mode == *mode).collect();
        if of_mode.is_empty() {
            continue;
        }
        by_mode.push(ModeCount {
            mode: *mode,
            contacts: of_mode.len() as u32,
            minutes: of_mode.iter().map(|c| c.minutes).sum(),
            units: of_mode.iter().map(|c| rules.units(c.minutes)).sum(),
        });
    }
    Engagement {
        contacts: rows.len() as u32,
        minutes: rows.iter().map(|c| c.minutes).sum(),
        units: rows.iter().map(|c| rules.units(c.minutes)).sum(),
        by_mode,
        last_contact_on: rows.iter().map(|c| c.at.local_date()).max(),
    }
}

fn attendance_in(conn: &Connection, id: ParticipantId, period: Period) -> Result<Attendance> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.held_on, g.name, a.status
         FROM attendance a
         JOIN group_sessions s ON s.id = a.session_id
         JOIN recovery_groups g ON g.id = s.group_id
         WHERE a.participant_id = ?1 AND s.held_on >= ?2 AND s.held_on <= ?3
         ORDER BY s.held_on, g.name",
    )?;
    let sessions = stmt
        .query_map(params![id, period.from, period.to], |row| {
            Ok(AttendanceLine {
                date: row.get(0)?,
                group: row.get(1)?,
                status: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let count = |s: AttendanceStatus| sessions.iter().filter(|l| l.status == s).count() as u32;
    let (present, late, excused, absent) = (
        count(AttendanceStatus::Present),
        count(AttendanceStatus::Late),
        count(AttendanceStatus::Excused),
        count(AttendanceStatus::Absent),
    );
    let expected = present + late + absent;
    Ok(Attendance {
        present,
        late,
        excused,
        absent,
        rate_percent: (expected > 0)
            .then(|| ((present + late) as f64 * 100.0 / expected as f64).round() as u32),
        sessions,
    })
}

fn wellness_in(conn: &Connection, id: ParticipantId, period: Period) -> Result<Wellness> {
    let mut stmt = conn.prepare_cached(
        "SELECT at_utc, at_offset, emotional, environmental, financial, intellectual,
                occupational, physical, social, spiritual, barc10_total
         FROM checkins WHERE participant_id = ?1 ORDER BY at_utc, rid",
    )?;
    let points = stmt
        .query_map([id], |row| {
            let at = timestamp(row, 0)?;
            let scores = WellnessScores {
                emotional: row.get(2)?,
                environmental: row.get(3)?,
                financial: row.get(4)?,
                intellectual: row.get(5)?,
                occupational: row.get(6)?,
                physical: row.get(7)?,
                social: row.get(8)?,
                spiritual: row.get(9)?,
            };
            Ok((at, scores, row.get::<_, Option<u32>>(10)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut points: Vec<WellnessPoint> = points
        .into_iter()
        .filter(|(at, _, _)| period.contains(at.local_date()))
        .map(|(at, scores, barc10_total)| WellnessPoint {
            date: at.local_date(),
            average: (Dimension::ALL
                .iter()
                .map(|d| scores.get(*d) as f64)
                .sum::<f64>()
                / Dimension::ALL.len() as f64
                * 100.0)
                .round()
                / 100.0,
            scores,
            barc10_total,
        })
        .collect();
    points.sort_by_key(|p| p.date);
    let totals: Vec<u32> = points.iter().filter_map(|p| p.barc10_total).collect();
    Ok(Wellness {
        barc10_first: totals.first().copied(),
        barc10_latest: totals.last().copied(),
        barc10_change: (totals.len() >= 2)
            .then(|| totals[totals.len() - 1] as i32 - totals[0] as i32),
        barc10_cutoff: BARC10_CUTOFF,
        points,
    })
}

/// Referrals made in the period, or whose outcome came in it.
fn referrals_in(conn: &Connection, id: ParticipantId, period: Period) -> Result<Vec<ReferralLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT referred_on, resource_type, resource_name, outcome, outcome_on
         FROM referrals
         WHERE participant_id = ?1
           AND ((referred_on >= ?2 AND referred_on <= ?3)
             OR (outcome_on IS NOT NULL AND outcome_on >= ?2 AND outcome_on <= ?3))
         ORDER BY referred_on, rid",
    )?;
    let rows = stmt
        .query_map(params![id, period.from, period.to], |row| {
            Ok(ReferralLine {
                referred_on: row.get(0)?,
                resource_type: row.get(1)?,
                resource_name: row.get(2)?,
                outcome: row.get(3)?,
                outcome_on: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Follow-ups open now (on the export date), soonest due first.
fn open_follow_ups(conn: &Connection, id: ParticipantId) -> Result<Vec<FollowUpLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT due_on, text FROM follow_ups
         WHERE participant_id = ?1 AND status = 'open'
         ORDER BY due_on, rid",
    )?;
    let rows = stmt
        .query_map([id], |row| {
            Ok(FollowUpLine {
                due_on: row.get(0)?,
                text: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::Attendance;

    fn attendance(present: u32, late: u32, excused: u32, absent: u32) -> Attendance {
        Attendance {
            present,
            late,
            excused,
            absent,
            rate_percent: None,
            sessions: Vec::new(),
        }
    }

    #[test]
    fn the_attendance_summary_says_what_it_counts() {
        assert_eq!(
            attendance(2, 1, 2, 2).summary(),
            "3 of 5 sessions attended (1 late); 2 excused, not counted"
        );
        assert_eq!(attendance(1, 0, 0, 0).summary(), "1 of 1 session attended");
        assert_eq!(
            attendance(0, 0, 2, 0).summary(),
            "0 of 0 sessions attended; 2 excused, not counted"
        );
        assert_eq!(attendance(0, 0, 0, 0).summary(), "No sessions recorded");
    }
}
