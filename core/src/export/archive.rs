//! Zip archives for CSV exports and packet contents. Entries are stored,
//! not compressed: the tables are small and the PDF is compressed already.

use crate::error::{Error, Result};
use std::io::{Cursor, Read, Write};

/// A file inside an export: its path in the archive and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

pub fn write_zip(files: &[ArchiveFile]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .unix_permissions(0o600);
    for file in files {
        zip.start_file(file.name.as_str(), options)
            .expect("writing to memory cannot fail");
        zip.write_all(&file.bytes)
            .expect("writing to memory cannot fail");
    }
    zip.finish()
        .expect("writing to memory cannot fail")
        .into_inner()
}

/// Reads every file of an archive. `what` names the archive in errors.
///
/// Nothing the archive declares is trusted: entries are stored, so all of
/// them together can hold no more bytes than the archive itself, and an
/// entry's declared size must be what it really holds. Entries that share
/// their bytes (a zip bomb's trick), or that the directory lists twice or
/// not at all, are refused.
pub fn read_zip(bytes: &[u8], what: &'static str) -> Result<Vec<ArchiveFile>> {
    let damaged = |reason| Error::FileDamaged { what, reason };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| damaged("not a readable archive"))?;
    // Every local header matches its central record, no name is listed
    // twice, no entry hides in or overlaps another.
    archive
        .validate_header_consistency()
        .map_err(|_| damaged("its entries do not agree with its directory"))?;
    // What is left of the archive's own size for the entries still to read.
    let mut budget = bytes.len() as u64;
    let mut files = Vec::new();
    for index in 0..archive.len() {
        let entry = archive
            .by_index(index)
            .map_err(|_| damaged("an archive entry"))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry
            .enclosed_name()
            .ok_or_else(|| damaged("an entry's name"))?
            .to_string_lossy()
            .replace('\\', "/");
        let declared = entry.size();
        if declared > budget {
            return Err(damaged("an entry's size"));
        }
        let mut content = Vec::new();
        content
            .try_reserve_exact(declared as usize)
            .map_err(|_| damaged("an entry's size"))?;
        // One byte past the declared size tells a lying entry apart.
        entry
            .take(declared + 1)
            .read_to_end(&mut content)
            .map_err(|_| damaged("an archive entry"))?;
        if content.len() as u64 != declared {
            return Err(damaged("an entry's size"));
        }
        budget -= declared;
        files.push(ArchiveFile {
            name,
            bytes: content,
        });
    }
    Ok(files)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// One stored entry's headers, written by hand, declaring an
    /// uncompressed size of `declared` (in a ZIP64 field when it needs one)
    /// whatever the bytes really are: (the local header, name and data; the
    /// central directory record for a local header at `offset`).
    fn hand_made_entry(name: &str, data: &[u8], declared: u64, offset: u32) -> (Vec<u8>, Vec<u8>) {
        let zip64 = declared >= 0xFFFF_FFFF;
        let (small_size, small_packed) = if zip64 {
            (0xFFFF_FFFFu32, 0xFFFF_FFFFu32)
        } else {
            (declared as u32, data.len() as u32)
        };
        let mut extra = Vec::new();
        if zip64 {
            extra.extend_from_slice(&1u16.to_le_bytes());
            extra.extend_from_slice(&16u16.to_le_bytes());
            extra.extend_from_slice(&declared.to_le_bytes());
            extra.extend_from_slice(&(data.len() as u64).to_le_bytes());
        }
        // Version needed, flags, method (stored), time, date, CRC, sizes.
        let mut common = Vec::new();
        common.extend_from_slice(&45u16.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes());
        common.extend_from_slice(&0x21u16.to_le_bytes());
        common.extend_from_slice(&crc32(data).to_le_bytes());
        common.extend_from_slice(&small_packed.to_le_bytes());
        common.extend_from_slice(&small_size.to_le_bytes());
        common.extend_from_slice(&(name.len() as u16).to_le_bytes());
        common.extend_from_slice(&(extra.len() as u16).to_le_bytes());

        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&common);
        local.extend_from_slice(name.as_bytes());
        local.extend_from_slice(&extra);
        local.extend_from_slice(data);

        let mut central = Vec::new();
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&0x031Eu16.to_le_bytes()); // made by: unix
        central.extend_from_slice(&common);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&(0o100600u32 << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
        central.extend_from_slice(&extra);
        (local, central)
    }

    /// Local records, then the central directory and its end record.
    fn hand_made_archive(locals: &[u8], centrals: &[Vec<u8>]) -> Vec<u8> {
        let mut out = locals.to_vec();
        let directory_start = out.len();
        for central in centrals {
            out.extend_from_slice(central);
        }
        let directory_len = out.len() - directory_start;
        let count = centrals.len() as u16;
        out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&(directory_len as u32).to_le_bytes());
        out.extend_from_slice(&(directory_start as u32).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    /// One stored entry whose size is declared as `declared`, listed
    /// `copies` times in the central directory.
    pub(crate) fn hand_made_zip(name: &str, data: &[u8], declared: u64, copies: u16) -> Vec<u8> {
        let (local, central) = hand_made_entry(name, data, declared, 0);
        hand_made_archive(&local, &vec![central; copies as usize])
    }

    #[test]
    fn round_trip() {
        let files = vec![
            ArchiveFile {
                name: "peerlog-export/a.csv".into(),
                bytes: b"x,y\n1,2\n".to_vec(),
            },
            ArchiveFile {
                name: "peerlog-export/NOTICE.txt".into(),
                bytes: b"notice".to_vec(),
            },
        ];
        let zip = write_zip(&files);
        assert_eq!(read_zip(&zip, "export").unwrap(), files);
        assert_eq!(
            read_zip(b"not a zip", "export").unwrap_err().code(),
            "file_damaged"
        );
    }

    #[test]
    fn the_hand_made_archive_reads_when_honest() {
        let zip = hand_made_zip("a/NOTICE.txt", b"notice", 6, 1);
        let files = read_zip(&zip, "export").unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].bytes, b"notice");
    }

    #[test]
    fn an_absurd_declared_entry_size_is_damage_not_an_abort() {
        for declared in [
            u64::MAX,
            u64::MAX / 2,
            1 << 46,
            (isize::MAX as u64) + 1,
            0xFFFF_FFFE,
            7,
        ] {
            let zip = hand_made_zip("a/NOTICE.txt", b"notice", declared, 1);
            let result = read_zip(&zip, "export");
            let err = result.expect_err(&format!("declared {declared} accepted"));
            assert_eq!(err.code(), "file_damaged", "declared {declared}: {err}");
        }
    }

    #[test]
    fn entries_sharing_their_bytes_are_refused() {
        // The same entry listed many times over.
        let data = vec![b'x'; 4096];
        let zip = hand_made_zip("a/big.bin", &data, data.len() as u64, 500);
        let err = read_zip(&zip, "export").unwrap_err();
        assert_eq!(err.code(), "file_damaged", "{err}");

        // Entries nested in each other: each one's bytes hold all the
        // entries after it, so the files together outweigh the archive.
        let mut inner: Vec<u8> = vec![b'y'; 2048];
        let mut centrals = Vec::new();
        let names: Vec<String> = (0..20).map(|i| format!("a/{i:02}.bin")).collect();
        for (i, name) in names.iter().enumerate().rev() {
            let offset = (0..i).map(|j| 30 + names[j].len()).sum::<usize>() as u32;
            let (local, central) = hand_made_entry(name, &inner, inner.len() as u64, offset);
            centrals.push(central);
            inner = local;
        }
        centrals.reverse();
        let zip = hand_made_archive(&inner, &centrals);
        let err = read_zip(&zip, "export").unwrap_err();
        assert_eq!(err.code(), "file_damaged", "{err}");
    }
}
