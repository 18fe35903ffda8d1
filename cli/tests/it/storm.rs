//! A storm of wrong passphrases: a hundred attempts, some at the same
//! moment, change no byte of the database or its key wraps, and every one
//! of them shows in the audit log after the next successful unlock.

use crate::common::*;

const ATTEMPTS: usize = 100;
const AT_ONCE: usize = 4;

#[test]
fn a_hundred_wrong_passphrases_change_nothing_and_are_all_audited() {
    let folder = Folder::new();
    folder.init();
    folder.ok(&["demo", "--participants", "3"]);
    let failed_before = folder
        .ok(&["audit", "--limit", "1000"])
        .matches("Failed unlock")
        .count();
    let read = |name: &str| std::fs::read(folder.dir.join(name)).unwrap();
    let (db, vault) = (read("peerlog.db"), read("vault.json"));

    std::thread::scope(|scope| {
        for worker in 0..AT_ONCE {
            let folder = &folder;
            scope.spawn(move || {
                for attempt in (worker..ATTEMPTS).step_by(AT_ONCE) {
                    let out = folder
                        .cmd(&["caseload"])
                        .env(
                            "PEERLOG_PASSPHRASE",
                            format!("wrong guess number {attempt}"),
                        )
                        .output()
                        .unwrap();
                    assert_failure(&out, 3, "the passphrase is not right");
                }
            });
        }
    });

    assert!(
        read("peerlog.db") == db,
        "the database is byte-for-byte unchanged"
    );
    assert!(
        read("vault.json") == vault,
        "the key wraps are byte-for-byte unchanged"
    );
    let audit = folder.ok(&["audit", "--limit", "1000"]);
    assert_eq!(
        audit.matches("Failed unlock").count() - failed_before,
        ATTEMPTS,
        "every attempt, none lost"
    );
}
