//! One module per command.

mod agreement;
mod audit;
mod backup;
#[cfg(feature = "devtools")]
mod bench;
mod billing;
mod boundary;
mod caseload;
mod consent;
mod credential;
#[cfg(feature = "devtools")]
mod demo;
mod disclosures;
mod export;
mod import;
mod incident;
mod init;
mod keyring;
mod meeting;
mod note;
mod open_pack;
mod partner;
mod passphrase;
mod payer;
mod plan;
mod register_print;
mod renewal;
mod report;
mod restriction;
mod review;
mod search;
mod short_id;
mod supervision;
mod team;
mod training;
mod verify;
mod week_summary;

use crate::exit::Outcome;
use crate::Context;
use clap::Subcommand;

#[derive(Subcommand)]
pub enum Command {
    /// Create the vault and the encrypted store; prints the recovery key once.
    Init(init::Args),
    /// Fill an empty store with a realistic synthetic caseload.
    #[cfg(feature = "devtools")]
    Demo(demo::Args),
    /// Bring in a spreadsheet (CSV) of participants or contacts, all or nothing.
    #[command(subcommand)]
    Import(import::Kind),
    /// Each participant with days since last contact, follow-ups and next group.
    Caseload(caseload::Args),
    /// Search everything written: narratives, notes, names.
    Search(search::Args),
    /// Contact notes: list, sign, add an addendum to a signed one.
    #[command(subcommand)]
    Note(note::Action),
    /// Recovery plans: write, show, sign, change (a new version), print.
    #[command(subcommand)]
    Plan(plan::Action),
    /// Payers and their billing rules (unit rounding, caps, modifiers).
    #[command(subcommand)]
    Payer(payer::Action),
    /// The peer's own certifications and renewal rules (private to the peer).
    #[command(subcommand)]
    Credential(credential::Action),
    /// Partners (court, sheriff, providers, peer-run organizations): add,
    /// list, and resolve names that look alike.
    #[command(subcommand)]
    Partner(partner::Action),
    /// Data-sharing agreements with partners: add, list.
    #[command(subcommand)]
    Agreement(agreement::Action),
    /// Case conferences with a partner: add, list, a day's docket, its export.
    #[command(subcommand)]
    Meeting(meeting::Action),
    /// Participants' restriction requests: add, list, decide.
    #[command(subcommand)]
    Restriction(restriction::Action),
    /// The incident log for a possible breach: add, list.
    #[command(subcommand)]
    Incident(incident::Action),
    /// The peer's trainings and continuing education, with certificates
    /// kept inside the encrypted store.
    #[command(subcommand)]
    Training(training::Action),
    /// A credential's renewal packet for the board: PDF, CSV or zip.
    Renewal(renewal::Args),
    /// Supervision sessions: record one (supervisors), list, acknowledge
    /// one, a private note on one.
    #[command(subcommand)]
    Supervision(supervision::Action),
    /// The team folder: this store's key, start or join a team, members,
    /// sync, what was sent (docs/TEAM.md).
    #[command(subcommand)]
    Team(team::Action),
    /// Note review: submit signed notes, the supervisor's queue, approve
    /// (co-sign) or ask for changes.
    #[command(subcommand)]
    Review(review::Action),
    /// The week's counts a peer's app sends its supervisor (no names).
    WeekSummary(week_summary::Args),
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
    /// Consents (releases of information): add, revoke, list.
    #[command(subcommand)]
    Consent(consent::Action),
    /// A consent-scoped summary for a case conference: PDF, CSV or sealed packet.
    #[command(after_help = export::HELP)]
    Export(export::Args),
    /// Open a sealed packet with the passphrase agreed with its sender.
    OpenPack(open_pack::Args),
    /// The accounting of disclosures: every export, to whom, under which consent.
    Disclosures(disclosures::Args),
    /// The billing log for a period: billable services under each payer's
    /// rules, after the checks (PDF or CSV).
    Billing(billing::Args),
    /// De-identified program counts for a period (PDF or CSV).
    #[command(after_help = report::HELP)]
    Report(report::Args),
    /// Write an encrypted backup of the whole store (or show when the last was).
    Backup(backup::BackupArgs),
    /// Restore a backup, after checking it whole; never over newer data without --force.
    Restore(backup::RestoreArgs),
    /// Time every operation on a synthetic store of realistic scale, beside
    /// an unencrypted twin of the same data.
    #[cfg(feature = "devtools")]
    Bench(bench::Args),
}

pub fn run(command: Command, context: &Context) -> Outcome {
    match command {
        Command::Init(args) => init::run(args, context),
        #[cfg(feature = "devtools")]
        Command::Demo(args) => demo::run(args, context),
        Command::Import(kind) => import::run(kind, context),
        Command::Caseload(args) => caseload::run(args, context),
        Command::Search(args) => search::run(args, context),
        Command::Note(action) => note::run(action, context),
        Command::Plan(action) => plan::run(action, context),
        Command::Payer(action) => payer::run(action, context),
        Command::Credential(action) => credential::run(action, context),
        Command::Partner(action) => partner::run(action, context),
        Command::Agreement(action) => agreement::run(action, context),
        Command::Meeting(action) => meeting::run(action, context),
        Command::Restriction(action) => restriction::run(action, context),
        Command::Incident(action) => incident::run(action, context),
        Command::Training(action) => training::run(action, context),
        Command::Renewal(args) => renewal::run(args, context),
        Command::Supervision(action) => supervision::run(action, context),
        Command::Team(action) => team::run(action, context),
        Command::Review(action) => review::run(action, context),
        Command::WeekSummary(args) => week_summary::run(args, context),
        Command::Boundary(action) => boundary::run(action, context),
        Command::ChangePassphrase => passphrase::change(context),
        Command::Recover => passphrase::recover(context),
        Command::Verify => verify::run(context),
        Command::Keyring(action) => keyring::run(action, context),
        Command::Audit(args) => audit::run(args, context),
        Command::Consent(action) => consent::run(action, context),
        Command::Export(args) => export::run(args, context),
        Command::OpenPack(args) => open_pack::run(args, context),
        Command::Disclosures(args) => disclosures::run(args, context),
        Command::Billing(args) => billing::run(args, context),
        Command::Report(args) => report::run(args, context),
        Command::Backup(args) => backup::backup(args, context),
        Command::Restore(args) => backup::restore(args, context),
        #[cfg(feature = "devtools")]
        Command::Bench(args) => bench::run(args),
    }
}
