//! A copy of an agreement's signed document, written out on purpose (to
//! print it, or to send it back to the partner). It is the program's own
//! paper, not a participant's record, so it is an audit entry, not a
//! disclosure; like every file Peerlog writes, it is whole or absent.

use crate::audit::{self, AuditAction};
use crate::credentials::certificate::MediaType;
use crate::error::Result;
use crate::export::output::PendingFile;
use crate::ids::AgreementId;
use crate::partners::agreement_document;
use crate::store::Store;
use crate::validate::{Problem, ValidationError};
use std::cell::Cell;
use std::path::Path;

/// Writes the agreement's document to `path`; refused, naming
/// `agreement`, when none is kept.
pub fn save(
    store: &mut Store,
    agreement: AgreementId,
    path: &Path,
    replace: bool,
) -> Result<MediaType> {
    let (media_type, bytes) = agreement_document::document(store, agreement)?
        .ok_or_else(|| ValidationError::new("agreement", Problem::NoSuchRecord))?;
    let data_folder = store.data_folder().to_path_buf();
    crate::export::output::check_target(path, replace, &data_folder)?;
    let now = store.now();
    let placed: Cell<Option<PendingFile>> = Cell::new(None);
    let result = store.write(|tx| {
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            "an agreement's signed document",
        )?;
        let mut pending = PendingFile::write(path, &bytes, replace, &data_folder)?;
        pending.place()?;
        placed.set(Some(pending));
        Ok(())
    });
    if result.is_err() {
        if let Some(mut pending) = placed.take() {
            pending.undo();
        }
    }
    result.map(|()| media_type)
}
