//! The one rule for what may go to a partner about a participant on a day:
//! what the participant's consent names, that the partner's agreements in
//! force allow (all of it when none is on file), less what an accepted
//! restriction request withholds. The export and a meeting's docket both
//! ask here, so what is offered and what leaves never disagree.

use super::agreement::Standing;
use super::restriction;
use crate::domain::consent::{Consent, ConsentCategory};
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

/// The categories that may go under `consent`, given its partner's
/// `standing` on `date`, in the vocabulary's order.
pub fn allowed(
    conn: &Connection,
    consent: &Consent,
    standing: &Standing,
    date: NaiveDate,
) -> Result<Vec<ConsentCategory>> {
    let withheld = restriction::withheld(conn, consent.participant_id, consent.partner_id, date)?;
    Ok(ConsentCategory::ALL
        .iter()
        .copied()
        .filter(|c| consent.allows(*c) && standing.allows(*c) && !withheld.contains(c))
        .collect())
}
