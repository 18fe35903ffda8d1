//! A participant's recovery plan: person-centred, in the participant's own
//! words first. Goals in the eight wellness dimensions, each with its
//! steps, who helps, a target date and a status; the strengths the person
//! names; when the plan is next reviewed.
//!
//! A plan is kept in versions, each the whole plan as it stood. A change
//! (a goal's status, a goal added, a new review date, a rewritten plan)
//! makes a new version and the history stays. A version is signed by the
//! participant (or marked as declined, with the reason), the peer, and
//! where the program needs one, a supervisor or professional; a signed
//! version is read-only. Core refuses first (`PlanSigned`); the store's
//! triggers (migration 0011) hold under any path.

use super::participant;
use super::recent::Recent;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::vocabulary::text_enum;
use super::wellness::Dimension;
use crate::error::Result;
use crate::ids::{ParticipantId, PlanGoalId, PlanGoalKey, PlanVersionId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{
    in_range, optional_text, plausible_date, required_note, required_text, Checked, Problem,
    ValidationError,
};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use chrono::NaiveDate;
use peerlog_store::settings::Signer;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

text_enum!(GoalStatus {
    Active = "active" / "Active",
    Met = "met" / "Met",
    Changed = "changed" / "Changed",
    SetAside = "set_aside" / "Set aside",
});

// `text_enum!` owns the derive list, so the default is written out.
#[allow(clippy::derivable_impls)]
impl Default for GoalStatus {
    fn default() -> Self {
        GoalStatus::Active
    }
}

pub const MAX_GOALS: usize = 20;
pub const MAX_GOAL_CHARS: usize = 1_000;
pub const MAX_STEPS: usize = 20;
pub const MAX_STEP_CHARS: usize = 300;
pub const MAX_STRENGTHS: usize = 20;
pub const MAX_STRENGTH_CHARS: usize = 300;
pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_REASON_CHARS: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanGoal {
    pub id: PlanGoalId,
    /// The same goal in every version it is carried into.
    pub key: PlanGoalKey,
    /// 1, 2, …: how the peer and the printed plan call it.
    pub number: u32,
    pub dimension: Dimension,
    /// The goal in the participant's own words.
    pub words: String,
    pub steps: Vec<String>,
    pub who_helps: Option<String>,
    pub target_on: Option<NaiveDate>,
    pub status: GoalStatus,
}

/// One version of a participant's plan: the whole plan as it stood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanVersion {
    pub id: PlanVersionId,
    pub participant_id: ParticipantId,
    pub version: u32,
    pub goals: Vec<PlanGoal>,
    pub strengths: Vec<String>,
    pub next_review_on: Option<NaiveDate>,
    pub created_at: Timestamp,
    pub signature: Option<PlanSignature>,
}

/// The participant's part of a signature: their typed name and the day, or
/// that they declined to sign, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ParticipantSignoff {
    Signed { name: String, on: NaiveDate },
    Declined { reason: String },
}

/// A supervisor or professional who signs where the program needs one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Cosigner {
    pub name: String,
    /// Their role or credential: "Clinical supervisor", "LCSW".
    pub role: String,
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanSignature {
    pub participant: ParticipantSignoff,
    pub peer_name: String,
    pub peer_credential: Option<String>,
    pub supervisor: Option<Cosigner>,
    pub signed_at: Timestamp,
    /// When a supervisor's signature was added after the others signed.
    pub supervisor_added_at: Option<Timestamp>,
}

impl Cosigner {
    pub fn checked(self, today: NaiveDate) -> Checked<Cosigner> {
        plausible_date("supervisor_signed_on", self.on, Some(today))?;
        Ok(Cosigner {
            name: required_text("supervisor_name", &self.name, MAX_NAME_CHARS)?,
            role: required_text("supervisor_role", &self.role, MAX_NAME_CHARS)?,
            on: self.on,
        })
    }
}

/// What signing a version takes beside the peer (who comes from Settings
/// or is given).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SignoffInput {
    pub participant: ParticipantSignoff,
    #[serde(default)]
    pub supervisor: Option<Cosigner>,
}

impl SignoffInput {
    pub fn checked(self, today: NaiveDate) -> Checked<SignoffInput> {
        let participant = match self.participant {
            ParticipantSignoff::Signed { name, on } => {
                plausible_date("participant_signed_on", on, Some(today))?;
                ParticipantSignoff::Signed {
                    name: required_text("participant_name", &name, MAX_NAME_CHARS)?,
                    on,
                }
            }
            ParticipantSignoff::Declined { reason } => ParticipantSignoff::Declined {
                reason: required_text("declined_reason", &reason, MAX_REASON_CHARS)?,
            },
        };
        let supervisor = match self.supervisor {
            Some(c) => Some(c.checked(today)?),
            None => None,
        };
        Ok(SignoffInput {
            participant,
            supervisor,
        })
    }
}

/// A goal as the peer writes it down with the participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GoalInput {
    pub dimension: Dimension,
    pub words: String,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub who_helps: Option<String>,
    #[serde(default)]
    pub target_on: Option<NaiveDate>,
    #[serde(default)]
    pub status: GoalStatus,
}

impl GoalInput {
    pub fn checked(self) -> Checked<GoalInput> {
        if self.steps.len() > MAX_STEPS {
            return Err(ValidationError::new(
                "steps",
                Problem::OutOfRange {
                    min: 0,
                    max: MAX_STEPS as i64,
                },
            ));
        }
        let steps = self
            .steps
            .iter()
            .filter_map(|s| optional_text("steps", Some(s), MAX_STEP_CHARS).transpose())
            .collect::<Checked<Vec<_>>>()?;
        if let Some(on) = self.target_on {
            plausible_date("target_on", on, None)?;
        }
        Ok(GoalInput {
            dimension: self.dimension,
            words: required_note("goal", &self.words, MAX_GOAL_CHARS)?,
            steps,
            who_helps: optional_text("who_helps", self.who_helps.as_deref(), MAX_NAME_CHARS)?,
            target_on: self.target_on,
            status: self.status,
        })
    }
}

/// A whole plan: the first version, or a rewrite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanInput {
    pub participant_id: ParticipantId,
    pub goals: Vec<GoalInput>,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub next_review_on: Option<NaiveDate>,
}

impl PlanInput {
    pub fn checked(self) -> Checked<PlanInput> {
        if self.goals.is_empty() {
            return Err(ValidationError::new("goal", Problem::Required));
        }
        checked_count("goal", self.goals.len(), MAX_GOALS)?;
        checked_count("strength", self.strengths.len(), MAX_STRENGTHS)?;
        let goals = self
            .goals
            .into_iter()
            .map(GoalInput::checked)
            .collect::<Checked<Vec<_>>>()?;
        let strengths = self
            .strengths
            .iter()
            .filter_map(|s| optional_text("strength", Some(s), MAX_STRENGTH_CHARS).transpose())
            .collect::<Checked<Vec<_>>>()?;
        if let Some(on) = self.next_review_on {
            plausible_date("next_review_on", on, None)?;
        }
        Ok(PlanInput {
            participant_id: self.participant_id,
            goals,
            strengths,
            next_review_on: self.next_review_on,
        })
    }
}

fn checked_count(field: &'static str, count: usize, max: usize) -> Checked<()> {
    in_range(field, count as i64, 0, max as i64)
}

/// One change to the current plan, made as a new version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum PlanChange {
    /// Goal `goal` (its number, from 1) takes a new status.
    GoalStatus {
        goal: u32,
        status: GoalStatus,
    },
    AddGoal {
        goal: GoalInput,
    },
    NextReview {
        on: Option<NaiveDate>,
    },
}

/// The goals and strengths of a version before they are written.
struct Content {
    goals: Vec<(PlanGoalKey, GoalInput)>,
    strengths: Vec<String>,
    next_review_on: Option<NaiveDate>,
}

/// Writes a whole plan as the participant's next version (version 1 when
/// they have none).
pub fn create(store: &mut Store, input: PlanInput) -> Result<PlanVersion> {
    let input = input.checked()?;
    let now = store.now();
    store.write(|tx| insert(tx, &input, now))
}

/// [`create`] inside a transaction the caller holds (the demo's).
pub fn insert(conn: &Connection, input: &PlanInput, now: Timestamp) -> Result<PlanVersion> {
    participant::require(conn, input.participant_id)?;
    let content = Content {
        goals: input
            .goals
            .iter()
            .map(|g| (PlanGoalKey::new(), g.clone()))
            .collect(),
        strengths: input.strengths.clone(),
        next_review_on: input.next_review_on,
    };
    let id = insert_version(conn, input.participant_id, &content, now)?;
    fetch(conn, id)
}

/// Makes a new version from the current one with `change` applied; the
/// current one stays as history.
pub fn revise(
    store: &mut Store,
    participant_id: ParticipantId,
    change: PlanChange,
) -> Result<PlanVersion> {
    let change = match change {
        PlanChange::AddGoal { goal } => PlanChange::AddGoal {
            goal: goal.checked()?,
        },
        PlanChange::NextReview { on: Some(on) } => {
            plausible_date("next_review_on", on, None)?;
            PlanChange::NextReview { on: Some(on) }
        }
        other => other,
    };
    let now = store.now();
    store.write(|tx| insert_change(tx, participant_id, change, now))
}

/// [`revise`] inside a transaction the caller holds, with `change` checked.
pub fn insert_change(
    conn: &Connection,
    participant_id: ParticipantId,
    change: PlanChange,
    now: Timestamp,
) -> Result<PlanVersion> {
    let current = require_current(conn, participant_id)?;
    let mut content = content_of(&current);
    match change {
        PlanChange::GoalStatus { goal, status } => {
            let index = goal_index(&current, goal)?;
            content.goals[index].1.status = status;
        }
        PlanChange::AddGoal { goal } => {
            checked_count("goal", content.goals.len() + 1, MAX_GOALS)?;
            content.goals.push((PlanGoalKey::new(), goal));
        }
        PlanChange::NextReview { on } => content.next_review_on = on,
    }
    let id = insert_version(conn, participant_id, &content, now)?;
    fetch(conn, id)
}

/// Rewrites the current version in place, before anyone has signed it (a
/// word put right while the plan is being written). A signed version is
/// refused: a change to it makes a new version.
pub fn edit(store: &mut Store, input: PlanInput) -> Result<PlanVersion> {
    let input = input.checked()?;
    store.write(|tx| {
        let current = require_current(tx, input.participant_id)?;
        if current.signature.is_some() {
            return Err(crate::Error::PlanSigned);
        }
        tx.execute(
            "DELETE FROM recovery_plan_goals WHERE plan_id = ?1",
            [current.id],
        )?;
        // Goals keep their identity by position, as the peer numbers them.
        let goals: Vec<(PlanGoalKey, GoalInput)> = input
            .goals
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let key = current.goals.get(i).map(|old| old.key);
                (key.unwrap_or_default(), g.clone())
            })
            .collect();
        insert_goals(tx, current.id, &goals)?;
        tx.execute(
            "UPDATE recovery_plans SET strengths = ?2, next_review_on = ?3 WHERE id = ?1",
            params![current.id, input.strengths.join("\n"), input.next_review_on],
        )?;
        fetch(tx, current.id)
    })
}

/// Signs the participant's current version: the participant's part, the
/// peer as `peer`, and a supervisor where given. A signed version is
/// refused.
pub fn sign(
    store: &mut Store,
    participant_id: ParticipantId,
    input: SignoffInput,
    peer: Signer,
) -> Result<PlanVersion> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    let peer = peer.checked()?;
    store.write(|tx| {
        let current = require_current(tx, participant_id)?;
        if current.signature.is_some() {
            return Err(crate::Error::PlanSigned);
        }
        insert_signature(tx, &current, &input, &peer, now)?;
        fetch(tx, current.id)
    })
}

/// A supervisor or professional signs version `version` after the
/// participant and the peer did: refused before those signatures
/// (`plan_not_signed`) and where a supervisor signed already.
pub fn countersign(
    store: &mut Store,
    participant_id: ParticipantId,
    version: u32,
    cosigner: Cosigner,
) -> Result<PlanVersion> {
    let now = store.now();
    let cosigner = cosigner.checked(now.local_date())?;
    store.write(|tx| {
        participant::require(tx, participant_id)?;
        let id: PlanVersionId = tx
            .prepare_cached(
                "SELECT id FROM recovery_plans WHERE participant_id = ?1 AND version = ?2",
            )?
            .query_row(params![participant_id, version], |row| row.get(0))
            .optional()?
            .ok_or_else(|| match current_in(tx, participant_id) {
                Ok(Some(_)) => ValidationError::new("version", Problem::NoSuchRecord).into(),
                Ok(None) => crate::Error::NotFound("recovery plan"),
                Err(e) => e,
            })?;
        insert_countersignature(tx, &fetch(tx, id)?, &cosigner, now)?;
        fetch(tx, id)
    })
}

/// Writes a later supervisor's signature on `version`, refusing as
/// [`countersign`] says.
pub fn insert_countersignature(
    conn: &Connection,
    version: &PlanVersion,
    cosigner: &Cosigner,
    at: Timestamp,
) -> Result<()> {
    let Some(signature) = &version.signature else {
        return Err(crate::Error::PlanNotSigned);
    };
    if signature.supervisor.is_some() {
        return Err(ValidationError::new("supervisor_name", Problem::Duplicate).into());
    }
    conn.prepare_cached(
        "INSERT INTO recovery_plan_countersignatures (plan_id, name, role, signed_on, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        version.id,
        cosigner.name,
        cosigner.role,
        cosigner.on,
        at.to_string()
    ])?;
    Ok(())
}

/// Signs the current version with the peer set in Settings as the signer.
pub fn sign_as_set(
    store: &mut Store,
    participant_id: ParticipantId,
    input: SignoffInput,
) -> Result<PlanVersion> {
    let peer = peerlog_store::settings::signer(store)?;
    sign(store, participant_id, input, peer)
}

/// Writes the signature of a version known to be unsigned, at `at`.
pub fn insert_signature(
    conn: &Connection,
    version: &PlanVersion,
    input: &SignoffInput,
    peer: &Signer,
    at: Timestamp,
) -> Result<()> {
    let (name, on, reason) = match &input.participant {
        ParticipantSignoff::Signed { name, on } => (Some(name.as_str()), Some(*on), None),
        ParticipantSignoff::Declined { reason } => (None, None, Some(reason.as_str())),
    };
    let supervisor = input.supervisor.as_ref();
    conn.prepare_cached(
        "INSERT INTO recovery_plan_signatures (plan_id, participant_name, participant_signed_on,
            participant_declined_reason, peer_name, peer_credential, supervisor_name,
            supervisor_role, supervisor_signed_on, signed_at, content_sha256)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        version.id,
        name,
        on,
        reason,
        peer.name,
        peer.credential,
        supervisor.map(|s| &s.name),
        supervisor.map(|s| &s.role),
        supervisor.map(|s| s.on),
        at.to_string(),
        content_sha256(version),
    ])?;
    Ok(())
}

/// The participant's current plan (the highest version), if they have one.
pub fn current(store: &Store, participant_id: ParticipantId) -> Result<Option<PlanVersion>> {
    current_in(store.conn(), participant_id)
}

/// Every version of the participant's plan, newest first.
pub fn history(store: &Store, participant_id: ParticipantId) -> Result<Vec<PlanVersion>> {
    participant::require(store.conn(), participant_id)?;
    let ids: Vec<PlanVersionId> = store
        .conn()
        .prepare_cached(
            "SELECT id FROM recovery_plans WHERE participant_id = ?1 ORDER BY version DESC",
        )?
        .query_map([participant_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| fetch(store.conn(), id)).collect()
}

/// A participant whose plan is due for review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReviewDue {
    pub participant_id: ParticipantId,
    pub external_id: String,
    pub display_name: String,
    pub version: u32,
    pub next_review_on: NaiveDate,
}

/// Active participants whose current plan's next review falls on or before
/// `on`, the longest overdue first. A plan without a review date is never
/// due; a participant who has left the program is not listed.
pub fn review_due(store: &Store, on: NaiveDate) -> Result<Vec<ReviewDue>> {
    due_versions(store.conn(), on)?
        .into_iter()
        .map(|(id, version, next_review_on)| {
            let person = participant::fetch(store.conn(), id)?;
            Ok(ReviewDue {
                participant_id: id,
                external_id: person.external_id,
                display_name: person.display_name,
                version,
                next_review_on,
            })
        })
        .collect()
}

/// [`review_due`]'s rule alone: each due participant's id, current version
/// and review date, the longest overdue first (the caseload reads this).
pub fn due_versions(
    conn: &Connection,
    on: NaiveDate,
) -> Result<Vec<(ParticipantId, u32, NaiveDate)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT v.participant_id, v.version, v.next_review_on
         FROM recovery_plans v JOIN participants p ON p.id = v.participant_id
         WHERE v.version = (SELECT max(version) FROM recovery_plans WHERE participant_id = v.participant_id)
           AND v.next_review_on IS NOT NULL AND v.next_review_on <= ?1
           AND p.status = 'active'
         ORDER BY v.next_review_on, p.external_key",
    )?;
    let rows = stmt
        .query_map([on], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The keys of goals `numbers` (1, 2, …) in the participant's current plan:
/// how a peer at a command line names them. An unknown number is refused
/// by the `goal` field.
pub fn goal_keys(
    store: &Store,
    participant_id: ParticipantId,
    numbers: &[u32],
) -> Result<Vec<PlanGoalKey>> {
    if numbers.is_empty() {
        return Ok(Vec::new());
    }
    participant::require(store.conn(), participant_id)?;
    let Some(current) = current_in(store.conn(), participant_id)? else {
        return Err(ValidationError::new("goal", Problem::NoSuchRecord).into());
    };
    numbers
        .iter()
        .map(|&n| Ok(current.goals[goal_index(&current, n)?].key))
        .collect()
}

/// Each goal key of the participant's plan with its number in the newest
/// version that holds it: how a note's goals are named back to the peer.
pub fn goal_numbers(
    store: &Store,
    participant_id: ParticipantId,
) -> Result<std::collections::HashMap<PlanGoalKey, u32>> {
    let mut numbers = std::collections::HashMap::new();
    for version in history(store, participant_id)? {
        for goal in version.goals {
            numbers.entry(goal.key).or_insert(goal.number);
        }
    }
    Ok(numbers)
}

/// Whether `key` names a goal in any version of the participant's plan: a
/// note may name a goal the plan has since set aside, as it was then.
pub fn has_goal(
    conn: &Connection,
    participant_id: ParticipantId,
    key: PlanGoalKey,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM recovery_plan_goals g
             JOIN recovery_plans v ON v.id = g.plan_id
             WHERE g.goal_key = ?1 AND v.participant_id = ?2)",
        )?
        .query_row(rusqlite::params![key, participant_id], |row| row.get(0))?)
}

/// Whether any version of the participant's plan is signed: such a
/// participant's record is kept.
pub fn any_signed_for(conn: &Connection, participant_id: ParticipantId) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM recovery_plan_signatures s
             JOIN recovery_plans v ON v.id = s.plan_id WHERE v.participant_id = ?1)",
        )?
        .query_row([participant_id], |row| row.get(0))?)
}

/// Signed versions whose content is no longer what was signed (which the
/// triggers should make impossible).
pub fn altered(conn: &Connection) -> Result<Vec<PlanVersionId>> {
    let signed: Vec<(PlanVersionId, String)> = conn
        .prepare("SELECT plan_id, content_sha256 FROM recovery_plan_signatures")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut altered = Vec::new();
    for (id, hash) in signed {
        let same = fetch(conn, id).is_ok_and(|v| content_sha256(&v) == hash);
        if !same {
            altered.push(id);
        }
    }
    Ok(altered)
}

fn require_current(conn: &Connection, participant_id: ParticipantId) -> Result<PlanVersion> {
    participant::require(conn, participant_id)?;
    current_in(conn, participant_id)?.ok_or(crate::Error::NotFound("recovery plan"))
}

pub fn current_in(conn: &Connection, participant_id: ParticipantId) -> Result<Option<PlanVersion>> {
    let id: Option<PlanVersionId> = conn
        .prepare_cached(
            "SELECT id FROM recovery_plans WHERE participant_id = ?1 ORDER BY version DESC LIMIT 1",
        )?
        .query_row([participant_id], |row| row.get(0))
        .optional()?;
    id.map(|id| fetch(conn, id)).transpose()
}

fn goal_index(version: &PlanVersion, number: u32) -> Result<usize> {
    let count = version.goals.len();
    if number == 0 || number as usize > count {
        return Err(ValidationError::new(
            "goal",
            Problem::OutOfRange {
                min: 1,
                max: count as i64,
            },
        )
        .into());
    }
    Ok(number as usize - 1)
}

fn content_of(version: &PlanVersion) -> Content {
    Content {
        goals: version
            .goals
            .iter()
            .map(|g| {
                (
                    g.key,
                    GoalInput {
                        dimension: g.dimension,
                        words: g.words.clone(),
                        steps: g.steps.clone(),
                        who_helps: g.who_helps.clone(),
                        target_on: g.target_on,
                        status: g.status,
                    },
                )
            })
            .collect(),
        strengths: version.strengths.clone(),
        next_review_on: version.next_review_on,
    }
}

fn insert_version(
    conn: &Connection,
    participant_id: ParticipantId,
    content: &Content,
    now: Timestamp,
) -> Result<PlanVersionId> {
    let version: u32 = conn
        .prepare_cached(
            "SELECT coalesce(max(version), 0) + 1 FROM recovery_plans WHERE participant_id = ?1",
        )?
        .query_row([participant_id], |row| row.get(0))?;
    let id = PlanVersionId::new();
    conn.prepare_cached(
        "INSERT INTO recovery_plans (id, participant_id, version, strengths, next_review_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        participant_id,
        version,
        content.strengths.join("\n"),
        content.next_review_on,
        now.to_string(),
    ])?;
    insert_goals(conn, id, &content.goals)?;
    Ok(id)
}

fn insert_goals(
    conn: &Connection,
    plan_id: PlanVersionId,
    goals: &[(PlanGoalKey, GoalInput)],
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO recovery_plan_goals (id, plan_id, goal_key, position, dimension, words, steps, who_helps, target_on, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (index, (key, goal)) in goals.iter().enumerate() {
        stmt.execute(params![
            PlanGoalId::new(),
            plan_id,
            key,
            index as u32 + 1,
            goal.dimension,
            goal.words,
            goal.steps.join("\n"),
            goal.who_helps,
            goal.target_on,
            goal.status,
        ])?;
    }
    Ok(())
}

fn lines(text: String) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').map(String::from).collect()
    }
}

fn goal_from_row(row: &Row<'_>) -> rusqlite::Result<PlanGoal> {
    Ok(PlanGoal {
        id: row.get(0)?,
        key: row.get(1)?,
        number: row.get(2)?,
        dimension: row.get(3)?,
        words: row.get(4)?,
        steps: lines(row.get(5)?),
        who_helps: row.get(6)?,
        target_on: row.get(7)?,
        status: row.get(8)?,
    })
}

fn signature_from_row(row: &Row<'_>) -> rusqlite::Result<PlanSignature> {
    let name: Option<String> = row.get(0)?;
    let on: Option<NaiveDate> = row.get(1)?;
    let reason: Option<String> = row.get(2)?;
    let participant = match (name, on) {
        (Some(name), Some(on)) => ParticipantSignoff::Signed { name, on },
        _ => ParticipantSignoff::Declined {
            reason: reason.unwrap_or_default(),
        },
    };
    let supervisor_name: Option<String> = row.get(5)?;
    let supervisor_role: Option<String> = row.get(6)?;
    let supervisor_on: Option<NaiveDate> = row.get(7)?;
    Ok(PlanSignature {
        participant,
        peer_name: row.get(3)?,
        peer_credential: row.get(4)?,
        supervisor: match (supervisor_name, supervisor_role, supervisor_on) {
            (Some(name), Some(role), Some(on)) => Some(Cosigner { name, role, on }),
            _ => None,
        },
        signed_at: rfc3339(row, 8)?,
        supervisor_added_at: None,
    })
}

pub fn fetch(conn: &Connection, id: PlanVersionId) -> Result<PlanVersion> {
    let mut version = conn
        .prepare_cached(
            "SELECT id, participant_id, version, strengths, next_review_on, created_at
             FROM recovery_plans WHERE id = ?1",
        )?
        .query_row([id], |row| {
            Ok(PlanVersion {
                id: row.get(0)?,
                participant_id: row.get(1)?,
                version: row.get(2)?,
                goals: Vec::new(),
                strengths: lines(row.get(3)?),
                next_review_on: row.get(4)?,
                created_at: rfc3339(row, 5)?,
                signature: None,
            })
        })
        .optional()?
        .ok_or(crate::Error::NotFound("recovery plan"))?;
    version.goals = conn
        .prepare_cached(
            "SELECT id, goal_key, position, dimension, words, steps, who_helps, target_on, status
             FROM recovery_plan_goals WHERE plan_id = ?1 ORDER BY position",
        )?
        .query_map([id], goal_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    version.signature = conn
        .prepare_cached(
            "SELECT participant_name, participant_signed_on, participant_declined_reason,
                    peer_name, peer_credential, supervisor_name, supervisor_role,
                    supervisor_signed_on, signed_at
             FROM recovery_plan_signatures WHERE plan_id = ?1",
        )?
        .query_row([id], signature_from_row)
        .optional()?;
    if let Some(signature) = version.signature.as_mut() {
        if signature.supervisor.is_none() {
            if let Some((cosigner, at)) = countersignature_of(conn, id)? {
                signature.supervisor = Some(cosigner);
                signature.supervisor_added_at = Some(at);
            }
        }
    }
    Ok(version)
}

fn countersignature_of(
    conn: &Connection,
    id: PlanVersionId,
) -> Result<Option<(Cosigner, Timestamp)>> {
    Ok(conn
        .prepare_cached(
            "SELECT name, role, signed_on, recorded_at FROM recovery_plan_countersignatures WHERE plan_id = ?1",
        )?
        .query_row([id], |row| {
            Ok((
                Cosigner {
                    name: row.get(0)?,
                    role: row.get(1)?,
                    on: row.get(2)?,
                },
                rfc3339(row, 3)?,
            ))
        })
        .optional()?)
}

/// SHA-256 over everything a version says, each field length-prefixed.
fn content_sha256(version: &PlanVersion) -> String {
    let mut hash = Sha256::new();
    let mut field = |text: &str| {
        hash.update(text.len().to_le_bytes());
        hash.update(text.as_bytes());
    };
    field("peerlog-plan-1");
    field(&version.id.to_string());
    field(&version.participant_id.to_string());
    field(&version.version.to_string());
    field(&version.strengths.join("\n"));
    field(
        &version
            .next_review_on
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    for goal in &version.goals {
        field(&goal.key.to_string());
        field(&goal.number.to_string());
        field(goal.dimension.code());
        field(&goal.words);
        field(&goal.steps.join("\n"));
        field(goal.who_helps.as_deref().unwrap_or(""));
        field(&goal.target_on.map(|d| d.to_string()).unwrap_or_default());
        field(goal.status.code());
    }
    hex::encode(hash.finalize())
}

/// What the timeline shows of a version: that it was written, or signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum PlanEvent {
    Created,
    Signed,
}

pub const KIND: RecordKind = RecordKind {
    name: "recovery_plan",
    tables: &[
        "recovery_plan_goals",
        "recovery_plans",
        "recovery_plan_signatures",
        "recovery_plan_countersignatures",
    ],
    timeline: Timeline::Shown(timeline_items),
    search: Search::Indexed {
        kind: SearchKind::new("plan_goal", "Plan goal"),
        participant: "(SELECT v.participant_id FROM recovery_plans v WHERE v.id = t.plan_id)",
        date: "(SELECT substr(v.created_at, 1, 10) FROM recovery_plans v WHERE v.id = t.plan_id)",
        offset: "NULL",
    },
    export: Export::Never(
        "a recovery plan is the participant's own, handed to them in print, not sent to partners; a consent category for plans can come later",
    ),
    demo: Demo::Generated,
};

fn timeline_items(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    let mut items = Vec::new();
    for version in history(store, participant_id)? {
        let summary = |event| TimelineEntry::Plan {
            version: version.clone(),
            event,
        };
        if let Some(signature) = &version.signature {
            items.push(TimelineItem::at(
                signature.signed_at,
                summary(PlanEvent::Signed),
            ));
        }
        items.push(TimelineItem::at(
            version.created_at,
            summary(PlanEvent::Created),
        ));
    }
    items.retain(|item| window.since.is_none_or(|since| item.on >= since));
    items.sort_by_key(|item| std::cmp::Reverse(item.sort_key()));
    if let Some(limit) = window.limit {
        items.truncate(limit);
    }
    Ok(items)
}
