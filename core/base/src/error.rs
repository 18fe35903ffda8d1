//! One error type for the whole core, each variant with a stable machine code.
//!
//! Messages never carry participant data: they name fields and rules, never
//! the values a peer typed.

use crate::refusal::RestoreRefusal;
use crate::rejection::ImportRejected;
use crate::validate::ValidationError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] ValidationError),

    #[error(transparent)]
    ImportRejected(#[from] ImportRejected),

    #[error("the passphrase is not right")]
    WrongPassphrase,

    #[error("the recovery key is not right")]
    WrongRecoveryKey,

    #[error("no Peerlog vault in this data folder yet; create one first (peerlog init)")]
    NoVault,

    #[error("this data folder already holds a Peerlog vault; nothing was changed")]
    VaultExists,

    #[error("the vault file is damaged ({0}); restore it from a backup")]
    VaultDamaged(String),

    #[error("the store is damaged or unreadable ({0}); Peerlog wrote nothing to the database file — restore a backup")]
    StoreDamaged(String),

    #[error("this store was written by a newer Peerlog (schema {found}, this build knows up to {known}); update Peerlog — the file was left as it was")]
    SchemaTooNew { found: i64, known: i64 },

    #[error("no such {0}")]
    NotFound(&'static str),

    #[error("the system keyring is not available ({0}); use the passphrase")]
    Keyring(String),

    #[error("the disk is full; nothing was written")]
    DiskFull,

    #[error("could not read or write a file ({})", plain_io_reason(.0))]
    Io(std::io::Error),

    /// A plain sentence (see `From<rusqlite::Error>`): never SQLite's text.
    #[error("{0}")]
    Database(String),

    #[error("this file is not a Peerlog {0}")]
    NotPeerlogFile(&'static str),

    #[error("the {what} is damaged or was altered ({reason}); nothing in it was used")]
    FileDamaged {
        what: &'static str,
        reason: &'static str,
    },

    #[error("the {0} is incomplete (cut short); nothing in it was used")]
    FileTruncated(&'static str),

    #[error("this {what} was written by a newer Peerlog (format {found}); update Peerlog")]
    FileTooNew { what: &'static str, found: u32 },

    #[error("a file or folder is already at that path; choose another name or allow replacing it")]
    FileExists,

    #[error("that path is inside Peerlog's data folder, where the encrypted store lives; choose a place outside it — nothing was written")]
    OutputInDataFolder,

    #[error("{0}; nothing was replaced")]
    RestoreRefused(RestoreRefusal),

    #[error("the records changed after the preview; look at the preview again before exporting — nothing was written")]
    PreviewOutdated,

    #[error("another Peerlog window or command changed the vault at the same moment; nothing was changed here — try again")]
    VaultChanged,

    #[error("this note is signed, so it is never changed or deleted; correct it with an addendum")]
    NoteSigned,

    #[error("this note is not signed yet; edit it instead, or sign it before adding an addendum")]
    NoteNotSigned,

    #[error("this participant has signed notes, which are kept as records of service; change the participant's status instead of deleting them")]
    SignedNotesKept,

    #[error("this recovery plan version is signed, so it is never changed; a change makes a new version")]
    PlanSigned,

    #[error("this participant has a signed recovery plan, which is kept; change the participant's status instead of deleting them")]
    SignedPlanKept,

    #[error("this recovery plan version is not signed yet; a supervisor signs after the participant and the peer")]
    PlanNotSigned,

    #[error("this store is not in a team yet; start one or join one in Settings (peerlog team init or join)")]
    NoTeam,

    #[error("only a team {0} can do this")]
    TeamRoleRequired(&'static str),
    #[error("this supervision session is acknowledged, so it is never changed; only your private note can be")]
    SupervisionAcknowledged,

    #[error(
        "you recorded this supervision session as the supervisor; only the peer acknowledges it"
    )]
    SupervisionOwnSession,

    /// Names the agreement (an organisation's document, never a person) so
    /// the peer knows which one to renew.
    #[error("the data-sharing agreement \"{agreement}\" with this partner expired on {expired_on} and no other is in force; record the renewed agreement before exporting to them — nothing was written")]
    AgreementExpired {
        agreement: String,
        expired_on: chrono::NaiveDate,
    },
}

/// Every code [`Error::code`] gives, but `invalid.<field>` (which names a
/// field): each language words each one.
pub const CODES: &[&str] = &[
    "import_rejected",
    "wrong_passphrase",
    "wrong_recovery_key",
    "no_vault",
    "vault_exists",
    "vault_damaged",
    "store_damaged",
    "schema_too_new",
    "not_found",
    "keyring_unavailable",
    "disk_full",
    "io",
    "database",
    "not_a_peerlog_file",
    "file_damaged",
    "file_truncated",
    "file_too_new",
    "file_exists",
    "output_in_data_folder",
    "restore_refused",
    "preview_outdated",
    "vault_changed",
    "note_signed",
    "note_not_signed",
    "signed_notes_kept",
    "plan_signed",
    "signed_plan_kept",
    "plan_not_signed",
    "no_team",
    "team_role_required",
    "supervision_acknowledged",
    "supervision_own_session",
    "agreement_expired",
];

impl Error {
    /// The stable code scripts and the UI act on. Validation codes name the
    /// field: `invalid.duration_minutes`.
    pub fn code(&self) -> String {
        match self {
            Error::Invalid(e) => format!("invalid.{}", e.field),
            Error::ImportRejected(_) => "import_rejected".into(),
            Error::WrongPassphrase => "wrong_passphrase".into(),
            Error::WrongRecoveryKey => "wrong_recovery_key".into(),
            Error::NoVault => "no_vault".into(),
            Error::VaultExists => "vault_exists".into(),
            Error::VaultDamaged(_) => "vault_damaged".into(),
            Error::StoreDamaged(_) => "store_damaged".into(),
            Error::SchemaTooNew { .. } => "schema_too_new".into(),
            Error::NotFound(_) => "not_found".into(),
            Error::Keyring(_) => "keyring_unavailable".into(),
            Error::DiskFull => "disk_full".into(),
            Error::Io(_) => "io".into(),
            Error::Database(_) => "database".into(),
            Error::NotPeerlogFile(_) => "not_a_peerlog_file".into(),
            Error::FileDamaged { .. } => "file_damaged".into(),
            Error::FileTruncated(_) => "file_truncated".into(),
            Error::FileTooNew { .. } => "file_too_new".into(),
            Error::FileExists => "file_exists".into(),
            Error::OutputInDataFolder => "output_in_data_folder".into(),
            Error::RestoreRefused(_) => "restore_refused".into(),
            Error::PreviewOutdated => "preview_outdated".into(),
            Error::VaultChanged => "vault_changed".into(),
            Error::NoteSigned => "note_signed".into(),
            Error::NoteNotSigned => "note_not_signed".into(),
            Error::SignedNotesKept => "signed_notes_kept".into(),
            Error::PlanSigned => "plan_signed".into(),
            Error::SignedPlanKept => "signed_plan_kept".into(),
            Error::PlanNotSigned => "plan_not_signed".into(),
            Error::NoTeam => "no_team".into(),
            Error::TeamRoleRequired(_) => "team_role_required".into(),
            Error::SupervisionAcknowledged => "supervision_acknowledged".into(),
            Error::SupervisionOwnSession => "supervision_own_session".into(),
            Error::AgreementExpired { .. } => "agreement_expired".into(),
        }
    }

    /// Whether the input was refused before anything was written.
    pub fn is_invalid_input(&self) -> bool {
        matches!(self, Error::Invalid(_) | Error::ImportRejected(_))
    }

    /// Whether the store or vault on disk could not be read as it is.
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            Error::VaultDamaged(_) | Error::StoreDamaged(_) | Error::SchemaTooNew { .. }
        )
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::StorageFull {
            Error::DiskFull
        } else {
            Error::Io(e)
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskFull,
            Some(ErrorCode::NotADatabase) => Error::StoreDamaged(
                "the file is not a Peerlog store or does not match this vault".into(),
            ),
            Some(ErrorCode::DatabaseCorrupt) => Error::StoreDamaged("the file is corrupt".into()),
            // SQLite's own text (SQL, constraint names, page numbers) is for
            // developers; the peer gets a sentence about what happened.
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Database(
                "the store is busy in another Peerlog window or command; try again in a moment"
                    .into(),
            ),
            Some(ErrorCode::ReadOnly) => Error::Database(
                "the store could not be written: its file or folder is read-only".into(),
            ),
            Some(ErrorCode::PermissionDenied) | Some(ErrorCode::CannotOpen) => Error::Database(
                "the store's files could not be opened (missing, or not allowed)".into(),
            ),
            Some(ErrorCode::SystemIoFailure) => Error::Database(
                "the store could not be read or written (the disk reported an error)".into(),
            ),
            _ => Error::Database("the store could not complete the operation".into()),
        }
    }
}

/// What went wrong with a file, in words: the operating system's own text
/// (`File exists (os error 17)`) never reaches the peer. A message Peerlog
/// itself put in the error is kept.
pub fn plain_io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if e.raw_os_error().is_none() {
        if let Some(inner) = e.get_ref() {
            return inner.to_string();
        }
    }
    match e.kind() {
        K::NotFound => "the file or folder does not exist",
        K::PermissionDenied => "not allowed to read or write there",
        K::AlreadyExists => "a file or folder is already there",
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "the disk quota is used up",
        K::ReadOnlyFilesystem => "the disk is read-only",
        K::IsADirectory => "that is a folder, not a file",
        K::NotADirectory => "a part of the path is not a folder",
        K::DirectoryNotEmpty => "the folder is not empty",
        K::FileTooLarge => "the file is too large",
        K::InvalidFilename | K::InvalidInput => "the name is not valid",
        K::CrossesDevices => "it would move a file to another disk",
        K::BrokenPipe => "the program reading the output stopped",
        K::UnexpectedEof => "a file ended sooner than expected",
        K::Interrupted | K::TimedOut | K::WouldBlock => "the operation was interrupted",
        _ => "the system refused",
    }
    .to_string()
}
