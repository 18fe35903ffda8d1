//! Every error code the UI can receive, for the `ErrorCode` union in the
//! bindings: core's, by asking `Error::code()` of one error of each kind,
//! and the shell's own, declared in `contract.rs`.

use peerlog_core::backup::RestoreRefusal;
use peerlog_core::import::ImportRejected;
use peerlog_core::validate::{Problem, ValidationError};
use peerlog_core::Error;
use std::collections::BTreeSet;

/// One core error of each kind.
fn one_of_each() -> Vec<Error> {
    vec![
        Error::Invalid(ValidationError::new("field", Problem::Required)),
        Error::ImportRejected(ImportRejected {
            problems: Vec::new(),
            hint: None,
        }),
        Error::WrongPassphrase,
        Error::WrongRecoveryKey,
        Error::NoVault,
        Error::VaultExists,
        Error::VaultDamaged(String::new()),
        Error::StoreDamaged(String::new()),
        Error::SchemaTooNew { found: 0, known: 0 },
        Error::NotFound(""),
        Error::Keyring(String::new()),
        Error::DiskFull,
        Error::Io(std::io::Error::other("")),
        Error::Database(String::new()),
        Error::NotPeerlogFile(""),
        Error::FileDamaged {
            what: "",
            reason: "",
        },
        Error::FileTruncated(""),
        Error::FileTooNew { what: "", found: 0 },
        Error::FileExists,
        Error::OutputInDataFolder,
        Error::RestoreRefused(RestoreRefusal::InUse),
        Error::PreviewOutdated,
        Error::VaultChanged,
        Error::NoteSigned,
        Error::NoteNotSigned,
        Error::SignedNotesKept,
        Error::PlanSigned,
        Error::SignedPlanKept,
        Error::PlanNotSigned,
        Error::NoTeam,
        Error::TeamRoleRequired(""),
        Error::SupervisionAcknowledged,
        Error::SupervisionOwnSession,
        Error::AgreementExpired {
            agreement: "Data-sharing agreement 2026".into(),
            expired_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
        },
    ]
}

/// Which kind an error is. No wildcard: a kind added to core stops this
/// compiling until it gets the next number here (and `KINDS` grows), and
/// then `every_kind_has_a_sample` fails until `one_of_each` holds one.
fn kind(e: &Error) -> usize {
    match e {
        Error::Invalid(_) => 0,
        Error::ImportRejected(_) => 1,
        Error::WrongPassphrase => 2,
        Error::WrongRecoveryKey => 3,
        Error::NoVault => 4,
        Error::VaultExists => 5,
        Error::VaultDamaged(_) => 6,
        Error::StoreDamaged(_) => 7,
        Error::SchemaTooNew { .. } => 8,
        Error::NotFound(_) => 9,
        Error::Keyring(_) => 10,
        Error::DiskFull => 11,
        Error::Io(_) => 12,
        Error::Database(_) => 13,
        Error::NotPeerlogFile(_) => 14,
        Error::FileDamaged { .. } => 15,
        Error::FileTruncated(_) => 16,
        Error::FileTooNew { .. } => 17,
        Error::FileExists => 18,
        Error::OutputInDataFolder => 19,
        Error::RestoreRefused(_) => 20,
        Error::PreviewOutdated => 21,
        Error::VaultChanged => 22,
        Error::NoteSigned => 23,
        Error::NoteNotSigned => 24,
        Error::SignedNotesKept => 25,
        Error::PlanSigned => 26,
        Error::SignedPlanKept => 27,
        Error::PlanNotSigned => 28,
        Error::NoTeam => 29,
        Error::TeamRoleRequired(_) => 30,
        Error::SupervisionAcknowledged => 31,
        Error::SupervisionOwnSession => 32,
        Error::AgreementExpired { .. } => 33,
    }
}
const KINDS: usize = 34;

/// Every code, core's and the shell's; a validation code stands as
/// `invalid.field`.
pub fn every_code() -> BTreeSet<String> {
    let mut codes: BTreeSet<String> = one_of_each().iter().map(Error::code).collect();
    codes.extend(
        crate::contract::described()
            .shell_codes
            .iter()
            .map(|c| c.to_string()),
    );
    codes
}

#[test]
fn every_kind_has_a_sample() {
    let kinds: BTreeSet<usize> = one_of_each().iter().map(kind).collect();
    assert_eq!(kinds, (0..KINDS).collect());
}
