//! Any bytes as a backup file: reading its header and opening its body give
//! an answer or a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerlog_core::packet::container::{read_header, Kind};
use peerlog_core::Error;

fuzz_target!(|data: &[u8]| {
    if let Ok(header) = read_header(Kind::Backup, data) {
        let _ = header.key_block();
        let _ = header.open(&[7u8; 32], Error::WrongPassphrase);
    }
});
