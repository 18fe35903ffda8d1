//! Payers in the store: units follow the participant's payer wherever a
//! contact is read and in what an export holds; a participant without one
//! is counted by the standard midpoint rule.

use crate::export_support::*;
use peerlog_core::billing::{payers, PayerProfile};
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::contact::{self, ContactInput, ContactMode};
use peerlog_core::domain::participant::Participant;
use peerlog_core::export::{self, ExportRequest};
use peerlog_core::time::today;

/// A 14-minute phone call: one unit by the midpoint rule, none under a
/// payer that counts only whole units.
fn short_call(s: &mut Scratch, p: &Participant) -> contact::Contact {
    contact::create(
        s.peerlog.store_mut(),
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(days_ago(3), 9),
            duration_minutes: 14,
            mode: ContactMode::Phone,
            setting: None,
            services: vec![],
            dimensions: vec![],
            narrative: String::new(),
            follow_up: None,
        },
    )
    .unwrap()
}

#[test]
fn units_follow_the_participants_payer_wherever_a_contact_is_read() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let call = short_call(&mut s, &p);
    assert_eq!(call.units, 1, "no payer: the midpoint rule");

    payers::add(s.peerlog.store_mut(), preset("michigan_medicaid")).unwrap();
    payers::assign(s.peerlog.store_mut(), p.id, Some("michigan medicaid")).unwrap();
    assert_eq!(contact::get(s.peerlog.store(), call.id).unwrap().units, 0);
    assert_eq!(
        contact::list_for(s.peerlog.store(), p.id).unwrap()[0].units,
        0
    );
    assert_eq!(short_call(&mut s, &p).units, 0, "a new contact too");

    payers::assign(s.peerlog.store_mut(), p.id, None).unwrap();
    assert_eq!(contact::get(s.peerlog.store(), call.id).unwrap().units, 1);
}

#[test]
fn an_export_counts_units_by_each_participants_payer() {
    let mut s = scratch();
    let michigan = person(&mut s, 1);
    let standard = person(&mut s, 2);
    payers::add(s.peerlog.store_mut(), preset("michigan_medicaid")).unwrap();
    payers::assign(
        s.peerlog.store_mut(),
        michigan.id,
        Some("Michigan Medicaid"),
    )
    .unwrap();
    for p in [&michigan, &standard] {
        short_call(&mut s, p);
        consent_for(
            &mut s,
            p,
            RECIPIENT,
            &[ConsentCategory::ContactSummaries],
            days_ago(30),
            None,
        );
    }
    let request = ExportRequest::new(RECIPIENT, days_ago(30), today());
    let preview = export::preview(s.peerlog.store_mut(), &request).unwrap();
    let units_of = |external_id: &str| {
        let section = preview
            .content
            .participants
            .iter()
            .find(|section| section.external_id == external_id)
            .unwrap();
        (
            section.engagement.as_ref().unwrap().units,
            section.contacts.as_ref().unwrap()[0].units,
        )
    };
    assert_eq!(units_of(&michigan.external_id), (0, Some(0)));
    assert_eq!(units_of(&standard.external_id), (1, Some(1)));
}

#[test]
fn a_payer_is_refused_by_the_field_at_fault_and_names_are_unique() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    payers::add(s.peerlog.store_mut(), preset("virginia_medicaid")).unwrap();
    let err = payers::add(s.peerlog.store_mut(), preset("virginia_medicaid")).unwrap_err();
    assert_eq!(err.code(), "invalid.name");
    let err = payers::add(
        s.peerlog.store_mut(),
        PayerProfile {
            daily_unit_cap: Some(0),
            ..PayerProfile::new("Zero cap")
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid.daily_unit_cap");
    let err = payers::assign(s.peerlog.store_mut(), p.id, Some("Nobody")).unwrap_err();
    assert_eq!(err.code(), "invalid.payer");
    let names: Vec<String> = payers::list(s.peerlog.store())
        .unwrap()
        .into_iter()
        .map(|payer| payer.rules.name)
        .collect();
    assert_eq!(names, ["Virginia Medicaid"]);
}
