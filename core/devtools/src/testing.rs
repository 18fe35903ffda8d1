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

/// Whether a PDF holds `canary` in any layer a reader could get it from
/// without drawing the pages: its bytes as written (metadata, outline and
/// structure-tree strings, which stay uncompressed) and every stream
/// inflated (content streams, font maps). A PDF's visible text is glyph
/// ids, not characters, so this cannot see it; pair it with a text
/// extractor such as pdftotext, which decodes glyphs through the font's
/// map to Unicode.
pub fn pdf_holds_canary(pdf: &[u8], canary: &str) -> bool {
    holds_canary(pdf, canary)
        || pdf_streams_inflated(pdf)
            .iter()
            .any(|stream| holds_canary(stream, canary))
}

/// Every Flate-compressed stream of a PDF, inflated. Streams that are not
/// zlib data are skipped.
pub fn pdf_streams_inflated(pdf: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&pdf[from..], b"stream") {
        let mut start = from + at + b"stream".len();
        // "endstream" also contains "stream": skip it.
        if pdf[..from + at].ends_with(b"end") {
            from = start;
            continue;
        }
        if pdf[start..].starts_with(b"\r\n") {
            start += 2;
        } else if pdf[start..].starts_with(b"\n") {
            start += 1;
        }
        let Some(length) = memchr::memmem::find(&pdf[start..], b"endstream") else {
            break;
        };
        if let Ok(inflated) =
            miniz_oxide::inflate::decompress_to_vec_zlib(&pdf[start..start + length])
        {
            out.push(inflated);
        }
        from = start + length;
    }
    out
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
