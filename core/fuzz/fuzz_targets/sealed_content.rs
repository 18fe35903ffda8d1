//! Reaches behind the seal. The input is sealed with a fixed key through
//! the real sealing code, then opened, so the parsers that only ever see
//! authenticated bytes (or bytes the header checksum protects) are fuzzed
//! too. The first byte picks what the rest of the input is:
//!
//! - 0: the plaintext of a sealed packet (the export's zip), opened with
//!   `packet::open_with_key`: the archive reader, the size and name checks
//!   and the notice check.
//! - 1: the key block of a backup (salt, description JSON, vault file),
//!   then read back with `backup::describe`, as `peerlog restore` does
//!   before it asks for any secret.
//! - 2: a container of either kind with a chunk size and key block taken
//!   from the input: it must open to exactly what was sealed, and refuse
//!   the wrong key.
//!
//! Never a panic; every refusal is a clear error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerlog_core::packet::container::{self, Kind};
use peerlog_store::testing::QUICK_KDF;
use peerlog_core::{backup, packet, Error};

const KEY: [u8; 32] = [0x5a; 32];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => {
            let sealed = packet::seal_with_key(rest, QUICK_KDF, &KEY);
            if let Ok(opened) = packet::open_with_key(&sealed, &KEY) {
                let total: usize = opened.files.iter().map(|f| f.bytes.len()).sum();
                assert!(total <= rest.len(), "more bytes out than in");
                assert!(opened.files.iter().all(|f| !f.name.is_empty()));
            }
        }
        1 => {
            // A key block larger than a header may hold is not sealable.
            if rest.len() > 1024 * 1024 {
                return;
            }
            let sealed = container::seal(Kind::Backup, rest, &KEY, b"store");
            match backup::describe(&sealed) {
                Ok(info) => assert!(info.schema_version >= 1),
                Err(Error::FileDamaged { .. }) => {}
                Err(other) => panic!("unexpected error: {other}"),
            }
        }
        _ => {
            if rest.len() < 4 {
                return;
            }
            let chunk = u16::from_be_bytes([rest[0], rest[1]]) as u32 % 4096 + 1;
            let kind = if rest[2] & 1 == 0 {
                Kind::Packet
            } else {
                Kind::Backup
            };
            let block_len = (rest[3] as usize).min(rest.len() - 4);
            let (key_block, plain) = rest[4..].split_at(block_len);
            let sealed = container::seal_with_chunk(kind, key_block, &KEY, plain, chunk);
            let header = container::read_header(kind, &sealed).expect("a sealed header reads");
            assert_eq!(header.key_block(), key_block);
            let opened = header
                .open(&KEY, Error::WrongPassphrase)
                .expect("what was sealed opens");
            assert_eq!(opened.as_slice(), plain);
            let wrong = header.open(&[0xa5; 32], Error::WrongPassphrase);
            assert!(matches!(wrong, Err(Error::WrongPassphrase)));
        }
    }
});
