//! Any bytes as a sealed packet: opening gives the files or a clear error,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerlog_core::packet;
use peerlog_core::secret::Passphrase;

fuzz_target!(|data: &[u8]| {
    let _ = packet::open(data, &Passphrase::new("orchid-basalt-compass-river"));
});
