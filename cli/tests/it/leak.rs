//! Leak scan: after a peer's whole scenario through the CLI, no canary from
//! the records appears in any file under the data folder, in the temporary
//! folder, in what the tool wrote on stderr, or in the encrypted files that
//! leave (the sealed packet and the backup).

use crate::common::*;
use peerlog_devtools::testing::holds_canary;
use std::path::{Path, PathBuf};
use std::process::Output;

/// Every value here is typed into a record; all are synthetic.
const CANARIES: &[&str] = &[
    "Zyxcanaryfirst",
    "Zyxcanarylast",
    "Zyxcanarynote",
    "Zyxcanarysetting",
    "Zyxcanaryboundary",
    "ZYXCANARYEXT",
];

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(files_under(&path));
            } else {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn nothing_from_the_records_leaks_to_files_logs_or_encrypted_outputs() {
    let folder = Folder::new();
    let tmp = folder.temp.path().join("tmp");
    let out = folder.temp.path().join("out");
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    let mut stderr_seen: Vec<u8> = Vec::new();
    let mut run = |args: &[&str], extra: &[(&str, &str)]| -> Output {
        let mut cmd = folder.cmd(args);
        cmd.env("TMPDIR", &tmp);
        for (key, value) in extra {
            cmd.env(key, value);
        }
        let output = cmd.output().unwrap();
        stderr_seen.extend_from_slice(&output.stderr);
        output
    };
    let ok = |output: Output| {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        )
    };

    ok(run(&["init"], &[]));
    let people = folder.file(
        "people.csv",
        &format!(
            "external_id,first_name,last_name\n{},{},{}\nL-2,Avery,Brooks\n",
            CANARIES[5], CANARIES[0], CANARIES[1]
        ),
    );
    ok(run(
        &["import", "participants", people.to_str().unwrap()],
        &[],
    ));
    let contacts = folder.file(
        "contacts.csv",
        &format!(
            "external_id,date,duration_minutes,mode,setting,note\n{},2026-03-02,30,phone,{},\"Talked it over. {}\"\n",
            CANARIES[5], CANARIES[3], CANARIES[2]
        ),
    );
    ok(run(
        &["import", "contacts", contacts.to_str().unwrap()],
        &[],
    ));
    ok(run(
        &[
            "boundary",
            "add",
            "--participant",
            CANARIES[5],
            "--text",
            CANARIES[4],
        ],
        &[],
    ));
    ok(run(
        &[
            "consent",
            "add",
            "--participant",
            CANARIES[5],
            "--recipient",
            "County Reentry Program",
            "--purpose",
            "Case conference",
            "--categories",
            "attendance,contact-summaries,contact-narratives",
            "--from",
            "2026-01-01",
            "--until",
            "2027-12-31",
        ],
        &[],
    ));
    // Searching, listing and a failed unlock: their messages must not echo records.
    ok(run(&["search", CANARIES[2]], &[]));
    ok(run(&["caseload"], &[]));
    let refused = run(
        &[
            "boundary",
            "add",
            "--participant",
            CANARIES[5],
            "--text",
            "x",
            "--review-on",
            CANARIES[0],
        ],
        &[],
    );
    assert_eq!(refused.status.code(), Some(4));
    let refused = run(&["caseload"], &[("PEERLOG_PASSPHRASE", CANARIES[1])]);
    assert_eq!(refused.status.code(), Some(3));

    let pack = out.join("conference.pack");
    ok(run(
        &[
            "export",
            "--recipient",
            "County Reentry Program",
            "--from",
            "2026-01-01",
            "--to",
            "2026-11-23",
            "--format",
            "pack",
            "--out",
            pack.to_str().unwrap(),
        ],
        &[("PEERLOG_PACKET_PASSPHRASE", "orchid-basalt-compass-river")],
    ));
    let backup = out.join("peerlog.backup");
    ok(run(&["backup", "--out", backup.to_str().unwrap()], &[]));
    ok(run(&["verify"], &[]));
    ok(run(&["audit"], &[]));
    ok(run(&["disclosures"], &[]));

    // The scan means something: the records are in the store.
    let found = folder.ok(&["search", CANARIES[2]]);
    assert!(
        found.contains(CANARIES[0]) || found.contains(CANARIES[1]),
        "{found}"
    );

    let mut scanned = 0;
    for file in files_under(&folder.dir)
        .into_iter()
        .chain(files_under(&tmp))
        .chain([pack, backup])
    {
        let bytes = std::fs::read(&file).unwrap();
        for canary in CANARIES {
            assert!(
                !holds_canary(&bytes, canary),
                "{} holds {canary}",
                file.display()
            );
        }
        scanned += 1;
    }
    assert!(
        scanned >= 4,
        "the data folder, the packet and the backup were scanned"
    );
    for canary in CANARIES {
        assert!(!holds_canary(&stderr_seen, canary), "stderr holds {canary}");
    }
}
