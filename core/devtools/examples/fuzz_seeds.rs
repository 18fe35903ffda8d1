//! Writes seed inputs for the fuzz targets: a vault file, a sealed packet
//! and a backup made from a small synthetic store, with cheap key
//! derivation so the fuzzers spend their time on parsing.
//!
//! Usage: cargo run -p peerlog-core --example fuzz_seeds -- OUT_DIR
#![allow(clippy::disallowed_methods)] // a test helper: the real clock

use peerlog_core::export::archive::write_zip;
use peerlog_core::export::{self, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::packet::{self, container, container::Kind};
use peerlog_core::secret::Passphrase;
use peerlog_core::time::today;
use peerlog_core::{backup, DataDir};
use peerlog_devtools::demo::{self, DemoSpec};
use peerlog_devtools::testing::{self, QUICK_KDF};
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: fuzz_seeds OUT_DIR"));
    let work = tempfile_dir(&out);
    let dir = DataDir::new(work.join("data"));
    let mut peerlog = testing::create(&dir).peerlog;
    demo::load(peerlog.store_mut(), &DemoSpec::caseload(3, 12), today()).expect("demo data");

    let seed = |target: &str, name: &str, bytes: &[u8]| {
        let folder = out.join(target);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(name), bytes).unwrap();
    };
    seed(
        "vault_file",
        "vault.json",
        &std::fs::read(dir.vault_file()).unwrap(),
    );

    // A consent on record may have expired or been revoked in the simulated
    // months; the packet needs a recipient someone consents to today.
    let recipient = export::recipients(peerlog.store())
        .unwrap()
        .into_iter()
        .find(|name| {
            !export::candidates(peerlog.store(), name)
                .unwrap()
                .is_empty()
        })
        .expect("a recipient with a consent in force");
    let request = ExportRequest::new(recipient, today() - chrono::Duration::days(90), today());
    let packet_path = work.join("seed.pack");
    let passphrase = Passphrase::new("orchid-basalt-compass-river");
    let mut output = ExportOutput::new(ExportFormat::Pack, &packet_path);
    output.packet_passphrase = Some(&passphrase);
    output.packet_kdf = QUICK_KDF;
    export::write(peerlog.store_mut(), &request, &output).expect("a sealed packet");
    seed(
        "sealed_packet",
        "seed.pack",
        &std::fs::read(&packet_path).unwrap(),
    );

    let backup_path = work.join("seed.backup");
    backup::write(&mut peerlog, &backup_path, false).expect("a backup");
    let backup_bytes = std::fs::read(&backup_path).unwrap();
    seed("backup_file", "seed.backup", &backup_bytes);

    // Behind the seal: the packet's zip and the backup's key block, each
    // after the byte that tells the target what it is.
    let opened = packet::open_file(&packet_path, &passphrase).expect("the seed packet opens");
    let mut zip = vec![0u8];
    zip.extend_from_slice(&write_zip(&opened.files));
    seed("sealed_content", "packet-zip", &zip);
    let header = container::read_header(Kind::Backup, &backup_bytes).expect("the seed backup");
    let mut block = vec![1u8];
    block.extend_from_slice(header.key_block());
    seed("sealed_content", "backup-key-block", &block);
    let mut chunks = vec![2u8, 0, 15, 0, 4];
    chunks.extend_from_slice(b"kb..");
    chunks.extend_from_slice(&[0x42; 100]);
    seed("sealed_content", "container-chunks", &chunks);

    drop(peerlog);
    std::fs::remove_dir_all(&work).unwrap();
}

fn tempfile_dir(out: &std::path::Path) -> PathBuf {
    let work = out.join(".work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    work
}
