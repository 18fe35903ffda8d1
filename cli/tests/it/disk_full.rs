//! No space left: writes into a tiny file system fail with a clear error,
//! write nothing, and leave the store intact and usable once there is room.
//!
//! The test mounts a small tmpfs: as root directly, otherwise inside a user
//! and mount namespace (`unshare`). It is ignored in a plain `cargo test`;
//! scripts/test runs it.

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const NAMESPACE_MARK: &str = "PEERLOG_TEST_IN_MOUNT_NAMESPACE";
const TEST_NAME: &str = "writes_into_a_full_disk_fail_cleanly";

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false)
}

struct Mounted(PathBuf);

impl Mounted {
    fn tmpfs(at: &Path, size: &str) -> Mounted {
        std::fs::create_dir_all(at).unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .status()
            .unwrap();
        assert!(
            status.success(),
            "mount a tmpfs (needs root or a user namespace)"
        );
        Mounted(at.to_path_buf())
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn contacts_file(folder: &Folder, name: &str, rows: usize) -> PathBuf {
    let mut csv = String::from("external_id,date,start_time,duration_minutes,mode,note\n");
    let narrative = "Long conversation about housing, work and the next hearing. ".repeat(30);
    for i in 0..rows {
        csv.push_str(&format!(
            "F-1,2026-03-02,{:02}:{:02},30,phone,\"{narrative} {i}\"\n",
            8 + i % 10,
            i % 60
        ));
    }
    // Outside the small file system: the input is not what fills it.
    let path = folder.temp.path().join(name);
    std::fs::write(&path, csv).unwrap();
    path
}

/// Contacts found by a word every imported narrative holds.
fn contact_count(folder: &Folder) -> usize {
    let out = folder.ok(&["search", "hearing", "--limit", "100000"]);
    out.lines().filter(|l| l.contains("Contact")).count()
}

#[test]
#[ignore = "mounts a tiny tmpfs; scripts/test runs it"]
fn writes_into_a_full_disk_fail_cleanly() {
    if !is_root() && std::env::var_os(NAMESPACE_MARK).is_none() {
        let status = Command::new("unshare")
            .args(["--user", "--map-root-user", "--mount", "--"])
            .arg(std::env::current_exe().unwrap())
            .args(["--exact", TEST_NAME, "--include-ignored", "--nocapture"])
            .env(NAMESPACE_MARK, "1")
            .status()
            .unwrap();
        assert!(status.success(), "the test inside a mount namespace failed");
        return;
    }

    let mut folder = Folder::new();
    let mount_point = folder.temp.path().join("small");
    let _mount = Mounted::tmpfs(&mount_point, "3m");
    folder.dir = mount_point.join("data");
    folder.init();
    let people = folder.file("people.csv", "external_id,first_name\nF-1,Sam\n");
    folder.ok(&["import", "participants", people.to_str().unwrap()]);

    // Fill the disk with imports until one does not fit.
    let batch = contacts_file(&folder, "batch.csv", 40);
    let mut imported = 0;
    let refused = loop {
        // The same rows each time: they repeat on purpose.
        let out = folder.run(&[
            "import",
            "contacts",
            "--allow-duplicates",
            batch.to_str().unwrap(),
        ]);
        if !out.status.success() {
            break out;
        }
        imported += 40;
        assert!(imported < 40 * 200, "the disk never filled");
    };
    assert_failure(&refused, 1, "the disk is full; nothing was written");
    assert!(imported > 0, "some imports fitted first");

    // Every acknowledged import is there, the refused one not at all, and
    // both integrity checks pass.
    assert_eq!(contact_count(&folder), imported);
    assert!(folder.ok(&["verify"]).starts_with("ok"));

    // With room again, the store takes writes as before.
    let grown = Command::new("mount")
        .args(["-o", "remount,size=16m"])
        .arg(&mount_point)
        .status()
        .unwrap();
    assert!(grown.success());
    folder.ok(&[
        "import",
        "contacts",
        "--allow-duplicates",
        batch.to_str().unwrap(),
    ]);
    assert_eq!(contact_count(&folder), imported + 40);
    assert!(folder.ok(&["verify"]).starts_with("ok"));
}
