//! What a payer pays for and how: each payer's rules as data a program can
//! set (the unit's length and rounding, the daily and yearly caps, the
//! group size limit, the code and its modifiers), with presets for payers
//! whose published rules differ. Nothing here is a constant of one state.

pub mod log;
pub mod payers;
pub mod presets;
pub mod profile;
pub mod rounding;

pub use payers::Payer;
pub use profile::{PayerProfile, UnitCheck};
pub use rounding::Rounding;
