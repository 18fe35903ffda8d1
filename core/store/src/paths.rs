//! The data folder and the files in it. The CLI and the desktop app share
//! one folder: `PEERLOG_DATA_DIR`, or the platform's data folder.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

pub const DATA_DIR_ENV: &str = "PEERLOG_DATA_DIR";

#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    /// `PEERLOG_DATA_DIR` if set, else e.g. `~/.local/share/peerlog`.
    ///
    /// The local data folder, not the roaming one: on Windows that is
    /// `%LOCALAPPDATA%\peerlog`. `data_dir` would give `%APPDATA%`, which a
    /// roaming profile copies to the agency's servers at sign-out, so the
    /// store and its vault would leave the laptop. On Linux and macOS the
    /// two are the same folder.
    pub fn from_env_or_default() -> Self {
        match std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            Some(dir) => DataDir::new(dir),
            None => DataDir::new(
                dirs::data_local_dir()
                    .unwrap_or_else(|| PathBuf::from("."))
                    .join("peerlog"),
            ),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn vault_file(&self) -> PathBuf {
        self.root.join("vault.json")
    }

    pub fn database(&self) -> PathBuf {
        self.root.join("peerlog.db")
    }

    /// Failed unlock attempts, counted beside the vault so a wrong passphrase
    /// never touches the database or the key wraps.
    pub fn failed_unlocks(&self) -> PathBuf {
        self.root.join("failed-unlocks.log")
    }

    /// The language the peer chose for the app: a language code and nothing
    /// else, outside the encrypted store so the unlock screen can speak it.
    pub fn language_file(&self) -> PathBuf {
        self.root.join("language")
    }

    /// Every file of the store, including SQLite's companions.
    pub fn store_files(&self) -> Vec<PathBuf> {
        let db = self.database();
        let mut files = vec![self.vault_file(), db.clone()];
        for suffix in ["-wal", "-shm", "-journal", ".lock"] {
            files.push(crate::store::companion(&db, suffix));
        }
        files
    }

    /// Refuses an output path (an export, a report, a backup, an opened
    /// packet) that is, or resolves through symlinks and `..` to, this folder
    /// or anything in it: nothing but the store's own files is written here.
    pub fn refuse_output(&self, path: &Path) -> Result<()> {
        refuse_inside(path, &self.root)
    }

    pub fn ensure_exists(&self) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.root)?;
        restrict_to_owner(&self.root)
    }
}

/// Keeps the data folder private to the user who owns it.
#[cfg(unix)]
fn restrict_to_owner(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn restrict_to_owner(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Writes a small file so that either the old or the new contents survive a
/// crash: a temporary file beside it, synced, then renamed over it.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile_in(dir)?;
    temp.1.write_all(contents)?;
    temp.1.sync_all()?;
    drop(temp.1);
    std::fs::rename(&temp.0, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp.0);
    })?;
    sync_dir(dir)
}

fn tempfile_in(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let suffix = hex::encode(crate::secret::random_bytes::<6>().as_ref());
    let path = dir.join(format!(".tmp-{suffix}"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(&path)?;
    Ok((path, file))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Refuses `target` when it is, or resolves (through symlinks and `..`) to,
/// `folder` itself or anything below it.
pub fn refuse_inside(target: &Path, folder: &Path) -> Result<()> {
    let Ok(folder) = std::fs::canonicalize(folder) else {
        // No data folder yet: nothing in it to overwrite.
        return Ok(());
    };
    if resolve(target)?.starts_with(&folder) {
        return Err(Error::OutputInDataFolder);
    }
    Ok(())
}

/// Where writing to `path` would land: a symlink is followed (a link to the
/// database is the database), and a path that does not exist yet is its
/// resolved folder joined with its name.
fn resolve(path: &Path) -> Result<PathBuf> {
    if let Ok(real) = std::fs::canonicalize(path) {
        return Ok(real);
    }
    let absolute = std::path::absolute(path)?;
    // A dangling symlink: writing through it would create its target.
    if let Ok(link) = std::fs::read_link(&absolute) {
        let pointed = parent_of(&absolute).join(link);
        if pointed != absolute {
            return resolve(&pointed);
        }
    }
    let name = absolute.file_name().map(PathBuf::from).unwrap_or_default();
    match absolute.parent() {
        Some(parent) if parent != absolute => Ok(resolve(parent)?.join(name)),
        _ => Ok(absolute),
    }
}

/// The folder `path` is in (`.` for a bare name).
pub fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}
