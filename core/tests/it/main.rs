//! Core's integration tests, in one binary so SQLCipher and OpenSSL are
//! linked once and the tests of every area share the machine's cores. Each
//! module is one area; `cargo test -p peerlog-core --test it crash::` runs
//! one of them.
#![allow(clippy::disallowed_methods)] // tests read the real clock to build their dates

mod common;
mod export_support;

mod backup_restore;
mod bench_smoke;
mod billing_log;
mod clock;
mod crash;
mod credentials;
mod domain;
mod encryption;
mod export_language;
mod export_pdf_standards;
mod export_properties;
mod export_report;
mod export_rules;
mod group_notes;
mod hardening;
mod languages;
mod note_goals;
mod note_parts;
mod os_keyring;
mod packet_format;
mod partners;
mod payers;
mod privacy_register;
mod recovery_plans;
mod referral_outcome;
mod registry;
mod signed_notes;
mod supervision;
mod team;
mod team_syncthing;
mod validation;
mod vault_create;
mod week_summary;
#[cfg(windows)]
mod windows;
