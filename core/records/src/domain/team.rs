//! The team folder's tables, registered as one kind: this store's keys, the
//! team and its members, the messages waiting and sent, and what other
//! stores sent it (notes for review, weekly counts). The exchange itself
//! lives in `peerlog_core::team`, above the records it reads.

use super::registry::{Demo, Export, RecordKind, Search, Timeline};

pub const KIND: RecordKind = RecordKind {
    name: "team",
    tables: &[
        "team_identity",
        "team",
        "team_members",
        "team_outbox",
        "team_sent",
        "team_files_seen",
        "team_messages_applied",
        "review_queue",
        "team_week_summaries",
    ],
    timeline: Timeline::NotShown("team messages are the team's, not a participant's record"),
    search: Search::NotIndexed(
        "notes other peers submitted for review belong to their records, not this caseload",
    ),
    export: Export::Never(
        "the team's keys and messages travel only to the team, sealed to its members",
    ),
    demo: Demo::NotGenerated("a team needs other stores; the demo is one store"),
};
