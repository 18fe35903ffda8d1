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

/// On Windows an ACL of its own for the user (and SYSTEM) alone, passed
/// down to every file and folder in it (see [`crate::owner_only`]).
#[cfg(windows)]
fn restrict_to_owner(path: &Path) -> std::io::Result<()> {
    crate::owner_only::restrict(path)
}

#[cfg(not(any(unix, windows)))]
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
    rename_over(&temp.0, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp.0);
    })?;
    sync_dir(dir)
}

/// Renames `from` to `to`, replacing a file already there, in one step.
///
/// On Windows a file that another program holds open (an antivirus scan,
/// the search indexer, a backup or sync tool reading it) cannot be replaced
/// while it does: the rename fails with "access denied" or a sharing
/// violation. Those programs let go within moments, so the rename is tried
/// again for up to about two seconds before the error is given. On Unix a
/// rename never waits for readers and is tried once.
pub fn rename_over(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(windows)]
    {
        // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
        const HELD_OPEN: [i32; 3] = [5, 32, 33];
        let mut wait = std::time::Duration::from_millis(10);
        let mut waited = std::time::Duration::ZERO;
        loop {
            match std::fs::rename(from, to) {
                Err(e)
                    if e.raw_os_error()
                        .is_some_and(|code| HELD_OPEN.contains(&code))
                        && waited < std::time::Duration::from_secs(2) =>
                {
                    std::thread::sleep(wait);
                    waited += wait;
                    wait = (wait * 2).min(std::time::Duration::from_millis(250));
                }
                result => return result,
            }
        }
    }
    #[cfg(not(windows))]
    std::fs::rename(from, to)
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
/// `folder` itself or anything below it; on Windows also when its name is
/// one Windows keeps for a device (see [`is_device_name`]).
pub fn refuse_inside(target: &Path, folder: &Path) -> Result<()> {
    if cfg!(windows) {
        refuse_device_name(target)?;
    }
    let Ok(folder) = std::fs::canonicalize(folder) else {
        // No data folder yet: nothing in it to overwrite.
        return Ok(());
    };
    if resolve(target)?.starts_with(&folder) {
        return Err(Error::OutputInDataFolder);
    }
    Ok(())
}

/// Refuses a path whose file name Windows keeps for a device: writing to
/// `nul.pdf` would go nowhere, and `con.csv` to the console.
fn refuse_device_name(path: &Path) -> Result<()> {
    match path.file_name().and_then(|name| name.to_str()) {
        Some(name) if is_device_name(name) => Err(Error::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidFilename,
            format!(
                "Windows keeps the name \"{name}\" for a device (CON, PRN, AUX, NUL, \
                 COM1 to COM9, LPT1 to LPT9), with or without an extension; choose another name"
            ),
        ))),
        _ => Ok(()),
    }
}

/// Whether Windows reads `file_name` as a device rather than a file: CON,
/// PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9 (and COM or LPT with a
/// superscript 1, 2 or 3), CONIN$ and CONOUT$, in any case, alone or
/// before an extension (`nul.pdf`, `Com1.tar.gz`), spaces before the dot
/// ignored as Windows ignores them.
pub fn is_device_name(file_name: &str) -> bool {
    let stem = file_name.split('.').next().unwrap_or_default();
    let stem = stem.trim_end_matches(' ').to_uppercase();
    if matches!(
        stem.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    let port = stem
        .strip_prefix("COM")
        .or_else(|| stem.strip_prefix("LPT"));
    port.is_some_and(|number| {
        let mut chars = number.chars();
        matches!(
            (chars.next(), chars.next()),
            (Some('0'..='9' | '¹' | '²' | '³'), None)
        )
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_device_names_are_known_with_or_without_an_extension() {
        for name in [
            "CON",
            "con",
            "nul.pdf",
            "NUL.tar.gz",
            "Aux.csv",
            "prn",
            "COM1",
            "com9.zip",
            "lpt3.pdf",
            "COM¹.txt",
            "conin$",
            "CONOUT$.log",
            "nul .pdf",
        ] {
            assert!(is_device_name(name), "{name}");
        }
        for name in [
            "conference.pdf",
            "console.csv",
            "null.pdf",
            "auxiliary.zip",
            "COM10",
            "LPT",
            "COM",
            "nu.l",
            "my con.pdf",
            ".nul",
            "com1x.pdf",
            "",
        ] {
            assert!(!is_device_name(name), "{name}");
        }
    }

    #[cfg(windows)]
    #[test]
    fn an_output_with_a_device_name_is_refused_on_windows() {
        let temp = tempfile::tempdir().unwrap();
        for name in ["con.pdf", "NUL", "aux.csv", "COM1.zip", "lpt1.backup"] {
            let error =
                refuse_inside(&temp.path().join(name), &temp.path().join("data")).expect_err(name);
            assert!(error.to_string().contains("for a device"), "{error}");
        }
        refuse_inside(
            &temp.path().join("conference.pdf"),
            &temp.path().join("data"),
        )
        .unwrap();
    }

    /// Opens `path` as another program might (an antivirus scan, the
    /// indexer): reading, and letting others read but not delete or rename.
    #[cfg(windows)]
    fn held_open(path: &Path) -> std::fs::File {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_SHARE_READ: u32 = 1;
        std::fs::OpenOptions::new()
            .read(true)
            .share_mode(FILE_SHARE_READ)
            .open(path)
            .unwrap()
    }

    #[cfg(windows)]
    #[test]
    fn a_file_another_program_holds_open_is_replaced_once_it_lets_go() {
        let temp = tempfile::tempdir().unwrap();
        let vault = temp.path().join("vault.json");
        std::fs::write(&vault, b"old").unwrap();
        let holder = held_open(&vault);
        // While it is held, Windows refuses to replace it.
        std::fs::write(temp.path().join("other"), b"other").unwrap();
        let refused = std::fs::rename(temp.path().join("other"), &vault).expect_err("held");
        assert!(
            [5, 32].contains(&refused.raw_os_error().unwrap_or_default()),
            "{refused:?}"
        );
        let letting_go = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(400));
            drop(holder);
        });
        write_atomically(&vault, b"new").unwrap();
        letting_go.join().unwrap();
        assert_eq!(std::fs::read(&vault).unwrap(), b"new");
    }

    #[cfg(windows)]
    #[test]
    fn a_file_held_open_for_good_is_left_as_it_was_with_the_error() {
        let temp = tempfile::tempdir().unwrap();
        let vault = temp.path().join("vault.json");
        std::fs::write(&vault, b"old").unwrap();
        let _holder = held_open(&vault);
        let started = std::time::Instant::now();
        let error = write_atomically(&vault, b"new").expect_err("held");
        assert!(started.elapsed() >= std::time::Duration::from_secs(1));
        assert!([5, 32].contains(&error.raw_os_error().unwrap_or_default()));
        assert_eq!(std::fs::read(&vault).unwrap(), b"old");
        let names: Vec<_> = std::fs::read_dir(temp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            [std::ffi::OsString::from("vault.json")],
            "no temporary file left"
        );
    }
}
