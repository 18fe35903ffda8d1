//! Derived views a peer reads: the caseload, a participant's timeline, the
//! wellness trend, follow-ups due, search, and the week's counts sent to a
//! supervisor. Reads only.

pub mod caseload;
pub mod followups;
pub mod search;
pub mod timeline;
pub mod trend;
pub mod week_summary;
