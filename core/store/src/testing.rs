//! For tests here and in the crates above: a vault made with a quick KDF,
//! so hundreds of tests don't each spend a quarter second in Argon2id. The
//! product always uses the default; only test builds have this module.

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
