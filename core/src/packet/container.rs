//! The sealed container shared by case-conference packets and backups: a
//! versioned header, then the content in AES-256-GCM chunks. Documented in
//! `docs/PACKET-FORMAT.md` and `docs/BACKUP-FORMAT.md`.
//!
//! ```text
//! offset  size  field
//! 0       8     magic: "PLPACKET" or "PLBACKUP"
//! 8       4     header length H, big-endian (all header bytes)
//! 12      32    SHA-256 of header bytes [0, 12) and [44, H)
//! 44      2     format version (1)
//! 46      4     key block length K
//! 50      K     key block (what the key is derived from; kind-specific)
//! 50+K    8     nonce prefix (random)
//! 58+K    4     chunk size C (plaintext bytes per chunk)
//! 62+K    8     plaintext length L
//! 70+K    32    key check: HMAC-SHA256(check key, header bytes [0, 12)
//!               and [44, 70+K))
//! H = 102+K
//! then ceil(L / C) chunks (one empty chunk when L = 0), each the chunk's
//! ciphertext and 16-byte tag; chunk i is sealed with nonce = prefix ‖ i
//! (u32 BE) and AAD = SHA-256(header) ‖ i (u32 BE) ‖ last (1 byte).
//! ```
//!
//! Reading checks, in order: the magic, that the header is whole, the
//! header checksum (damage), the version, the key check (a wrong
//! passphrase or key), the length (truncation), and every chunk's tag
//! (damage or tampering). Nothing is returned until all chunks are open.
//!
//! No size or count in a file is trusted: the header length is capped at
//! [`MAX_HEADER_LEN`] and by the bytes there are, the key block's length
//! must match it, and the plaintext length must account for exactly the
//! bytes after the header before anything is allocated for it. A file is
//! read with [`read_file_within`], which stops at a limit, so neither a
//! huge file nor a device that never ends can exhaust memory.

use crate::error::{Error, Result};
use crate::secret::{random_bytes, KEY_LEN};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;
use zeroize::Zeroizing;

pub const VERSION: u16 = 1;
pub const DEFAULT_CHUNK: u32 = 1024 * 1024;
const TAG_LEN: usize = 16;
const FIXED_BEFORE_KEY_BLOCK: usize = 50;
const FIXED_AFTER_KEY_BLOCK: usize = 8 + 4 + 8 + 32;
const MAX_KEY_BLOCK: usize = 1024 * 1024;
/// The longest header there can be: a key block of the largest size.
pub const MAX_HEADER_LEN: usize = FIXED_BEFORE_KEY_BLOCK + MAX_KEY_BLOCK + FIXED_AFTER_KEY_BLOCK;

fn too_large(what: &'static str) -> Error {
    Error::FileDamaged {
        what,
        reason: "it is larger than any it could be",
    }
}

/// Room for `len` more bytes in `buffer`, or an error (never an abort) when
/// the memory is not there.
fn reserve(buffer: &mut Vec<u8>, len: usize) -> Result<()> {
    buffer
        .try_reserve_exact(len)
        .map_err(|_| Error::Io(std::io::ErrorKind::OutOfMemory.into()))
}

/// Reads the file at `path`, refusing it as damaged once it holds more
/// than `limit` bytes: a file of any size, or a device that never ends,
/// is read no further than that.
pub fn read_file_within(kind: Kind, path: &Path, limit: u64) -> Result<Vec<u8>> {
    let file = open_to_read(path)?;
    let hint = file.metadata().map(|m| m.len()).unwrap_or(0);
    if hint > limit {
        return Err(too_large(kind.what()));
    }
    let mut bytes = Vec::new();
    // The size on disk is a hint: the file may still change while read.
    reserve(&mut bytes, usize::try_from(hint).unwrap_or(usize::MAX))?;
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(kind.what()));
    }
    Ok(bytes)
}

/// Windows refuses to open a folder as a file ("access denied"), where Unix
/// opens it and fails the read ("is a directory"): both say it is a folder,
/// not that the peer may not read there.
fn open_to_read(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::PermissionDenied && path.is_dir() {
            std::io::Error::from(std::io::ErrorKind::IsADirectory)
        } else {
            e
        }
    })
}

/// Reads no more of the file at `path` than its header can take: enough
/// for [`read_header`] and the key block, not the content.
pub fn read_front(path: &Path) -> Result<Vec<u8>> {
    let file = open_to_read(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_HEADER_LEN as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Which kind of container: its magic, its name in messages, and the label
/// that keeps keys for one kind from opening the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Packet,
    Backup,
}

impl Kind {
    fn magic(self) -> &'static [u8; 8] {
        match self {
            Kind::Packet => b"PLPACKET",
            Kind::Backup => b"PLBACKUP",
        }
    }

    pub fn what(self) -> &'static str {
        match self {
            Kind::Packet => "sealed packet",
            Kind::Backup => "backup",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Packet => "peerlog packet",
            Kind::Backup => "peerlog backup",
        }
    }
}

/// The two keys used inside a container, both from one 32-byte secret.
struct Keys {
    encryption: Zeroizing<[u8; KEY_LEN]>,
    check: Zeroizing<[u8; KEY_LEN]>,
}

impl Keys {
    fn derive(kind: Kind, master: &[u8; KEY_LEN]) -> Keys {
        let hkdf = hkdf::Hkdf::<Sha256>::new(None, master);
        let mut encryption = Zeroizing::new([0u8; KEY_LEN]);
        let mut check = Zeroizing::new([0u8; KEY_LEN]);
        hkdf.expand(
            format!("{} v{VERSION} encryption", kind.label()).as_bytes(),
            encryption.as_mut(),
        )
        .expect("32 bytes is a valid HKDF length");
        hkdf.expand(
            format!("{} v{VERSION} key check", kind.label()).as_bytes(),
            check.as_mut(),
        )
        .expect("32 bytes is a valid HKDF length");
        Keys { encryption, check }
    }

    /// HMAC over the header before the key check, less the checksum field.
    fn key_check_mac(&self, header_so_far: &[u8]) -> Hmac<Sha256> {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(self.check.as_ref()).expect("any key length");
        mac.update(&header_so_far[..12]);
        mac.update(&header_so_far[44..]);
        mac
    }
}

fn chunk_count(length: u64, chunk: u32) -> u64 {
    if length == 0 {
        1
    } else {
        length.div_ceil(chunk as u64)
    }
}

fn nonce(prefix: &[u8], index: u32) -> [u8; 12] {
    let mut nonce = [0u8; 12];
    nonce[..8].copy_from_slice(prefix);
    nonce[8..].copy_from_slice(&index.to_be_bytes());
    nonce
}

fn chunk_aad(header_hash: &[u8; 32], index: u32, last: bool) -> [u8; 37] {
    let mut aad = [0u8; 37];
    aad[..32].copy_from_slice(header_hash);
    aad[32..36].copy_from_slice(&index.to_be_bytes());
    aad[36] = last as u8;
    aad
}

fn header_checksum(header: &[u8]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(&header[..12]);
    hasher.update(&header[44..]);
    hasher.finalize().into()
}

/// Seals `plain` under a key derived from `master`. `key_block` goes into
/// the header in clear: it must hold no secret.
pub fn seal(kind: Kind, key_block: &[u8], master: &[u8; KEY_LEN], plain: &[u8]) -> Vec<u8> {
    seal_with_chunk(kind, key_block, master, plain, DEFAULT_CHUNK)
}

pub fn seal_with_chunk(
    kind: Kind,
    key_block: &[u8],
    master: &[u8; KEY_LEN],
    plain: &[u8],
    chunk: u32,
) -> Vec<u8> {
    assert!(chunk > 0 && key_block.len() <= MAX_KEY_BLOCK);
    let keys = Keys::derive(kind, master);
    let prefix = random_bytes::<8>();
    let header_len = FIXED_BEFORE_KEY_BLOCK + key_block.len() + FIXED_AFTER_KEY_BLOCK;
    let chunks = chunk_count(plain.len() as u64, chunk);
    let mut out = Vec::with_capacity(header_len + plain.len() + chunks as usize * TAG_LEN);
    out.extend_from_slice(kind.magic());
    out.extend_from_slice(&(header_len as u32).to_be_bytes());
    out.extend_from_slice(&[0u8; 32]); // checksum, filled in below
    out.extend_from_slice(&VERSION.to_be_bytes());
    out.extend_from_slice(&(key_block.len() as u32).to_be_bytes());
    out.extend_from_slice(key_block);
    out.extend_from_slice(prefix.as_ref());
    out.extend_from_slice(&chunk.to_be_bytes());
    out.extend_from_slice(&(plain.len() as u64).to_be_bytes());
    let check: [u8; 32] = keys.key_check_mac(&out).finalize().into_bytes().into();
    out.extend_from_slice(&check);
    debug_assert_eq!(out.len(), header_len);
    let checksum = header_checksum(&out);
    out[12..44].copy_from_slice(&checksum);
    let header_hash: [u8; 32] = Sha256::digest(&out).into();

    let cipher = Aes256Gcm::new((&*keys.encryption).into());
    for index in 0..chunks {
        let start = (index * chunk as u64) as usize;
        let end = (start + chunk as usize).min(plain.len());
        let last = index + 1 == chunks;
        let sealed = cipher
            .encrypt(
                Nonce::from_slice(&nonce(prefix.as_ref(), index as u32)),
                Payload {
                    msg: &plain[start..end],
                    aad: &chunk_aad(&header_hash, index as u32, last),
                },
            )
            .expect("AES-GCM encryption of a chunk cannot fail");
        out.extend_from_slice(&sealed);
    }
    out
}

/// A container whose header has been read and checked for damage; its key
/// block can be read before any key is at hand.
#[derive(Debug)]
pub struct Header<'a> {
    kind: Kind,
    bytes: &'a [u8],
    header_len: usize,
    key_block: &'a [u8],
    prefix: &'a [u8],
    chunk: u32,
    length: u64,
    check: &'a [u8],
}

fn be_u32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes(bytes.try_into().expect("four bytes"))
}

/// Reads the header: the magic, its length, its checksum and version.
pub fn read_header(kind: Kind, bytes: &[u8]) -> Result<Header<'_>> {
    let what = kind.what();
    let magic = kind.magic();
    let seen = bytes.len().min(magic.len());
    if bytes[..seen] != magic[..seen] {
        return Err(Error::NotPeerlogFile(what));
    }
    if bytes.len() < 12 {
        return Err(Error::FileTruncated(what));
    }
    let header_len = be_u32(&bytes[8..12]) as usize;
    let smallest = FIXED_BEFORE_KEY_BLOCK + FIXED_AFTER_KEY_BLOCK;
    if !(smallest..=smallest + MAX_KEY_BLOCK).contains(&header_len) {
        return Err(Error::FileDamaged {
            what,
            reason: "header length",
        });
    }
    if bytes.len() < header_len {
        return Err(Error::FileTruncated(what));
    }
    let header = &bytes[..header_len];
    if header_checksum(header)[..] != header[12..44] {
        return Err(Error::FileDamaged {
            what,
            reason: "header checksum",
        });
    }
    let version = u16::from_be_bytes([header[44], header[45]]);
    if version > VERSION {
        return Err(Error::FileTooNew {
            what,
            found: version as u32,
        });
    }
    if version != VERSION {
        return Err(Error::FileDamaged {
            what,
            reason: "format version",
        });
    }
    let key_block_len = be_u32(&header[46..50]) as usize;
    if FIXED_BEFORE_KEY_BLOCK + key_block_len + FIXED_AFTER_KEY_BLOCK != header_len {
        return Err(Error::FileDamaged {
            what,
            reason: "header layout",
        });
    }
    let rest = &header[FIXED_BEFORE_KEY_BLOCK + key_block_len..];
    let chunk = be_u32(&rest[8..12]);
    if chunk == 0 {
        return Err(Error::FileDamaged {
            what,
            reason: "chunk size",
        });
    }
    Ok(Header {
        kind,
        bytes,
        header_len,
        key_block: &header[FIXED_BEFORE_KEY_BLOCK..FIXED_BEFORE_KEY_BLOCK + key_block_len],
        prefix: &rest[..8],
        chunk,
        length: u64::from_be_bytes(rest[12..20].try_into().expect("eight bytes")),
        check: &rest[20..52],
    })
}

impl Header<'_> {
    pub fn key_block(&self) -> &[u8] {
        self.key_block
    }

    /// The plaintext length the header declares. Not checked against the
    /// file until [`Header::open`]: use it only to compare.
    pub fn declared_length(&self) -> u64 {
        self.length
    }

    /// Whether `master` is the key this container was sealed with.
    pub fn key_matches(&self, master: &[u8; KEY_LEN]) -> bool {
        let keys = Keys::derive(self.kind, master);
        keys.key_check_mac(&self.bytes[..self.header_len - 32])
            .verify_slice(self.check)
            .is_ok()
    }

    /// Opens every chunk. `wrong_key` is the error for a key that does not
    /// match (it names the passphrase or key the caller asked for).
    pub fn open(&self, master: &[u8; KEY_LEN], wrong_key: Error) -> Result<Zeroizing<Vec<u8>>> {
        let what = self.kind.what();
        if !self.key_matches(master) {
            return Err(wrong_key);
        }
        let chunks = chunk_count(self.length, self.chunk);
        let body_len = (self.length as u128) + (chunks as u128) * TAG_LEN as u128;
        let actual = (self.bytes.len() - self.header_len) as u128;
        if actual < body_len {
            return Err(Error::FileTruncated(what));
        }
        if actual > body_len {
            return Err(Error::FileDamaged {
                what,
                reason: "extra bytes after the end",
            });
        }
        if chunks > u32::MAX as u64 {
            return Err(Error::FileDamaged {
                what,
                reason: "chunk count",
            });
        }
        let keys = Keys::derive(self.kind, master);
        let cipher = Aes256Gcm::new((&*keys.encryption).into());
        let header_hash: [u8; 32] = Sha256::digest(&self.bytes[..self.header_len]).into();
        // The length now accounts for bytes that are really there.
        let length = usize::try_from(self.length).map_err(|_| too_large(what))?;
        let mut plain = Zeroizing::new(Vec::new());
        reserve(&mut plain, length)?;
        let mut offset = self.header_len;
        for index in 0..chunks {
            let plain_len = if index + 1 == chunks {
                (self.length - index * self.chunk as u64) as usize
            } else {
                self.chunk as usize
            };
            let sealed = &self.bytes[offset..offset + plain_len + TAG_LEN];
            offset += sealed.len();
            let opened = cipher
                .decrypt(
                    Nonce::from_slice(&nonce(self.prefix, index as u32)),
                    Payload {
                        msg: sealed,
                        aad: &chunk_aad(&header_hash, index as u32, index + 1 == chunks),
                    },
                )
                .map_err(|_| Error::FileDamaged {
                    what,
                    reason: "its contents do not match their seal",
                })?;
            plain.extend_from_slice(&opened);
        }
        Ok(plain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn master(byte: u8) -> [u8; KEY_LEN] {
        [byte; KEY_LEN]
    }

    fn sample() -> Vec<u8> {
        (0..2500u32).map(|i| (i * 7 % 251) as u8).collect()
    }

    #[test]
    fn round_trip_in_several_chunks_and_empty() {
        for plain in [sample(), Vec::new(), vec![1u8; 1000]] {
            let sealed = seal_with_chunk(Kind::Packet, b"kb", &master(1), &plain, 1000);
            let header = read_header(Kind::Packet, &sealed).unwrap();
            assert_eq!(header.key_block(), b"kb");
            let opened = header.open(&master(1), Error::WrongPassphrase).unwrap();
            assert_eq!(opened.as_slice(), plain.as_slice());
        }
    }

    #[test]
    fn the_wrong_key_is_told_apart_from_damage() {
        let sealed = seal(Kind::Packet, b"kb", &master(1), &sample());
        let err = read_header(Kind::Packet, &sealed)
            .unwrap()
            .open(&master(2), Error::WrongPassphrase)
            .unwrap_err();
        assert_eq!(err.code(), "wrong_passphrase");
    }

    #[test]
    fn a_flipped_bit_in_any_byte_is_refused() {
        let sealed = seal_with_chunk(Kind::Packet, b"key block", &master(3), &sample(), 700);
        for position in 0..sealed.len() {
            for bit in [0x01u8, 0x80] {
                let mut bad = sealed.clone();
                bad[position] ^= bit;
                let result = read_header(Kind::Packet, &bad)
                    .and_then(|h| h.open(&master(3), Error::WrongPassphrase));
                let err = result.expect_err(&format!("byte {position} bit {bit:#x} accepted"));
                // Only bytes that are not covered by the header checksum's
                // own check could ever look like a wrong key; none are.
                assert_ne!(err.code(), "wrong_passphrase", "byte {position}");
                assert!(
                    ["not_a_peerlog_file", "file_damaged", "file_truncated",]
                        .contains(&err.code().as_str()),
                    "byte {position}: {err}"
                );
            }
        }
    }

    #[test]
    fn every_truncation_is_refused() {
        let sealed = seal_with_chunk(Kind::Backup, b"kb", &master(4), &sample(), 512);
        for len in 0..sealed.len() {
            let err = read_header(Kind::Backup, &sealed[..len])
                .and_then(|h| h.open(&master(4), Error::WrongPassphrase))
                .unwrap_err();
            assert_eq!(err.code(), "file_truncated", "cut at {len}: {err}");
        }
        let mut longer = sealed.clone();
        longer.push(0);
        let err = read_header(Kind::Backup, &longer)
            .unwrap()
            .open(&master(4), Error::WrongPassphrase)
            .unwrap_err();
        assert_eq!(err.code(), "file_damaged");
    }

    #[test]
    fn a_packet_is_not_a_backup() {
        let sealed = seal(Kind::Packet, b"kb", &master(5), b"x");
        let err = read_header(Kind::Backup, &sealed).unwrap_err();
        assert_eq!(err.code(), "not_a_peerlog_file");
        let err = read_header(Kind::Packet, b"%PDF-1.7 hello").unwrap_err();
        assert_eq!(err.code(), "not_a_peerlog_file");
    }

    /// Seals `plain`, lets `edit` change the header in place, then makes
    /// the header checksum and the key check right again, as someone who
    /// knows the key (the sender of a hostile file) would.
    fn forged(kind: Kind, master: &[u8; KEY_LEN], edit: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
        let mut bytes = seal_with_chunk(kind, b"kb", master, &sample(), 1000);
        edit(&mut bytes);
        let header_len = FIXED_BEFORE_KEY_BLOCK + 2 + FIXED_AFTER_KEY_BLOCK;
        let keys = Keys::derive(kind, master);
        let check: [u8; 32] = keys
            .key_check_mac(&bytes[..header_len - 32])
            .finalize()
            .into_bytes()
            .into();
        bytes[header_len - 32..header_len].copy_from_slice(&check);
        let checksum = header_checksum(&bytes[..header_len]);
        bytes[12..44].copy_from_slice(&checksum);
        bytes
    }

    fn outcome(kind: Kind, bytes: &[u8], master: &[u8; KEY_LEN]) -> String {
        match read_header(kind, bytes).and_then(|h| h.open(master, Error::WrongPassphrase)) {
            Ok(_) => "opened".into(),
            Err(e) => e.code(),
        }
    }

    #[test]
    fn absurd_header_lengths_are_damage_or_truncation() {
        let sealed = seal(Kind::Packet, b"kb", &master(7), &sample());
        let real = FIXED_BEFORE_KEY_BLOCK + 2 + FIXED_AFTER_KEY_BLOCK;
        for (declared, code) in [
            (0u32, "file_damaged"),
            (12, "file_damaged"),
            (real as u32 - 1, "file_damaged"),
            (real as u32 + 1, "file_damaged"),
            (MAX_HEADER_LEN as u32, "file_truncated"),
            (MAX_HEADER_LEN as u32 + 1, "file_damaged"),
            (u32::MAX / 2, "file_damaged"),
            (u32::MAX, "file_damaged"),
        ] {
            let mut bad = sealed.clone();
            bad[8..12].copy_from_slice(&declared.to_be_bytes());
            assert_eq!(
                outcome(Kind::Packet, &bad, &master(7)),
                code,
                "header length {declared}"
            );
        }
        // A header that claims to be longer than the file, with nothing after.
        let mut short = sealed[..real].to_vec();
        short[8..12].copy_from_slice(&(real as u32 + 1000).to_be_bytes());
        assert_eq!(outcome(Kind::Packet, &short, &master(7)), "file_truncated");
    }

    #[test]
    fn absurd_key_block_lengths_are_damage() {
        for declared in [
            0u32,
            1,
            3,
            1000,
            MAX_KEY_BLOCK as u32 + 1,
            u32::MAX - 49,
            u32::MAX,
        ] {
            let bad = forged(Kind::Backup, &master(8), |h| {
                h[46..50].copy_from_slice(&declared.to_be_bytes())
            });
            assert_eq!(
                outcome(Kind::Backup, &bad, &master(8)),
                "file_damaged",
                "key block length {declared}"
            );
        }
    }

    #[test]
    fn absurd_plaintext_lengths_and_chunk_sizes_are_refused() {
        let length_at = FIXED_BEFORE_KEY_BLOCK + 2 + 12;
        let chunk_at = FIXED_BEFORE_KEY_BLOCK + 2 + 8;
        let cases: [(u32, u64, &str); 10] = [
            (1000, u64::MAX, "file_truncated"),
            (1, u64::MAX, "file_truncated"),
            (u32::MAX, u64::MAX, "file_truncated"),
            (1, u64::MAX / 16, "file_truncated"),
            (1, 1 << 40, "file_truncated"),
            (1000, isize::MAX as u64, "file_truncated"),
            (1000, 2501, "file_truncated"),
            (1000, 2499, "file_damaged"),
            (1000, 0, "file_damaged"),
            (0, 2500, "file_damaged"),
        ];
        for (chunk, length, code) in cases {
            let bad = forged(Kind::Packet, &master(9), |h| {
                h[chunk_at..chunk_at + 4].copy_from_slice(&chunk.to_be_bytes());
                h[length_at..length_at + 8].copy_from_slice(&length.to_be_bytes());
            });
            assert_eq!(
                outcome(Kind::Packet, &bad, &master(9)),
                code,
                "chunk {chunk}, length {length}"
            );
        }
        // The same forgery with honest numbers opens: the test forges right.
        let honest = forged(Kind::Packet, &master(9), |_| {});
        assert_eq!(outcome(Kind::Packet, &honest, &master(9)), "opened");
    }

    #[test]
    fn reading_a_file_stops_at_the_limit() {
        let temp = tempfile::tempdir().unwrap();
        let path = temp.path().join("big");
        std::fs::write(&path, vec![0u8; 5000]).unwrap();
        assert_eq!(
            read_file_within(Kind::Packet, &path, 5000).unwrap().len(),
            5000
        );
        let err = read_file_within(Kind::Packet, &path, 4999).unwrap_err();
        assert_eq!(err.code(), "file_damaged");
        // A device that never ends is refused, not read forever.
        #[cfg(unix)]
        {
            let err = read_file_within(Kind::Backup, Path::new("/dev/zero"), 1 << 20).unwrap_err();
            assert_eq!(err.code(), "file_damaged");
        }
        // The header alone is read from the front of a file.
        let sealed = seal(Kind::Backup, b"kb", &master(10), &sample());
        std::fs::write(&path, &sealed).unwrap();
        let front = read_front(&path).unwrap();
        assert_eq!(
            read_header(Kind::Backup, &front).unwrap().key_block(),
            b"kb"
        );
    }

    #[test]
    fn a_newer_version_is_reported_as_such() {
        let mut sealed = seal(Kind::Packet, b"kb", &master(6), b"x");
        sealed[44..46].copy_from_slice(&2u16.to_be_bytes());
        let checksum =
            header_checksum(&sealed[..FIXED_BEFORE_KEY_BLOCK + 2 + FIXED_AFTER_KEY_BLOCK]);
        sealed[12..44].copy_from_slice(&checksum);
        let err = read_header(Kind::Packet, &sealed).unwrap_err();
        assert_eq!(err.code(), "file_too_new");
    }
}
