//! What travels between stores, kind by kind. Every field here leaves the
//! laptop (encrypted to its recipients), so each is the minimum its reader
//! needs; docs/TEAM.md says why each is there.

use super::key::MemberKey;
use crate::ids::{ContactId, SupervisionId};
use crate::supervision::SessionShared;
use crate::time::Timestamp;
use crate::views::week_summary::WeekSummary;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One message, as signed by its sender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub id: Uuid,
    /// The team it belongs to; a store ignores another team's message.
    pub team: Uuid,
    pub from: MemberKey,
    /// Every recipient, signed, so a message cannot be passed on as if it
    /// had been sent to someone else.
    pub to: Vec<MemberKey>,
    /// The sender's clock: shown, never trusted for order.
    pub sent_at: Timestamp,
    pub message: Message,
}

/// Tagged beside its body, not inside it: a body may have a `kind` of its
/// own (a supervision session's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body", rename_all = "snake_case")]
pub enum Message {
    /// The team as its admin keeps it; a higher version replaces a lower.
    Roster(Roster),
    /// A signed note a peer asks a supervisor to review.
    ReviewRequest(SubmittedNote),
    /// A supervisor's answer to a review request.
    ReviewDecision(ReviewDecision),
    /// A supervision session a supervisor recorded, for the peer to
    /// acknowledge; never either side's private note.
    SupervisionSession(SessionShared),
    /// The peer's acknowledgement of a session: now both hold signed hours.
    SupervisionAcknowledged(Acknowledgement),
    /// A week's counts from a peer's app: no names, no ids.
    WeekSummary(WeekSummary),
}

impl Message {
    pub fn kind(&self) -> &'static str {
        match self {
            Message::Roster(_) => "roster",
            Message::ReviewRequest(_) => "review_request",
            Message::ReviewDecision(_) => "review_decision",
            Message::SupervisionSession(_) => "supervision_session",
            Message::SupervisionAcknowledged(_) => "supervision_acknowledged",
            Message::WeekSummary(_) => "week_summary",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Roster {
    #[cfg_attr(feature = "bindings", ts(type = "string"))]
    pub team_id: Uuid,
    pub name: String,
    pub version: u32,
    /// The share of signed notes a peer's app submits for review.
    pub review_sample_percent: u8,
    pub members: Vec<RosterMember>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RosterMember {
    #[cfg_attr(feature = "bindings", ts(type = "string"))]
    pub key: MemberKey,
    pub name: String,
    pub role: super::roster::Role,
    pub credential: Option<String>,
}

/// A signed note as a supervisor reads it for review: the participant by
/// initials only, the note as signed with its addenda, and the plan goals
/// it worked toward, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubmittedNote {
    pub note_id: ContactId,
    pub participant_initials: String,
    pub occurred_at: Timestamp,
    pub duration_minutes: u32,
    pub mode: String,
    pub services: Vec<String>,
    pub note: String,
    pub goals: Vec<String>,
    pub signer: String,
    pub signed_at: Timestamp,
    pub addenda: Vec<SubmittedAddendum>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubmittedAddendum {
    pub written_at: Timestamp,
    pub reason: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approved,
    ChangesRequested,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Approved => "approved",
            Decision::ChangesRequested => "changes_requested",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReviewDecision {
    pub note_id: ContactId,
    pub decision: Decision,
    pub comment: Option<String>,
    pub reviewer_name: String,
    pub reviewer_credential: Option<String>,
    pub decided_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Acknowledgement {
    pub session_id: SupervisionId,
    /// When the peer acknowledged, by the peer's clock.
    pub at: Timestamp,
}
