//! What each register holds, read once for both of its forms: restriction
//! requests with the participant by external id and the partner by name,
//! and the incident log as kept.

use crate::domain::consent::ConsentCategory;
use crate::error::Result;
use crate::ids::RestrictionId;
use crate::partners::incident::{self, Incident};
use crate::partners::partner;
use crate::partners::restriction::{self, RestrictionDecision};
use crate::store::Store;
use chrono::NaiveDate;

/// One restriction request as the register shows it.
pub struct RestrictionLine {
    pub id: RestrictionId,
    pub external_id: String,
    /// `None`: every partner.
    pub partner: Option<String>,
    pub categories: Vec<ConsentCategory>,
    pub requested_on: NaiveDate,
    pub decision: Option<RestrictionDecision>,
    pub decided_on: Option<NaiveDate>,
    pub decided_by: Option<String>,
}

pub fn restrictions(store: &Store) -> Result<Vec<RestrictionLine>> {
    let conn = store.conn();
    restriction::list(store, None)?
        .into_iter()
        .map(|r| {
            let external_id: String = conn.query_row(
                "SELECT external_id FROM participants WHERE id = ?1",
                [r.participant_id],
                |row| row.get(0),
            )?;
            let partner = r
                .partner_id
                .map(|id| partner::fetch(conn, id).map(|p| p.name))
                .transpose()?;
            Ok(RestrictionLine {
                id: r.id,
                external_id,
                partner,
                categories: r.categories,
                requested_on: r.requested_on,
                decision: r.decision,
                decided_on: r.decided_on,
                decided_by: r.decided_by,
            })
        })
        .collect()
}

pub fn incidents(store: &Store) -> Result<Vec<Incident>> {
    incident::list(store)
}
