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
pub fn read_zip(bytes: &[u8], what: &'static str) -> Result<Vec<ArchiveFile>> {
    let damaged = |reason| Error::FileDamaged { what, reason };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| damaged("not a readable archive"))?;
    let mut files = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let mut entry = archive
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
        let mut content = Vec::with_capacity(entry.size() as usize);
        entry
            .read_to_end(&mut content)
            .map_err(|_| damaged("an archive entry"))?;
        files.push(ArchiveFile {
            name,
            bytes: content,
        });
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
