//! A participant's timeline: contacts, group attendance, check-ins, boundary
//! notes, follow-ups and referrals, newest first.

use crate::domain::boundary::{self, BoundaryNote};
use crate::domain::contact::{self, Contact};
use crate::domain::followup::{self, FollowUp};
use crate::domain::group::{AttendanceStatus, Session};
use crate::domain::recent::Recent;
use crate::domain::referral::{self, Referral};
use crate::domain::wellness::{self, CheckIn};
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TimelineItem {
    /// The day it happened (or is due), where it was recorded.
    pub on: NaiveDate,
    pub entry: TimelineEntry,
}

impl TimelineItem {
    /// Orders entries on the same day: timed ones by time, dated ones last.
    fn sort_key(&self) -> (NaiveDate, NaiveTime) {
        let time = match &self.entry {
            TimelineEntry::Contact { contact } => contact.occurred_at.fixed().time(),
            TimelineEntry::CheckIn { check_in } => check_in.occurred_at.fixed().time(),
            _ => NaiveTime::MIN,
        };
        (self.on, time)
    }
}

/// Everything recorded about a participant, newest first; at most `limit`
/// entries when given. Each kind is read newest first, and only back to the
/// day the page must start by: when a participant has `limit` contacts, the
/// page holds nothing older than the last of them. So a first page costs the
/// same however long the history is.
pub fn timeline(
    store: &Store,
    participant_id: ParticipantId,
    limit: Option<usize>,
) -> Result<Vec<TimelineItem>> {
    crate::domain::participant::get(store, participant_id)?;
    let contacts = contact::recent_for(store, participant_id, Recent::at_most(limit))?;
    let window = Recent {
        limit,
        since: match limit {
            Some(limit) if contacts.len() == limit => {
                contacts.last().map(|c| c.occurred_at.local_date())
            }
            _ => None,
        },
    };
    let mut items: Vec<TimelineItem> = contacts
        .into_iter()
        .map(|c| TimelineItem {
            on: c.occurred_at.local_date(),
            entry: TimelineEntry::Contact { contact: c },
        })
        .collect();
    items.extend(attendance_for(store, participant_id, window)?);
    items.extend(
        wellness::recent_for(store, participant_id, window)?
            .into_iter()
            .map(|c| TimelineItem {
                on: c.occurred_at.local_date(),
                entry: TimelineEntry::CheckIn { check_in: c },
            }),
    );
    items.extend(
        boundary::recent_for(store, participant_id, window)?
            .into_iter()
            .map(|n| TimelineItem {
                on: n.agreed_on,
                entry: TimelineEntry::Boundary { note: n },
            }),
    );
    items.extend(
        followup::recent_for(store, participant_id, window)?
            .into_iter()
            .map(|f| TimelineItem {
                on: f.due_on,
                entry: TimelineEntry::FollowUp { follow_up: f },
            }),
    );
    items.extend(
        referral::recent_for(store, participant_id, window)?
            .into_iter()
            .map(|r| TimelineItem {
                on: r.referred_on,
                entry: TimelineEntry::Referral { referral: r },
            }),
    );
    items.sort_by_key(|item| std::cmp::Reverse(item.sort_key()));
    if let Some(limit) = limit {
        items.truncate(limit);
    }
    Ok(items)
}

fn attendance_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT s.id, s.group_id, s.held_on, s.topic, s.note, g.name, a.status
         FROM attendance a
         JOIN group_sessions s ON s.id = a.session_id
         JOIN recovery_groups g ON g.id = s.group_id
         WHERE a.participant_id = ?1 AND s.held_on >= ?3
         ORDER BY s.held_on DESC LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(
            rusqlite::params![participant_id, window.sql_limit(), window.sql_since_day()],
            |row| {
                let session = Session {
                    id: row.get(0)?,
                    group_id: row.get(1)?,
                    held_on: row.get(2)?,
                    topic: row.get(3)?,
                    note: row.get(4)?,
                };
                Ok(TimelineItem {
                    on: session.held_on,
                    entry: TimelineEntry::Attendance {
                        session,
                        group_name: row.get(5)?,
                        status: row.get(6)?,
                    },
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
