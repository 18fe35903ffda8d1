use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::{Credential, Error, Peerlog};

/// Checks the store without writing to it first, so a damaged store is left
/// exactly as it was found.
pub fn run(context: &Context) -> Outcome {
    let passphrase = unlock::passphrase()?;
    let (_peerlog, report) =
        Peerlog::unlock_to_verify(&context.dir, Credential::Passphrase(&passphrase))?;
    if report.is_ok() {
        println!(
            "ok: SQLCipher page check, SQLite integrity check and search index check all passed"
        );
        return Ok(());
    }
    let problems: Vec<String> = report
        .cipher_problems
        .iter()
        .chain(&report.sqlite_problems)
        .chain(&report.search_index_problems)
        .cloned()
        .collect();
    for line in problems.iter().flat_map(|p| p.lines()) {
        eprintln!("error: {line}");
    }
    Err(Error::StoreDamaged(format!("{} integrity problem(s) found", problems.len())).into())
}
