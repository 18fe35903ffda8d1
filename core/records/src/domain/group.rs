//! Recovery groups: a group, its sessions, and attendance per participant,
//! taken as a roster grid.

use super::participant::{self, name_at};
use super::recent::Recent;
use super::registry::{Demo, Export, RecordKind, Search, Timeline};
use super::require_changed;
use super::vocabulary::text_enum;
use crate::audit::{self, AuditAction};
use crate::error::Result;
use crate::ids::{GroupId, ParticipantId, SessionId};
use crate::store::Store;
use crate::time::{parse_time, Timestamp};
use crate::validate::{
    optional_note, optional_text, plausible_date, required_text, Checked, Problem, ValidationError,
};
use crate::views::search::SearchKind;
use crate::views::timeline::{TimelineEntry, TimelineItem};
use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

text_enum!(Weekday {
    Monday = "monday" / "Monday",
    Tuesday = "tuesday" / "Tuesday",
    Wednesday = "wednesday" / "Wednesday",
    Thursday = "thursday" / "Thursday",
    Friday = "friday" / "Friday",
    Saturday = "saturday" / "Saturday",
    Sunday = "sunday" / "Sunday",
});

impl Weekday {
    pub fn days_from_monday(self) -> u32 {
        Weekday::ALL
            .iter()
            .position(|d| *d == self)
            .expect("listed") as u32
    }

    /// The first date on or after `from` that falls on this weekday.
    pub fn next_on_or_after(self, from: NaiveDate) -> NaiveDate {
        let today = from.weekday().num_days_from_monday();
        let ahead = (self.days_from_monday() + 7 - today) % 7;
        from + chrono::Duration::days(ahead as i64)
    }
}

text_enum!(AttendanceStatus {
    Present = "present" / "Present",
    Late = "late" / "Late",
    Excused = "excused" / "Excused",
    Absent = "absent" / "Absent",
});

impl AttendanceStatus {
    /// Whether the participant was there (on time or late).
    pub fn attended(self) -> bool {
        matches!(self, AttendanceStatus::Present | AttendanceStatus::Late)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub description: Option<String>,
    /// The day the group meets each week, if it meets weekly.
    pub weekday: Option<Weekday>,
    /// `HH:MM`, 24-hour.
    pub start_time: Option<String>,
    pub location: Option<String>,
    pub active: bool,
    pub member_count: u32,
}

impl Group {
    /// The next meeting on or after `from`, from the weekly schedule.
    pub fn next_meeting(&self, from: NaiveDate) -> Option<NaiveDate> {
        self.active
            .then_some(self.weekday?)
            .map(|day| day.next_on_or_after(from))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GroupInput {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub weekday: Option<Weekday>,
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

impl GroupInput {
    pub fn checked(self) -> Checked<GroupInput> {
        let start_time = optional_text("start_time", self.start_time.as_deref(), 5)
            .map_err(|_| ValidationError::new("start_time", Problem::NotATime))?;
        let start_time = match start_time {
            Some(text) => Some(
                parse_time(&text)
                    .ok_or_else(|| ValidationError::new("start_time", Problem::NotATime))?
                    .format("%H:%M")
                    .to_string(),
            ),
            None => None,
        };
        Ok(GroupInput {
            name: required_text("name", &self.name, 100)?,
            description: optional_note("description", self.description.as_deref(), 1000)?,
            weekday: self.weekday,
            start_time,
            location: optional_text("location", self.location.as_deref(), 200)?,
            active: self.active,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: SessionId,
    pub group_id: GroupId,
    pub held_on: NaiveDate,
    pub topic: Option<String>,
    /// The session's note: once group notes are written, the part every
    /// present member's note shares.
    pub note: Option<String>,
    /// `HH:MM` on the peer's clock, set when group notes are written.
    pub start_time: Option<String>,
    pub duration_minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SessionInput {
    pub group_id: GroupId,
    pub held_on: NaiveDate,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl SessionInput {
    pub fn checked(self, today: NaiveDate) -> Checked<SessionInput> {
        // Sessions may be planned ahead, up to a year.
        plausible_date(
            "held_on",
            self.held_on,
            Some(today + chrono::Duration::days(366)),
        )?;
        Ok(SessionInput {
            topic: optional_text("topic", self.topic.as_deref(), 200)?,
            note: optional_note("note", self.note.as_deref(), 4000)?,
            ..self
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceMark {
    pub participant_id: ParticipantId,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub participant_id: ParticipantId,
    pub display_name: String,
    /// `None` for someone who dropped in without joining.
    pub joined_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RosterMark {
    pub session_id: SessionId,
    pub participant_id: ParticipantId,
    pub status: AttendanceStatus,
}

/// The attendance grid: members down the side, sessions across.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Roster {
    pub group: Group,
    pub members: Vec<Member>,
    /// Oldest first.
    pub sessions: Vec<Session>,
    pub marks: Vec<RosterMark>,
}

const GROUP_COLUMNS: &str =
    "g.id, g.name, g.description, g.weekday, g.start_time, g.location, g.active, \
     (SELECT count(*) FROM group_members m WHERE m.group_id = g.id)";

fn group_from_row(row: &Row<'_>) -> rusqlite::Result<Group> {
    Ok(Group {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        weekday: row.get(3)?,
        start_time: row.get(4)?,
        location: row.get(5)?,
        active: row.get(6)?,
        member_count: row.get(7)?,
    })
}

fn session_from_row(row: &Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        id: row.get(0)?,
        group_id: row.get(1)?,
        held_on: row.get(2)?,
        topic: row.get(3)?,
        note: row.get(4)?,
        start_time: row.get(5)?,
        duration_minutes: row.get(6)?,
    })
}

/// The columns `session_from_row` reads, from `group_sessions` as `s`.
pub(super) const SESSION_COLUMNS: &str =
    "s.id, s.group_id, s.held_on, s.topic, s.note, s.start_time, s.duration_minutes";

pub fn create(store: &mut Store, input: GroupInput) -> Result<Group> {
    let now = store.now();
    let input = input.checked()?;
    store.write(|tx| insert(tx, &input, now))
}

pub fn insert(conn: &Connection, input: &GroupInput, now: Timestamp) -> Result<Group> {
    let id = GroupId::new();
    conn.prepare_cached(
        "INSERT INTO recovery_groups (id, name, description, weekday, start_time, location, active, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        id,
        input.name,
        input.description,
        input.weekday,
        input.start_time,
        input.location,
        input.active,
        now.to_string(),
    ])?;
    fetch(conn, id)
}

pub fn update(store: &mut Store, id: GroupId, input: GroupInput) -> Result<Group> {
    let input = input.checked()?;
    store.write(|tx| {
        let changed = tx.execute(
            "UPDATE recovery_groups SET name = ?2, description = ?3, weekday = ?4, start_time = ?5,
                 location = ?6, active = ?7 WHERE id = ?1",
            params![
                id,
                input.name,
                input.description,
                input.weekday,
                input.start_time,
                input.location,
                input.active,
            ],
        )?;
        require_changed(changed, "group")?;
        fetch(tx, id)
    })
}

fn fetch(conn: &Connection, id: GroupId) -> Result<Group> {
    conn.prepare_cached(&format!(
        "SELECT {GROUP_COLUMNS} FROM recovery_groups g WHERE g.id = ?1"
    ))?
    .query_row([id], group_from_row)
    .optional()?
    .ok_or(crate::Error::NotFound("group"))
}

pub fn get(store: &Store, id: GroupId) -> Result<Group> {
    fetch(store.conn(), id)
}

pub fn list(store: &Store) -> Result<Vec<Group>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {GROUP_COLUMNS} FROM recovery_groups g ORDER BY g.active DESC, g.name COLLATE NOCASE"
    ))?;
    let rows = stmt
        .query_map([], group_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The groups a participant belongs to.
pub fn groups_of(store: &Store, participant_id: ParticipantId) -> Result<Vec<Group>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT {GROUP_COLUMNS} FROM recovery_groups g JOIN group_members gm ON gm.group_id = g.id
         WHERE gm.participant_id = ?1 ORDER BY g.name COLLATE NOCASE"
    ))?;
    let rows = stmt
        .query_map([participant_id], group_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn add_member(
    store: &mut Store,
    group_id: GroupId,
    participant_id: ParticipantId,
    joined_on: Option<NaiveDate>,
) -> Result<()> {
    let now = store.now();
    let joined_on = joined_on.unwrap_or(now.local_date());
    plausible_date("joined_on", joined_on, Some(now.local_date()))?;
    store.write(|tx| insert_member(tx, group_id, participant_id, joined_on))
}

pub fn insert_member(
    conn: &Connection,
    group_id: GroupId,
    participant_id: ParticipantId,
    joined_on: NaiveDate,
) -> Result<()> {
    fetch(conn, group_id)?;
    participant::require(conn, participant_id)?;
    conn.prepare_cached(
        "INSERT INTO group_members (group_id, participant_id, joined_on) VALUES (?1, ?2, ?3)
         ON CONFLICT (group_id, participant_id) DO NOTHING",
    )?
    .execute(params![group_id, participant_id, joined_on])?;
    Ok(())
}

pub fn remove_member(
    store: &mut Store,
    group_id: GroupId,
    participant_id: ParticipantId,
) -> Result<()> {
    store.write(|tx| {
        let changed = tx.execute(
            "DELETE FROM group_members WHERE group_id = ?1 AND participant_id = ?2",
            params![group_id, participant_id],
        )?;
        require_changed(changed, "group member")
    })
}

pub fn add_session(store: &mut Store, input: SessionInput) -> Result<Session> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    store.write(|tx| insert_session(tx, &input, now))
}

pub fn insert_session(conn: &Connection, input: &SessionInput, now: Timestamp) -> Result<Session> {
    fetch(conn, input.group_id)?;
    let id = SessionId::new();
    conn.prepare_cached(
        "INSERT INTO group_sessions (id, group_id, held_on, topic, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![id, input.group_id, input.held_on, input.topic, input.note, now.to_string()])?;
    Ok(Session {
        id,
        group_id: input.group_id,
        held_on: input.held_on,
        topic: input.topic.clone(),
        note: input.note.clone(),
        start_time: None,
        duration_minutes: None,
    })
}

pub fn delete_session(store: &mut Store, id: SessionId) -> Result<()> {
    let now = store.now();
    store.write(|tx| {
        super::group_note::delete_for_session(tx, id, now)?;
        let changed = tx.execute("DELETE FROM group_sessions WHERE id = ?1", [id])?;
        require_changed(changed, "group session")?;
        audit::record(
            tx,
            now,
            AuditAction::Deleted,
            &format!("group session {id} and its attendance"),
        )
    })
}

/// Sets the whole roster of one session: marks not given are cleared.
pub fn record_attendance(
    store: &mut Store,
    session_id: SessionId,
    marks: Vec<AttendanceMark>,
) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for mark in &marks {
        if !seen.insert(mark.participant_id) {
            return Err(ValidationError::new("participant_id", Problem::Duplicate).into());
        }
    }
    store.write(|tx| replace_attendance(tx, session_id, &marks))
}

pub fn replace_attendance(
    conn: &Connection,
    session_id: SessionId,
    marks: &[AttendanceMark],
) -> Result<()> {
    let exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM group_sessions WHERE id = ?1)")?
        .query_row([session_id], |row| row.get(0))?;
    if !exists {
        return Err(crate::Error::NotFound("group session"));
    }
    conn.prepare_cached("DELETE FROM attendance WHERE session_id = ?1")?
        .execute([session_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO attendance (session_id, participant_id, status) VALUES (?1, ?2, ?3)",
    )?;
    for mark in marks {
        participant::require(conn, mark.participant_id)?;
        insert.execute(params![session_id, mark.participant_id, mark.status])?;
    }
    Ok(())
}

/// The grid for the most recent `last_sessions` sessions of a group.
pub fn roster(store: &Store, group_id: GroupId, last_sessions: usize) -> Result<Roster> {
    let conn = store.conn();
    let group = fetch(conn, group_id)?;
    let mut sessions: Vec<Session> = conn
        .prepare_cached(&format!(
            "SELECT {SESSION_COLUMNS} FROM group_sessions s
             WHERE s.group_id = ?1 ORDER BY s.held_on DESC, s.rid DESC LIMIT ?2"
        ))?
        .query_map(params![group_id, last_sessions as i64], session_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    sessions.reverse();

    let mut marks = Vec::new();
    let mut stmt =
        conn.prepare_cached("SELECT participant_id, status FROM attendance WHERE session_id = ?1")?;
    for session in &sessions {
        let rows = stmt.query_map([session.id], |row| {
            Ok(RosterMark {
                session_id: session.id,
                participant_id: row.get(0)?,
                status: row.get(1)?,
            })
        })?;
        for mark in rows {
            marks.push(mark?);
        }
    }

    let mut members: Vec<Member> = conn
        .prepare_cached(
            "SELECT p.id, p.first_name, p.last_name, p.preferred_name, m.joined_on
             FROM group_members m JOIN participants p ON p.id = m.participant_id
             WHERE m.group_id = ?1",
        )?
        .query_map([group_id], |row| {
            Ok(Member {
                participant_id: row.get(0)?,
                display_name: name_at(row, 1)?,
                joined_on: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // People who dropped in without joining still get their row.
    for mark in &marks {
        if !members
            .iter()
            .any(|m| m.participant_id == mark.participant_id)
        {
            let p = participant::fetch(conn, mark.participant_id)?;
            members.push(Member {
                participant_id: p.id,
                display_name: p.display_name,
                joined_on: None,
            });
        }
    }
    members.sort_by_key(|m| m.display_name.to_lowercase());
    Ok(Roster {
        group,
        members,
        sessions,
        marks,
    })
}

pub fn get_session(store: &Store, id: SessionId) -> Result<Session> {
    fetch_session(store.conn(), id)
}

pub fn fetch_session(conn: &Connection, id: SessionId) -> Result<Session> {
    conn.prepare_cached(&format!(
        "SELECT {SESSION_COLUMNS} FROM group_sessions s WHERE s.id = ?1"
    ))?
    .query_row([id], session_from_row)
    .optional()?
    .ok_or(crate::Error::NotFound("group session"))
}

pub const GROUP_KIND: RecordKind = RecordKind {
    name: "recovery_group",
    tables: &["recovery_groups", "group_members"],
    timeline: Timeline::NotShown("a group shows through its sessions' attendance"),
    search: Search::NotIndexed("groups are few and listed by name"),
    // The group's name is printed beside each attended session.
    export: Export::Under(&[super::consent::ConsentCategory::Attendance]),
    demo: Demo::Generated,
};

pub const SESSION_KIND: RecordKind = RecordKind {
    name: "group_session",
    tables: &["group_sessions", "attendance"],
    timeline: Timeline::Shown(attendance_for),
    search: Search::Indexed {
        kind: SearchKind::new("group_session", "Group session"),
        participant: "NULL",
        date: "t.held_on",
        offset: "NULL",
    },
    export: Export::Under(&[super::consent::ConsentCategory::Attendance]),
    demo: Demo::Generated,
};

/// A participant's attendance marks, each with its session and group.
fn attendance_for(
    store: &Store,
    participant_id: ParticipantId,
    window: Recent,
) -> Result<Vec<TimelineItem>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT s.id, s.group_id, s.held_on, s.topic, s.note, s.start_time, s.duration_minutes,
                g.name, a.status
         FROM attendance a
         JOIN group_sessions s ON s.id = a.session_id
         JOIN recovery_groups g ON g.id = s.group_id
         WHERE a.participant_id = ?1 AND s.held_on >= ?3
         ORDER BY s.held_on DESC LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(
            params![participant_id, window.sql_limit(), window.sql_since_day()],
            |row| {
                let session = session_from_row(row)?;
                Ok(TimelineItem::on_day(
                    session.held_on,
                    TimelineEntry::Attendance {
                        session,
                        group_name: row.get(7)?,
                        status: row.get(8)?,
                    },
                ))
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
