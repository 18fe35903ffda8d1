//! Typed work is never lost: a form half filled in when Peerlog locks itself
//! is kept as a draft inside the encrypted store and offered back after the
//! next unlock. Never in browser storage or a file; never exported (no
//! export category names it); gone once saved or discarded.

use crate::error::Result;
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{Problem, ValidationError};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A draft's fields are the form's own; this bounds what a form may keep.
pub const MAX_PAYLOAD_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Which form: `contact`, `participant`, `check_in` …
    pub form: String,
    /// The form's fields as the form holds them.
    #[cfg_attr(feature = "bindings", ts(type = "Record<string, unknown>"))]
    pub payload: serde_json::Value,
    pub saved_at: Timestamp,
}

/// Keeps `payload` as the draft of `form`, replacing an older one.
pub fn keep(store: &mut Store, form: &str, payload: &serde_json::Value) -> Result<Draft> {
    let now = store.now();
    let form = checked_form(form)?;
    if !payload.is_object() {
        return Err(ValidationError::new(
            "payload",
            Problem::UnknownValue {
                expected: "the form's fields as an object".into(),
            },
        )
        .into());
    }
    let text = payload.to_string();
    if text.len() > MAX_PAYLOAD_BYTES {
        return Err(ValidationError::new(
            "payload",
            Problem::TooLong {
                max: MAX_PAYLOAD_BYTES,
            },
        )
        .into());
    }
    let saved_at = now;
    store.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO drafts (form, payload, saved_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (form) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at",
        )?
        .execute(params![form, text, saved_at.to_string()])?;
        Ok(())
    })?;
    Ok(Draft {
        form: form.to_string(),
        payload: payload.clone(),
        saved_at,
    })
}

/// The drafts waiting, newest first: what to offer after an unlock.
pub fn list(store: &Store) -> Result<Vec<Draft>> {
    let mut stmt = store
        .conn()
        .prepare_cached("SELECT form, payload, saved_at FROM drafts ORDER BY saved_at DESC")?;
    let rows = stmt
        .query_map([], |row| {
            let payload: String = row.get(1)?;
            Ok(Draft {
                form: row.get(0)?,
                payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
                saved_at: rfc3339(row, 2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The draft of `form`, if one is waiting.
pub fn get(store: &Store, form: &str) -> Result<Option<Draft>> {
    let form = checked_form(form)?;
    Ok(list(store)?.into_iter().find(|d| d.form == form))
}

/// Forgets the draft of `form` (saved, or discarded by the peer). Forgetting
/// one that is not there is not an error.
pub fn discard(store: &mut Store, form: &str) -> Result<()> {
    let form = checked_form(form)?;
    store.write(|tx| {
        tx.prepare_cached("DELETE FROM drafts WHERE form = ?1")?
            .execute([form])
            .optional()?;
        Ok(())
    })
}

/// A form's name: lower-case letters and underscores, as the UI names them.
fn checked_form(form: &str) -> Result<&str> {
    let valid = !form.is_empty()
        && form.len() <= 40
        && form.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    if valid {
        Ok(form)
    } else {
        Err(ValidationError::new(
            "form",
            Problem::UnknownValue {
                expected: "a form's name, like contact or check_in".into(),
            },
        )
        .into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peerlog_store::testing;
    use serde_json::json;

    fn store() -> (tempfile::TempDir, peerlog_store::Peerlog) {
        let temp = tempfile::tempdir().unwrap();
        let dir = peerlog_store::DataDir::new(temp.path().join("data"));
        let peerlog = testing::create(&dir).peerlog;
        (temp, peerlog)
    }

    #[test]
    fn a_draft_is_kept_replaced_offered_and_discarded() {
        let (_t, mut p) = store();
        let first = json!({"with": "A-1", "minutes": "20", "narrative": "Met at the court"});
        keep(p.store_mut(), "contact", &first).unwrap();
        let newer = json!({"with": "A-1", "minutes": "25"});
        keep(p.store_mut(), "contact", &newer).unwrap();
        keep(p.store_mut(), "check_in", &json!({"emotional": 4})).unwrap();
        let waiting = list(p.store()).unwrap();
        assert_eq!(waiting.len(), 2, "one draft per form");
        assert_eq!(get(p.store(), "contact").unwrap().unwrap().payload, newer);
        discard(p.store_mut(), "contact").unwrap();
        discard(p.store_mut(), "contact").unwrap();
        assert!(get(p.store(), "contact").unwrap().is_none());
        assert_eq!(list(p.store()).unwrap().len(), 1);
    }

    #[test]
    fn a_bad_draft_is_refused_naming_the_field_and_nothing_is_kept() {
        let (_t, mut p) = store();
        let code = |r: Result<Draft>| r.unwrap_err().code();
        assert_eq!(
            code(keep(p.store_mut(), "Contact!", &json!({}))),
            "invalid.form"
        );
        assert_eq!(
            code(keep(p.store_mut(), "contact", &json!([1, 2]))),
            "invalid.payload"
        );
        let huge = json!({"narrative": "x".repeat(MAX_PAYLOAD_BYTES)});
        assert_eq!(
            code(keep(p.store_mut(), "contact", &huge)),
            "invalid.payload"
        );
        assert!(list(p.store()).unwrap().is_empty());
    }

    #[test]
    fn an_export_can_never_read_a_draft() {
        let (_t, mut p) = store();
        keep(p.store_mut(), "contact", &json!({"narrative": "private"})).unwrap();
        p.store_mut()
            .reading_only(crate::domain::registry::export_reads(None), |store| {
                let read = store
                    .conn()
                    .query_row("SELECT count(*) FROM drafts", [], |r| r.get::<_, i64>(0));
                assert!(read.is_err());
                Ok(())
            })
            .unwrap();
    }
}
