//! Peerlog's core as the desktop shell and the `peerlog` CLI see it: what
//! leaves the laptop (consent-scoped exports, sealed packets, the program
//! report, backups and restores), over the layers below, which it
//! re-exports under their own names so a shell depends on one crate.
//!
//! The layers, each a crate that depends only on those before it:
//! `peerlog-base` (errors, validation, ids, time, vocabularies),
//! `peerlog-store` (the encrypted store, vault, session, audit),
//! `peerlog-records` (the kinds of record, their registry, views, imports),
//! then this one. Demo data, the benchmark and test helpers live in
//! `peerlog-devtools`, which nothing shipped links.

pub mod agreement_copy;
pub mod backup;
pub mod billing_log;
pub mod export;
pub mod packet;
pub mod pdf;
pub mod plan_print;
pub mod privacy_register;
pub mod renewal;
pub mod report;
pub mod team;
mod words;

pub use peerlog_base::{
    clock, error, i18n, ids, refusal, rejection, text, time, validate, vocabulary,
};
pub use peerlog_records::{billing, credentials, domain, import, partners, supervision, views};
#[cfg(windows)]
pub use peerlog_store::owner_only;
pub use peerlog_store::{audit, paths, preferences, secret, session, settings, store, vault};

pub use error::{Error, Result};
pub use paths::DataDir;
pub use session::{Credential, Peerlog};
pub use store::Store;
