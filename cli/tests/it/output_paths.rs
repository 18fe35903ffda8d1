//! No output lands on the store: `export`, `report`, `backup` and
//! `open-pack --out` refuse any path that resolves into the data folder,
//! with exit 4, even with `--force`, and every record is still there.

use crate::common::*;

#[test]
fn no_command_writes_over_the_store_even_with_force() {
    let folder = Folder::new();
    folder.init();
    folder.ok(&["demo", "--participants", "6"]);
    let caseload = folder.ok(&["caseload"]);

    let sneaky = folder
        .temp
        .path()
        .join("x")
        .join("..")
        .join("data")
        .join("vault.json");
    std::fs::create_dir_all(folder.temp.path().join("x")).unwrap();
    #[allow(unused_mut)]
    let mut targets = vec![
        folder.dir.join("peerlog.db"),
        folder.dir.join("peerlog.db-wal"),
        folder.dir.join("vault.json"),
        folder.dir.join("notes.csv"),
        sneaky,
    ];
    // Making a symbolic link on Windows takes a privilege an ordinary
    // account lacks, so the link is tried on Unix only.
    #[cfg(unix)]
    {
        let link = folder.temp.path().join("summary.pdf");
        std::os::unix::fs::symlink(folder.dir.join("peerlog.db"), &link).unwrap();
        targets.push(link);
    }
    for target in &targets {
        let out = path(target);
        let attempts: [&[&str]; 4] = [
            &[
                "export",
                "--recipient",
                "Treatment court",
                "--from",
                "2026-01-01",
                "--to",
                "2026-06-30",
                "--format",
                "pdf",
                "--out",
                out,
                "--force",
            ],
            &[
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "2026-06-30",
                "--format",
                "csv",
                "--out",
                out,
                "--force",
            ],
            &["backup", "--out", out, "--force"],
            &["open-pack", "no-such.pack", "--out", out],
        ];
        for args in attempts {
            assert_failure(&folder.run(args), 4, "data folder");
        }
    }
    // Still the same store with every record (the refused commands only
    // added their unlocks to the audit log).
    folder.ok(&["verify"]);
    assert!(folder.ok(&["caseload"]) == caseload, "the same caseload");
    assert!(!folder.dir.join("notes.csv").exists());
}
