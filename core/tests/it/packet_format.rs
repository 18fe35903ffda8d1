//! Sealed packets: what the recipient opens with the agreed passphrase.
//! Round trip, wrong passphrase, a flipped byte, a cut-short file: each a
//! clear error, and nothing is written out of a packet that failed.

use crate::export_support::*;
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::export::{self, ExportFormat, ExportOutput, ExportRequest, NOTICE_FILE};
use peerlog_core::packet;
use peerlog_core::secret::Passphrase;
use peerlog_core::time::today;
use peerlog_devtools::testing::QUICK_KDF;

fn sealed_packet() -> (Scratch, Vec<u8>) {
    let mut s = scratch();
    let g = group(&mut s);
    let p = person(&mut s, 1);
    full_record(&mut s, &p, 1, g, days_ago(2));
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        ConsentCategory::ALL,
        days_ago(9),
        None,
    );
    let path = s.out("conference.pack");
    let passphrase = Passphrase::new(PACKET_PASSPHRASE);
    let mut output = ExportOutput::new(ExportFormat::Pack, &path);
    output.packet_passphrase = Some(&passphrase);
    output.packet_kdf = QUICK_KDF;
    export::write(
        s.peerlog.store_mut(),
        &ExportRequest::new(RECIPIENT, days_ago(30), today()),
        &output,
    )
    .unwrap();
    let bytes = std::fs::read(&path).unwrap();
    (s, bytes)
}

fn open(bytes: &[u8]) -> peerlog_core::Result<packet::OpenedPacket> {
    packet::open(bytes, &Passphrase::new(PACKET_PASSPHRASE))
}

#[test]
fn round_trip_gives_back_every_file_of_the_export() {
    let (s, bytes) = sealed_packet();
    let opened = open(&bytes).unwrap();
    let names: Vec<&str> = opened.files.iter().map(|f| f.name.as_str()).collect();
    for wanted in [
        NOTICE_FILE,
        "README.txt",
        "participants.csv",
        "contacts.csv",
        "case-conference.pdf",
    ] {
        assert!(
            names.iter().any(|n| n.ends_with(wanted)),
            "{wanted} in {names:?}"
        );
    }
    assert!(holds_notice(&opened.notice().unwrap()));
    assert!(opened.readme().unwrap().contains(RECIPIENT));

    // Extracting writes them into a new folder, which must not exist yet.
    let out = s.out("opened");
    let written = opened.extract_to(&out).unwrap();
    assert_eq!(written.len(), opened.files.len());
    for (path, file) in written.iter().zip(&opened.files) {
        assert_eq!(std::fs::read(path).unwrap(), file.bytes);
    }
    // Only the recipient's account can read what was extracted.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for path in &written {
            assert_eq!(mode(path), 0o600, "{}", path.display());
            let mut folder = path.parent().unwrap();
            while folder.starts_with(&out) {
                assert_eq!(mode(folder), 0o700, "{}", folder.display());
                folder = folder.parent().unwrap();
            }
        }
    }
    assert_eq!(opened.extract_to(&out).unwrap_err().code(), "file_exists");
    let pdf = written
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .unwrap();
    assert!(pdf_pages(pdf).iter().all(|page| holds_notice(page)));
}

#[test]
fn a_wrong_passphrase_is_told_as_such() {
    let (_s, bytes) = sealed_packet();
    let err = packet::open(&bytes, &Passphrase::new("not-the-agreed-passphrase")).unwrap_err();
    assert_eq!(err.code(), "wrong_passphrase");
}

#[test]
fn a_flipped_byte_anywhere_is_refused() {
    let (_s, bytes) = sealed_packet();
    // Every byte of the header, and bytes spread over the rest.
    let header_len = u32::from_be_bytes(bytes[8..12].try_into().unwrap()) as usize;
    let mut positions: Vec<usize> = (0..header_len).collect();
    let step = ((bytes.len() - header_len) / 150).max(1);
    positions.extend((header_len..bytes.len()).step_by(step));
    positions.push(bytes.len() - 1);
    for position in positions {
        let mut bad = bytes.clone();
        bad[position] ^= 0x20;
        let err = match open(&bad) {
            Ok(_) => panic!("a packet with byte {position} flipped was accepted"),
            Err(e) => e,
        };
        assert!(
            ["file_damaged", "file_truncated", "not_a_peerlog_file"].contains(&err.code().as_str()),
            "byte {position}: {err}"
        );
        assert!(!err.to_string().contains("Given1"));
    }
}

#[test]
fn a_truncated_packet_is_refused() {
    let (_s, bytes) = sealed_packet();
    let header_len = u32::from_be_bytes(bytes[8..12].try_into().unwrap()) as usize;
    for len in [
        0,
        1,
        8,
        11,
        12,
        header_len - 1,
        header_len,
        header_len + 1,
        bytes.len() / 2,
        bytes.len() - 17,
        bytes.len() - 1,
    ] {
        let err = open(&bytes[..len]).unwrap_err();
        assert_eq!(err.code(), "file_truncated", "cut at {len}: {err}");
    }
}

#[test]
fn other_files_are_not_packets() {
    let (s, _bytes) = sealed_packet();
    let pdf = s.out("plain.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n...").unwrap();
    assert_eq!(
        packet::open_file(&pdf, &Passphrase::new(PACKET_PASSPHRASE))
            .unwrap_err()
            .code(),
        "not_a_peerlog_file"
    );
}
