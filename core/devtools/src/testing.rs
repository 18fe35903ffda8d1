//! Helpers for this workspace's tests: a quick vault and sample records.
//! The quick KDF setting exists so hundreds of tests don't each spend a
//! quarter second in Argon2id; the product always uses the default.

pub use peerlog_store::testing::{create, PASSPHRASE, QUICK_KDF};

use peerlog_core::domain::participant::{self, Participant, ParticipantInput};
use peerlog_core::session::Peerlog;

pub fn add_participant(
    peerlog: &mut Peerlog,
    external_id: &str,
    first: &str,
    last: &str,
) -> Participant {
    participant::create(
        peerlog.store_mut(),
        ParticipantInput {
            external_id: external_id.into(),
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            ..ParticipantInput::default()
        },
    )
    .expect("add a test participant")
}

/// Whether `bytes` hold `canary` in any common encoding: UTF-8 or UTF-16
/// either way round, in any case, as hex, or as base64 at any alignment.
pub fn holds_canary(bytes: &[u8], canary: &str) -> bool {
    canary_forms(canary)
        .iter()
        .any(|form| memchr::memmem::find(bytes, form).is_some())
}

fn canary_forms(canary: &str) -> Vec<Vec<u8>> {
    use base64::Engine;
    let mut forms: Vec<Vec<u8>> = Vec::new();
    for text in [
        canary.to_string(),
        canary.to_lowercase(),
        canary.to_uppercase(),
    ] {
        forms.push(text.as_bytes().to_vec());
        forms.push(text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect());
        forms.push(text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect());
    }
    forms.push(hex::encode(canary).into_bytes());
    forms.push(hex::encode_upper(canary).into_bytes());
    for pad in 0..3 {
        let mut bytes = vec![b'#'; pad];
        bytes.extend_from_slice(canary.as_bytes());
        let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
        // Drop the characters that depend on the neighbouring bytes.
        let start = (pad * 4).div_ceil(3) + 1;
        forms.push(encoded.as_bytes()[start..encoded.len() - 4].to_vec());
    }
    forms
}
