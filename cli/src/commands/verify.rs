use crate::exit::Outcome;
use crate::unlock;
use crate::Context;
use peerlog_core::store::verify;
use peerlog_core::Error;

pub fn run(context: &Context) -> Outcome {
    let peerlog = unlock::open(context)?;
    let report = verify::check(peerlog.store())?;
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
    for problem in &problems {
        eprintln!("error: {problem}");
    }
    Err(Error::StoreDamaged(format!("{} integrity problem(s)", problems.len())).into())
}
