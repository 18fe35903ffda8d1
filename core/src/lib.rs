//! Peerlog's core: everything a peer can do, as plain functions over an
//! encrypted store. The desktop shell and the `peerlog` CLI are thin layers
//! over this crate; nothing here knows about Tauri or a terminal.

pub mod audit;
pub mod backup;
pub mod bench;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod ids;
pub mod import;
pub mod packet;
pub mod paths;
pub mod pdf;
pub mod report;
pub mod secret;
pub mod session;
pub mod settings;
pub mod store;
#[doc(hidden)]
pub mod testing;
pub mod text;
pub mod time;
pub mod validate;
pub mod vault;
pub mod views;

pub use error::{Error, Result};
pub use paths::DataDir;
pub use session::{Credential, Peerlog};
pub use store::Store;
