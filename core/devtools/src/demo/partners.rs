//! The organisations the demo program works with: each consent recipient
//! as a partner with its people and hand-over, a data-sharing agreement
//! with the court, and the case conferences the peer prepares for. None of
//! it draws on the random stream, so the rest of the demo is what it was
//! before partners existed.

use super::words::RECIPIENTS;
use crate::domain::consent::ConsentCategory;
use crate::domain::group::Weekday;
use crate::error::Result;
use crate::ids::{MeetingId, ParticipantId};
use crate::time::Timestamp;
use chrono::{Duration, NaiveDate, NaiveTime};
use peerlog_core::partners::agreement::{self, AgreementInput};
use peerlog_core::partners::docket;
use peerlog_core::partners::meeting::{self, MeetingInput};
use peerlog_core::partners::partner::{self, Attendee, PartnerInput, PartnerType};
use rusqlite::Connection;

/// The partners, the court's agreement and both meetings. Returns the
/// court's meeting, whose next docket [`docket`] fills once the
/// participants' consents exist.
pub fn load(tx: &Connection, today: NaiveDate, now: Timestamp) -> Result<MeetingId> {
    let people = |list: &[(&str, &str)]| -> Vec<Attendee> {
        list.iter()
            .map(|(name, role)| Attendee {
                name: name.to_string(),
                role: Some(role.to_string()),
            })
            .collect()
    };
    let court = partner::insert(
        tx,
        &PartnerInput {
            name: RECIPIENTS[0].into(),
            partner_type: PartnerType::Court,
            attendees: people(&[
                ("Judge Demo Hollis", "Presiding judge"),
                ("Casey Demo", "Court coordinator"),
            ]),
            handover: Some("Printed packet, handed to the coordinator before staffing".into()),
        }
        .checked()?,
        now,
    )?;
    let sheriff = partner::insert(
        tx,
        &PartnerInput {
            name: RECIPIENTS[1].into(),
            partner_type: PartnerType::Sheriff,
            attendees: people(&[("Sergeant Demo Price", "Reentry coordinator")]),
            handover: Some("The sheriff's secure upload".into()),
        }
        .checked()?,
        now,
    )?;
    partner::insert(
        tx,
        &PartnerInput {
            name: RECIPIENTS[2].into(),
            partner_type: PartnerType::BehavioralHealth,
            attendees: Vec::new(),
            handover: None,
        }
        .checked()?,
        now,
    )?;
    agreement::insert(
        tx,
        &AgreementInput {
            partner_id: court.id,
            title: "Treatment court MOU".into(),
            purpose: "Progress reports at the weekly treatment court staffing".into(),
            // Everything the demo's consents name, so exports read as before.
            categories: ConsentCategory::ALL.to_vec(),
            effective_on: today - Duration::days(180),
            expires_on: today + Duration::days(185),
        }
        .checked()?,
        None,
        now,
    )?;
    let staffing = meeting::insert(
        tx,
        &MeetingInput {
            partner_id: court.id,
            name: "Treatment court staffing".into(),
            weekday: Weekday::Tuesday,
            time: NaiveTime::from_hms_opt(9, 0, 0).expect("a time"),
            every_weeks: 1,
            starts_on: today - Duration::days(180),
        }
        .checked()?,
        now,
    )?;
    meeting::insert(
        tx,
        &MeetingInput {
            partner_id: sheriff.id,
            name: "Reentry case conference".into(),
            weekday: Weekday::Thursday,
            time: NaiveTime::from_hms_opt(14, 0, 0).expect("a time"),
            every_weeks: 2,
            starts_on: today - Duration::days(180),
        }
        .checked()?,
        now,
    )?;
    Ok(staffing.id)
}

/// The next staffing's docket: the first few the rules offer.
pub fn docket(tx: &Connection, staffing: MeetingId, today: NaiveDate) -> Result<()> {
    let meeting = meeting::fetch(tx, staffing)?;
    let offered: Vec<ParticipantId> = docket::offered(tx, &meeting, today)?
        .into_iter()
        .take(6)
        .map(|o| o.participant_id)
        .collect();
    docket::put(tx, staffing, meeting.next_on(today), &offered, today)?;
    Ok(())
}
