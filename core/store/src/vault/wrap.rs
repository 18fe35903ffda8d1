//! Wrapping and unwrapping the data key with AES-256-GCM.

use super::format::{aad, Kdf, Purpose, Wrap};
use crate::error::{Error, Result};
use crate::secret::{random_bytes, DataKey, KEY_LEN};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::{engine::general_purpose::STANDARD as B64, Engine};
use zeroize::Zeroizing;

pub fn seal(
    kek: &[u8; KEY_LEN],
    kdf: Kdf,
    vault_id: &str,
    purpose: Purpose,
    data_key: &DataKey,
) -> Wrap {
    let cipher = Aes256Gcm::new(kek.into());
    let nonce = random_bytes::<12>();
    let ciphertext = cipher
        .encrypt(
            Nonce::from_slice(nonce.as_ref()),
            Payload {
                msg: data_key.expose(),
                aad: &aad(vault_id, purpose),
            },
        )
        .expect("AES-GCM encryption of 32 bytes cannot fail");
    Wrap {
        kdf,
        nonce: B64.encode(nonce.as_ref()),
        ciphertext: B64.encode(ciphertext),
    }
}

/// Opens a wrap. `None` means the key-encryption key was wrong (or the wrap
/// was altered): GCM can't tell those apart, and neither should we.
pub fn open(
    kek: &[u8; KEY_LEN],
    wrap: &Wrap,
    vault_id: &str,
    purpose: Purpose,
) -> Result<Option<DataKey>> {
    let nonce = B64
        .decode(&wrap.nonce)
        .ok()
        .filter(|n| n.len() == 12)
        .ok_or_else(|| Error::VaultDamaged(format!("{} wrap nonce", purpose.name())))?;
    let ciphertext = B64
        .decode(&wrap.ciphertext)
        .ok()
        .filter(|c| c.len() == KEY_LEN + 16)
        .ok_or_else(|| Error::VaultDamaged(format!("{} wrap length", purpose.name())))?;
    let cipher = Aes256Gcm::new(kek.into());
    let plain = cipher.decrypt(
        Nonce::from_slice(&nonce),
        Payload {
            msg: &ciphertext,
            aad: &aad(vault_id, purpose),
        },
    );
    Ok(plain
        .ok()
        .map(Zeroizing::new)
        .and_then(|bytes| DataKey::from_bytes(&bytes)))
}
