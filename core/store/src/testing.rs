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

/// A store left at an older schema `version`, with rows `fill` writes as
/// a build of that time would have; opening it (`Store::open`) then runs
/// the later migrations. For the tests of a migration's own code.
pub fn store_at_version(
    path: &std::path::Path,
    key: &crate::secret::DataKey,
    version: i64,
    fill: impl FnOnce(&rusqlite::Connection),
) {
    let mut conn = rusqlite::Connection::open(path).expect("open the old store");
    conn.execute_batch(&key.sqlcipher_pragma())
        .expect("key the old store");
    conn.execute_batch("PRAGMA foreign_keys = ON;")
        .expect("foreign keys");
    crate::store::schema_up_to(&mut conn, version).expect("migrate to the old version");
    fill(&conn);
}
