//! A participant's timeline: every kind of record the registry shows there
//! (contacts, group attendance, check-ins, boundary notes, follow-ups,
//! referrals, recovery plan versions), newest first.

use crate::domain::boundary::BoundaryNote;
use crate::domain::contact::Contact;
use crate::domain::followup::FollowUp;
use crate::domain::group::{AttendanceStatus, Session};
use crate::domain::recent::Recent;
use crate::domain::recovery_plan::{PlanEvent, PlanVersion};
use crate::domain::referral::Referral;
use crate::domain::registry::Timeline;
use crate::domain::wellness::CheckIn;
use crate::domain::KINDS;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use crate::time::Timestamp;
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum TimelineEntry {
    Contact {
        contact: Contact,
    },
    Attendance {
        session: Session,
        group_name: String,
        status: AttendanceStatus,
    },
    CheckIn {
        check_in: CheckIn,
    },
    Boundary {
        note: BoundaryNote,
    },
    FollowUp {
        follow_up: FollowUp,
    },
    Referral {
        referral: Referral,
    },
    /// A version of the recovery plan was written, or signed.
    Plan {
        version: PlanVersion,
        event: PlanEvent,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TimelineItem {
    /// The day it happened (or is due), where it was recorded.
    pub on: NaiveDate,
    pub entry: TimelineEntry,
    /// Orders entries on the same day: timed ones by time, dated ones last.
    #[serde(skip)]
    time: NaiveTime,
}

impl TimelineItem {
    /// An entry dated by a day alone.
    pub fn on_day(on: NaiveDate, entry: TimelineEntry) -> Self {
        TimelineItem {
            on,
            entry,
            time: NaiveTime::MIN,
        }
    }

    /// An entry at an instant, dated by its own local day.
    pub fn at(at: Timestamp, entry: TimelineEntry) -> Self {
        TimelineItem {
            on: at.local_date(),
            entry,
            time: at.fixed().time(),
        }
    }

    /// The order the timeline sorts by: the day, then the time on it.
    pub fn sort_key(&self) -> (NaiveDate, NaiveTime) {
        (self.on, self.time)
    }
}

/// Everything recorded about a participant, newest first; at most `limit`
/// entries when given. Each kind the registry shows is read newest first,
/// and only back to the day the page must start by: once one kind fills a
/// page, nothing older than its oldest entry can be on it. So a first page
/// costs the same however long the history is.
pub fn timeline(
    store: &Store,
    participant_id: ParticipantId,
    limit: Option<usize>,
) -> Result<Vec<TimelineItem>> {
    crate::domain::participant::get(store, participant_id)?;
    let mut window = Recent::at_most(limit);
    let mut items = Vec::new();
    for kind in KINDS {
        let Timeline::Shown(read) = kind.timeline else {
            continue;
        };
        let newest = read(store, participant_id, window)?;
        if let (Some(limit), Some(oldest)) = (limit, newest.last()) {
            if newest.len() == limit {
                window.since = window.since.max(Some(oldest.on));
            }
        }
        items.extend(newest);
    }
    items.sort_by_key(|item| std::cmp::Reverse((item.on, item.time)));
    if let Some(limit) = limit {
        items.truncate(limit);
    }
    Ok(items)
}
