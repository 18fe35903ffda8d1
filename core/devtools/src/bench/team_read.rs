//! The supervisor's read of a busy team folder: `peers` peers' stores each
//! send `weeks` weekly summaries (a year of them for twenty peers is about
//! 1,000 files), then the supervisor's store reads the folder: once with
//! every file new (each one decrypted, its signature checked, applied in
//! its own transaction), and again with every file already settled, as on
//! every later sync.

use crate::error::Result;
use crate::paths::DataDir;
use crate::team::message::Message;
use crate::team::roster::{self, NewMember, NewMemberSelf, TeamRole};
use crate::team::{self, outbox, summary};
use crate::views::week_summary::WeekSummary;
use chrono::{Duration as Days, NaiveDate};
use std::path::Path;
use std::time::{Duration, Instant};

pub struct TeamReadReport {
    pub peers: usize,
    pub files: usize,
    pub first_read: Duration,
    pub settled_read: Duration,
    pub weeks_held: usize,
}

impl TeamReadReport {
    pub fn to_markdown(&self) -> String {
        format!(
            "| operation | time |\n|---|---|\n\
             | read {} new message files from {} peers (decrypt, check, apply) | {:.0} ms |\n\
             | read the same folder again, every file settled | {:.1} ms |\n\n\
             The supervisor's store holds {} weeks.\n",
            self.files,
            self.peers,
            super::timing::millis(self.first_read),
            super::timing::millis(self.settled_read),
            self.weeks_held
        )
    }
}

/// Builds the team in `dir` (fresh every run) and times the reads.
pub fn run(
    dir: &Path,
    peers: usize,
    weeks: usize,
    log: &mut dyn FnMut(&str),
) -> Result<TeamReadReport> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    let folder = dir.join("team-folder");
    std::fs::create_dir_all(&folder)?;
    let mut supervisor = crate::testing::create(&DataDir::new(dir.join("supervisor"))).peerlog;
    roster::init(
        supervisor.store_mut(),
        "Benchmark team",
        folder.clone(),
        NewMemberSelf {
            name: "Supervisor".into(),
            role: TeamRole::Supervisor,
            credential: None,
        },
    )?;
    let admin = team::my_key(supervisor.store_mut())?;
    log(&format!("team: {peers} peers, {weeks} weeks each"));
    let mut stores = Vec::with_capacity(peers);
    for n in 0..peers {
        let mut peer = crate::testing::create(&DataDir::new(dir.join(format!("peer-{n}")))).peerlog;
        let key = team::my_key(peer.store_mut())?;
        roster::add_member(
            supervisor.store_mut(),
            NewMember {
                key: key.to_string(),
                name: format!("Peer {n}"),
                role: TeamRole::Peer,
                credential: None,
            },
        )?;
        roster::join(peer.store_mut(), folder.clone(), &admin.to_string())?;
        stores.push(peer);
    }
    team::sync(supervisor.store_mut())?;
    let last = crate::views::week_summary::last_complete_week(supervisor.store().today());
    for peer in &mut stores {
        team::sync(peer.store_mut())?;
        let store = peer.store_mut();
        let now = store.now();
        let to = vec![admin.clone()];
        store.write(|tx| {
            for week in 1..weeks {
                let summary = week_of(last - Days::weeks(week as i64));
                outbox::queue(tx, now, to.clone(), Message::WeekSummary(summary))?;
            }
            Ok(())
        })?;
        team::sync(store)?;
    }
    let files = team::folder::message_names(&folder)?.len();
    log(&format!("timing: the supervisor reads {files} files"));
    let started = Instant::now();
    let first = team::inbox::read(supervisor.store_mut())?;
    let first_read = started.elapsed();
    let started = Instant::now();
    team::inbox::read(supervisor.store_mut())?;
    let settled_read = started.elapsed();
    let weeks_held = summary::by_peer(supervisor.store())?
        .iter()
        .map(|p| p.weeks.len())
        .sum();
    log(&format!("applied {} messages", first.applied));
    Ok(TeamReadReport {
        peers,
        files,
        first_read,
        settled_read,
        weeks_held,
    })
}

fn week_of(week_start: NaiveDate) -> WeekSummary {
    WeekSummary {
        week_start,
        active_participants: 18,
        not_seen_14_days: 3,
        overdue_followups: 2,
        plan_reviews_due: 1,
        unsigned_notes: 4,
        units_by_payer: Vec::new(),
        group_sessions: 2,
        group_attendance: 14,
    }
}
