//! Helpers for this workspace's tests: a quick vault and sample records.
//! The quick KDF setting exists so hundreds of tests don't each spend a
//! quarter second in Argon2id; the product always uses the default.

use crate::domain::participant::{self, Participant, ParticipantInput};
use crate::paths::DataDir;
use crate::secret::Passphrase;
use crate::session::{Created, Peerlog};
use crate::vault::Argon2Params;

pub const QUICK_KDF: Argon2Params = Argon2Params {
    memory_kib: 8 * 1024,
    iterations: 1,
    parallelism: 1,
};

pub const PASSPHRASE: &str = "tidal-quartz-lantern-meadow";

/// A new vault and store in `dir`, with the quick KDF.
pub fn create(dir: &DataDir) -> Created {
    Peerlog::create_with_params(dir, &Passphrase::new(PASSPHRASE), QUICK_KDF)
        .expect("create a test store")
}

pub fn add_participant(
    peerlog: &mut Peerlog,
    external_id: &str,
    first: &str,
    last: &str,
) -> Participant {
    participant::create(
        peerlog.store_mut(),
        ParticipantInput {
            external_id: external_id.into(),
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            ..ParticipantInput::default()
        },
    )
    .expect("add a test participant")
}
