//! An agreement's signed document (a PDF or a scan), kept as bytes inside
//! the encrypted store, checked the way a training's certificate is (its
//! type read from its first bytes, its size bounded). Its table is never
//! read by an export; the bytes are read only by [`document`].

use crate::credentials::certificate::{self, MediaType};
use crate::credentials::kept_file::KeptFiles;
use crate::error::Result;
use crate::ids::AgreementId;
use crate::store::Store;
use crate::validate::Checked;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// What is known of a document without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentInfo {
    pub media_type: MediaType,
    pub size: u64,
}

/// The document's type, when its bytes may be kept; refused by `field`.
pub fn checked(field: &'static str, bytes: &[u8]) -> Checked<MediaType> {
    certificate::checked(field, bytes)
}

const KEPT: KeptFiles = KeptFiles {
    table: "agreement_documents",
    key: "agreement_id",
};

/// Keeps the document, replacing one kept before, inside the caller's
/// transaction.
pub(crate) fn put(
    conn: &Connection,
    agreement_id: AgreementId,
    media_type: MediaType,
    bytes: &[u8],
    now: &str,
) -> Result<()> {
    KEPT.put(conn, &agreement_id, media_type, bytes, now)
}

pub(crate) fn info(conn: &Connection, agreement_id: AgreementId) -> Result<Option<DocumentInfo>> {
    let found: Option<(String, i64)> = conn
        .prepare_cached("SELECT media_type, size FROM agreement_documents WHERE agreement_id = ?1")?
        .query_row([agreement_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(found.and_then(|(media_type, size)| {
        Some(DocumentInfo {
            media_type: MediaType::parse(&media_type)?,
            size: size as u64,
        })
    }))
}

/// Keeps `bytes` as the agreement's signed document, replacing one kept
/// before: an agreement recorded first and its scan brought in later (the
/// desktop app asks for the file once the agreement exists).
pub fn attach(store: &mut Store, agreement_id: AgreementId, bytes: &[u8]) -> Result<DocumentInfo> {
    let media_type = checked("document", bytes)?;
    let now = store.now().to_string();
    store.write(|tx| {
        super::agreement::fetch(tx, agreement_id)?;
        put(tx, agreement_id, media_type, bytes, &now)
    })?;
    Ok(DocumentInfo {
        media_type,
        size: bytes.len() as u64,
    })
}

/// The document's bytes and type, read only when the peer opens it.
pub fn document(store: &Store, agreement_id: AgreementId) -> Result<Option<(MediaType, Vec<u8>)>> {
    let found = KEPT.read(store.conn(), &agreement_id)?;
    Ok(found.and_then(|(media_type, bytes)| Some((MediaType::parse(&media_type)?, bytes))))
}
