//! The backup file: what its header says (readable without a secret), the
//! key block, and how the sealing key comes from the data key.

use crate::error::{Error, Result};
use crate::packet::container::{self, Kind};
use crate::secret::{DataKey, Passphrase, RecoveryKey, KEY_LEN};
use crate::session::Peerlog;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::path::Path;
use zeroize::Zeroizing;

pub(super) const FORMAT: &str = "peerlog-backup";

/// The largest backup file read. A peer's store is a few megabytes to a
/// few hundred; a restore holds the file and the store in memory at once.
pub const MAX_BACKUP_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// The longest text field the description may hold (an id, a version, a
/// timestamp: all far shorter).
pub(super) const MAX_INFO_TEXT: usize = 128;

/// What the header says about a backup, readable without any secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub format: String,
    pub vault_id: String,
    /// When the snapshot was taken.
    pub taken_at: Timestamp,
    /// When the store's contents last changed before the snapshot.
    pub changed_at: String,
    pub schema_version: i64,
    pub app_version: String,
    pub store_bytes: u64,
}

pub(super) fn data_key(peerlog: &Peerlog) -> DataKey {
    let hex = peerlog.raw_key_hex();
    let bytes = Zeroizing::new(hex::decode(hex.as_str()).expect("the key is hex"));
    DataKey::from_bytes(&bytes).expect("the key is 32 bytes")
}

pub(super) fn master_key(key: &DataKey, salt: &[u8]) -> Zeroizing<[u8; KEY_LEN]> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    hkdf::Hkdf::<Sha256>::new(Some(salt), key.expose())
        .expand(b"peerlog backup master v1", out.as_mut())
        .expect("32 bytes is a valid HKDF length");
    out
}

/// Key block: 16-byte salt, then the info JSON and the vault file, each
/// after its length (u32 big-endian).
pub(super) fn key_block(salt: &[u8], info: &BackupInfo, vault: &[u8]) -> Vec<u8> {
    let info = serde_json::to_vec(info).expect("backup info serialises");
    let mut block = Vec::with_capacity(16 + 8 + info.len() + vault.len());
    block.extend_from_slice(salt);
    block.extend_from_slice(&(info.len() as u32).to_be_bytes());
    block.extend_from_slice(&info);
    block.extend_from_slice(&(vault.len() as u32).to_be_bytes());
    block.extend_from_slice(vault);
    block
}

pub(super) struct KeyBlock<'a> {
    pub(super) salt: &'a [u8],
    pub(super) info: BackupInfo,
    pub(super) vault: &'a [u8],
}

pub(super) fn parse_key_block(block: &[u8]) -> Result<KeyBlock<'_>> {
    let damaged = || Error::FileDamaged {
        what: Kind::Backup.what(),
        reason: "its description",
    };
    let take = |from: usize| -> Result<(&[u8], usize)> {
        let len_end = from.checked_add(4).ok_or_else(damaged)?;
        let len = u32::from_be_bytes(
            block
                .get(from..len_end)
                .ok_or_else(damaged)?
                .try_into()
                .expect("four bytes"),
        ) as usize;
        let end = len_end.checked_add(len).ok_or_else(damaged)?;
        Ok((block.get(len_end..end).ok_or_else(damaged)?, end))
    };
    let salt = block.get(..16).ok_or_else(damaged)?;
    let (info, next) = take(16)?;
    let (vault, end) = take(next)?;
    if end != block.len() {
        return Err(damaged());
    }
    let info: BackupInfo = serde_json::from_slice(info).map_err(|_| damaged())?;
    if info.format != FORMAT || !info_sane(&info) {
        return Err(damaged());
    }
    Ok(KeyBlock { salt, info, vault })
}

/// The description is read and shown before anything is authenticated:
/// short text without control characters (nothing that could rewrite a
/// terminal), and numbers a real backup could hold.
fn info_sane(info: &BackupInfo) -> bool {
    let text_ok = |t: &str| t.len() <= MAX_INFO_TEXT && !t.chars().any(char::is_control);
    text_ok(&info.vault_id)
        && text_ok(&info.changed_at)
        && text_ok(&info.app_version)
        && info.schema_version >= 1
        && info.store_bytes <= MAX_BACKUP_BYTES
}

/// Reads what a backup file says about itself, without any secret. Only
/// the front of the file, where the header is, is read.
pub fn inspect(path: &Path) -> Result<BackupInfo> {
    describe(&container::read_front(path)?)
}

/// What a backup says about itself, from its bytes (the header is enough).
pub fn describe(bytes: &[u8]) -> Result<BackupInfo> {
    let header = container::read_header(Kind::Backup, bytes)?;
    Ok(parse_key_block(header.key_block())?.info)
}

/// How to open a backup.
pub enum BackupCredential<'a> {
    /// The passphrase the store had when the backup was written.
    Passphrase(&'a Passphrase),
    RecoveryKey(&'a RecoveryKey),
}
