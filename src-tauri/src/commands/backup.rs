//! Backups and restores. A backup is one encrypted file written through a
//! save dialog opened here; a restore starts from an open dialog opened
//! here, describes the file (no secret needed, no participant data in it),
//! then restores it with the passphrase it had or the recovery key. Each
//! dialog command is a thin wrapper over a function that takes the path
//! (the tests call those directly: the mock runtime has no dialogs).

use super::dialog_words::DialogWords;
use crate::contract::codes;
use crate::error::{ApiError, ApiResult};
use crate::state::{off_main_thread, AppState};
use chrono::NaiveDate;
use peerlog_core::backup::{
    self, BackupCredential, BackupInfo, BackupStatus, BackupWritten, RestoreOptions, RestoreRefusal,
};
use peerlog_core::clock::{Clock, SystemClock};
use peerlog_core::secret::{Passphrase, RecoveryKey};
use peerlog_core::time::Timestamp;
use peerlog_core::{DataDir, Peerlog};
use serde::{Deserialize, Serialize};
use std::path::Path;
use tauri::{AppHandle, Runtime, State};

/// How many past backups Settings lists.
const HISTORY_SHOWN: usize = 5;

/// A backup file the peer picked, as its header describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub info: BackupInfo,
    /// The file's size on disk.
    pub bytes: u64,
}

/// What opens a backup. Moved into core's zeroizing types at once.
#[derive(Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", content = "secret", rename_all = "camelCase")]
pub enum BackupSecret {
    /// The passphrase the store had when the backup was written.
    Passphrase(String),
    RecoveryKey(String),
}

/// A secret, held zeroizing.
pub enum Secret {
    Passphrase(Passphrase),
    RecoveryKey(RecoveryKey),
}

impl Secret {
    pub fn from_ui(secret: BackupSecret) -> ApiResult<Secret> {
        Ok(match secret {
            BackupSecret::Passphrase(text) => Secret::Passphrase(Passphrase::new(text)),
            BackupSecret::RecoveryKey(text) => {
                Secret::RecoveryKey(RecoveryKey::parse(&zeroize::Zeroizing::new(text))?)
            }
        })
    }

    fn credential(&self) -> BackupCredential<'_> {
        match self {
            Secret::Passphrase(p) => BackupCredential::Passphrase(p),
            Secret::RecoveryKey(k) => BackupCredential::RecoveryKey(k),
        }
    }
}

/// What a restore did, for the unlock screen that follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RestoreReport {
    /// When the restored backup was taken.
    pub taken_at: Timestamp,
    /// The same store was here and its vault was kept: the passphrase used
    /// here until now opens it. Otherwise the passphrase it had when the
    /// backup was written (or the recovery key) does.
    pub kept_vault: bool,
    /// The store it replaced was kept beside it in the data folder.
    pub kept_previous: bool,
}

pub async fn backup_status(state: State<'_, AppState>) -> ApiResult<BackupStatus> {
    state
        .with(|p| backup::status(p.store(), p.store().today(), HISTORY_SHOWN))
        .await
}

/// "Not now" on the caseload's reminder: away for the rest of today, even
/// across a restart.
pub async fn set_aside_backup_reminder(state: State<'_, AppState>) -> ApiResult<BackupStatus> {
    state
        .with(|p| {
            let today = p.store().today();
            backup::set_aside_reminder(p.store_mut(), today)?;
            backup::status(p.store(), today, HISTORY_SHOWN)
        })
        .await
}

/// Asks where to save, then writes the backup there. `None` when the peer
/// cancelled.
pub async fn backup_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> ApiResult<Option<BackupWritten>> {
    if !state.is_unlocked() {
        return Err(ApiError::locked());
    }
    // Only a suggested file name: the system clock is the one to ask.
    let name = file_name(SystemClock.today());
    let language = state.language();
    let path = off_main_thread(move || {
        Ok(super::files::ask_save_path(
            &app,
            &DialogWords::SaveBackup.in_language(language),
            &name,
            (
                &DialogWords::BackupFiles.in_language(language),
                &[EXTENSION],
            ),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(None);
    };
    state.with(move |p| write(p, &path).map(Some)).await
}

/// The backup itself, once a path is known (tests call it directly).
pub fn write(peerlog: &mut Peerlog, path: &Path) -> peerlog_core::Result<BackupWritten> {
    // The save dialog already asked before replacing a file.
    backup::write(peerlog, path, true)
}

const EXTENSION: &str = "backup";

/// A file name that says what it is and when, and names no one.
fn file_name(on: NaiveDate) -> String {
    format!("peerlog-backup-{on}.{EXTENSION}")
}

/// Asks which backup to restore and describes it; the path stays here for
/// `restore_backup`. `None` when the peer cancelled.
pub async fn choose_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> ApiResult<Option<BackupFile>> {
    state.forget_backup_file();
    let language = state.language();
    let path = off_main_thread(move || {
        Ok(super::files::ask_open_path(
            &app,
            &DialogWords::ChooseBackup.in_language(language),
            (
                &DialogWords::BackupFiles.in_language(language),
                &[EXTENSION],
            ),
        ))
    })
    .await?;
    let Some(path) = path else {
        return Ok(None);
    };
    let (described, path) = off_main_thread(move || Ok((describe(&path)?, path))).await?;
    state.hold_backup_file(path);
    Ok(Some(described))
}

/// What a backup file says about itself, without any secret.
pub fn describe(path: &Path) -> ApiResult<BackupFile> {
    let info = backup::inspect(path).map_err(restore_error)?;
    let bytes = std::fs::metadata(path)
        .map_err(|e| ApiError::from(peerlog_core::Error::from(e)))?
        .len();
    Ok(BackupFile { info, bytes })
}

/// Restores the backup chosen with `choose_backup`. Closes the session
/// first: a restore takes the store's session lock exclusively. Refused
/// (`restore_refused`) over a store with changes the backup lacks, or a
/// different one, unless `force`.
pub async fn restore_backup(
    state: State<'_, AppState>,
    secret: BackupSecret,
    force: bool,
) -> ApiResult<RestoreReport> {
    let secret = Secret::from_ui(secret)?;
    let path = state.backup_file().ok_or_else(|| {
        ApiError::new(
            codes::NO_BACKUP_CHOSEN,
            "Choose the backup file first; nothing was replaced.",
        )
    })?;
    state.close();
    let dir = state.dir.clone();
    let report = off_main_thread(move || restore(&dir, &path, &secret, force)).await?;
    state.forget_backup_file();
    Ok(report)
}

/// The restore itself, once the path is known (tests call it directly).
pub fn restore(
    dir: &DataDir,
    path: &Path,
    secret: &Secret,
    force: bool,
) -> ApiResult<RestoreReport> {
    let restored = backup::restore(dir, path, secret.credential(), RestoreOptions { force })
        .map_err(restore_error)?;
    Ok(RestoreReport {
        taken_at: restored.info.taken_at,
        kept_vault: restored.kept_vault,
        kept_previous: restored.previous_kept_in.is_some(),
    })
}

/// Core's errors, said for a peer restoring a backup. Codes stay core's,
/// except that a store open elsewhere (which no `force` can get past) is
/// `store_in_use`.
fn restore_error(e: peerlog_core::Error) -> ApiError {
    use peerlog_core::Error as E;
    let message = match &e {
        E::WrongPassphrase => {
            "That passphrase doesn't open this backup. It needs the passphrase Peerlog had when \
             the backup was made, or your recovery key. Nothing was replaced."
        }
        E::WrongRecoveryKey => {
            "That recovery key doesn't open this backup. Check each group of four. Nothing was \
             replaced."
        }
        E::NotPeerlogFile(_) => {
            "This file isn't a Peerlog backup. Choose the file Peerlog saved, ending in .backup."
        }
        E::FileDamaged { .. } | E::FileTruncated(_) => {
            "This backup file is damaged or incomplete, so Peerlog used none of it. Nothing was \
             replaced. Try another copy of the backup."
        }
        E::FileTooNew { .. } => {
            "This backup was made by a newer version of Peerlog. Update Peerlog on this \
             computer, then restore it."
        }
        E::RestoreRefused(reason) => return refusal(reason),
        _ => return e.into(),
    };
    ApiError::worded(&e, message)
}

/// Why core refused to replace the store here, said for a peer (core's
/// own wording is for the command line and its `--force`).
fn refusal(reason: &RestoreRefusal) -> ApiError {
    let why = match reason {
        RestoreRefusal::InUse => {
            return ApiError::new(
                codes::STORE_IN_USE,
                "Peerlog's data on this computer is open in another program right now \
                 (perhaps the peerlog command). Close it, then restore. Nothing was replaced.",
            )
        }
        RestoreRefusal::NewerChanges { .. } => {
            "The Peerlog on this computer has changes made after this backup was taken. \
             Restoring would replace them with the older backup."
        }
        RestoreRefusal::DifferentStore => {
            "This computer already has a different Peerlog, not the one this backup came \
             from. Restoring would replace it."
        }
        RestoreRefusal::NewerSchema => {
            "The Peerlog on this computer was written by a newer version of Peerlog. \
             Restoring would replace it."
        }
        RestoreRefusal::CannotCompare => {
            "The Peerlog on this computer can't be compared with this backup. Restoring \
             would replace it."
        }
    };
    ApiError::worded(
        &peerlog_core::Error::RestoreRefused(reason.clone()),
        format!("{why} Nothing was replaced."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_name_carries_the_date_and_no_names() {
        let on = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(file_name(on), "peerlog-backup-2026-11-23.backup");
    }

    #[test]
    fn refusals_read_for_a_peer() {
        let newer = refusal(&RestoreRefusal::NewerChanges {
            changed_at: "2026-11-23T10:00:00Z".into(),
            backup_taken_at: Timestamp::parse("2026-11-20T09:00:00+00:00").unwrap(),
        });
        assert_eq!(newer.code, "restore_refused");
        assert!(newer.message.contains("changes made after this backup"));
        assert!(!newer.message.contains("--force"));
        assert_eq!(refusal(&RestoreRefusal::InUse).code, "store_in_use");
        for reason in [
            RestoreRefusal::DifferentStore,
            RestoreRefusal::NewerSchema,
            RestoreRefusal::CannotCompare,
        ] {
            let said = refusal(&reason);
            assert_eq!(said.code, "restore_refused");
            assert!(said.message.ends_with("Nothing was replaced."));
            assert!(!said.message.contains("--force"));
        }
    }
}
