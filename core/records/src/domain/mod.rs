//! What a peer records. Each module validates its input and writes it in one
//! transaction; reads return plain serialisable records.

pub mod addendum;
pub mod boundary;
pub mod consent;
pub mod contact;
pub mod draft;
pub mod followup;
pub mod group;
pub mod group_note;
pub mod note_signature;
pub mod participant;
pub mod recent;
pub mod recovery_plan;
pub mod referral;
pub mod registry;
pub mod selfcheck;
pub mod team;
pub mod wellness;

pub use peerlog_base::note_format;
pub use peerlog_base::vocabulary;

use crate::i18n::Language;
use registry::RecordKind;
use serde::Serialize;
use vocabulary::Choice;

/// Every kind of record, each defined in its module (`registry`). The timeline reads them in this order, so the most numerous
/// with a timeline (contacts) come early and narrow the window soonest;
/// search hits of the same day keep it too.
pub const KINDS: &[&RecordKind] = &[
    &participant::KIND,
    &contact::KIND,
    &group::GROUP_KIND,
    &group::SESSION_KIND,
    &boundary::KIND,
    &wellness::KIND,
    &followup::KIND,
    &referral::KIND,
    &recovery_plan::KIND,
    &consent::KIND,
    &selfcheck::KIND,
    &crate::credentials::credential::KIND,
    &crate::credentials::training::KIND,
    &team::KIND,
    &crate::supervision::KIND,
    &crate::partners::PARTNER_KIND,
    &crate::partners::AGREEMENT_KIND,
    &crate::partners::AGREEMENT_DOCUMENT_KIND,
    &crate::partners::RESTRICTION_KIND,
    &crate::partners::INCIDENT_KIND,
    &crate::partners::MEETING_KIND,
    &crate::partners::DECISION_KIND,
];

/// Every closed list the UI offers, with labels, from one place.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    pub participant_statuses: Vec<Choice>,
    pub contact_modes: Vec<Choice>,
    pub services: Vec<Choice>,
    pub dimensions: Vec<Choice>,
    pub attendance_statuses: Vec<Choice>,
    pub boundary_categories: Vec<Choice>,
    pub follow_up_statuses: Vec<Choice>,
    pub resource_types: Vec<Choice>,
    pub referral_outcomes: Vec<Choice>,
    pub goal_statuses: Vec<Choice>,
    pub note_formats: Vec<Choice>,
    pub note_parts: Vec<Choice>,
    pub consent_categories: Vec<Choice>,
    pub partner_types: Vec<Choice>,
    pub restriction_decisions: Vec<Choice>,
    pub incident_statuses: Vec<Choice>,
    pub boundaries_held: Vec<Choice>,
    pub barc10_items: Vec<String>,
    pub supervision_kinds: Vec<Choice>,
    pub supervision_topics: Vec<Choice>,
}

/// Every closed list with its labels in `language`.
pub fn vocabulary(language: Language) -> Vocabulary {
    Vocabulary {
        participant_statuses: participant::ParticipantStatus::choices_in(language),
        contact_modes: contact::ContactMode::choices_in(language),
        services: contact::Service::choices_in(language),
        dimensions: wellness::Dimension::choices_in(language),
        attendance_statuses: group::AttendanceStatus::choices_in(language),
        boundary_categories: boundary::BoundaryCategory::choices_in(language),
        follow_up_statuses: followup::FollowUpStatus::choices_in(language),
        resource_types: referral::ResourceType::choices_in(language),
        referral_outcomes: referral::ReferralOutcome::choices_in(language),
        goal_statuses: recovery_plan::GoalStatus::choices_in(language),
        note_formats: note_format::NoteFormat::choices_in(language),
        note_parts: note_format::NotePart::choices_in(language),
        consent_categories: consent::ConsentCategory::choices_in(language),
        partner_types: crate::partners::partner::PartnerType::choices_in(language),
        restriction_decisions: crate::partners::restriction::RestrictionDecision::choices_in(
            language,
        ),
        incident_statuses: crate::partners::incident::IncidentStatus::choices_in(language),
        boundaries_held: selfcheck::BoundariesHeld::choices_in(language),
        barc10_items: wellness::barc10_items_in(language),
        supervision_kinds: crate::supervision::SupervisionKind::choices_in(language),
        supervision_topics: crate::supervision::SupervisionTopic::choices_in(language),
    }
}

/// Fails with `NotFound` when an update or delete touched no row.
pub fn require_changed(changed: usize, what: &'static str) -> crate::Result<()> {
    if changed == 0 {
        Err(crate::Error::NotFound(what))
    } else {
        Ok(())
    }
}
