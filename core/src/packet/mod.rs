//! Sealed packets: an export encrypted with AES-256-GCM under a key derived
//! with Argon2id from a passphrase agreed with the recipient. The packet
//! holds a zip of the export's folder (the PDF, the CSV tables, the README
//! and the redisclosure notice). Format: `docs/PACKET-FORMAT.md`.

pub mod container;

use crate::error::{Error, Result};
use crate::export::archive::{read_zip, ArchiveFile};
use crate::export::notice::NOTICE_FILE;
use crate::secret::{random_bytes, Passphrase, KEY_LEN};
use crate::vault::Argon2Params;
use container::Kind;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Key block: KDF id 1 (Argon2id v1.3), memory KiB, iterations,
/// parallelism (u32 big-endian each), then a 16-byte salt.
const KDF_ARGON2ID: u8 = 1;
const KEY_BLOCK_LEN: usize = 1 + 4 + 4 + 4 + 16;

/// Refuses costs a damaged or hostile packet might carry: too weak to
/// mean anything, or enough to exhaust the machine opening it.
fn params_sane(p: &Argon2Params) -> bool {
    (8 * 1024..=1024 * 1024).contains(&p.memory_kib)
        && (1..=64).contains(&p.iterations)
        && (1..=64).contains(&p.parallelism)
}

fn derive(
    passphrase: &Passphrase,
    params: &Argon2Params,
    salt: &[u8],
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    let argon = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(
            params.memory_kib,
            params.iterations,
            params.parallelism,
            Some(KEY_LEN),
        )
        .map_err(|_| Error::FileDamaged {
            what: Kind::Packet.what(),
            reason: "key derivation settings",
        })?,
    );
    argon
        .hash_password_into(passphrase.expose().as_bytes(), salt, out.as_mut())
        .map_err(|_| Error::FileDamaged {
            what: Kind::Packet.what(),
            reason: "key derivation settings",
        })?;
    Ok(out)
}

/// Seals `plain` (the export's zip) under `passphrase`. The caller has
/// checked the passphrase is strong enough to travel.
pub(crate) fn seal(plain: &[u8], passphrase: &Passphrase, params: Argon2Params) -> Result<Vec<u8>> {
    assert!(params_sane(&params), "packet KDF settings out of range");
    let salt = random_bytes::<16>();
    let mut key_block = Vec::with_capacity(KEY_BLOCK_LEN);
    key_block.push(KDF_ARGON2ID);
    key_block.extend_from_slice(&params.memory_kib.to_be_bytes());
    key_block.extend_from_slice(&params.iterations.to_be_bytes());
    key_block.extend_from_slice(&params.parallelism.to_be_bytes());
    key_block.extend_from_slice(salt.as_ref());
    let key = derive(passphrase, &params, salt.as_ref())?;
    Ok(container::seal(Kind::Packet, &key_block, &key, plain))
}

/// An opened packet: the files of the export, checked whole.
#[derive(Debug, Clone)]
pub struct OpenedPacket {
    pub files: Vec<ArchiveFile>,
}

/// Opens a packet: checks the header, derives the key from `passphrase`,
/// and authenticates every byte before anything is returned.
pub fn open(bytes: &[u8], passphrase: &Passphrase) -> Result<OpenedPacket> {
    let what = Kind::Packet.what();
    let header = container::read_header(Kind::Packet, bytes)?;
    let block = header.key_block();
    if block.len() != KEY_BLOCK_LEN || block[0] != KDF_ARGON2ID {
        return Err(Error::FileDamaged {
            what,
            reason: "key derivation settings",
        });
    }
    let word = |i: usize| u32::from_be_bytes(block[i..i + 4].try_into().expect("four bytes"));
    let params = Argon2Params {
        memory_kib: word(1),
        iterations: word(5),
        parallelism: word(9),
    };
    if !params_sane(&params) {
        return Err(Error::FileDamaged {
            what,
            reason: "key derivation settings",
        });
    }
    let key = derive(passphrase, &params, &block[13..])?;
    let plain = header.open(&key, Error::WrongPassphrase)?;
    let files = read_zip(&plain, what)?;
    if !files.iter().any(|f| f.name.ends_with(NOTICE_FILE)) {
        return Err(Error::FileDamaged {
            what,
            reason: "the redisclosure notice is missing",
        });
    }
    Ok(OpenedPacket { files })
}

pub fn open_file(path: &Path, passphrase: &Passphrase) -> Result<OpenedPacket> {
    let bytes = std::fs::read(path)?;
    open(&bytes, passphrase)
}

impl OpenedPacket {
    fn text_of(&self, name: &str) -> Option<String> {
        self.files
            .iter()
            .find(|f| f.name.ends_with(name))
            .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
    }

    /// The 42 CFR §2.32 notice the packet carries.
    pub fn notice(&self) -> Option<String> {
        self.text_of(NOTICE_FILE)
    }

    /// The README: recipient, purpose, period, who prepared it.
    pub fn readme(&self) -> Option<String> {
        self.text_of("README.txt")
    }

    /// Writes the files into `dir`, which must not exist yet: they are
    /// written into a temporary folder beside it, which then takes its name.
    pub fn extract_to(&self, dir: &Path) -> Result<Vec<PathBuf>> {
        if dir.exists() {
            return Err(Error::FileExists);
        }
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let suffix = hex::encode(random_bytes::<6>().as_ref());
        let temp = parent.join(format!(".peerlog-{suffix}.tmp"));
        let result = (|| -> Result<Vec<PathBuf>> {
            std::fs::create_dir(&temp)?;
            let mut written = Vec::with_capacity(self.files.len());
            for file in &self.files {
                // Names come from `enclosed_name`, so none climbs out.
                let relative = Path::new(&file.name);
                let path = temp.join(relative);
                if let Some(folder) = path.parent() {
                    std::fs::create_dir_all(folder)?;
                }
                std::fs::write(&path, &file.bytes)?;
                written.push(dir.join(relative));
            }
            std::fs::rename(&temp, dir)?;
            Ok(written)
        })();
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
        result
    }
}
