//! The billing log: each check fires on a case made for it (an unsigned
//! note, a day over the cap across two notes, a group over the size limit,
//! a payer that needs a plan goal), lines follow each payer's rules, and
//! the PDF reads right in poppler's pdftotext. No narrative ever appears.

use crate::export_support::*;
use chrono::Datelike;
use peerlog_core::billing::log::CheckKind;
use peerlog_core::billing::{payers, PayerProfile};
use peerlog_core::billing_log::{self, BillingRequest};
use peerlog_core::domain::contact::{self, Contact, ContactInput, ContactMode};
use peerlog_core::domain::group::{self, AttendanceMark, AttendanceStatus, SessionInput};
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::Participant;
use peerlog_core::i18n::Language;
use peerlog_core::report::ReportFormat;
use peerlog_core::settings::Signer;
use peerlog_core::time::today;

const SECRET_NARRATIVE: &str = "CanaryBillingNarrativeZq";

fn service(s: &mut Scratch, p: &Participant, days: i64, hour: u32, minutes: u32) -> Contact {
    service_on(s, p, days_ago(days), hour, minutes)
}

fn service_on(
    s: &mut Scratch,
    p: &Participant,
    date: chrono::NaiveDate,
    hour: u32,
    minutes: u32,
) -> Contact {
    contact::create(
        s.peerlog.store_mut(),
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(date, hour),
            duration_minutes: minutes,
            mode: ContactMode::InPerson,
            setting: None,
            services: vec![],
            dimensions: vec![],
            narrative: SECRET_NARRATIVE.into(),
            follow_up: None,
        },
    )
    .unwrap()
}

fn sign(s: &mut Scratch, c: &Contact) {
    let signer = Signer {
        name: "Jordan Peer".into(),
        credential: Some("CPS".into()),
    };
    note_signature::sign(s.peerlog.store_mut(), c.id, signer).unwrap();
}

fn request(format: ReportFormat) -> BillingRequest {
    BillingRequest {
        from: days_ago(20),
        to: today(),
        payer: None,
        format,
        language: Language::English,
    }
}

#[test]
fn each_check_fires_on_the_case_made_for_it() {
    let mut s = scratch();
    let capped = person(&mut s, 1);
    let unsigned = person(&mut s, 2);
    let goal_needed = person(&mut s, 3);
    payers::add(s.peerlog.store_mut(), preset("virginia_medicaid")).unwrap();
    payers::add(
        s.peerlog.store_mut(),
        PayerProfile {
            plan_goal_required: true,
            ..PayerProfile::new("Plan payer")
        },
    )
    .unwrap();
    payers::assign(s.peerlog.store_mut(), capped.id, Some("Virginia Medicaid")).unwrap();
    payers::assign(s.peerlog.store_mut(), goal_needed.id, Some("Plan payer")).unwrap();

    // Two notes on one day: 150 minutes (10 units) and 120 (8): 18 units
    // against Virginia's 16 a day, so 2 are cut from the second.
    let morning = service(&mut s, &capped, 5, 9, 150);
    let afternoon = service(&mut s, &capped, 5, 14, 120);
    sign(&mut s, &morning);
    sign(&mut s, &afternoon);
    service(&mut s, &unsigned, 4, 10, 30);
    let with_plan = service(&mut s, &goal_needed, 3, 10, 30);
    sign(&mut s, &with_plan);

    // Eleven present in one group session: over Virginia's limit of ten,
    // flagged for the member Virginia pays for.
    let group_id = group(&mut s);
    let session = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id,
            held_on: days_ago(2),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    let mut marks = vec![AttendanceMark {
        participant_id: capped.id,
        status: AttendanceStatus::Present,
    }];
    for n in 10..20 {
        let member = person(&mut s, n);
        marks.push(AttendanceMark {
            participant_id: member.id,
            status: AttendanceStatus::Present,
        });
    }
    group::record_attendance(s.peerlog.store_mut(), session.id, marks).unwrap();

    let log = billing_log::preview(s.peerlog.store(), &request(ReportFormat::Csv)).unwrap();
    let found = |kind: CheckKind| {
        log.checks
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| (c.external_id.clone(), c.date, c.amount))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found(CheckKind::OverDailyCap),
        [(capped.external_id.clone(), days_ago(5), 2)]
    );
    assert_eq!(
        found(CheckKind::Unsigned),
        [(unsigned.external_id.clone(), days_ago(4), 0)]
    );
    assert_eq!(
        found(CheckKind::NoPlanGoal),
        [(goal_needed.external_id.clone(), days_ago(3), 0)]
    );
    assert_eq!(
        found(CheckKind::GroupOverLimit),
        [(capped.external_id.clone(), days_ago(2), 11)]
    );

    // Billed: the capped day's 16 units, and the plan payer's 2; never the
    // unsigned note.
    let units: Vec<(String, u32)> = log
        .lines
        .iter()
        .map(|l| (l.external_id.clone(), l.units))
        .collect();
    assert_eq!(
        units,
        [
            (capped.external_id.clone(), 10),
            (capped.external_id.clone(), 6),
            (goal_needed.external_id.clone(), 2),
        ]
    );
    assert_eq!(log.lines[0].start, "09:00");
    assert_eq!(log.lines[0].end, "11:30");
    assert_eq!(log.lines[0].signer, "Jordan Peer, CPS");
}

#[test]
fn a_payers_own_log_holds_only_its_participants() {
    let mut s = scratch();
    let horizon = person(&mut s, 1);
    let standard = person(&mut s, 2);
    payers::add(s.peerlog.store_mut(), preset("new_jersey_horizon")).unwrap();
    payers::assign(s.peerlog.store_mut(), horizon.id, Some("Horizon NJ Health")).unwrap();
    for p in [&horizon, &standard] {
        let c = service(&mut s, p, 3, 10, 30);
        sign(&mut s, &c);
    }
    let log = billing_log::preview(
        s.peerlog.store(),
        &BillingRequest {
            payer: Some("horizon nj health".into()),
            ..request(ReportFormat::Csv)
        },
    )
    .unwrap();
    assert_eq!(log.lines.len(), 1);
    assert_eq!(log.lines[0].external_id, horizon.external_id);
    assert_eq!(log.lines[0].modifiers, ["HF"]);
}

#[test]
fn the_pdf_and_csv_hold_lines_and_checks_but_never_a_narrative() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let signed = service(&mut s, &p, 3, 10, 45);
    sign(&mut s, &signed);
    service(&mut s, &p, 2, 10, 30);

    let pdf = s.out("billing.pdf");
    billing_log::write(
        s.peerlog.store_mut(),
        &request(ReportFormat::Pdf),
        &pdf,
        false,
    )
    .unwrap();
    let text = squash(&pdf_pages(&pdf).concat());
    assert!(text.contains(&squash("Billing log")), "{text}");
    assert!(text.contains(&p.external_id), "{text}");
    assert!(text.contains(&squash("Jordan Peer, CPS")), "{text}");
    assert!(
        text.contains(&squash("Note not signed, so not billed")),
        "{text}"
    );
    assert!(!text.contains(SECRET_NARRATIVE));

    let csv = s.out("billing.csv");
    billing_log::write(
        s.peerlog.store_mut(),
        &request(ReportFormat::Csv),
        &csv,
        false,
    )
    .unwrap();
    let written = std::fs::read_to_string(&csv).unwrap();
    let mut lines = written.lines();
    assert!(lines.next().unwrap().ends_with(
        "external_id,payer,date,start,end,code,modifiers,minutes,units,signed_by,signed_at"
    ));
    let line = lines.next().unwrap();
    assert!(line.contains(",H0038,,45,3,"), "{line}");
    assert!(lines.next().is_none(), "the unsigned note is not a line");
    assert!(!written.contains(SECRET_NARRATIVE));

    // In Spanish, the PDF's words are Spanish.
    let spanish = s.out("facturacion.pdf");
    billing_log::write(
        s.peerlog.store_mut(),
        &BillingRequest {
            language: Language::Spanish,
            ..request(ReportFormat::Pdf)
        },
        &spanish,
        false,
    )
    .unwrap();
    let text = squash(&pdf_pages(&spanish).concat());
    assert!(text.contains(&squash("Registro de facturación")), "{text}");
    assert!(text.contains(&squash("Nota sin firmar")), "{text}");
}

#[test]
fn a_period_that_ends_before_it_starts_names_the_field() {
    let s = scratch();
    let err = billing_log::preview(
        s.peerlog.store(),
        &BillingRequest {
            from: today(),
            to: days_ago(3),
            ..request(ReportFormat::Csv)
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid.to");
}

/// One hour a year (four 15-minute units): what was billed since the first
/// of January before the period counts against the cap; the year before
/// does not; what is over is cut and checked, never billed.
#[test]
fn the_yearly_hours_cap_counts_the_whole_calendar_year() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    payers::add(
        s.peerlog.store_mut(),
        PayerProfile {
            yearly_hours_cap: Some(1),
            ..PayerProfile::new("Hour a year")
        },
    )
    .unwrap();
    payers::assign(s.peerlog.store_mut(), p.id, Some("Hour a year")).unwrap();
    let year = today().year() - 1;
    let on = |month, day| chrono::NaiveDate::from_ymd_opt(year, month, day).unwrap();
    let mut served = |date, minutes| {
        let c = service_on(&mut s, &p, date, 10, minutes);
        sign(&mut s, &c);
    };
    served(on(1, 1) - chrono::Duration::days(1), 60); // last year: not counted
    served(on(3, 10), 45); // 3 units, before the period
    served(on(6, 10), 30); // 2 units: 1 billed, 1 over
    served(on(6, 20), 15); // 1 unit: all over
    let log = billing_log::preview(
        s.peerlog.store(),
        &BillingRequest {
            from: on(6, 1),
            to: on(6, 30),
            ..request(ReportFormat::Csv)
        },
    )
    .unwrap();
    let units: Vec<(chrono::NaiveDate, u32)> =
        log.lines.iter().map(|l| (l.date, l.units)).collect();
    assert_eq!(units, [(on(6, 10), 1), (on(6, 20), 0)]);
    let over: Vec<(chrono::NaiveDate, u32)> = log
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::OverYearlyCap)
        .map(|c| (c.date, c.amount))
        .collect();
    assert_eq!(over, [(on(6, 10), 1), (on(6, 20), 1)]);
}
