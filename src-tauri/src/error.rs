//! The one error that crosses IPC: `{ code, message }`.
//!
//! `code` is stable and is what the UI acts on (`wrong_passphrase`,
//! `locked`, `invalid.duration_minutes`, …); `message` is a sentence a peer
//! can read. Both come from core, whose messages name fields and rules but
//! never the values a peer typed, so no participant data crosses here.

use crate::contract::codes;
use peerlog_core::i18n::Language;
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApiError {
    /// One of core's codes or the shell's own (`contract.rs`); the bindings
    /// name the union of both.
    #[cfg_attr(test, ts(type = "ErrorCode"))]
    pub code: String,
    pub message: String,
    /// Core's error, kept until the command returns so its message can be
    /// worded in the peer's language (`in_language`). Never sent.
    #[serde(skip)]
    #[cfg_attr(test, ts(skip))]
    source: Option<Arc<peerlog_core::Error>>,
}

impl PartialEq for ApiError {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.message == other.message
    }
}

impl Eq for ApiError {}

/// A code the shell answers with itself. Only `contract.rs` declares one, so
/// the UI's `ErrorCode` union knows every code the shell can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShellCode(&'static str);

impl ShellCode {
    #[doc(hidden)]
    pub const fn declared(code: &'static str) -> Self {
        ShellCode(code)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl ApiError {
    pub fn new(code: ShellCode, message: impl Into<String>) -> Self {
        ApiError {
            code: code.as_str().into(),
            message: message.into(),
            source: None,
        }
    }

    /// The message in `language`, where core's error says it in more than
    /// English; the shell's own sentences are worded by the UI from their
    /// codes.
    pub fn in_language(mut self, language: Language) -> Self {
        if let Some(source) = &self.source {
            self.message = source.message_in(language);
        }
        self
    }

    /// Core's code for `e`, in the shell's own words for a peer.
    pub fn worded(e: &peerlog_core::Error, message: impl Into<String>) -> Self {
        ApiError {
            code: e.code(),
            message: message.into(),
            source: None,
        }
    }

    /// No unlocked session: the app is locked (or locked itself while idle).
    pub fn locked() -> Self {
        ApiError::new(codes::LOCKED, "Peerlog is locked; unlock it to continue")
    }

    /// A recovery key can only be saved while it is still held, right after
    /// the vault was created.
    pub fn no_recovery_key() -> Self {
        ApiError::new(
            codes::NO_RECOVERY_KEY,
            "the recovery key is shown only once, right after setup; it is no longer held",
        )
    }

    /// Something failed inside the shell itself (a worker thread died).
    /// Deliberately vague: details could carry data.
    pub fn internal() -> Self {
        ApiError::new(
            codes::INTERNAL,
            "something went wrong inside Peerlog; nothing was changed",
        )
    }
}

impl From<peerlog_core::Error> for ApiError {
    fn from(e: peerlog_core::Error) -> Self {
        ApiError {
            code: e.code(),
            message: e.to_string(),
            source: Some(Arc::new(e)),
        }
    }
}

impl From<peerlog_core::validate::ValidationError> for ApiError {
    fn from(e: peerlog_core::validate::ValidationError) -> Self {
        peerlog_core::Error::from(e).into()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;
    use peerlog_core::validate::{Problem, ValidationError};
    use peerlog_core::Error;

    fn json(e: impl Into<ApiError>) -> String {
        serde_json::to_string(&e.into()).unwrap()
    }

    #[test]
    fn the_json_shape_is_pinned() {
        assert_eq!(
            json(Error::WrongPassphrase),
            r#"{"code":"wrong_passphrase","message":"the passphrase is not right"}"#
        );
        assert_eq!(
            json(ApiError::locked()),
            r#"{"code":"locked","message":"Peerlog is locked; unlock it to continue"}"#
        );
        assert_eq!(
            json(Error::NotFound("participant")),
            r#"{"code":"not_found","message":"no such participant"}"#
        );
    }

    #[test]
    fn validation_codes_name_the_field() {
        let e = ValidationError::new("duration_minutes", Problem::OutOfRange { min: 1, max: 720 });
        assert_eq!(
            json(e),
            r#"{"code":"invalid.duration_minutes","message":"Duration minutes: must be between 1 and 720"}"#
        );
    }

    #[test]
    fn keyring_failures_are_their_own_code() {
        let e: ApiError = Error::Keyring("no secret service".into()).into();
        assert_eq!(e.code, "keyring_unavailable");
    }
}
