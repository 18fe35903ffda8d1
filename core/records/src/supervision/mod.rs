//! Supervision sessions: the supervision a peer receives, kept in the
//! peer's store and (for the same session) in the supervisor's, each side
//! with its own private note. The peer's own record, like the credentials
//! it counts toward: nothing here names a participant, and nothing here
//! leaves in an export, a report or a search. How a session travels
//! between the two stores is the team layer's business, not this one's.

pub mod session;
pub mod vocabulary;

use crate::domain::registry::{Demo, Export, RecordKind, Search, Timeline};

pub use session::{Session, SessionInput, SessionShared};
pub use vocabulary::{SupervisionKind, SupervisionSide, SupervisionTopic};

pub const KIND: RecordKind = RecordKind {
    name: "supervision_session",
    tables: &["supervision_sessions"],
    timeline: Timeline::NotShown("supervision is the peer's own record, not a participant's"),
    search: Search::NotIndexed("the peer's own record is private to the peer and never searched"),
    export: Export::Never("supervision sessions are the peer's own record, private to the peer"),
    demo: Demo::NotGenerated("supervision is the peer's own, not part of a caseload"),
};
