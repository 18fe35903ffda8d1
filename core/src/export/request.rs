//! What the peer asks to export.

use crate::domain::consent::ConsentCategory;
use crate::domain::vocabulary::dedup;
use crate::i18n::Language;
use crate::ids::{MeetingId, ParticipantId};
use crate::validate::{
    not_before, optional_text, plausible_date, required_text, Checked, Problem, ValidationError,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An export for one recipient and period. The peer may narrow it (fewer
/// participants, fewer categories); nothing here can widen what the
/// consents allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    /// Matched against the consents' recipients without regard to case.
    pub recipient: String,
    /// First day of the period reported on.
    pub from: NaiveDate,
    /// Last day of the period, included.
    pub to: NaiveDate,
    /// Only these participants; `None` means everyone with a consent in
    /// force for the recipient today. Listing someone without one is refused.
    #[serde(default)]
    pub participants: Option<Vec<ParticipantId>>,
    /// Only these categories, where a consent allows them.
    #[serde(default)]
    pub categories: Option<Vec<ConsentCategory>>,
    /// The purpose shown on the cover; by default the consents' purposes.
    #[serde(default)]
    pub purpose: Option<String>,
    /// Who prepared it, for the cover; by default the disclosing program.
    #[serde(default)]
    pub prepared_by: Option<String>,
    /// The language the documents are written in (the PDF, the CSV
    /// folder's README and notice): the recipient's, English unless the
    /// peer picks another. Absent means English.
    #[serde(default)]
    pub language: Language,
    /// The case conference it is made for: its cover names the meeting and
    /// the accounting of disclosures links to it. The period must be the
    /// meeting's (`export::meeting::request_for` makes one).
    #[serde(default)]
    pub meeting: Option<MeetingAt>,
}

/// One day of a recurring meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MeetingAt {
    pub id: MeetingId,
    pub held_on: NaiveDate,
}

impl ExportRequest {
    pub fn new(recipient: impl Into<String>, from: NaiveDate, to: NaiveDate) -> Self {
        ExportRequest {
            recipient: recipient.into(),
            from,
            to,
            participants: None,
            categories: None,
            purpose: None,
            prepared_by: None,
            language: Language::default(),
            meeting: None,
        }
    }

    pub fn checked(self) -> Checked<ExportRequest> {
        let recipient = required_text("recipient", &self.recipient, 200)?;
        plausible_date("from", self.from, None)?;
        not_before("to", self.to, "from", self.from)?;
        let participants = match self.participants {
            Some(ids) if ids.is_empty() => {
                return Err(ValidationError::new("participants", Problem::Required))
            }
            Some(ids) => Some(dedup(&ids)),
            None => None,
        };
        let categories = match self.categories {
            Some(list) if list.is_empty() => {
                return Err(ValidationError::new("categories", Problem::Required))
            }
            Some(list) => Some(dedup(&list)),
            None => None,
        };
        Ok(ExportRequest {
            recipient,
            from: self.from,
            to: self.to,
            participants,
            categories,
            purpose: optional_text("purpose", self.purpose.as_deref(), 500)?,
            prepared_by: optional_text("prepared_by", self.prepared_by.as_deref(), 200)?,
            language: self.language,
            meeting: self.meeting,
        })
    }
}
