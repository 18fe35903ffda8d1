//! Who on the caseload an export to a recipient would leave out, and why:
//! so the peer sees "12 have no consent for this recipient; 3 consents
//! ended" before a meeting instead of wondering where someone went.

use super::content;
use crate::domain::consent::{self, ConsentStatus};
use crate::domain::participant::{self, ParticipantStatus};
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Why a participant on the caseload is not offered for a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[cfg_attr(feature = "bindings", ts(rename = "LeftOutReason"))]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// No consent names the recipient.
    NoConsent,
    /// Their consent for the recipient was revoked.
    Revoked,
    /// It expired: its end date passed, or it ended when they left the
    /// program.
    Expired,
    /// It is signed but does not take effect until a later day.
    NotYetEffective,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LeftOut {
    pub participant_id: ParticipantId,
    pub external_id: String,
    pub name: String,
    pub status: ParticipantStatus,
    pub reason: Reason,
}

/// Everyone on the caseload (active or paused: those the peer still works
/// with) who has no consent for `recipient` in force on `date`, with the
/// reason taken from their newest consent for it.
pub fn not_offered(store: &Store, recipient: &str, date: NaiveDate) -> Result<Vec<LeftOut>> {
    let offered = content::active_consents(store.conn(), recipient, date)?;
    let mut newest: BTreeMap<ParticipantId, ConsentStatus> = BTreeMap::new();
    // Newest first, so the first seen for a participant is theirs.
    for c in consent::for_recipient(store, recipient)? {
        newest.entry(c.participant_id).or_insert(c.status_on(date));
    }
    let mut out = Vec::new();
    for p in participant::list(store)? {
        let on_caseload = matches!(
            p.status,
            ParticipantStatus::Active | ParticipantStatus::Paused
        );
        if !on_caseload || offered.contains_key(&p.id) {
            continue;
        }
        let reason = match newest.get(&p.id) {
            None | Some(ConsentStatus::Active) => Reason::NoConsent,
            Some(ConsentStatus::Revoked) => Reason::Revoked,
            Some(ConsentStatus::Expired) => Reason::Expired,
            Some(ConsentStatus::NotYetEffective) => Reason::NotYetEffective,
        };
        out.push(LeftOut {
            participant_id: p.id,
            external_id: p.external_id,
            name: p.display_name,
            status: p.status,
            reason,
        });
    }
    Ok(out)
}

/// The counts a screen or a terminal shows first, in words:
/// "12 on your caseload have no consent for this recipient; 3 consents
/// ended". `None` when nobody is left out.
pub fn summary(left_out: &[LeftOut]) -> Option<String> {
    let count = |wanted: &[Reason]| {
        left_out
            .iter()
            .filter(|l| wanted.contains(&l.reason))
            .count()
    };
    let none = count(&[Reason::NoConsent]);
    let ended = count(&[Reason::Revoked, Reason::Expired]);
    let later = count(&[Reason::NotYetEffective]);
    let mut parts = Vec::new();
    if none > 0 {
        let verb = if none == 1 { "has" } else { "have" };
        parts.push(format!(
            "{none} on your caseload {verb} no consent for this recipient"
        ));
    }
    if ended > 0 {
        let noun = if ended == 1 { "consent" } else { "consents" };
        parts.push(format!("{ended} {noun} ended"));
    }
    if later > 0 {
        let noun = if later == 1 {
            "consent starts"
        } else {
            "consents start"
        };
        parts.push(format!("{later} {noun} later"));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}
