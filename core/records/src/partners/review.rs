//! Partners whose names look alike, for the peer to resolve once: merge one
//! into the other (its consents, agreements, restrictions and meetings move)
//! or confirm they are separate organisations. Only the peer can tell
//! "Treatment Court" from "Treatment Cоurt" typed with a Cyrillic "о" — one
//! court typed two ways, or a look-alike worth keeping apart — so nothing
//! is merged on its own.

use super::partner::{self, Partner};
use crate::audit::{self, AuditAction};
use crate::error::Result;
use crate::ids::PartnerId;
use crate::store::Store;
use crate::validate::{Problem, ValidationError};
use rusqlite::{params, Connection};
use serde::Serialize;

/// A partner flagged for review, with the partners it looks like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LookAlike {
    pub partner: Partner,
    /// How many consents name it.
    pub consents: u32,
    pub look_alikes: Vec<Partner>,
}

/// Every partner flagged for review, by name.
pub fn needing_review(store: &Store) -> Result<Vec<LookAlike>> {
    let conn = store.conn();
    let mut out = Vec::new();
    for p in partner::all(conn)?.into_iter().filter(|p| p.needs_review) {
        out.push(LookAlike {
            consents: consents_of(conn, p.id)?,
            look_alikes: partner::look_alikes_of(conn, &p.name, Some(p.id))?,
            partner: p,
        });
    }
    Ok(out)
}

fn consents_of(conn: &Connection, id: PartnerId) -> Result<u32> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM consents WHERE partner_id = ?1")?
        .query_row([id], |row| row.get(0))?)
}

/// Folds `from` into `into`: everything that names `from` names `into`,
/// and `from` is gone. A consent keeps the recipient as it was signed;
/// that name now finds `into` (`partner::find`). `into` leaves review once
/// no other partner looks like it.
pub fn merge(store: &mut Store, from: PartnerId, into: PartnerId) -> Result<Partner> {
    if from == into {
        return Err(ValidationError::new("into", Problem::Duplicate).into());
    }
    let now = store.now();
    store.write(|tx| {
        partner::fetch(tx, from)?;
        let kept = partner::fetch(tx, into)?;
        for table in ["consents", "agreements", "restriction_requests", "meetings"] {
            tx.execute(
                &format!("UPDATE {table} SET partner_id = ?2 WHERE partner_id = ?1"),
                params![from, into],
            )?;
        }
        tx.execute("DELETE FROM partners WHERE id = ?1", [from])?;
        if partner::look_alikes_of(tx, &kept.name, Some(into))?.is_empty() {
            clear_review(tx, into, now)?;
        }
        audit::record(
            tx,
            now,
            AuditAction::PartnersMerged,
            &format!("partner {from} merged into {into}"),
        )?;
        partner::fetch(tx, into)
    })
}

/// Records that `id` and the partners it looks like are different
/// organisations: none of them is flagged any more.
pub fn confirm_separate(store: &mut Store, id: PartnerId) -> Result<Vec<Partner>> {
    let now = store.now();
    store.write(|tx| {
        let p = partner::fetch(tx, id)?;
        let mut group = partner::look_alikes_of(tx, &p.name, Some(id))?;
        group.insert(0, p);
        for member in &group {
            clear_review(tx, member.id, now)?;
        }
        group.iter().map(|m| partner::fetch(tx, m.id)).collect()
    })
}

fn clear_review(conn: &Connection, id: PartnerId, now: crate::time::Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE partners SET needs_review = 0, updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, now.to_string()])?;
    Ok(())
}
