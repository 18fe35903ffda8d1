//! Key-encryption keys: Argon2id from a passphrase, HKDF from the recovery
//! key.

use super::format::Kdf;
use crate::error::{Error, Result};
use crate::secret::{random_bytes, KEY_LEN};
use base64::{engine::general_purpose::STANDARD as B64, Engine};
use zeroize::Zeroizing;

/// Argon2id cost, stored with each passphrase wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Argon2Params {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for Argon2Params {
    /// RFC 9106's second recommended option: 64 MiB, t=3, p=4.
    fn default() -> Self {
        Argon2Params {
            memory_kib: 64 * 1024,
            iterations: 3,
            parallelism: 4,
        }
    }
}

impl Argon2Params {
    /// Refuses parameters a damaged or hostile vault file might carry: too
    /// weak to mean anything, or so large that unlocking would exhaust the
    /// machine.
    fn check(&self) -> Result<()> {
        let sane = (8 * 1024..=4 * 1024 * 1024).contains(&self.memory_kib)
            && (1..=64).contains(&self.iterations)
            && (1..=64).contains(&self.parallelism);
        if sane {
            Ok(())
        } else {
            Err(Error::VaultDamaged(
                "key derivation parameters out of range".into(),
            ))
        }
    }
}

pub fn new_argon2(params: Argon2Params) -> Kdf {
    Kdf::Argon2id {
        memory_kib: params.memory_kib,
        iterations: params.iterations,
        parallelism: params.parallelism,
        salt: B64.encode(random_bytes::<16>().as_ref()),
    }
}

pub fn new_hkdf() -> Kdf {
    Kdf::HkdfSha256 {
        salt: B64.encode(random_bytes::<16>().as_ref()),
    }
}

pub fn argon2_params(kdf: &Kdf) -> Option<Argon2Params> {
    match kdf {
        Kdf::Argon2id {
            memory_kib,
            iterations,
            parallelism,
            ..
        } => Some(Argon2Params {
            memory_kib: *memory_kib,
            iterations: *iterations,
            parallelism: *parallelism,
        }),
        _ => None,
    }
}

/// Derives the key that wraps the data key from `secret` (a passphrase's
/// bytes or the recovery key's bytes), as the wrap's KDF says.
pub fn derive(kdf: &Kdf, secret: &[u8]) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    match kdf {
        Kdf::Argon2id { salt, .. } => {
            let params = argon2_params(kdf).expect("argon2 kdf");
            params.check()?;
            let salt = decode_salt(salt)?;
            let argon = argon2::Argon2::new(
                argon2::Algorithm::Argon2id,
                argon2::Version::V0x13,
                argon2::Params::new(
                    params.memory_kib,
                    params.iterations,
                    params.parallelism,
                    Some(KEY_LEN),
                )
                .map_err(|_| {
                    Error::VaultDamaged("key derivation parameters out of range".into())
                })?,
            );
            argon
                .hash_password_into(secret, &salt, out.as_mut())
                .map_err(|_| Error::VaultDamaged("key derivation failed".into()))?;
        }
        Kdf::HkdfSha256 { salt } => {
            let salt = decode_salt(salt)?;
            hkdf::Hkdf::<sha2::Sha256>::new(Some(&salt), secret)
                .expand(b"peerlog recovery wrap v1", out.as_mut())
                .expect("32 bytes is a valid HKDF-SHA256 output length");
        }
        Kdf::Keyring => {
            let key: &[u8; KEY_LEN] = secret
                .try_into()
                .map_err(|_| Error::Keyring("the stored device key has the wrong length".into()))?;
            out.copy_from_slice(key);
        }
    }
    Ok(out)
}

fn decode_salt(salt: &str) -> Result<Vec<u8>> {
    let bytes = B64
        .decode(salt)
        .map_err(|_| Error::VaultDamaged("salt is not base64".into()))?;
    if bytes.len() < 16 {
        return Err(Error::VaultDamaged("salt too short".into()));
    }
    Ok(bytes)
}
