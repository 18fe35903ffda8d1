//! The team a store belongs to: its name, its folder, and its members with
//! their roles. One member, the admin (whoever started the team, usually
//! the supervisor), keeps the roster; the others take it from the admin's
//! roster messages, so a member a peer's store never heard of, or one the
//! admin removed, cannot send it anything it will apply.

use super::identity;
use super::key::MemberKey;
use super::message::{Roster, RosterMember};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{in_range, optional_text, required_text, Checked};
use peerlog_base::text_enum;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use uuid::Uuid;

pub use TeamRole as Role;

text_enum!(TeamRole {
    Peer = "peer" / "Peer",
    Supervisor = "supervisor" / "Supervisor",
});

/// The team as this store knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Team {
    /// None until the admin's first roster reaches a store that joined.
    #[cfg_attr(feature = "bindings", ts(type = "string | null"))]
    pub id: Option<Uuid>,
    pub name: Option<String>,
    #[cfg_attr(feature = "bindings", ts(type = "string"))]
    pub folder: PathBuf,
    #[cfg_attr(feature = "bindings", ts(type = "string"))]
    pub admin: MemberKey,
    pub roster_version: u32,
    pub review_sample_percent: u8,
}

// Named apart in TypeScript from a recovery group's member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS), ts(rename = "TeamMember"))]
#[serde(rename_all = "camelCase")]
pub struct Member {
    #[cfg_attr(feature = "bindings", ts(type = "string"))]
    pub key: MemberKey,
    pub fingerprint: String,
    pub name: String,
    pub role: TeamRole,
    pub credential: Option<String>,
    pub is_me: bool,
}

/// Who this store is in the team: its name, role and credential, as the
/// admin listed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Me {
    pub key: MemberKey,
    pub name: String,
    pub role: TeamRole,
    pub credential: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NewMember {
    pub key: String,
    pub name: String,
    pub role: TeamRole,
    pub credential: Option<String>,
}

impl NewMember {
    fn checked(self) -> Checked<(MemberKey, String, TeamRole, Option<String>)> {
        Ok((
            MemberKey::parse("key", &self.key)?,
            required_text("name", &self.name, 120)?,
            self.role,
            optional_text("credential", self.credential.as_deref(), 60)?,
        ))
    }
}

fn checked_folder(folder: PathBuf) -> Checked<PathBuf> {
    let text = required_text("folder", &folder.to_string_lossy(), 4000)?;
    Ok(PathBuf::from(text))
}

/// Starts a team with this store as its admin and first member; the
/// roster goes out as members are added.
pub fn init(store: &mut Store, name: &str, folder: PathBuf, me: NewMemberSelf) -> Result<Team> {
    let name = required_text("name", name, 120)?;
    let folder = checked_folder(folder)?;
    let my_name = required_text("your_name", &me.name, 120)?;
    let credential = optional_text("credential", me.credential.as_deref(), 60)?;
    let now = store.now();
    store.write(|tx| {
        refuse_second_team(tx)?;
        let key = identity::ensure(tx, now)?.key();
        tx.execute(
            "INSERT INTO team (only, id, name, folder, admin_key, roster_version, joined_at)
             VALUES (1, ?1, ?2, ?3, ?4, 1, ?5)",
            params![
                Uuid::now_v7().to_string(),
                name,
                folder.to_string_lossy(),
                key,
                now.to_string()
            ],
        )?;
        insert_member(tx, &key, &my_name, me.role, credential.as_deref(), now)?;
        crate::audit::record(
            tx,
            now,
            crate::audit::AuditAction::TeamChanged,
            "team started",
        )?;
        get(tx)?.ok_or(Error::NoTeam)
    })
}

/// This store's own name and role when it starts a team.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NewMemberSelf {
    pub name: String,
    pub role: TeamRole,
    pub credential: Option<String>,
}

/// Joins the team whose admin has `admin_key`, through `folder`. The
/// team's name and members arrive with the admin's roster, once the admin
/// has added this store's key.
pub fn join(store: &mut Store, folder: PathBuf, admin_key: &str) -> Result<Team> {
    let folder = checked_folder(folder)?;
    let admin = MemberKey::parse("admin_key", admin_key)?;
    let now = store.now();
    store.write(|tx| {
        refuse_second_team(tx)?;
        let me = identity::ensure(tx, now)?.key();
        if me == admin {
            return Err(crate::validate::ValidationError::new(
                "admin_key",
                crate::validate::Problem::Duplicate,
            )
            .into());
        }
        tx.execute(
            "INSERT INTO team (only, folder, admin_key, roster_version, joined_at)
             VALUES (1, ?1, ?2, 0, ?3)",
            params![folder.to_string_lossy(), admin, now.to_string()],
        )?;
        crate::audit::record(
            tx,
            now,
            crate::audit::AuditAction::TeamChanged,
            "team joined",
        )?;
        get(tx)?.ok_or(Error::NoTeam)
    })
}

fn refuse_second_team(conn: &Connection) -> Result<()> {
    if get(conn)?.is_some() {
        return Err(crate::validate::ValidationError::new(
            "team",
            crate::validate::Problem::Duplicate,
        )
        .into());
    }
    Ok(())
}

pub fn get(conn: &Connection) -> Result<Option<Team>> {
    let row = conn
        .query_row(
            "SELECT id, name, folder, admin_key, roster_version, review_sample_percent FROM team WHERE only = 1",
            [],
            |row| {
                let id: Option<String> = row.get(0)?;
                Ok(Team {
                    id: id.and_then(|id| Uuid::parse_str(&id).ok()),
                    name: row.get(1)?,
                    folder: PathBuf::from(row.get::<_, String>(2)?),
                    admin: row.get(3)?,
                    roster_version: row.get(4)?,
                    review_sample_percent: row.get(5)?,
                })
            },
        )
        .optional()?;
    Ok(row)
}

pub fn require(conn: &Connection) -> Result<Team> {
    get(conn)?.ok_or(Error::NoTeam)
}

/// Members in force (not removed), admin first, then by name.
pub fn members(conn: &Connection) -> Result<Vec<Member>> {
    let me = identity::load(conn)?.map(|identity| identity.key());
    let admin = get(conn)?.map(|team| team.admin);
    let mut members: Vec<Member> = conn
        .prepare(
            "SELECT key, name, role, credential FROM team_members WHERE removed_at IS NULL ORDER BY name",
        )?
        .query_map([], |row| {
            let key: MemberKey = row.get(0)?;
            Ok(Member {
                fingerprint: key.fingerprint(),
                is_me: Some(&key) == me.as_ref(),
                key,
                name: row.get(1)?,
                role: row.get(2)?,
                credential: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    members.sort_by_key(|m| Some(&m.key) != admin.as_ref());
    Ok(members)
}

/// The member in force with this key, if any.
pub fn member(conn: &Connection, key: &MemberKey) -> Result<Option<Member>> {
    Ok(members(conn)?.into_iter().find(|m| &m.key == key))
}

/// This store as a member of its team; refused before it is one.
pub fn me(conn: &Connection) -> Result<Me> {
    require(conn)?;
    let key = identity::load(conn)?.ok_or(Error::NoTeam)?.key();
    let member = member(conn, &key)?.ok_or(Error::NoTeam)?;
    Ok(Me {
        key,
        name: member.name,
        role: member.role,
        credential: member.credential,
    })
}

/// Refused unless this store is the team's admin.
pub fn require_admin(conn: &Connection) -> Result<Team> {
    let team = require(conn)?;
    let me = identity::load(conn)?.map(|identity| identity.key());
    if me.as_ref() != Some(&team.admin) {
        return Err(Error::TeamRoleRequired("admin"));
    }
    Ok(team)
}

/// Adds a member by the key they read out, and sends the new roster to
/// everyone in it.
pub fn add_member(store: &mut Store, member: NewMember) -> Result<Member> {
    let (key, name, role, credential) = member.checked()?;
    let now = store.now();
    store.write(|tx| {
        require_admin(tx)?;
        if self::member(tx, &key)?.is_some() {
            return Err(crate::validate::ValidationError::new(
                "key",
                crate::validate::Problem::Duplicate,
            )
            .into());
        }
        // A member removed before and added again starts a fresh row's life.
        tx.execute("DELETE FROM team_members WHERE key = ?1", [&key])?;
        insert_member(tx, &key, &name, role, credential.as_deref(), now)?;
        crate::audit::record(
            tx,
            now,
            crate::audit::AuditAction::TeamChanged,
            "member added",
        )?;
        send_roster(tx, now)?;
        self::member(tx, &key)?.ok_or(Error::NotFound("member"))
    })
}

/// Removes a member: nothing new is encrypted to them, and nothing they
/// send from now on is applied. The new roster goes to those who remain.
pub fn remove_member(store: &mut Store, key: &str) -> Result<()> {
    let key = MemberKey::parse("key", key)?;
    let now = store.now();
    store.write(|tx| {
        let team = require_admin(tx)?;
        if key == team.admin {
            return Err(Error::TeamRoleRequired("admin"));
        }
        let changed = tx.execute(
            "UPDATE team_members SET removed_at = ?2 WHERE key = ?1 AND removed_at IS NULL",
            params![key, now.to_string()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("member"));
        }
        crate::audit::record(
            tx,
            now,
            crate::audit::AuditAction::TeamChanged,
            "member removed",
        )?;
        send_roster(tx, now)
    })
}

/// Sets the share of signed notes a peer's app submits for review.
pub fn set_review_sample(store: &mut Store, percent: u8) -> Result<Team> {
    in_range("review_sample_percent", i64::from(percent), 1, 100)?;
    let now = store.now();
    store.write(|tx| {
        require_admin(tx)?;
        tx.execute(
            "UPDATE team SET review_sample_percent = ?1 WHERE only = 1",
            [percent],
        )?;
        send_roster(tx, now)?;
        require(tx)
    })
}

fn insert_member(
    conn: &Connection,
    key: &MemberKey,
    name: &str,
    role: TeamRole,
    credential: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    conn.execute(
        "INSERT INTO team_members (key, name, role, credential, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![key, name, role, credential, now.to_string()],
    )?;
    Ok(())
}

/// Bumps the roster's version and queues it for every member but this one.
fn send_roster(conn: &Connection, now: Timestamp) -> Result<()> {
    conn.execute(
        "UPDATE team SET roster_version = roster_version + 1 WHERE only = 1",
        [],
    )?;
    let roster = current(conn)?;
    let to: Vec<MemberKey> = members(conn)?
        .into_iter()
        .filter(|m| !m.is_me)
        .map(|m| m.key)
        .collect();
    super::outbox::queue(conn, now, to, super::message::Message::Roster(roster))
}

/// The roster as this store holds it.
pub fn current(conn: &Connection) -> Result<Roster> {
    let team = require(conn)?;
    Ok(Roster {
        team_id: team.id.ok_or(Error::NoTeam)?,
        name: team.name.unwrap_or_default(),
        version: team.roster_version,
        review_sample_percent: team.review_sample_percent,
        members: members(conn)?
            .into_iter()
            .map(|m| RosterMember {
                key: m.key,
                name: m.name,
                role: m.role,
                credential: m.credential,
            })
            .collect(),
    })
}

/// Applies a roster from the admin when it is newer than the one held:
/// members it lists are in force, those it no longer lists are removed.
/// An older roster, replayed, changes nothing.
pub fn apply(conn: &Connection, roster: &Roster, now: Timestamp) -> Result<bool> {
    let team = require(conn)?;
    if roster.version <= team.roster_version {
        return Ok(false);
    }
    if team.id.is_some_and(|id| id != roster.team_id) {
        return Ok(false);
    }
    conn.execute(
        "UPDATE team SET id = ?1, name = ?2, roster_version = ?3, review_sample_percent = ?4 WHERE only = 1",
        params![
            roster.team_id.to_string(),
            roster.name,
            roster.version,
            roster.review_sample_percent.clamp(1, 100)
        ],
    )?;
    conn.execute(
        "UPDATE team_members SET removed_at = ?1 WHERE removed_at IS NULL",
        [now.to_string()],
    )?;
    for member in &roster.members {
        conn.execute(
            "INSERT INTO team_members (key, name, role, credential, added_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (key) DO UPDATE SET name = excluded.name, role = excluded.role,
                 credential = excluded.credential, removed_at = NULL",
            params![
                member.key,
                member.name,
                member.role,
                member.credential,
                now.to_string()
            ],
        )?;
    }
    Ok(true)
}
