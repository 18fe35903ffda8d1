//! Supervision without a server (docs/TEAM.md). Stores in a team never
//! share a database: each writes immutable message files into a folder the
//! program already syncs (a shared drive, OneDrive or SharePoint,
//! Syncthing), each file encrypted with age to exactly the members who
//! should read it and signed with its sender's Ed25519 key, and reads only
//! the whole files it can authenticate. Messages wait in an outbox inside
//! the store while the folder is away.

pub mod envelope;
pub mod folder;
pub mod identity;
pub mod inbox;
pub mod key;
pub mod message;
pub mod outbox;
pub mod review;
pub mod roster;
pub mod status;
pub mod summary;
pub mod supervision;

pub use key::MemberKey;
pub use status::{status, TeamStatus};

use crate::error::Result;
use crate::store::Store;

/// One exchange with the folder: a peer's week due is queued, what waits
/// in the outbox goes out, then what arrived is read. With the folder
/// away, everything waits in the store.
pub fn sync(store: &mut Store) -> Result<inbox::ReadReport> {
    let visit = send_and_prepare(store)?;
    inbox::settle(store, inbox::gather(visit)?)
}

/// [`sync`]'s first half, for a caller that reads the folder without
/// holding the store (`inbox::gather`), then applies it (`inbox::settle`).
pub fn send_and_prepare(store: &mut Store) -> Result<inbox::Visit> {
    summary::send_due(store)?;
    outbox::flush(store)?;
    inbox::prepare(store)
}

/// This store's own key, made now if it has none: what a member reads out
/// to the admin who adds them.
pub fn my_key(store: &mut Store) -> Result<MemberKey> {
    let now = store.now();
    store.write(|tx| Ok(identity::ensure(tx, now)?.key()))
}
