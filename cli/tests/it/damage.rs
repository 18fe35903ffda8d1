//! Damage to the files on disk: each case gives a clear error (exit 5), says
//! to restore a backup, and leaves every file exactly as it was found.

use crate::common::*;
use std::path::{Path, PathBuf};

/// Every file in the data folder with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

#[track_caller]
fn assert_untouched(before: &[(PathBuf, Vec<u8>)], dir: &Path) {
    let after = snapshot(dir);
    let names = |s: &[(PathBuf, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(before), names(&after), "the same files");
    for ((path, a), (_, b)) in before.iter().zip(&after) {
        assert!(a == b, "{} changed", path.display());
    }
}

fn store_with_data() -> Folder {
    let folder = Folder::new();
    folder.init();
    folder.ok(&["demo", "--participants", "12"]);
    folder
}

#[track_caller]
fn damaged(folder: &Folder, args: &[&str], says: &str) {
    let before = snapshot(&folder.dir);
    let out = folder.run(args);
    assert_failure(&out, 5, says);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("backup"), "points to a backup: {stderr}");
    assert_untouched(&before, &folder.dir);
}

#[test]
fn a_truncated_database() {
    for keep in [0usize, 1000, 4096 + 17] {
        let folder = store_with_data();
        let db = folder.dir.join("peerlog.db");
        let bytes = std::fs::read(&db).unwrap();
        std::fs::write(&db, &bytes[..keep]).unwrap();
        damaged(&folder, &["caseload"], "damaged");
        damaged(&folder, &["verify"], "damaged");
    }
}

#[test]
fn a_database_cut_in_half() {
    let folder = store_with_data();
    let db = folder.dir.join("peerlog.db");
    let bytes = std::fs::read(&db).unwrap();
    std::fs::write(&db, &bytes[..bytes.len() / 2]).unwrap();
    damaged(&folder, &["verify"], "damaged");
}

#[test]
fn a_flipped_byte_in_the_first_page() {
    let folder = store_with_data();
    let db = folder.dir.join("peerlog.db");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[200] ^= 0x10;
    std::fs::write(&db, &bytes).unwrap();
    damaged(&folder, &["caseload"], "damaged");
}

#[test]
fn a_flipped_byte_in_any_later_page_is_found_by_verify() {
    let folder = store_with_data();
    let db = folder.dir.join("peerlog.db");
    let good = std::fs::read(&db).unwrap();
    let pages = good.len() / 4096;
    for page in [1, pages / 3, pages / 2, pages - 1] {
        let mut bytes = good.clone();
        bytes[page * 4096 + 1234] ^= 0x01;
        std::fs::write(&db, &bytes).unwrap();
        damaged(&folder, &["verify"], "damaged");
    }
}

/// Damage anywhere: whatever command meets it is refused with exit 5, the
/// database file and the vault are left as they were (no checkpoint copies
/// the log into a damaged file), and the session writes nothing more. Damage
/// met while opening leaves every file as it was (the tests above).
#[test]
fn a_store_that_met_damage_is_never_written() {
    let folder = store_with_data();
    let db = folder.dir.join("peerlog.db");
    let good = std::fs::read(&db).unwrap();
    let pages = good.len() / 4096;
    let mut refused = 0;
    // About thirty pages spread over the file, each met by three commands.
    for page in (0..pages).step_by((pages / 30).max(1)) {
        let mut bytes = good.clone();
        bytes[page * 4096 + 2048] ^= 0x01;
        std::fs::write(&db, &bytes).unwrap();
        for command in [&["caseload"][..], &["audit"], &["search", "housing"]] {
            let before = snapshot(&folder.dir);
            let out = folder.run(command);
            if out.status.code() == Some(5) {
                refused += 1;
                let after = snapshot(&folder.dir);
                for name in ["peerlog.db", "vault.json"] {
                    let file = |s: &[(PathBuf, Vec<u8>)]| {
                        s.iter()
                            .find(|(p, _)| p.ends_with(name))
                            .map(|(_, b)| b.clone())
                    };
                    assert!(file(&before) == file(&after), "{name} changed");
                }
                std::fs::remove_file(folder.dir.join("peerlog.db-wal")).ok();
                std::fs::remove_file(folder.dir.join("peerlog.db-shm")).ok();
            }
        }
        std::fs::write(&db, &good).unwrap();
    }
    assert!(refused > 0, "some damage was met");
}

#[test]
fn a_missing_vault_file() {
    let folder = store_with_data();
    std::fs::remove_file(folder.dir.join("vault.json")).unwrap();
    damaged(&folder, &["caseload"], "vault file is missing");
}

#[test]
fn a_damaged_vault_file() {
    let folder = store_with_data();
    let vault = folder.dir.join("vault.json");
    let good = std::fs::read_to_string(&vault).unwrap();

    std::fs::write(&vault, &good[..good.len() / 2]).unwrap();
    damaged(&folder, &["caseload"], "vault file is damaged");

    // One character of the wrapped key changed to another valid one: without
    // a checksum this would pass for a wrong passphrase and mislead the peer.
    let json: serde_json::Value = serde_json::from_str(&good).unwrap();
    let ciphertext = json["passphrase"]["ciphertext"].as_str().unwrap();
    let swapped: String = ciphertext
        .char_indices()
        .map(|(i, c)| {
            if i == 5 {
                if c == 'A' {
                    'B'
                } else {
                    'A'
                }
            } else {
                c
            }
        })
        .collect();
    std::fs::write(&vault, good.replace(ciphertext, &swapped)).unwrap();
    damaged(&folder, &["caseload"], "vault file is damaged");
}

#[test]
fn a_wal_from_another_store() {
    let folder = store_with_data();
    let other = store_with_data();
    std::fs::write(
        folder.dir.join("peerlog.db-wal"),
        wal_caught_mid_write(&other),
    )
    .unwrap();
    damaged(&folder, &["caseload"], "damaged");
    damaged(&folder, &["verify"], "damaged");
}

/// A copy of a store's write-ahead log taken while a large import is being
/// written into it (the CLI checkpoints and removes the log when it exits).
fn wal_caught_mid_write(store: &Folder) -> Vec<u8> {
    let mut rows = String::from("external_id,first_name\n");
    for i in 0..2000 {
        rows.push_str(&format!("W-{i},Name\n"));
    }
    let csv = store.file("many.csv", &rows);
    let mut child = store
        .cmd(&["import", "participants", csv.to_str().unwrap()])
        .spawn()
        .unwrap();
    let wal = store.dir.join("peerlog.db-wal");
    let started = std::time::Instant::now();
    let mut copy = Vec::new();
    while copy.is_empty() && started.elapsed() < std::time::Duration::from_secs(20) {
        match std::fs::read(&wal) {
            Ok(bytes) if bytes.len() > 64 * 1024 => copy = bytes,
            _ => std::thread::sleep(std::time::Duration::from_millis(2)),
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        !copy.is_empty(),
        "caught the other store's log with frames in it"
    );
    copy
}
