use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::domain::{consent, note_signature, recovery_plan};
use peerlog_core::text::for_terminal;
use peerlog_core::{Credential, Error, Peerlog};

/// Set to see SQLite's and SQLCipher's own lines for each problem (for
/// support staff; they name pages and tables, never a record's contents).
pub const DEBUG_ENV: &str = "PEERLOG_DEBUG";

/// Checks the store without writing to it first, so a damaged store is left
/// exactly as it was found.
pub fn run(context: &Context) -> Outcome {
    let passphrase = unlock::passphrase()?;
    let (peerlog, report) =
        Peerlog::unlock_to_verify(&context.dir, Credential::Passphrase(&passphrase))
            .map_err(|e| unlock::explain(e, &passphrase))?;
    if report.is_ok() {
        // Only a sound store can be asked whether its signed notes still
        // read as they were signed.
        let conn = peerlog.store().conn();
        let notes = note_signature::altered(conn)?.len();
        let plans = recovery_plan::altered(conn)?.len();
        let unmatched = consent::without_partner(conn)?.len();
        if notes + plans + unmatched > 0 {
            if notes > 0 {
                note!("error: {notes} signed note(s) no longer match what was signed");
            }
            if plans > 0 {
                note!("error: {plans} signed plan version(s) no longer match what was signed");
            }
            if unmatched > 0 {
                note!("error: {unmatched} consent(s) name no partner the store holds");
            }
            return Err(Error::StoreDamaged("a record does not hold together".into()).into());
        }
        outln!(
            "ok: SQLCipher page check, SQLite integrity check, search index check, signed notes, signed plans and consents' partners all passed"
        )?;
        return Ok(());
    }
    // Each check in a sentence; SQLite's own wording ("HMAC verification
    // failed for page 2") only when asked for.
    let checks = [
        (
            &report.cipher_problems,
            "SQLCipher's page check: {} page(s) fail their authentication (damaged or altered)",
        ),
        (
            &report.sqlite_problems,
            "SQLite's integrity check: {} problem(s) in the database's structure",
        ),
        (
            &report.search_index_problems,
            "the search index check: {} index(es) do not match the records",
        ),
    ];
    let debug = std::env::var_os(DEBUG_ENV).is_some_and(|v| !v.is_empty());
    let mut total = 0;
    for (problems, sentence) in checks {
        if problems.is_empty() {
            continue;
        }
        total += problems.len();
        note!(
            "error: {}",
            sentence.replace("{}", &problems.len().to_string())
        );
        if debug {
            for line in problems.iter().flat_map(|p| p.lines()) {
                note!("error:   {}", for_terminal(line, false));
            }
        }
    }
    Err(Error::StoreDamaged(format!("{total} integrity problem(s) found")).into())
}
