//! One module per command.

mod audit;
mod boundary;
mod caseload;
mod demo;
mod import;
mod init;
mod keyring;
mod passphrase;
mod search;
mod verify;

use crate::exit::Outcome;
use crate::Context;
use clap::Subcommand;

#[derive(Subcommand)]
pub enum Command {
    /// Create the vault and the encrypted store; prints the recovery key once.
    Init(init::Args),
    /// Fill an empty store with a realistic synthetic caseload.
    Demo(demo::Args),
    /// Bring in a spreadsheet (CSV) of participants or contacts, all or nothing.
    #[command(subcommand)]
    Import(import::Kind),
    /// Each participant with days since last contact, follow-ups and next group.
    Caseload(caseload::Args),
    /// Search everything written: narratives, notes, names.
    Search(search::Args),
    /// Boundary notes (private to the peer; never exported).
    #[command(subcommand)]
    Boundary(boundary::Action),
    /// Rewrap the key under a new passphrase (the data is not re-encrypted).
    ChangePassphrase,
    /// Set a new passphrase with the recovery key, when the passphrase is lost.
    Recover,
    /// Run SQLite's and SQLCipher's integrity checks.
    Verify,
    /// Quick unlock through the OS keyring.
    #[command(subcommand)]
    Keyring(keyring::Action),
    /// The audit log: unlocks, failed unlocks, deletions, imports, exports.
    Audit(audit::Args),
}

pub fn run(command: Command, context: &Context) -> Outcome {
    match command {
        Command::Init(args) => init::run(args, context),
        Command::Demo(args) => demo::run(args, context),
        Command::Import(kind) => import::run(kind, context),
        Command::Caseload(args) => caseload::run(args, context),
        Command::Search(args) => search::run(args, context),
        Command::Boundary(action) => boundary::run(action, context),
        Command::ChangePassphrase => passphrase::change(context),
        Command::Recover => passphrase::recover(context),
        Command::Verify => verify::run(context),
        Command::Keyring(action) => keyring::run(action, context),
        Command::Audit(args) => audit::run(args, context),
    }
}
