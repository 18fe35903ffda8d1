//! What a peer records, one module per kind with its entry in the record
//! registry (`domain::registry`); the views across kinds (caseload,
//! timeline, search, trend); the peer's own record (`credentials`,
//! `supervision`); and imports from a spreadsheet.

pub mod billing;
pub mod credentials;
pub mod domain;
pub mod import;
pub mod partners;
pub mod supervision;
pub mod views;

use peerlog_base::{error, i18n, ids, rejection, text, time, validate};
use peerlog_base::{Error, Result};
use peerlog_store::{audit, store};

#[cfg(test)]
mod tests;
