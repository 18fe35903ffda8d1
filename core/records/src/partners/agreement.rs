//! Data-sharing agreements: what a partner and the program agreed may be
//! shared, for which purpose, from when until when. An export to a partner
//! carries only what both the participant's consent and an agreement in
//! force allow ([`standing`]); a partner with no agreement on file is
//! governed by consent alone. The signed document is kept inside the store
//! (`agreement_document`).

use super::agreement_document::{self, DocumentInfo};
use super::partner;
use crate::credentials::certificate::MediaType;
use crate::domain::consent::ConsentCategory;
use crate::domain::vocabulary::{dedup, join_codes, split_codes};
use crate::error::{Error, Result};
use crate::ids::{AgreementId, PartnerId};
use crate::store::codec::rfc3339;
use crate::store::Store;
use crate::time::Timestamp;
use crate::validate::{
    not_before, plausible_date, required_text, Checked, Problem, ValidationError,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    pub id: AgreementId,
    pub partner_id: PartnerId,
    /// How the program names the document: "MOU 2026–2027".
    pub title: String,
    pub purpose: String,
    /// What it allows to be shared.
    pub categories: Vec<ConsentCategory>,
    pub effective_on: NaiveDate,
    /// The last day it is in force.
    pub expires_on: NaiveDate,
    /// The signed document kept with it, if any.
    pub document: Option<DocumentInfo>,
    pub created_at: Timestamp,
}

impl Agreement {
    /// In force from `effective_on` through `expires_on`, both included.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_on <= date && date <= self.expires_on
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AgreementInput {
    pub partner_id: PartnerId,
    pub title: String,
    pub purpose: String,
    pub categories: Vec<ConsentCategory>,
    pub effective_on: NaiveDate,
    pub expires_on: NaiveDate,
}

impl AgreementInput {
    pub fn checked(self) -> Checked<AgreementInput> {
        let title = required_text("agreement_title", &self.title, 200)?;
        let purpose = required_text("purpose", &self.purpose, 500)?;
        let categories = dedup(&self.categories);
        if categories.is_empty() {
            return Err(ValidationError::new("categories", Problem::Required));
        }
        plausible_date("effective_on", self.effective_on, None)?;
        plausible_date("expires_on", self.expires_on, None)?;
        not_before(
            "expires_on",
            self.expires_on,
            "effective_on",
            self.effective_on,
        )?;
        Ok(AgreementInput {
            partner_id: self.partner_id,
            title,
            purpose,
            categories,
            effective_on: self.effective_on,
            expires_on: self.expires_on,
        })
    }
}

const COLUMNS: &str =
    "a.id, a.partner_id, a.title, a.purpose, a.categories, a.effective_on, a.expires_on, \
     a.created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Agreement> {
    let categories: String = row.get(4)?;
    Ok(Agreement {
        id: row.get(0)?,
        partner_id: row.get(1)?,
        title: row.get(2)?,
        purpose: row.get(3)?,
        categories: split_codes(&categories, ConsentCategory::ALL, ConsentCategory::code),
        effective_on: row.get(5)?,
        expires_on: row.get(6)?,
        document: None,
        created_at: rfc3339(row, 7)?,
    })
}

/// Records an agreement, and its signed document when given, in one
/// transaction.
pub fn create(
    store: &mut Store,
    input: AgreementInput,
    document: Option<&[u8]>,
) -> Result<Agreement> {
    let input = input.checked()?;
    let document = document
        .map(|bytes| agreement_document::checked("document", bytes).map(|t| (bytes, t)))
        .transpose()?;
    let now = store.now();
    store.write(|tx| insert(tx, &input, document, now))
}

/// Writes a checked agreement and its checked document inside the
/// caller's transaction.
pub fn insert(
    conn: &Connection,
    input: &AgreementInput,
    document: Option<(&[u8], MediaType)>,
    now: Timestamp,
) -> Result<Agreement> {
    partner::fetch(conn, input.partner_id)?;
    let id = AgreementId::new();
    conn.prepare_cached(
        "INSERT INTO agreements (id, partner_id, title, purpose, categories, effective_on,
             expires_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        id,
        input.partner_id,
        input.title,
        input.purpose,
        join_codes(&input.categories, ConsentCategory::code),
        input.effective_on,
        input.expires_on,
        now.to_string(),
    ])?;
    if let Some((bytes, media_type)) = document {
        agreement_document::put(conn, id, media_type, bytes, &now.to_string())?;
    }
    fetch(conn, id)
}

pub fn fetch(conn: &Connection, id: AgreementId) -> Result<Agreement> {
    let mut found = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM agreements a WHERE a.id = ?1"
        ))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound("agreement"))?;
    found.document = agreement_document::info(conn, id)?;
    Ok(found)
}

/// Every agreement, or one partner's, the latest to end first.
pub fn list(store: &Store, partner_id: Option<PartnerId>) -> Result<Vec<Agreement>> {
    let conn = store.conn();
    let mut rows = of_partner(conn, partner_id)?;
    for row in &mut rows {
        row.document = agreement_document::info(conn, row.id)?;
    }
    Ok(rows)
}

/// The agreements without their documents' details: what an export reads
/// (it never reads a document's table).
fn of_partner(conn: &Connection, partner_id: Option<PartnerId>) -> Result<Vec<Agreement>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM agreements a WHERE ?1 IS NULL OR a.partner_id = ?1
         ORDER BY a.expires_on DESC, a.effective_on DESC, a.id"
    ))?;
    let rows = stmt
        .query_map([partner_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// What the agreements on file say about sharing with a partner on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Standing {
    /// No agreement has started: the consent alone governs.
    NoneOnFile,
    /// These categories, the union of every agreement in force.
    InForce { categories: Vec<ConsentCategory> },
    /// Every agreement that started has ended: nothing may go.
    Expired {
        title: String,
        expired_on: NaiveDate,
    },
}

impl Standing {
    /// Whether the agreements let `category` go (with no agreement on file,
    /// the consent alone decides, so they do).
    pub fn allows(&self, category: ConsentCategory) -> bool {
        match self {
            Standing::NoneOnFile => true,
            Standing::InForce { categories } => categories.contains(&category),
            Standing::Expired { .. } => false,
        }
    }

    /// The error that blocks an export to a partner whose agreements ended.
    pub fn blocking(&self) -> Option<Error> {
        match self {
            Standing::Expired { title, expired_on } => Some(Error::AgreementExpired {
                agreement: title.clone(),
                expired_on: *expired_on,
            }),
            _ => None,
        }
    }
}

/// The partner's standing on `date`. An agreement not yet in force does
/// not count: until it starts, what was on file before (nothing, or an
/// ended one) still decides.
pub fn standing(conn: &Connection, partner_id: PartnerId, date: NaiveDate) -> Result<Standing> {
    let started: Vec<Agreement> = of_partner(conn, Some(partner_id))?
        .into_iter()
        .filter(|a| a.effective_on <= date)
        .collect();
    let in_force: Vec<&Agreement> = started.iter().filter(|a| a.in_force_on(date)).collect();
    if !in_force.is_empty() {
        let categories = ConsentCategory::ALL
            .iter()
            .copied()
            .filter(|c| in_force.iter().any(|a| a.categories.contains(c)))
            .collect();
        return Ok(Standing::InForce { categories });
    }
    // Sorted latest-ending first: the one to name is the last that ended.
    Ok(match started.first() {
        None => Standing::NoneOnFile,
        Some(last) => Standing::Expired {
            title: last.title.clone(),
            expired_on: last.expires_on,
        },
    })
}

/// An agreement ending soon, for the caseload's warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Expiring {
    pub agreement_id: AgreementId,
    pub title: String,
    pub partner_id: PartnerId,
    pub partner: String,
    pub expires_on: NaiveDate,
    pub days_left: u32,
}

/// How long before an agreement ends the caseload starts warning.
pub const WARN_DAYS: i64 = 30;

/// Agreements in force on `today` that end within [`WARN_DAYS`] days and
/// have no successor with the same partner in force after them, soonest
/// first. A renewed agreement silences the warning.
pub fn expiring(store: &Store, today: NaiveDate) -> Result<Vec<Expiring>> {
    let conn = store.conn();
    let all = of_partner(conn, None)?;
    let mut out = Vec::new();
    for a in all.iter().filter(|a| a.in_force_on(today)) {
        let left = (a.expires_on - today).num_days();
        if left > WARN_DAYS {
            continue;
        }
        let renewed = all.iter().any(|b| {
            b.partner_id == a.partner_id
                && b.id != a.id
                && b.expires_on > a.expires_on
                && b.effective_on <= a.expires_on + chrono::Duration::days(1)
        });
        if renewed {
            continue;
        }
        out.push(Expiring {
            agreement_id: a.id,
            title: a.title.clone(),
            partner_id: a.partner_id,
            partner: partner::fetch(conn, a.partner_id)?.name,
            expires_on: a.expires_on,
            days_left: left as u32,
        });
    }
    out.sort_by_key(|e| (e.expires_on, e.title.clone()));
    Ok(out)
}
