//! Files kept inside the encrypted store (a training's certificate, a
//! data-sharing agreement's signed document) saved back out on purpose:
//! each save is an audit entry, written with the file as one action.

use crate::audit::{self, AuditAction};
use crate::credentials::certificate::{self, MediaType};
use crate::error::Result;
use crate::ids::{AgreementId, TrainingId};
use crate::partners::agreement_document;
use crate::store::Store;
use crate::validate::{Problem, ValidationError};
use std::path::Path;

/// Saves one training's certificate to `path`.
pub fn save_certificate(
    store: &mut Store,
    training: TrainingId,
    path: &Path,
    replace: bool,
) -> Result<MediaType> {
    let kept = certificate::certificate(store, training)?;
    save(
        store,
        kept,
        "training",
        "a training certificate",
        path,
        replace,
    )
}

/// Saves one agreement's signed document to `path`.
pub fn save_agreement_document(
    store: &mut Store,
    agreement: AgreementId,
    path: &Path,
    replace: bool,
) -> Result<MediaType> {
    let kept = agreement_document::document(store, agreement)?;
    save(
        store,
        kept,
        "agreement",
        "a data-sharing agreement's signed document",
        path,
        replace,
    )
}

/// `field` names what the peer pointed at when nothing is kept for it.
fn save(
    store: &mut Store,
    kept: Option<(MediaType, Vec<u8>)>,
    field: &'static str,
    audit_detail: &str,
    path: &Path,
    replace: bool,
) -> Result<MediaType> {
    let (media_type, bytes) =
        kept.ok_or_else(|| ValidationError::new(field, Problem::NoSuchRecord))?;
    let now = store.now();
    crate::export::output::write_recorded(store, path, replace, |tx| {
        audit::record(tx, now, AuditAction::Exported, audit_detail)?;
        Ok((bytes, media_type))
    })
}
