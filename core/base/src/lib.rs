//! The leaf of Peerlog's core: what every layer above shares and nothing
//! here depends on another Peerlog crate. The one error type (with import
//! and restore refusals as plain data), validation rules, record ids,
//! time, text rules, and the closed vocabularies.

pub mod clock;
pub mod error;
pub mod ids;
pub mod note_format;
pub mod refusal;
pub mod rejection;
pub mod text;
pub mod time;
pub mod validate;
pub mod vocabulary;
pub mod worded;

pub use error::{Error, Result};
pub use peerlog_i18n as i18n;
