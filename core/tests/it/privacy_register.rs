//! The privacy officer's register: an incident brought up to date as it
//! is worked, and both registers printed for an audit, as a PDF a reader
//! (poppler's pdftotext) takes in either language and as CSV, never
//! naming a participant beyond the case id.

use crate::common::{refused, row_counts_in};
use crate::export_support::*;
use peerlog_core::audit::{self, AuditAction};
use peerlog_core::domain::consent::ConsentCategory::*;
use peerlog_core::i18n::Language;
use peerlog_core::ids::IncidentId;
use peerlog_core::partners::incident::{self, IncidentInput, IncidentStatus};
use peerlog_core::partners::partner;
use peerlog_core::partners::restriction::{self, RestrictionDecision, RestrictionInput};
use peerlog_core::privacy_register::{self, Printing, Register};
use peerlog_core::report::ReportFormat;
use peerlog_core::Error;

fn logged(s: &mut Scratch) -> incident::Incident {
    incident::create(
        s.peerlog.store_mut(),
        IncidentInput {
            summary: "Packet emailed to the wrong inbox".into(),
            happened_on: days_ago(5),
            discovered_on: days_ago(3),
            notified: None,
            notified_on: None,
            status: IncidentStatus::Open,
        },
    )
    .unwrap()
}

#[test]
fn an_incident_is_brought_up_to_date_and_a_bad_update_changes_nothing() {
    let mut s = scratch();
    let open = logged(&mut s);
    let told = IncidentInput {
        summary: open.summary.clone(),
        happened_on: open.happened_on,
        discovered_on: open.discovered_on,
        notified: Some("Privacy officer; the partner".into()),
        notified_on: Some(days_ago(2)),
        status: IncidentStatus::Notified,
    };
    let before = row_counts_in(s.peerlog.store());
    refused(
        incident::update(
            s.peerlog.store_mut(),
            open.id,
            IncidentInput {
                notified_on: Some(days_ago(4)),
                ..told.clone()
            },
        ),
        "notified_on",
        "out_of_order",
    );
    assert_eq!(row_counts_in(s.peerlog.store()), before);
    assert_eq!(
        incident::fetch(s.peerlog.store().conn(), open.id).unwrap(),
        open
    );
    assert!(matches!(
        incident::update(s.peerlog.store_mut(), IncidentId::new(), told.clone()),
        Err(Error::NotFound("incident"))
    ));

    let updated = incident::update(s.peerlog.store_mut(), open.id, told).unwrap();
    assert_eq!(updated.status, IncidentStatus::Notified);
    assert_eq!(updated.notified_on, Some(days_ago(2)));
    assert_eq!(updated.created_at, open.created_at);
    assert_eq!(incident::list(s.peerlog.store()).unwrap(), vec![updated]);
}

fn printed(
    s: &mut Scratch,
    register: Register,
    format: ReportFormat,
    language: Language,
) -> std::path::PathBuf {
    let path = s.out(&format!("{register:?}-{language:?}.{}", format.code()));
    privacy_register::write(
        s.peerlog.store_mut(),
        Printing {
            register,
            format,
            language,
        },
        &path,
        false,
    )
    .unwrap();
    path
}

#[test]
fn both_registers_print_as_pdf_in_either_language_naming_participants_by_case_id_only() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let q = person(&mut s, 2);
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[Attendance, Wellness],
        days_ago(60),
        None,
    );
    let court = partner::find(s.peerlog.store().conn(), RECIPIENT)
        .unwrap()
        .unwrap();
    let asked = restriction::create(
        s.peerlog.store_mut(),
        RestrictionInput {
            participant_id: p.id,
            partner_id: Some(court.id),
            categories: vec![Wellness],
            requested_on: days_ago(4),
        },
    )
    .unwrap();
    restriction::decide(
        s.peerlog.store_mut(),
        asked.id,
        RestrictionDecision::Accepted,
        Some(days_ago(3)),
        "Privacy officer",
    )
    .unwrap();
    restriction::create(
        s.peerlog.store_mut(),
        RestrictionInput {
            participant_id: q.id,
            partner_id: None,
            categories: vec![Attendance],
            requested_on: days_ago(1),
        },
    )
    .unwrap();
    logged(&mut s);

    let spanish = pdf_pages(&printed(
        &mut s,
        Register::Restrictions,
        ReportFormat::Pdf,
        Language::Spanish,
    ))
    .join("\n");
    for expected in [
        "Solicitudes de restricción",
        "PX-001",
        "PX-002",
        // The partner's whole name wraps in its column.
        "Circuit Court",
        "todas las organizaciones",
        "Aceptada",
        "Privacy officer",
        "Sin decidir",
        "2 solicitudes",
    ] {
        assert!(
            spanish.contains(expected),
            "{expected:?} missing from:\n{spanish}"
        );
    }
    let english = pdf_pages(&printed(
        &mut s,
        Register::Incidents,
        ReportFormat::Pdf,
        Language::English,
    ))
    .join("\n");
    for expected in [
        "Incident log",
        "Packet emailed to the wrong inbox",
        "Who was told",
        "Open",
        "one incident",
    ] {
        assert!(
            english.contains(expected),
            "{expected:?} missing from:\n{english}"
        );
    }
    for text in [&spanish, &english] {
        for name in ["Given1", "Family1", "Given2", "Family2"] {
            assert!(!text.contains(name), "a register names a participant");
        }
    }
    let csv = std::fs::read_to_string(printed(
        &mut s,
        Register::Restrictions,
        ReportFormat::Csv,
        Language::Spanish,
    ))
    .unwrap();
    assert!(
        csv.contains(",all,attendance,") && csv.contains(",accepted,"),
        "{csv}"
    );

    let exported: Vec<String> = audit::recent(s.peerlog.store(), 10)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == AuditAction::Exported)
        .map(|e| e.detail)
        .collect();
    assert!(
        exported
            .iter()
            .any(|d| d == "restriction register, 2 lines, pdf"),
        "{exported:?}"
    );
    assert!(
        exported.iter().any(|d| d == "incident log, 1 lines, pdf"),
        "{exported:?}"
    );
}
