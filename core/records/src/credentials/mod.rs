//! The peer's own record: their certifications, each with the renewal rule
//! its board sets (hours by category per period, a grace period), and the
//! trainings and continuing education that count toward it, certificates
//! kept inside the encrypted store. Private to the peer, like the
//! self-check: nothing here names a participant, and nothing here leaves in
//! an export, a report or a search. Rules differ between states and boards,
//! so they are data with presets, never constants.

pub mod category;
pub mod certificate;
pub mod credential;
pub mod hours;
pub(crate) mod kept_file;
pub mod presets;
pub mod progress;
pub mod rule;
pub mod training;

pub use credential::{Credential, CredentialInput};
pub use progress::{Period, Progress, Standing};
pub use rule::{Minimum, RenewalRule};
pub use training::{Training, TrainingInput};
