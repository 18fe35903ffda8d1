//! Creating, unlocking and locking the vault; passphrase, recovery key and
//! quick unlock. Secrets only ever come in from the UI; the one exception
//! going out is the recovery key, shown once at setup.

use super::dialog_words::DialogWords;
use crate::error::{ApiError, ApiResult};
use crate::state::{off_main_thread, AppState};
use peerlog_core::secret::{strength_in, Passphrase, PassphraseStrength, RecoveryKey};
use peerlog_core::vault::Vault;
use peerlog_core::{Credential, Peerlog};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    /// Whether this data folder holds a vault yet (if not: first run).
    pub exists: bool,
    pub unlocked: bool,
    /// Quick unlock through the OS keyring is set up.
    pub keyring_enabled: bool,
    /// The data folder, for support staff (Settings shows it).
    pub data_dir: String,
}

/// What setup hands the UI, once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NewVault {
    /// Eight groups of four, e.g. `K7QF-M2XA-…`. Shown once.
    pub recovery_key: String,
}

fn status_of(state: &AppState) -> ApiResult<VaultStatus> {
    let exists = state.dir.vault_file().exists() || state.dir.database().exists();
    let keyring_enabled = if exists {
        Vault::load(&state.dir)?.has_device_wrap()
    } else {
        false
    };
    Ok(VaultStatus {
        exists,
        unlocked: state.is_unlocked(),
        keyring_enabled,
        data_dir: state.dir.root().display().to_string(),
    })
}

pub async fn vault_status(state: State<'_, AppState>) -> ApiResult<VaultStatus> {
    status_of(&state)
}

pub async fn passphrase_strength(
    state: State<'_, AppState>,
    passphrase: String,
) -> ApiResult<PassphraseStrength> {
    let passphrase = Passphrase::new(passphrase);
    let language = state.language();
    off_main_thread(move || Ok(strength_in(passphrase.expose(), language))).await
}

pub async fn create_vault(state: State<'_, AppState>, passphrase: String) -> ApiResult<NewVault> {
    let passphrase = Passphrase::new(passphrase);
    let (dir, kdf) = (state.dir.clone(), state.kdf);
    let created = off_main_thread(move || {
        let mut created = Peerlog::create_with_params(&dir, &passphrase, kdf)?;
        // The team keys are made at set-up so the key can be read out at
        // once; should this fail, they are made on first need instead, and
        // the new vault must not be reported as a failure.
        let _ = peerlog_core::team::my_key(created.peerlog.store_mut());
        Ok(created)
    })
    .await?;
    let shown = NewVault {
        recovery_key: created.recovery_key.display().to_string(),
    };
    state.open(created.peerlog);
    state.hold_recovery_key(created.recovery_key);
    Ok(shown)
}

/// Asks where to save the recovery key (a native dialog, opened from here so
/// the UI needs no dialog permission) and writes it there, readable by the
/// peer alone. `false` when the peer cancelled.
pub async fn save_recovery_key<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> ApiResult<bool> {
    let text = state
        .with_recovery_key(recovery_sheet)
        .ok_or_else(ApiError::no_recovery_key)?;
    let dir = state.dir.clone();
    let language = state.language();
    off_main_thread(move || {
        let Some(path) = super::files::ask_save_path(
            &app,
            &DialogWords::SaveRecoveryKey.in_language(language),
            "peerlog-recovery-key.txt",
            (&DialogWords::TextFiles.in_language(language), &["txt"]),
        ) else {
            return Ok(false);
        };
        dir.refuse_output(&path)?;
        write_private(&path, text.as_bytes())
            .map_err(|e| ApiError::from(peerlog_core::Error::from(e)))?;
        Ok(true)
    })
    .await
}

fn recovery_sheet(key: &RecoveryKey) -> zeroize::Zeroizing<String> {
    zeroize::Zeroizing::new(format!(
        "Peerlog recovery key\n\n{}\n\nThis key opens your Peerlog if you forget your passphrase.\n\
         Keep it somewhere safe and private, away from this computer.\n",
        key.display().as_str()
    ))
}

fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    // Windows has no 0600: the sheet gets an ACL for the user alone before
    // the key is written, as the CLI's outputs do.
    #[cfg(windows)]
    let _ = peerlog_core::owner_only::restrict(path);
    file.write_all(bytes)?;
    file.sync_all()
}

/// The peer has put the recovery key away: forget it.
pub async fn finish_setup(state: State<'_, AppState>) -> ApiResult<()> {
    state.forget_recovery_key();
    Ok(())
}

async fn unlock_with(
    state: &AppState,
    open: impl FnOnce(&peerlog_core::DataDir) -> peerlog_core::Result<Peerlog> + Send + 'static,
) -> ApiResult<VaultStatus> {
    let dir = state.dir.clone();
    let peerlog = off_main_thread(move || Ok(open(&dir)?)).await?;
    state.open(peerlog);
    status_of(state)
}

pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> ApiResult<VaultStatus> {
    let passphrase = Passphrase::new(passphrase);
    unlock_with(&state, move |dir| {
        Peerlog::unlock(dir, Credential::Passphrase(&passphrase))
    })
    .await
}

pub async fn unlock_with_keyring(state: State<'_, AppState>) -> ApiResult<VaultStatus> {
    let keyring = state.keyring.clone();
    unlock_with(&state, move |dir| {
        Peerlog::unlock(dir, Credential::Keyring(keyring.as_ref()))
    })
    .await
}

/// Opens with the recovery key and sets a new passphrase at once.
pub async fn recover(
    state: State<'_, AppState>,
    recovery_key: String,
    new_passphrase: String,
) -> ApiResult<VaultStatus> {
    let key = RecoveryKey::parse(&zeroize::Zeroizing::new(recovery_key))?;
    let new = Passphrase::new(new_passphrase);
    // Refuse a weak new passphrase before anything is opened.
    new.check_new()?;
    unlock_with(&state, move |dir| {
        let mut peerlog = Peerlog::unlock(dir, Credential::RecoveryKey(&key))?;
        peerlog.change_passphrase(&new)?;
        Ok(peerlog)
    })
    .await
}

pub async fn lock(state: State<'_, AppState>) -> ApiResult<()> {
    state.close();
    Ok(())
}

pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    new_passphrase: String,
) -> ApiResult<()> {
    let (current, new) = (Passphrase::new(current), Passphrase::new(new_passphrase));
    state
        .with(move |p| {
            p.vault().unlock_with_passphrase(&current)?;
            p.change_passphrase(&new)
        })
        .await
}

pub async fn set_keyring(state: State<'_, AppState>, enabled: bool) -> ApiResult<VaultStatus> {
    let keyring = state.keyring.clone();
    state
        .with(move |p| {
            if enabled {
                p.enable_keyring(keyring.as_ref())
            } else {
                p.disable_keyring(keyring.as_ref())
            }
        })
        .await?;
    status_of(&state)
}
