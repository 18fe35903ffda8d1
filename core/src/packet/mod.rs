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

/// The largest packet file opened. A packet holds one meeting's export (a
/// PDF, a few tables and notices), far below this.
pub const MAX_PACKET_BYTES: u64 = 512 * 1024 * 1024;

/// The most files a packet may hold; an export writes a handful.
const MAX_FILES: usize = 10_000;

/// A file name from inside a packet as a path below the folder it is
/// extracted to: plain names only, none climbing out (`..`), none absolute
/// or with a drive or root, no control characters, nothing a file system
/// might read as anything else.
fn contained_path(name: &str) -> Option<&Path> {
    use std::path::Component;
    if name.is_empty()
        || name.len() > 1024
        || name
            .chars()
            .any(|c| c.is_control() || c == '\\' || c == ':')
    {
        return None;
    }
    let path = Path::new(name);
    let mut parts = 0;
    for part in path.components() {
        match part {
            Component::Normal(_) => parts += 1,
            _ => return None,
        }
    }
    (parts > 0).then_some(path)
}

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
    let key = derive(passphrase, &params, salt.as_ref())?;
    Ok(seal_under(plain, &params, salt.as_ref(), &key))
}

fn seal_under(plain: &[u8], params: &Argon2Params, salt: &[u8], key: &[u8; KEY_LEN]) -> Vec<u8> {
    let mut key_block = Vec::with_capacity(KEY_BLOCK_LEN);
    key_block.push(KDF_ARGON2ID);
    key_block.extend_from_slice(&params.memory_kib.to_be_bytes());
    key_block.extend_from_slice(&params.iterations.to_be_bytes());
    key_block.extend_from_slice(&params.parallelism.to_be_bytes());
    key_block.extend_from_slice(salt);
    container::seal(Kind::Packet, &key_block, key, plain)
}

/// For the fuzz targets: seals `plain` exactly as [`open`] expects, under
/// a key given rather than derived, so that a fuzzer reaches the parsing
/// behind the seal without paying for Argon2id on every input.
#[doc(hidden)]
pub fn seal_with_key(plain: &[u8], params: Argon2Params, key: &[u8; KEY_LEN]) -> Vec<u8> {
    seal_under(plain, &params, &[0u8; 16], key)
}

/// An opened packet: the files of the export, checked whole.
#[derive(Debug, Clone)]
pub struct OpenedPacket {
    pub files: Vec<ArchiveFile>,
}

/// The key derivation settings and salt a packet's key block holds, if
/// they are ones a packet could have been sealed with.
fn kdf_settings(block: &[u8]) -> Result<(Argon2Params, &[u8])> {
    let damaged = Error::FileDamaged {
        what: Kind::Packet.what(),
        reason: "key derivation settings",
    };
    if block.len() != KEY_BLOCK_LEN || block[0] != KDF_ARGON2ID {
        return Err(damaged);
    }
    let word = |i: usize| u32::from_be_bytes(block[i..i + 4].try_into().expect("four bytes"));
    let params = Argon2Params {
        memory_kib: word(1),
        iterations: word(5),
        parallelism: word(9),
    };
    if !params_sane(&params) {
        return Err(damaged);
    }
    Ok((params, &block[13..]))
}

/// Opens a packet: checks the header, derives the key from `passphrase`,
/// and authenticates every byte before anything is returned.
pub fn open(bytes: &[u8], passphrase: &Passphrase) -> Result<OpenedPacket> {
    let header = container::read_header(Kind::Packet, bytes)?;
    let (params, salt) = kdf_settings(header.key_block())?;
    let key = derive(passphrase, &params, salt)?;
    open_under(&header, &key)
}

/// For the fuzz targets: [`open`] with the key given instead of derived.
#[doc(hidden)]
pub fn open_with_key(bytes: &[u8], key: &[u8; KEY_LEN]) -> Result<OpenedPacket> {
    let header = container::read_header(Kind::Packet, bytes)?;
    kdf_settings(header.key_block())?;
    open_under(&header, key)
}

/// Authenticates and opens the content, then reads the archive inside.
fn open_under(header: &container::Header<'_>, key: &[u8; KEY_LEN]) -> Result<OpenedPacket> {
    let what = Kind::Packet.what();
    let plain = header.open(key, Error::WrongPassphrase)?;
    let files = read_zip(&plain, what)?;
    if files.len() > MAX_FILES {
        return Err(Error::FileDamaged {
            what,
            reason: "it holds more files than a packet can",
        });
    }
    // Names are shown to the recipient and become paths when extracted.
    if files.iter().any(|f| contained_path(&f.name).is_none()) {
        return Err(Error::FileDamaged {
            what,
            reason: "an entry's name",
        });
    }
    if !files.iter().any(|f| f.name.ends_with(NOTICE_FILE)) {
        return Err(Error::FileDamaged {
            what,
            reason: "the redisclosure notice is missing",
        });
    }
    Ok(OpenedPacket { files })
}

/// Reads a packet file, refusing one larger than [`MAX_PACKET_BYTES`]
/// (or a device that never ends) as damaged rather than reading it all.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    container::read_file_within(Kind::Packet, path, MAX_PACKET_BYTES)
}

pub fn open_file(path: &Path, passphrase: &Passphrase) -> Result<OpenedPacket> {
    let bytes = read_file(path)?;
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
    /// Only the owner can read what is written (files 0600, folders 0700 on
    /// unix; on Windows an ACL of the user and SYSTEM alone). A name that
    /// would land outside `dir` is refused, as is a name given twice; then
    /// nothing is left behind.
    pub fn extract_to(&self, dir: &Path) -> Result<Vec<PathBuf>> {
        let bad_name = || Error::FileDamaged {
            what: Kind::Packet.what(),
            reason: "an entry's name",
        };
        let relatives = self
            .files
            .iter()
            .map(|f| contained_path(&f.name).ok_or_else(bad_name))
            .collect::<Result<Vec<&Path>>>()?;
        if dir.exists() {
            return Err(Error::FileExists);
        }
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let suffix = hex::encode(&random_bytes::<6>()[..]);
        let temp = parent.join(format!(".peerlog-{suffix}.tmp"));
        let result = (|| -> Result<Vec<PathBuf>> {
            private_dir(&temp, false)?;
            // On Windows the folder's own ACL, for the user (and SYSTEM)
            // alone, is passed down to every folder and file written in it.
            #[cfg(windows)]
            let _ = crate::owner_only::restrict(&temp);
            let mut written = Vec::with_capacity(self.files.len());
            for (file, relative) in self.files.iter().zip(&relatives) {
                let path = temp.join(relative);
                if let Some(folder) = path.parent() {
                    private_dir(folder, true)?;
                }
                // A second file of the same name fails here: never replaced.
                write_private_file(&path, &file.bytes).map_err(|e| match e.kind() {
                    std::io::ErrorKind::AlreadyExists => bad_name(),
                    _ => Error::from(e),
                })?;
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

/// Makes a folder only its owner can enter (0700 on unix); `nested` makes
/// the folders above it as needed, each the same way.
fn private_dir(path: &Path, nested: bool) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(nested);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)?;
    Ok(())
}

/// Writes a new file only its owner can read (0600 on unix); an existing
/// file is an error, never replaced.
fn write_private_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::archive::tests::hand_made_zip;
    use crate::export::archive::write_zip;
    use peerlog_store::testing::QUICK_KDF;

    const PASSPHRASE: &str = "orchid-basalt-compass-river";

    fn sealed(zip: &[u8]) -> Vec<u8> {
        seal(zip, &Passphrase::new(PASSPHRASE), QUICK_KDF).unwrap()
    }

    fn open_code(bytes: &[u8]) -> String {
        match open(bytes, &Passphrase::new(PASSPHRASE)) {
            Ok(_) => "opened".into(),
            Err(e) => e.code(),
        }
    }

    fn file(name: &str, bytes: &[u8]) -> ArchiveFile {
        ArchiveFile {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn a_hostile_archive_behind_a_good_seal_is_damage_not_a_crash() {
        let notice = format!("export/{NOTICE_FILE}");
        // The same archive, honest, opens: the seal is not what refuses it.
        let honest = hand_made_zip(&notice, b"notice", 6, 1);
        assert_eq!(open_code(&sealed(&honest)), "opened");
        for declared in [u64::MAX, 1 << 46, 0xFFFF_FFFE, 5] {
            let zip = hand_made_zip(&notice, b"notice", declared, 1);
            assert_eq!(open_code(&sealed(&zip)), "file_damaged", "{declared}");
        }
        let listed_twice = hand_made_zip(&notice, b"notice", 6, 3);
        assert_eq!(open_code(&sealed(&listed_twice)), "file_damaged");
        assert_eq!(open_code(&sealed(b"PK\x05\x06 not a zip")), "file_damaged");
        assert_eq!(open_code(&sealed(b"")), "file_damaged");
    }

    #[test]
    fn names_with_control_characters_are_refused_when_opening() {
        let zip = write_zip(&[
            file(&format!("export/{NOTICE_FILE}"), b"notice"),
            file("export/\u{1b}[2Jcleared.txt", b"x"),
        ]);
        assert_eq!(open_code(&sealed(&zip)), "file_damaged");
    }

    #[test]
    fn names_that_would_leave_the_folder_are_never_written() {
        let temp = tempfile::tempdir().unwrap();
        for name in [
            "../escaped.txt",
            "a/../../escaped.txt",
            "/tmp/escaped.txt",
            "./a.txt",
            "",
            "a\\..\\escaped.txt",
            "C:escaped.txt",
            "a/\u{7}.txt",
        ] {
            let opened = OpenedPacket {
                files: vec![file("export/ok.txt", b"ok"), file(name, b"bad")],
            };
            let out = temp.path().join("out");
            let err = opened.extract_to(&out).unwrap_err();
            assert_eq!(err.code(), "file_damaged", "{name:?}");
            assert!(!out.exists(), "{name:?}");
        }
        assert!(!temp.path().join("escaped.txt").exists());
        // Nothing else was left beside it either.
        assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_name_given_twice_is_not_overwritten() {
        let temp = tempfile::tempdir().unwrap();
        let opened = OpenedPacket {
            files: vec![
                file("export/a.txt", b"first"),
                file("export/a.txt", b"second"),
            ],
        };
        let out = temp.path().join("out");
        assert_eq!(opened.extract_to(&out).unwrap_err().code(), "file_damaged");
        assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn extracted_files_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let temp = tempfile::tempdir().unwrap();
        let opened = OpenedPacket {
            files: vec![
                file("export/README.txt", b"readme"),
                file("export/tables/contacts.csv", b"a,b\n"),
            ],
        };
        let out = temp.path().join("out");
        let written = opened.extract_to(&out).unwrap();
        assert_eq!(written.len(), 2);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for path in &written {
            assert_eq!(mode(path), 0o600, "{}", path.display());
        }
        for folder in [out.clone(), out.join("export"), out.join("export/tables")] {
            assert_eq!(mode(&folder), 0o700, "{}", folder.display());
        }
        assert_eq!(
            std::fs::read(out.join("export/tables/contacts.csv")).unwrap(),
            b"a,b\n"
        );
    }

    #[test]
    fn a_file_larger_than_any_packet_is_not_read_whole() {
        let temp = tempfile::tempdir().unwrap();
        let path = temp.path().join("huge.pack");
        let file = std::fs::File::create(&path).unwrap();
        // Sparse: it takes no room on disk.
        file.set_len(MAX_PACKET_BYTES + 1).unwrap();
        let err = open_file(&path, &Passphrase::new(PASSPHRASE)).unwrap_err();
        assert_eq!(err.code(), "file_damaged");
    }
}
