//! The team at a glance: who is in it, whether the folder is there, what
//! waits to go out, and what the last read could not use.

use super::inbox::{self, ReadReport};
use super::outbox;
use super::roster::{self, Member, Team};
use crate::error::Result;
use crate::store::Store;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TeamStatus {
    pub team: Team,
    pub members: Vec<Member>,
    /// Whether the admin's roster has named this store yet.
    pub admitted: bool,
    pub folder_available: bool,
    /// Messages sealed and waiting for the folder.
    pub waiting: u32,
    pub last_read: Option<ReadReport>,
}

/// The team's status; `None` when this store is in no team.
pub fn status(store: &Store) -> Result<Option<TeamStatus>> {
    let conn = store.conn();
    let Some(team) = roster::get(conn)? else {
        return Ok(None);
    };
    let members = roster::members(conn)?;
    Ok(Some(TeamStatus {
        admitted: members.iter().any(|m| m.is_me),
        folder_available: super::folder::is_available(&team.folder),
        waiting: outbox::waiting(conn)?,
        last_read: inbox::last_read(conn)?,
        team,
        members,
    }))
}
