//! What the shell holds: the data folder, the unlocked session (or none),
//! the recovery key between setup and the peer's "I have it", and the idle
//! clock. Every store call runs on a blocking worker, never on the main
//! thread.

use crate::error::{ApiError, ApiResult};
use crate::idle::Idle;
use peerlog_core::i18n::Language;
use peerlog_core::preferences;
use peerlog_core::secret::RecoveryKey;
use peerlog_core::vault::keyring::DeviceKeyStore;
use peerlog_core::vault::Argon2Params;
use peerlog_core::{DataDir, Peerlog};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

pub struct AppState {
    pub dir: DataDir,
    /// The OS keyring in the app; an in-memory one in tests.
    pub keyring: Arc<dyn DeviceKeyStore>,
    /// Key derivation cost for a new vault: the default in the app, a quick
    /// one in tests.
    pub kdf: Argon2Params,
    session: Arc<Mutex<Option<Peerlog>>>,
    recovery_key: Mutex<Option<RecoveryKey>>,
    /// The backup file the peer picked in the open dialog, between being
    /// described and being restored: the path never goes to the UI and
    /// never comes from it.
    backup_file: Mutex<Option<PathBuf>>,
    /// The team folder the peer picked in the folder dialog, until a team
    /// is started or joined with it: like the backup file, never a path
    /// from the UI.
    team_folder: Mutex<Option<PathBuf>>,
    pub idle: Arc<Idle>,
    /// The language the peer reads the app in: errors are worded in it.
    language: RwLock<Language>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic inside a core call must not leave the app unusable; the data
    // behind the lock is still consistent (core writes are transactions).
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    pub fn new(dir: DataDir, keyring: Arc<dyn DeviceKeyStore>, kdf: Argon2Params) -> Self {
        AppState {
            dir: dir.clone(),
            keyring,
            kdf,
            session: Arc::new(Mutex::new(None)),
            recovery_key: Mutex::new(None),
            backup_file: Mutex::new(None),
            team_folder: Mutex::new(None),
            idle: Arc::new(Idle::default()),
            language: RwLock::new(preferences::app_language(&dir)),
        }
    }

    pub fn language(&self) -> Language {
        *self
            .language
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Keeps the peer's choice beside the store and words errors in it.
    pub fn choose_language(&self, language: Language) -> peerlog_core::Result<()> {
        preferences::choose_language(&self.dir, language)?;
        *self
            .language
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = language;
        Ok(())
    }

    pub fn is_unlocked(&self) -> bool {
        lock(&self.session).is_some()
    }

    /// Runs `f` on the unlocked session on a blocking worker. Counts as
    /// activity for auto-lock.
    pub async fn with<T, F>(&self, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Peerlog) -> peerlog_core::Result<T> + Send + 'static,
    {
        self.idle.touch();
        self.quietly(f).await
    }

    /// As `with`, but not counted as activity: what the UI does by itself
    /// (keeping a draft when the lock is near) must not keep Peerlog awake.
    pub async fn quietly<T, F>(&self, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Peerlog) -> peerlog_core::Result<T> + Send + 'static,
    {
        let session = self.session.clone();
        off_main_thread(move || {
            let mut guard = lock(&session);
            let peerlog = guard.as_mut().ok_or_else(ApiError::locked)?;
            f(peerlog).map_err(ApiError::from)
        })
        .await
    }

    /// Takes the session in: it becomes the one the commands use, and the
    /// idle clock restarts under the peer's auto-lock setting.
    pub fn open(&self, peerlog: Peerlog) {
        let minutes = peerlog_core::settings::get(peerlog.store())
            .map(|s| s.auto_lock_minutes)
            .unwrap_or(peerlog_core::settings::DEFAULT_AUTO_LOCK_MINUTES);
        self.idle.set_minutes(minutes);
        self.idle.touch();
        *lock(&self.session) = Some(peerlog);
    }

    /// Closes the store and zeroizes the key (by dropping the session), and
    /// forgets a recovery key still held from setup.
    pub fn close(&self) {
        let session = lock(&self.session).take();
        drop(session);
        lock(&self.recovery_key).take();
        lock(&self.team_folder).take();
    }

    pub fn hold_recovery_key(&self, key: RecoveryKey) {
        *lock(&self.recovery_key) = Some(key);
    }

    pub fn with_recovery_key<T>(&self, f: impl FnOnce(&RecoveryKey) -> T) -> Option<T> {
        lock(&self.recovery_key).as_ref().map(f)
    }

    pub fn forget_recovery_key(&self) {
        lock(&self.recovery_key).take();
    }

    pub fn hold_backup_file(&self, path: PathBuf) {
        *lock(&self.backup_file) = Some(path);
    }

    pub fn backup_file(&self) -> Option<PathBuf> {
        lock(&self.backup_file).clone()
    }

    pub fn hold_team_folder(&self, path: PathBuf) {
        *lock(&self.team_folder) = Some(path);
    }

    pub fn team_folder(&self) -> Option<PathBuf> {
        lock(&self.team_folder).clone()
    }

    pub fn forget_backup_file(&self) {
        lock(&self.backup_file).take();
    }
}

/// Runs blocking work on Tauri's blocking pool. A panic in the work becomes
/// the vague `internal` error: its message could carry data.
pub async fn off_main_thread<T, F>(f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> ApiResult<T> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|_| ApiError::internal())?
}
