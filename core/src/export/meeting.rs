//! The export made for one case conference: to the meeting's partner, for
//! the participants on that day's docket, over the meeting's period (from
//! the day after the meeting before through the meeting's day), named on
//! its cover and linked to the meeting in the accounting of disclosures.

use super::disclosures::DisclosureRecord;
use super::request::{ExportRequest, MeetingAt};
use super::{ExportOutput, ExportPreview};
use crate::error::Result;
use crate::ids::MeetingId;
use crate::partners::{docket, meeting, partner};
use crate::store::Store;
use crate::validate::{Problem, ValidationError};
use chrono::NaiveDate;

/// The request for the meeting on `held_on`: refused, naming the field,
/// when the meeting is not held that day or nobody is on its docket.
pub fn request_for(
    store: &Store,
    meeting_id: MeetingId,
    held_on: NaiveDate,
) -> Result<ExportRequest> {
    let conn = store.conn();
    let found = meeting::fetch(conn, meeting_id)?;
    found.require_held_on("held_on", held_on)?;
    let on_docket = docket::of(conn, meeting_id, held_on)?;
    if on_docket.is_empty() {
        return Err(ValidationError::new("participants", Problem::Required).into());
    }
    let partner = partner::fetch(conn, found.partner_id)?;
    let (from, to) = found.period_for(held_on);
    Ok(ExportRequest {
        participants: Some(on_docket),
        meeting: Some(MeetingAt {
            id: meeting_id,
            held_on,
        }),
        ..ExportRequest::new(partner.name, from, to)
    })
}

/// What the meeting's export would hold.
pub fn preview(
    store: &mut Store,
    meeting_id: MeetingId,
    held_on: NaiveDate,
) -> Result<ExportPreview> {
    let request = request_for(store, meeting_id, held_on)?;
    super::preview(store, &request)
}

/// Writes the meeting's export and records its disclosure, linked to the
/// meeting.
pub fn write(
    store: &mut Store,
    meeting_id: MeetingId,
    held_on: NaiveDate,
    output: &ExportOutput<'_>,
) -> Result<DisclosureRecord> {
    let request = request_for(store, meeting_id, held_on)?;
    super::write(store, &request, output)
}
