//! A training or continuing-education course the peer completed: what,
//! who gave it, when, how long, in which category, and optionally which
//! credential it is for; its certificate is kept beside it in the store.

use super::certificate::{self, CertificateInfo, MediaType};
use super::{category, credential, hours};
use crate::domain::registry::{Demo, Export, RecordKind, Search, Timeline};
use crate::domain::require_changed;
use crate::error::Result;
use crate::ids::{CredentialId, TrainingId};
use crate::store::Store;
use crate::validate::{optional_text, plausible_date, required_text, Checked};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Training {
    pub id: TrainingId,
    pub title: String,
    pub provider: Option<String>,
    pub completed_on: NaiveDate,
    /// Its length in whole minutes (1.5 hours is 90).
    pub minutes: u32,
    pub category: String,
    /// The credential it is for; none counts toward every credential.
    pub credential_id: Option<CredentialId>,
    /// The certificate's type and size, never its bytes.
    pub certificate: Option<CertificateInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TrainingInput {
    pub title: String,
    #[serde(default)]
    pub provider: Option<String>,
    pub completed_on: NaiveDate,
    pub minutes: u32,
    pub category: String,
    #[serde(default)]
    pub credential_id: Option<CredentialId>,
}

impl TrainingInput {
    pub fn checked(self, today: NaiveDate) -> Checked<TrainingInput> {
        plausible_date("completed_on", self.completed_on, Some(today))?;
        hours::checked_minutes("hours", self.minutes)?;
        Ok(TrainingInput {
            title: required_text("title", &self.title, 200)?,
            provider: optional_text("provider", self.provider.as_deref(), 200)?,
            category: category::checked("category", &self.category)?,
            ..self
        })
    }
}

/// Adds a training, with its certificate if given, in one transaction:
/// a certificate refused leaves no training behind.
pub fn add(
    store: &mut Store,
    input: TrainingInput,
    certificate: Option<&[u8]>,
) -> Result<Training> {
    let now = store.now();
    let input = input.checked(now.local_date())?;
    let media_type = certificate
        .map(|bytes| certificate::checked("certificate", bytes))
        .transpose()?;
    let id = TrainingId::new();
    let stamp = now.to_string();
    store.write(|tx| {
        if let Some(credential_id) = input.credential_id {
            credential::require(tx, "credential", credential_id)?;
        }
        tx.execute(
            "INSERT INTO trainings (id, title, provider, completed_on, minutes, category, credential_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                input.title,
                input.provider,
                input.completed_on,
                input.minutes,
                input.category,
                input.credential_id,
                stamp,
            ],
        )?;
        if let (Some(bytes), Some(media_type)) = (certificate, media_type) {
            certificate::put(tx, id, media_type, bytes, &stamp)?;
        }
        get(tx, id)
    })
}

// The certificate's type and size come from its own table; its bytes are
// never selected here.
const SELECT: &str = "SELECT t.id, t.title, t.provider, t.completed_on, t.minutes, t.category,
        t.credential_id, c.media_type, c.size
     FROM trainings t LEFT JOIN training_certificates c ON c.training_id = t.id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Training> {
    let media_type: Option<String> = row.get(7)?;
    let size: Option<i64> = row.get(8)?;
    Ok(Training {
        id: row.get(0)?,
        title: row.get(1)?,
        provider: row.get(2)?,
        completed_on: row.get(3)?,
        minutes: row.get(4)?,
        category: row.get(5)?,
        credential_id: row.get(6)?,
        certificate: match (media_type.as_deref().and_then(MediaType::parse), size) {
            (Some(media_type), Some(size)) => Some(CertificateInfo {
                media_type,
                size: size as u64,
            }),
            _ => None,
        },
    })
}

/// Every training, newest first.
pub fn list(store: &Store) -> Result<Vec<Training>> {
    Ok(store
        .conn()
        .prepare_cached(&format!(
            "{SELECT} ORDER BY t.completed_on DESC, t.rid DESC"
        ))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The trainings completed from `from` to `to`, both included, oldest
/// first, that count toward `credential_id`: those for it and those for no
/// credential in particular.
pub fn counting_toward(
    conn: &Connection,
    credential_id: CredentialId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Training>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE t.completed_on BETWEEN ?2 AND ?3
               AND (t.credential_id IS NULL OR t.credential_id = ?1)
             ORDER BY t.completed_on, t.rid"
        ))?
        .query_map(params![credential_id, from, to], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn get(conn: &Connection, id: TrainingId) -> Result<Training> {
    find(conn, id)?.ok_or(crate::Error::NotFound("training"))
}

fn find(conn: &Connection, id: TrainingId) -> Result<Option<Training>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE t.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// A training the peer names in `field`, refused by that field when it is
/// not there.
pub fn require(conn: &Connection, field: &'static str, id: TrainingId) -> Result<Training> {
    find(conn, id)?.ok_or_else(|| {
        crate::validate::ValidationError::new(field, crate::validate::Problem::NoSuchRecord).into()
    })
}

/// Deletes a training and its certificate.
pub fn delete(store: &mut Store, id: TrainingId) -> Result<()> {
    store.write(|tx| {
        let changed = tx.execute("DELETE FROM trainings WHERE id = ?1", [id])?;
        require_changed(changed, "training")
    })
}

pub const KIND: RecordKind = RecordKind {
    name: "training",
    tables: &["trainings", "training_certificates"],
    timeline: Timeline::NotShown("a training is the peer's own record, not a participant's"),
    search: Search::NotIndexed("the peer's own record is private to the peer and never searched"),
    export: Export::Never(
        "trainings and their certificates are the peer's own record, private to the peer",
    ),
    demo: Demo::NotGenerated("a training is the peer's own, not part of a caseload"),
};
