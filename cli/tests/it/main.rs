//! The CLI's integration tests, in one binary: each module drives the built
//! `peerlog` binary for one area. `cargo test -p peerlog-cli --test it pipes::`
//! runs one of them. Modules that make a demo caseload need the CLI built
//! with `--features devtools` (scripts/test passes it).
#![allow(clippy::disallowed_methods)] // tests read the real clock to build their dates

mod common;

#[cfg(feature = "devtools")]
mod billing;
mod cli;
mod credentials;
#[cfg(feature = "devtools")]
mod damage;
mod disk_full;
mod export;
mod import;
mod leak;
mod notes;
#[cfg(feature = "devtools")]
mod output_paths;
#[cfg(feature = "devtools")]
mod pipes;
mod plans;
mod races;
#[cfg(feature = "devtools")]
mod storm;
mod supervision;
mod team;
mod terminal_text;
