//! The program report: de-identified counts for a period, checked against a
//! caseload built to known numbers, and checked for carrying no names, ids
//! or notes in either format.

use crate::export_support;

use crate::export_support::*;
use chrono::Duration;
use peerlog_core::audit::{self, AuditAction};
use peerlog_core::domain::contact::{self, ContactInput, ContactMode, Service};
use peerlog_core::domain::group::{self, AttendanceMark, AttendanceStatus, SessionInput};
use peerlog_core::domain::participant::{self, Participant, ParticipantInput, ParticipantStatus};
use peerlog_core::domain::referral::{self, ReferralInput, ReferralOutcome, ResourceType};
use peerlog_core::domain::wellness::{self, CheckInInput, WellnessScores};
use peerlog_core::report::{self, ReportFormat};
use peerlog_core::time::today;

fn someone(
    s: &mut Scratch,
    n: usize,
    status: ParticipantStatus,
    intake_days_ago: i64,
) -> Participant {
    participant::create(
        s.peerlog.store_mut(),
        ParticipantInput {
            external_id: format!("PX-{n:03}"),
            first_name: Some(format!("Given{n}")),
            last_name: Some(format!("Family{n}")),
            status,
            intake_date: Some(days_ago(intake_days_ago)),
            ..ParticipantInput::default()
        },
    )
    .unwrap()
}

fn contact(
    s: &mut Scratch,
    p: &Participant,
    days: i64,
    minutes: u32,
    mode: ContactMode,
    services: Vec<Service>,
) {
    contact::create(
        s.peerlog.store_mut(),
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(days_ago(days), 10),
            duration_minutes: minutes,
            mode,
            setting: None,
            services,
            dimensions: vec![],
            narrative: format!("Went well. {}", canary("Narr", 0)),
            follow_up: None,
        },
    )
    .unwrap();
}

fn checkin(s: &mut Scratch, p: &Participant, days: i64, rating: u8, barc: u8) {
    wellness::record(
        s.peerlog.store_mut(),
        CheckInInput {
            participant_id: p.id,
            occurred_at: at(days_ago(days), 12),
            scores: WellnessScores {
                emotional: rating,
                environmental: rating,
                financial: rating,
                intellectual: rating,
                occupational: rating,
                physical: rating,
                social: rating,
                spiritual: rating,
            },
            barc10: Some(vec![barc; 10]),
            note: Some(canary("CheckNote", 0)),
        },
    )
    .unwrap();
}

/// A caseload with known totals for the last 30 days.
fn caseload() -> Scratch {
    let mut s = scratch();
    let one = someone(&mut s, 1, ParticipantStatus::Active, 10);
    let two = someone(&mut s, 2, ParticipantStatus::Completed, 200);
    let _three = someone(&mut s, 3, ParticipantStatus::Active, 300);
    contact(
        &mut s,
        &one,
        5,
        20,
        ContactMode::Phone,
        vec![Service::CheckIn],
    );
    contact(
        &mut s,
        &one,
        4,
        50,
        ContactMode::InPerson,
        vec![Service::CheckIn, Service::Transportation],
    );
    contact(
        &mut s,
        &one,
        45,
        60,
        ContactMode::InPerson,
        vec![Service::CheckIn],
    ); // before the period
    contact(
        &mut s,
        &two,
        3,
        122,
        ContactMode::Court,
        vec![Service::CourtAccompaniment],
    );
    let g = group(&mut s);
    let session = group::add_session(
        s.peerlog.store_mut(),
        SessionInput {
            group_id: g,
            held_on: days_ago(6),
            topic: None,
            note: None,
        },
    )
    .unwrap();
    group::record_attendance(
        s.peerlog.store_mut(),
        session.id,
        vec![
            AttendanceMark {
                participant_id: one.id,
                status: AttendanceStatus::Present,
            },
            AttendanceMark {
                participant_id: two.id,
                status: AttendanceStatus::Absent,
            },
        ],
    )
    .unwrap();
    let made = referral::create(
        s.peerlog.store_mut(),
        ReferralInput {
            participant_id: one.id,
            resource_type: ResourceType::Housing,
            resource_name: format!("Shelter {}", canary("Refr", 0)),
            referred_on: days_ago(8),
            note: None,
        },
    )
    .unwrap();
    referral::set_outcome(
        s.peerlog.store_mut(),
        made.id,
        ReferralOutcome::Connected,
        Some(days_ago(2)),
    )
    .unwrap();
    referral::create(
        s.peerlog.store_mut(),
        ReferralInput {
            participant_id: two.id,
            resource_type: ResourceType::Employment,
            resource_name: "Job center".into(),
            referred_on: days_ago(7),
            note: None,
        },
    )
    .unwrap();
    checkin(&mut s, &one, 20, 2, 3);
    checkin(&mut s, &one, 2, 3, 4);
    checkin(&mut s, &two, 2, 4, 5);
    export_support::private_only(&mut s, &one, 0);
    s
}

#[test]
fn the_counts_match_a_caseload_built_to_known_numbers() {
    let s = caseload();
    let r = report::program_report(s.peerlog.store(), days_ago(30), today()).unwrap();
    assert_eq!(r.participants.served, 2);
    assert_eq!(r.participants.new, 1);
    assert_eq!(r.participants.completed, 1);
    assert_eq!(r.contacts.contacts, 3);
    assert_eq!(r.contacts.minutes, 20 + 50 + 122);
    // H0038 units per contact: 20 min → 1, 50 → 3, 122 → 8.
    assert_eq!(r.contacts.units, 12);
    assert_eq!(r.contacts.participants_contacted, 2);
    let modes: Vec<(ContactMode, u32)> = r
        .contacts
        .by_mode
        .iter()
        .map(|m| (m.mode, m.contacts))
        .collect();
    assert_eq!(
        modes,
        vec![
            (ContactMode::InPerson, 1),
            (ContactMode::Phone, 1),
            (ContactMode::Court, 1)
        ]
    );
    let check_ins = r
        .contacts
        .by_service
        .iter()
        .find(|x| x.service == Service::CheckIn)
        .unwrap();
    assert_eq!(check_ins.contacts, 2);
    assert_eq!(r.groups.sessions_held, 1);
    assert_eq!((r.groups.present, r.groups.absent), (1, 1));
    assert_eq!(r.groups.attendance_rate_percent, Some(50));
    assert_eq!(r.groups.distinct_attendees, 1);
    assert_eq!(
        (r.referrals.made, r.referrals.connected, r.referrals.pending),
        (2, 1, 1)
    );
    assert_eq!(r.wellness.measured, 2);
    assert_eq!(r.wellness.measured_twice, 1);
    assert_eq!(r.wellness.mean_change, Some(1.0));
    assert_eq!(r.wellness.improved, 1);
    assert_eq!(r.barc10.mean_first, Some(30.0));
    assert_eq!(r.barc10.mean_latest, Some(40.0));
    assert_eq!(r.barc10.mean_change, Some(10.0));
    assert_eq!(
        r.barc10_at_or_above_cutoff, 1,
        "the one measured once has 50"
    );

    // A narrower period leaves the earlier records out.
    let r = report::program_report(s.peerlog.store(), days_ago(4), today()).unwrap();
    assert_eq!(r.contacts.contacts, 2);
    assert_eq!(r.groups.sessions_held, 0);
    assert_eq!(r.groups.attendance_rate_percent, None);
}

#[test]
fn both_formats_carry_no_names_ids_or_notes() {
    let mut s = caseload();
    let csv = s.out("report.csv");
    let written = report::write(
        s.peerlog.store_mut(),
        days_ago(30),
        today(),
        ReportFormat::Csv,
        peerlog_core::i18n::Language::English,
        &csv,
        false,
    )
    .unwrap();
    let text = String::from_utf8(std::fs::read(&csv).unwrap()).unwrap();
    assert_eq!(written.sha256, sha256_hex(text.as_bytes()));
    assert!(text.contains("participants,served,2"));
    assert!(
        text.contains("contacts,\"units (15 minutes, H0038)\",12"),
        "{text}"
    );
    let pdf = s.out("report.pdf");
    report::write(
        s.peerlog.store_mut(),
        days_ago(30),
        today(),
        ReportFormat::Pdf,
        peerlog_core::i18n::Language::English,
        &pdf,
        false,
    )
    .unwrap();
    let pages = pdf_pages(&pdf);
    let pdf_text = pages.concat();
    assert!(squash(&pdf_text).contains("Served 2"), "{pdf_text}");
    for output in [&text, &pdf_text] {
        for n in 1..=3 {
            assert!(!output.contains(&format!("PX-00{n}")));
            assert!(
                !output.contains(&format!("Given{n}")) && !output.contains(&format!("Family{n}"))
            );
        }
        for kind in ["Narr", "Refr", "CheckNote", "Bound", "Self"] {
            assert!(!output.contains(&canary(kind, 0)), "{kind}");
        }
        assert!(!output.contains("Job center"), "resource names stay out");
    }
    assert_eq!(
        audit::count(s.peerlog.store(), AuditAction::Exported).unwrap(),
        2
    );
    // Reports are de-identified: no disclosure is recorded for them.
    assert!(
        peerlog_core::export::disclosures::list(s.peerlog.store(), None)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let s = caseload();
    let err = report::program_report(s.peerlog.store(), today(), today() - Duration::days(1))
        .unwrap_err();
    assert_eq!(err.code(), "invalid.to");
}

#[test]
fn the_report_pdf_speaks_spanish_and_its_csv_stays_english() {
    let mut s = caseload();
    let write = |s: &mut Scratch, format, language, name: &str| {
        let path = s.out(name);
        report::write(
            s.peerlog.store_mut(),
            days_ago(30),
            today(),
            format,
            language,
            &path,
            false,
        )
        .unwrap();
        path
    };
    use peerlog_core::i18n::Language;
    let pdf = write(&mut s, ReportFormat::Pdf, Language::Spanish, "informe.pdf");
    // poppler's reader, not ours.
    let text = pdf_pages(&pdf).concat();
    for spanish in [
        "Informe del programa",
        "Medida",
        "Participantes",
        "Atendidos 2",
    ] {
        assert!(squash(&text).contains(spanish), "{spanish} in {text}");
    }
    for english in ["Program report", "Measure", "De-identified counts"] {
        assert!(!text.contains(english), "{english} left in {text}");
    }
    let csv_es = write(&mut s, ReportFormat::Csv, Language::Spanish, "informe.csv");
    let csv_en = write(&mut s, ReportFormat::Csv, Language::English, "report.csv");
    assert_eq!(
        std::fs::read(&csv_es).unwrap(),
        std::fs::read(&csv_en).unwrap(),
        "programs read the CSV's columns: its words are English in every language"
    );
}
