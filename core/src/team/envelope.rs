//! Sealing a message for its recipients and opening one sent to us. The
//! envelope is signed with the sender's Ed25519 key, then the signed bytes
//! are encrypted with age to every recipient at once: nobody outside the
//! recipients learns even who sent it, and a recipient can prove who did.

use super::identity::Identity;
use super::key::MemberKey;
use super::message::Envelope;
use ed25519_dalek::{Signature, Signer};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Larger files are never a message Peerlog wrote; they are left unread.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct Signed {
    /// The envelope's JSON, exactly the bytes signed.
    envelope: String,
    signature: String,
}

/// Why a file did not yield a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unopened {
    /// Encrypted to others only: someone else's message.
    NotForUs,
    /// Cut short, damaged or altered: it may still be syncing, so it is
    /// tried again later.
    Unreadable,
    /// It opened, but its signature or its addressing does not hold.
    Forged,
}

/// Seals `envelope` for its recipients (`envelope.to`), signed by `sender`.
pub fn seal(sender: &Identity, envelope: &Envelope) -> Vec<u8> {
    let json = serde_json::to_string(envelope).expect("an envelope always serialises");
    let signature = sender.signer.sign(json.as_bytes());
    let signed = serde_json::to_vec(&Signed {
        envelope: json,
        signature: hex::encode(signature.to_bytes()),
    })
    .expect("a signed envelope always serialises");
    let recipients: Vec<age::x25519::Recipient> =
        envelope.to.iter().map(MemberKey::recipient).collect();
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .expect("X25519 recipients always combine");
    let mut sealed = Vec::with_capacity(signed.len() + 512);
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .expect("writing to memory does not fail");
    writer
        .write_all(&signed)
        .and_then(|()| writer.finish().map(drop))
        .expect("writing to memory does not fail");
    sealed
}

/// Opens a file's bytes as `reader`: decrypts, checks the signature
/// against the key the envelope names, and that `reader` is among its
/// recipients. Membership is the caller's to check.
pub fn open(reader: &Identity, bytes: &[u8]) -> Result<Envelope, Unopened> {
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|_| Unopened::Unreadable)?;
    let mut plain = decryptor
        .decrypt(std::iter::once(&reader.opener as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => Unopened::NotForUs,
            _ => Unopened::Unreadable,
        })?;
    let mut signed = Vec::new();
    plain
        .by_ref()
        .take(MAX_FILE_BYTES)
        .read_to_end(&mut signed)
        .map_err(|_| Unopened::Unreadable)?;
    let signed: Signed = serde_json::from_slice(&signed).map_err(|_| Unopened::Forged)?;
    let envelope: Envelope =
        serde_json::from_str(&signed.envelope).map_err(|_| Unopened::Forged)?;
    let signature = hex::decode(&signed.signature)
        .ok()
        .and_then(|bytes| Signature::from_slice(&bytes).ok())
        .ok_or(Unopened::Forged)?;
    let verifying = envelope.from.verifying_key().ok_or(Unopened::Forged)?;
    verifying
        .verify_strict(signed.envelope.as_bytes(), &signature)
        .map_err(|_| Unopened::Forged)?;
    if !envelope.to.contains(&reader.key()) {
        return Err(Unopened::Forged);
    }
    Ok(envelope)
}
