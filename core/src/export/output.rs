//! Writing an output file without ever leaving a partial one: the bytes go
//! to a temporary file beside the target, are synced, and only then take
//! the target's name. Until then the target is untouched; if anything fails
//! the temporary file is removed.

use crate::error::{Error, Result};
use crate::store::Store;
use rusqlite::Transaction;
use std::cell::Cell;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(crate) struct PendingFile {
    temp: PathBuf,
    target: PathBuf,
    replace: bool,
    placed: bool,
}

/// Refuses a target that resolves into the data folder (the database, its
/// companions, the vault, the lock, settings — or anything else there), that
/// exists (unless replacing a file is allowed), or whose folder does not.
/// `--force` can never put an export over the store.
pub(crate) fn check_target(target: &Path, replace: bool, data_folder: &Path) -> Result<()> {
    crate::paths::refuse_inside(target, data_folder)?;
    if target.is_dir() {
        return Err(Error::FileExists);
    }
    if target.exists() && !replace {
        return Err(Error::FileExists);
    }
    let dir = crate::paths::parent_of(target);
    if !dir.is_dir() {
        return Err(Error::Io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the folder to write into does not exist",
        )));
    }
    Ok(())
}

/// Writes a file the peer asked for and what the store keeps about it (an
/// audit entry, a disclosure) as one action: `inside` makes the bytes in
/// the store's transaction and records what it must; the file takes its
/// name only then, and is removed again if the transaction does not commit.
pub(crate) fn write_recorded<T>(
    store: &mut Store,
    path: &Path,
    replace: bool,
    inside: impl FnOnce(&Transaction<'_>) -> Result<(Vec<u8>, T)>,
) -> Result<T> {
    let data_folder = store.data_folder().to_path_buf();
    check_target(path, replace, &data_folder)?;
    let placed: Cell<Option<PendingFile>> = Cell::new(None);
    let result = store.write(|tx| {
        let (bytes, value) = inside(tx)?;
        let mut pending = PendingFile::write(path, &bytes, replace, &data_folder)?;
        pending.place()?;
        placed.set(Some(pending));
        Ok(value)
    });
    if result.is_err() {
        if let Some(mut pending) = placed.take() {
            pending.undo();
        }
    }
    result
}

impl PendingFile {
    /// Writes `bytes` to a synced temporary file beside `target`.
    pub fn write(
        target: &Path,
        bytes: &[u8],
        replace: bool,
        data_folder: &Path,
    ) -> Result<PendingFile> {
        check_target(target, replace, data_folder)?;
        let dir = crate::paths::parent_of(target);
        let suffix = hex::encode(&crate::secret::random_bytes::<6>()[..]);
        let temp = dir.join(format!(".peerlog-{suffix}.tmp"));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut pending = PendingFile {
            temp: temp.clone(),
            target: target.to_path_buf(),
            replace,
            placed: false,
        };
        let mut file = options.open(&temp)?;
        // Windows has no 0600: the file gets an ACL of its own, for the
        // user (and SYSTEM) alone, before a byte is written. Where that
        // cannot be set (a share that refuses it) the file keeps its
        // folder's ACL, as a mode is silently dropped on Unix file systems
        // that have none.
        #[cfg(windows)]
        let _ = crate::owner_only::restrict(&temp);
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        pending.placed = false;
        Ok(pending)
    }

    /// Gives the temporary file the target's name, in one step.
    pub fn place(&mut self) -> Result<()> {
        if self.replace {
            crate::paths::rename_over(&self.temp, &self.target)?;
        } else {
            // A hard link fails if the target appeared meanwhile, so nothing
            // is ever overwritten by surprise. File systems without links
            // (FAT on a USB stick) fall back to a checked rename.
            match std::fs::hard_link(&self.temp, &self.target) {
                Ok(()) => {
                    let _ = std::fs::remove_file(&self.temp);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(Error::FileExists)
                }
                Err(_) => {
                    if self.target.exists() {
                        return Err(Error::FileExists);
                    }
                    std::fs::rename(&self.temp, &self.target)?;
                }
            }
        }
        self.placed = true;
        sync_dir(crate::paths::parent_of(&self.target));
        Ok(())
    }

    /// Removes the placed file again, when what it belongs to failed.
    pub fn undo(&mut self) {
        if self.placed {
            let _ = std::fs::remove_file(&self.target);
            self.placed = false;
        }
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.temp);
    }
}

#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
pub(crate) fn sync_dir(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    /// A data folder that does not exist: nothing is inside it.
    const NOWHERE: &str = "/nonexistent-peerlog-data";

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn nothing_appears_until_placed_and_no_temp_is_left() {
        let temp = tempfile::tempdir().unwrap();
        let target = temp.path().join("out.pdf");
        let mut pending = PendingFile::write(&target, b"hello", false, Path::new(NOWHERE)).unwrap();
        assert!(!target.exists());
        pending.place().unwrap();
        drop(pending);
        assert_eq!(std::fs::read(&target).unwrap(), b"hello");
        assert!(leftovers(temp.path()).is_empty());
    }

    #[test]
    fn an_existing_file_is_kept_unless_replacing() {
        let temp = tempfile::tempdir().unwrap();
        let target = temp.path().join("out.pdf");
        std::fs::write(&target, b"old").unwrap();
        assert!(matches!(
            PendingFile::write(&target, b"new", false, Path::new(NOWHERE)),
            Err(Error::FileExists)
        ));
        let mut pending = PendingFile::write(&target, b"new", true, Path::new(NOWHERE)).unwrap();
        pending.place().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }

    #[test]
    fn dropped_without_placing_leaves_nothing() {
        let temp = tempfile::tempdir().unwrap();
        let target = temp.path().join("out.pdf");
        drop(PendingFile::write(&target, b"x", false, Path::new(NOWHERE)).unwrap());
        assert!(!target.exists());
        assert!(leftovers(temp.path()).is_empty());
        let mut placed = PendingFile::write(&target, b"x", false, Path::new(NOWHERE)).unwrap();
        placed.place().unwrap();
        placed.undo();
        assert!(!target.exists());
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let temp = tempfile::tempdir().unwrap();
        let target = temp.path().join("nope").join("out.pdf");
        assert_eq!(
            PendingFile::write(&target, b"x", false, Path::new(NOWHERE))
                .err()
                .unwrap()
                .code(),
            "io"
        );
    }

    // Symbolic links on Windows need a privilege an ordinary account lacks;
    // this test makes them, so it runs on Unix only.
    #[cfg(unix)]
    #[test]
    fn nothing_is_written_into_the_data_folder_even_when_replacing() {
        let temp = tempfile::tempdir().unwrap();
        let data = temp.path().join("data");
        std::fs::create_dir(&data).unwrap();
        let db = data.join("peerlog.db");
        std::fs::write(&db, b"the store").unwrap();
        let outside = temp.path().join("out");
        std::fs::create_dir(&outside).unwrap();
        std::os::unix::fs::symlink(&db, outside.join("link.pdf")).unwrap();
        std::os::unix::fs::symlink(data.join("peerlog.db-wal"), outside.join("dangling.pdf"))
            .unwrap();
        std::os::unix::fs::symlink(&data, outside.join("folder-link")).unwrap();
        let hostile = [
            db.clone(),
            data.join("peerlog.db-wal"),
            data.join("vault.json"),
            data.join("new-file.pdf"),
            data.clone(),
            outside.join("..").join("data").join("peerlog.db"),
            outside.join("link.pdf"),
            outside.join("dangling.pdf"),
            outside.join("folder-link").join("settings.json"),
        ];
        for target in &hostile {
            let refused = PendingFile::write(target, b"pdf", true, &data);
            assert!(
                matches!(refused, Err(Error::OutputInDataFolder)),
                "{target:?} was not refused"
            );
        }
        assert_eq!(std::fs::read(&db).unwrap(), b"the store");
        assert!(!data.join("peerlog.db-wal").exists());
        assert!(leftovers(&data).is_empty());
        // A sibling folder whose name starts the same is outside.
        let sibling = temp.path().join("data-exports");
        std::fs::create_dir(&sibling).unwrap();
        let mut fine = PendingFile::write(&sibling.join("out.pdf"), b"pdf", false, &data).unwrap();
        fine.place().unwrap();
    }
}
