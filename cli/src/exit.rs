//! Exit statuses and the one-line `error:` report.

use peerlog_core::i18n::Language;
use peerlog_core::Error;
use std::process::ExitCode;

pub const HELP: &str = "\
Exit status:
  0  ok
  1  other failure (keyring, disk full, file system)
  2  usage (a wrong option or argument; no terminal to ask on)
  3  wrong passphrase or recovery key
  4  invalid input (nothing was written)
  5  store unreadable or damaged (nothing was written to the database file)

Environment:
  PEERLOG_DATA_DIR        the data folder, as --data-dir
  PEERLOG_LANG            the language (en or es), as --lang
  PEERLOG_PASSPHRASE      the passphrase, for scripts (else asked on the terminal)
  PEERLOG_NEW_PASSPHRASE  the new passphrase for init, change-passphrase and recover
  PEERLOG_RECOVERY_KEY    the recovery key, for recover and restore --recovery-key
  PEERLOG_PACKET_PASSPHRASE  the passphrase agreed with a packet's recipient, for
                          export --format pack and open-pack
  PEERLOG_DEBUG           set to 1 to have verify also print SQLite's own lines";

pub enum Failure {
    Core(Error),
    Usage(String),
    /// Standard output could not be written (see `out`).
    Output(std::io::Error),
    /// A failure the command words itself, with its exit status.
    Said {
        status: u8,
        message: String,
    },
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}

pub type Outcome = Result<(), Failure>;

pub fn status(error: &Error) -> u8 {
    match error {
        // The same condition as `FileExists`, met by a lower-level write.
        Error::Io(e) if e.kind() == std::io::ErrorKind::AlreadyExists => 4,
        Error::WrongPassphrase | Error::WrongRecoveryKey => 3,
        Error::Invalid(_)
        | Error::ImportRejected(_)
        | Error::VaultExists
        | Error::FileExists
        | Error::OutputInDataFolder
        | Error::RestoreRefused(_)
        | Error::PreviewOutdated
        | Error::NoteSigned
        | Error::NoteNotSigned
        | Error::SignedNotesKept
        | Error::PlanSigned
        | Error::SignedPlanKept
        | Error::PlanNotSigned
        | Error::SupervisionAcknowledged
        | Error::SupervisionOwnSession
        | Error::NoTeam
        | Error::TeamRoleRequired(_) => 4,
        Error::NoVault
        | Error::VaultDamaged(_)
        | Error::StoreDamaged(_)
        | Error::SchemaTooNew { .. }
        | Error::NotPeerlogFile(_)
        | Error::FileDamaged { .. }
        | Error::FileTruncated(_)
        | Error::FileTooNew { .. } => 5,
        _ => 1,
    }
}

impl Failure {
    /// Prints the failure and gives its exit status. Peerlog's own errors
    /// are worded in `language`; usage lines and the command's own words
    /// stay English.
    pub fn report(self, language: Language) -> ExitCode {
        match self {
            Failure::Usage(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
            Failure::Core(Error::ImportRejected(rejected)) => {
                let error = Error::ImportRejected(rejected);
                let text = error.to_string();
                let mut lines = text.lines();
                // The summary in the reader's language; the rows' problems
                // follow as the import wrote them, each naming its line.
                if let Some(first) = lines.next() {
                    if language == Language::English {
                        eprintln!("error: {first}");
                    } else {
                        eprintln!("error: {}", error.message_in(language));
                    }
                }
                for line in lines {
                    eprintln!("error: {}", line.trim_start());
                }
                ExitCode::from(4)
            }
            // A reader that stopped early (`| head`) is not a failure.
            Failure::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Failure::Output(e) => {
                crate::out::error_line(&format!(
                    "could not write the output ({})",
                    peerlog_core::error::plain_io_reason(&e)
                ));
                ExitCode::from(1)
            }
            Failure::Said { status, message } => {
                crate::out::error_line(&message);
                ExitCode::from(status)
            }
            Failure::Core(error) => {
                eprintln!("error: {}", error.message_in(language));
                ExitCode::from(status(&error))
            }
        }
    }
}
