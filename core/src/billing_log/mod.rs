//! Writing the billing log (`peerlog_records::billing::log`) as CSV or PDF
//! for the program's biller. It names participants only by external id and
//! holds no narrative. It stays inside the program: it is recorded in the
//! audit log, not as a disclosure; sent outside, it would be an export under
//! consent like any other.

mod render;

use crate::audit::{self, AuditAction};
use crate::billing::log::{self, BillingLog};
use crate::error::Result;
use crate::i18n::Language;
use crate::report::ReportFormat;
use crate::store::Store;
use crate::validate::{not_before, plausible_date};
use chrono::NaiveDate;
use std::path::Path;

pub use render::{check_in, csv, pdf};

/// What to write: the period, the payer (or every payer), the format.
#[derive(Debug, Clone)]
pub struct BillingRequest {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub payer: Option<String>,
    pub format: ReportFormat,
    pub language: Language,
}

/// The log without writing it: what the checks say before anything is
/// written.
pub fn preview(store: &Store, request: &BillingRequest) -> Result<BillingLog> {
    checked_period(request)?;
    log::build(
        store.conn(),
        request.from,
        request.to,
        request.payer.as_deref(),
    )
}

/// Writes the log to `path` and records it in the audit log, as one action.
pub fn write(
    store: &mut Store,
    request: &BillingRequest,
    path: &Path,
    replace: bool,
) -> Result<BillingLog> {
    checked_period(request)?;
    let now = store.now();
    crate::export::output::write_recorded(store, path, replace, |tx| {
        let built = log::build(tx, request.from, request.to, request.payer.as_deref())?;
        let bytes = match request.format {
            ReportFormat::Pdf => render::pdf(&built, request.language, now.local_date()),
            ReportFormat::Csv => render::csv(&built),
        };
        audit::record(
            tx,
            now,
            AuditAction::Exported,
            &format!(
                "billing log, {} lines, {}",
                built.lines.len(),
                request.format.code()
            ),
        )?;
        Ok((bytes, built))
    })
}

fn checked_period(request: &BillingRequest) -> Result<()> {
    plausible_date("from", request.from, None)?;
    plausible_date("to", request.to, None)?;
    not_before("to", request.to, "from", request.from)?;
    Ok(())
}
