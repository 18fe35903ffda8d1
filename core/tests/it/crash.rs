//! Crash during writes: a child process logs contacts and imports files in a
//! loop and is killed with SIGKILL at random moments. After each kill the
//! store opens, both integrity checks pass, every acknowledged write is
//! there, and the import that was under way is all there or not at all.
//!
//! PEERLOG_CRASH_ROUNDS sets the number of kills (default 25; see
//! docs/RELIABILITY.md for the longer runs).

use peerlog_core::domain::contact;
use peerlog_core::ids::ContactId;
use peerlog_core::secret::Passphrase;
use peerlog_core::{Credential, DataDir, Peerlog};
use peerlog_devtools::testing::{self, PASSPHRASE};
use rand::{Rng, SeedableRng};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const IMPORT_ROWS: i64 = 20;

fn rounds() -> usize {
    std::env::var("PEERLOG_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25)
}

fn count_batch(peerlog: &Peerlog, batch: &str) -> i64 {
    peerlog
        .store()
        .conn()
        .query_row(
            "SELECT count(*) FROM participants WHERE external_id LIKE ?1",
            [format!("IMP-{batch}-%")],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn acknowledged_writes_survive_sigkill_and_imports_are_all_or_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let mut peerlog = testing::create(&dir).peerlog;
    let person = testing::add_participant(&mut peerlog, "CRASH-1", "Sam", "Okafor");
    drop(peerlog);

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(20261123);
    let mut acknowledged_contacts: Vec<ContactId> = Vec::new();
    let mut acknowledged_imports: Vec<String> = Vec::new();
    let mut interrupted_imports = 0;

    for round in 0..rounds() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_peerlog-crash-writer"))
            .arg(dir.root())
            .arg("CRASH-1")
            .env("PEERLOG_PASSPHRASE", testing::PASSPHRASE)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines_tx, lines) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });

        // Let it get going, then kill it at a random moment.
        let wait = Duration::from_millis(rng.random_range(30..400));
        let started = Instant::now();
        let mut seen = Vec::new();
        while started.elapsed() < wait {
            if let Ok(line) = lines.recv_timeout(Duration::from_millis(5)) {
                seen.push(line);
            }
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        seen.extend(lines.try_iter());

        let mut begun: Option<String> = None;
        for line in &seen {
            match line.split_once(' ') {
                Some(("contact", id)) => acknowledged_contacts.push(ContactId::parse(id).unwrap()),
                Some(("begin-import", batch)) => begun = Some(batch.to_string()),
                Some(("import", batch)) => {
                    acknowledged_imports.push(batch.to_string());
                    begun = None;
                }
                _ => panic!("unexpected line from the writer: {line}"),
            }
        }
        let (peerlog, report) =
            Peerlog::unlock_to_verify(&dir, Credential::Passphrase(&Passphrase::new(PASSPHRASE)))
                .unwrap_or_else(|e| {
                    panic!("round {round}: the store does not open after a kill: {e}")
                });
        assert!(report.is_ok(), "round {round}: {report:?}");
        let stored: std::collections::HashSet<ContactId> =
            contact::list_for(peerlog.store(), person.id)
                .unwrap()
                .into_iter()
                .map(|c| c.id)
                .collect();
        for id in &acknowledged_contacts {
            assert!(
                stored.contains(id),
                "round {round}: acknowledged contact {id} is missing"
            );
        }
        for batch in &acknowledged_imports {
            assert_eq!(
                count_batch(&peerlog, batch),
                IMPORT_ROWS,
                "round {round}: import {batch}"
            );
        }
        if let Some(batch) = begun {
            let found = count_batch(&peerlog, &batch);
            assert!(
                found == 0 || found == IMPORT_ROWS,
                "round {round}: a partial import ({found} rows)"
            );
            interrupted_imports += 1;
        }
    }
    // The test means something only if the kills landed on work.
    assert!(
        acknowledged_contacts.len() > rounds(),
        "too few writes: {}",
        acknowledged_contacts.len()
    );
    assert!(!acknowledged_imports.is_empty());
    eprintln!(
        "{} rounds: {} contacts and {} imports acknowledged and found; {} kills landed during an import",
        rounds(),
        acknowledged_contacts.len(),
        acknowledged_imports.len(),
        interrupted_imports,
    );
}
