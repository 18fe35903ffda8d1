//! What each command in `contract.rs` does, one module per domain. Each is
//! a few lines calling core; none knows SQL.

pub mod backup;
pub mod billing;
pub mod boundaries;
pub mod consents;
pub mod contacts;
pub mod credentials;
pub mod dialog_words;
pub mod drafts;
pub mod export;
pub mod files;
pub mod followups;
pub mod groups;
pub mod meetings;
pub mod participants;
pub mod partners;
pub mod plans;
pub mod privacy;
pub mod referrals;
pub mod review;
pub mod search;
pub mod selfcheck;
pub mod settings;
pub mod supervision;
pub mod team;
pub mod vault;
pub mod wellness;
