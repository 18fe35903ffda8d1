//! Shared set-up for the CLI tests: a data folder and the built binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const PASSPHRASE: &str = "tidal-quartz-lantern-meadow";

pub struct Folder {
    pub temp: tempfile::TempDir,
    pub dir: PathBuf,
}

impl Folder {
    pub fn new() -> Self {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().join("data");
        Folder { temp, dir }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_peerlog"));
        cmd.args(args)
            .env("PEERLOG_DATA_DIR", &self.dir)
            .env("PEERLOG_PASSPHRASE", PASSPHRASE)
            .env_remove("PEERLOG_NEW_PASSPHRASE")
            .env_remove("PEERLOG_RECOVERY_KEY")
            // Messages in English, whatever language the machine speaks.
            .env_remove("PEERLOG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .arg("--no-keyring");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn init(&self) -> String {
        let out = self.ok(&["init"]);
        recovery_key_in(&out)
    }

    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.temp.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }

    pub fn store_bytes(&self) -> Vec<Vec<u8>> {
        ["peerlog.db", "vault.json"]
            .iter()
            .map(|f| std::fs::read(self.dir.join(f)).unwrap())
            .collect()
    }
}

pub fn recovery_key_in(init_output: &str) -> String {
    init_output
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 39 && l.matches('-').count() == 7)
        .expect("the recovery key is printed")
        .to_string()
}

#[track_caller]
pub fn assert_failure(out: &Output, status: i32, says: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(status), "stderr: {stderr}");
    assert!(!stderr.is_empty());
    for line in stderr.lines() {
        assert!(
            line.starts_with("error: "),
            "every stderr line starts with `error:`: {line}"
        );
    }
    assert!(stderr.contains(says), "{stderr}");
}

pub fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The text of a PDF through poppler's pdftotext, whitespace collapsed.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is required for the PDF tests");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
