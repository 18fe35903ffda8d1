//! Writing an output file without ever leaving a partial one: the bytes go
//! to a temporary file beside the target, are synced, and only then take
//! the target's name. Until then the target is untouched; if anything fails
//! the temporary file is removed.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

pub(crate) struct PendingFile {
    temp: PathBuf,
    target: PathBuf,
    replace: bool,
    placed: bool,
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Refuses a target that exists (unless replacing a file is allowed) or
/// whose folder does not.
pub(crate) fn check_target(target: &Path, replace: bool) -> Result<()> {
    if target.is_dir() {
        return Err(Error::FileExists);
    }
    if target.exists() && !replace {
        return Err(Error::FileExists);
    }
    let dir = parent_of(target);
    if !dir.is_dir() {
        return Err(Error::Io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the folder to write into does not exist",
        )));
    }
    Ok(())
}

impl PendingFile {
    /// Writes `bytes` to a synced temporary file beside `target`.
    pub fn write(target: &Path, bytes: &[u8], replace: bool) -> Result<PendingFile> {
        check_target(target, replace)?;
        let dir = parent_of(target);
        let suffix = hex::encode(crate::secret::random_bytes::<6>().as_ref());
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
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        pending.placed = false;
        Ok(pending)
    }

    /// Gives the temporary file the target's name, in one step.
    pub fn place(&mut self) -> Result<()> {
        if self.replace {
            std::fs::rename(&self.temp, &self.target)?;
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
        sync_dir(parent_of(&self.target));
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
        let mut pending = PendingFile::write(&target, b"hello", false).unwrap();
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
            PendingFile::write(&target, b"new", false),
            Err(Error::FileExists)
        ));
        let mut pending = PendingFile::write(&target, b"new", true).unwrap();
        pending.place().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }

    #[test]
    fn dropped_without_placing_leaves_nothing() {
        let temp = tempfile::tempdir().unwrap();
        let target = temp.path().join("out.pdf");
        drop(PendingFile::write(&target, b"x", false).unwrap());
        assert!(!target.exists());
        assert!(leftovers(temp.path()).is_empty());
        let mut placed = PendingFile::write(&target, b"x", false).unwrap();
        placed.place().unwrap();
        placed.undo();
        assert!(!target.exists());
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let temp = tempfile::tempdir().unwrap();
        let target = temp.path().join("nope").join("out.pdf");
        assert_eq!(
            PendingFile::write(&target, b"x", false)
                .err()
                .unwrap()
                .code(),
            "io"
        );
    }
}
