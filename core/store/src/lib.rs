//! The encrypted store and what guards it: SQLCipher with append-only
//! migrations, the key vault, the unlocked session, settings and the audit
//! log. Knows no kind of record.

pub mod audit;
#[cfg(windows)]
pub mod owner_only;
pub mod paths;
pub mod preferences;
pub mod secret;
pub mod session;
pub mod settings;
pub mod store;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod vault;

use peerlog_base::{clock, error, i18n, text, time, validate};

pub use paths::DataDir;
pub use session::{Credential, Peerlog};
pub use store::Store;
