//! A test helper, not part of the product: writes to a store in a loop and
//! prints a line after each write is acknowledged, so the crash tests can
//! kill it with SIGKILL at random moments and check what survived.
//!
//! Usage: PEERLOG_PASSPHRASE=… peerlog-crash-writer DATA_DIR PARTICIPANT_EXTERNAL_ID
#![allow(clippy::disallowed_methods)] // a test helper: the real clock

use peerlog_core::domain::contact::{self, ContactInput, ContactMode};
use peerlog_core::domain::participant;
use peerlog_core::import::import_participants;
use peerlog_core::secret::Passphrase;
use peerlog_core::time::{today, Timestamp};
use peerlog_core::{Credential, DataDir, Peerlog};
use std::io::Write;

/// Participants per imported file: an import is all of them or none.
const IMPORT_ROWS: usize = 20;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (dir, external_id) = match args.as_slice() {
        [_, dir, external_id] => (DataDir::new(dir), external_id.clone()),
        _ => {
            eprintln!("usage: peerlog-crash-writer DATA_DIR PARTICIPANT_EXTERNAL_ID");
            std::process::exit(2);
        }
    };
    let passphrase = std::env::var("PEERLOG_PASSPHRASE").expect("PEERLOG_PASSPHRASE");
    let mut peerlog = Peerlog::unlock(&dir, Credential::Passphrase(&Passphrase::new(&passphrase)))
        .expect("unlock");
    let person =
        participant::require_by_external_id(peerlog.store(), &external_id).expect("participant");
    let stdout = std::io::stdout();
    let run = std::process::id();
    for seq in 0u64.. {
        if seq % 5 == 4 {
            let batch = format!("{run}-{seq}");
            writeln!(stdout.lock(), "begin-import {batch}").expect("stdout");
            let mut csv = String::from("external_id,first_name,last_name\n");
            for row in 0..IMPORT_ROWS {
                csv.push_str(&format!("IMP-{batch}-{row},Crash,Test\n"));
            }
            import_participants(peerlog.store_mut(), csv.as_bytes(), today()).expect("import");
            writeln!(stdout.lock(), "import {batch}").expect("stdout");
        } else {
            let saved = contact::create(
                peerlog.store_mut(),
                ContactInput {
                    goals: Vec::new(),
                    format: Default::default(),
                    parts: Vec::new(),
                    participant_id: person.id,
                    occurred_at: Timestamp::now().plus_minutes(-1),
                    duration_minutes: 15,
                    mode: ContactMode::Phone,
                    setting: None,
                    services: vec![],
                    dimensions: vec![],
                    narrative: format!(
                        "Crash test write {run}-{seq}, long enough to span a page now and then. "
                    )
                    .repeat(8),
                    follow_up: None,
                },
            )
            .expect("log a contact");
            writeln!(stdout.lock(), "contact {}", saved.id).expect("stdout");
        }
    }
}
