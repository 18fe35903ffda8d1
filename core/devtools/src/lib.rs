//! Tools for working on Peerlog, linked by its tests, the benchmark and the
//! CLI's `devtools` build, never by what ships: synthetic demo caseloads,
//! the benchmark (with its unencrypted twin of the store), and helpers for
//! tests.

pub mod bench;
pub mod demo;
pub mod testing;

use peerlog_core::Result;
use peerlog_core::{
    audit, domain, error, export, ids, paths, report, secret, session, store, team, time, validate,
    vault, views,
};
