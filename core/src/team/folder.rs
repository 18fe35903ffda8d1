//! The shared folder, as files: each message is written once under a
//! temporary name and renamed into place, so a reader on this machine never
//! sees half a file; a file-sync tool may still deliver one half-written,
//! which the reader finds cannot be opened and tries again later. A name is
//! random and says nothing about who sent it or what it holds.

use super::envelope::MAX_FILE_BYTES;
use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

const EXTENSION: &str = ".peerlog";
const TEMPORARY_PREFIX: &str = ".peerlog-writing-";

/// A fresh message file name: 32 random hex digits and the extension.
pub fn new_file_name() -> String {
    format!("{}{EXTENSION}", random_hex())
}

fn random_hex() -> String {
    hex::encode(&crate::secret::random_bytes::<16>()[..])
}

/// Whether `name` is a message file's name; anything else in the folder
/// (a sync tool's temporary files, a note someone left) is not looked at.
pub fn is_message_name(name: &str) -> bool {
    name.strip_suffix(EXTENSION)
        .is_some_and(|stem| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether the folder is there to read and write: a network drive may be
/// disconnected, a synced folder not yet made on this laptop.
pub fn is_available(folder: &Path) -> bool {
    folder.is_dir()
}

/// Writes `bytes` as `name` in `folder`, all or nothing. An existing file of
/// that name is left as it is (names are random: it is this very message,
/// delivered before).
pub fn write_once(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let target = folder.join(name);
    if target.exists() {
        return Ok(());
    }
    let temporary = folder.join(format!("{TEMPORARY_PREFIX}{}", random_hex()));
    let written = (|| {
        let mut file = fs::File::create_new(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, &target)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// The message files in `folder`, sorted so every reader meets them in the
/// same order.
pub fn message_names(folder: &Path) -> io::Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(folder)?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| is_message_name(name))
        .collect();
    names.sort();
    Ok(names)
}

/// A message file's bytes; `None` for one larger than any message.
pub fn read(folder: &Path, name: &str) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    fs::File::open(folder.join(name))?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_FILE_BYTES).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_names_are_messages() {
        assert!(is_message_name(&new_file_name()));
        assert!(!is_message_name(".syncthing.abc.peerlog.tmp"));
        assert!(!is_message_name(".peerlog-writing-0123"));
        assert!(!is_message_name("notes.txt"));
        assert!(!is_message_name("zz000000000000000000000000000000.peerlog"));
    }

    #[test]
    fn a_written_file_is_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let name = new_file_name();
        write_once(dir.path(), &name, b"sealed bytes").unwrap();
        write_once(dir.path(), &name, b"other bytes").unwrap();
        assert_eq!(read(dir.path(), &name).unwrap().unwrap(), b"sealed bytes");
        let all: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(all.len(), 1);
        assert_eq!(message_names(dir.path()).unwrap(), vec![name]);
    }
}
