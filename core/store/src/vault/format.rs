//! The vault file, `vault.json`: the data key wrapped several ways. It holds
//! no secret in clear; each wrap is AES-256-GCM with its KDF parameters kept
//! beside it so they can be raised later.

use serde::{Deserialize, Serialize};

pub const FORMAT_NAME: &str = "peerlog-vault";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VaultFile {
    pub format: String,
    pub version: u32,
    pub vault_id: String,
    pub created_at: String,
    pub passphrase: Wrap,
    pub recovery: Wrap,
    /// Present while the OS keyring holds the device key for quick unlock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Wrap>,
    /// SHA-256 (hex) of this file written with an empty checksum. Not a
    /// secret and not a defence against tampering (the GCM tags are): it
    /// tells accidental damage apart from a wrong passphrase.
    pub checksum: String,
}

impl VaultFile {
    pub fn compute_checksum(&self) -> String {
        use sha2::Digest;
        let mut copy = self.clone();
        copy.checksum.clear();
        let bytes = serde_json::to_vec(&copy).expect("vault file serialises");
        hex::encode(sha2::Sha256::digest(bytes))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Wrap {
    pub kdf: Kdf,
    /// 96-bit GCM nonce, base64.
    pub nonce: String,
    /// The wrapped data key with its 128-bit tag, base64.
    pub ciphertext: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "alg", rename_all = "camelCase", deny_unknown_fields)]
pub enum Kdf {
    /// From the passphrase (RFC 9106, second recommended setting by default).
    #[serde(rename = "argon2id", rename_all = "camelCase")]
    Argon2id {
        memory_kib: u32,
        iterations: u32,
        parallelism: u32,
        salt: String,
    },
    /// From the 160-bit recovery key, which needs no stretching.
    #[serde(rename = "hkdf-sha256")]
    HkdfSha256 { salt: String },
    /// A random device key kept in the OS keyring.
    #[serde(rename = "keyring")]
    Keyring,
}

/// What a wrap is for; bound into its AAD so a wrap can't be moved to
/// another slot or another vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Passphrase,
    Recovery,
    Device,
}

impl Purpose {
    pub fn name(self) -> &'static str {
        match self {
            Purpose::Passphrase => "passphrase",
            Purpose::Recovery => "recovery",
            Purpose::Device => "device",
        }
    }
}

pub fn aad(vault_id: &str, purpose: Purpose) -> Vec<u8> {
    format!(
        "{FORMAT_NAME}/v{FORMAT_VERSION}/{vault_id}/{}",
        purpose.name()
    )
    .into_bytes()
}
