//! Partners from the CLI (issue 15): consents to two spellings of one court
//! land on one partner and a look-alike is resolved once; an ended
//! agreement blocks the export (exit 4); a meeting's docket and its export,
//! whose PDF names the meeting and carries the notice; restriction requests
//! and the incident log. Bad input exits 4 naming the field.

use crate::common::*;
use chrono::{Duration, NaiveDate};

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn day(offset: i64) -> String {
    (today() + Duration::days(offset)).to_string()
}

/// Two participants, each with a consent to a spelling of one court.
fn with_court(f: &Folder) {
    f.init();
    let people = f.file(
        "participants.csv",
        "external_id,first_name,last_name,intake_date\n\
PX-1,Orrin,Quaylesworth,2026-01-05\n\
PX-2,Tamsin,Vellacourt,2026-01-06\n",
    );
    f.ok(&["import", "participants", path(&people)]);
    for (who, recipient) in [("PX-1", "Treatment Court"), ("PX-2", "  treatment COURT ")] {
        f.ok(&[
            "consent",
            "add",
            "--participant",
            who,
            "--recipient",
            recipient,
            "--purpose",
            "Case conference",
            "--categories",
            "attendance,contact-summaries",
            "--from",
            &day(-100),
            "--until",
            &day(300),
        ]);
    }
}

#[test]
fn two_spellings_are_one_partner_and_a_look_alike_is_resolved_once() {
    let f = Folder::new();
    with_court(&f);
    let list = f.ok(&["partner", "list"]);
    assert_eq!(
        list.lines().count(),
        2,
        "the heading and one partner: {list}"
    );
    f.ok(&[
        "consent",
        "add",
        "--participant",
        "PX-1",
        "--recipient",
        "Treatment C\u{043E}urt",
        "--purpose",
        "Case conference",
        "--categories",
        "attendance",
        "--from",
        &day(-10),
        "--until",
        &day(300),
    ]);
    let flagged = f.ok(&["partner", "resolve"]);
    assert!(
        flagged.contains("Treatment C\\u{43e}urt"),
        "the Cyrillic letter is shown: {flagged}"
    );
    f.ok(&[
        "partner",
        "resolve",
        "--merge",
        "Treatment C\u{043E}urt",
        "--into",
        "Treatment Court",
    ]);
    assert!(f
        .ok(&["partner", "resolve"])
        .contains("No partner names look alike"));
    assert_eq!(f.ok(&["partner", "list"]).lines().count(), 2);
    assert_failure(
        &f.run(&["partner", "add", "--name", "Probation", "--type", "jail"]),
        4,
        "Partner type",
    );
    f.ok(&[
        "partner",
        "add",
        "--name",
        "County Probation",
        "--type",
        "probation",
        "--attendee",
        "Officer on duty:Probation officer",
        "--handover",
        "In person at the meeting",
    ]);
    assert!(f
        .ok(&["partner", "list"])
        .contains("Officer on duty (Probation officer)"));
}

#[test]
fn an_ended_agreement_blocks_the_export_and_a_meeting_exports_its_docket() {
    let f = Folder::new();
    with_court(&f);
    f.ok(&[
        "agreement",
        "add",
        "--partner",
        "treatment court",
        "--title",
        "MOU 2025",
        "--purpose",
        "Case conferences",
        "--categories",
        "attendance,contact-summaries",
        "--effective-on",
        &day(-400),
        "--expires-on",
        &day(-1),
    ]);
    let pdf = f.temp.path().join("blocked.pdf");
    assert_failure(
        &f.run(&[
            "export",
            "--recipient",
            "Treatment Court",
            "--from",
            &day(-30),
            "--to",
            &day(0),
            "--format",
            "pdf",
            "--out",
            path(&pdf),
        ]),
        4,
        "MOU 2025",
    );
    assert!(!pdf.exists());
    assert_failure(
        &f.run(&[
            "agreement",
            "add",
            "--partner",
            "Treatment Court",
            "--title",
            "MOU 2026",
            "--purpose",
            "Case conferences",
            "--categories",
            "attendance",
            "--effective-on",
            &day(0),
            "--expires-on",
            &day(-5),
        ]),
        4,
        "Expires on",
    );
    f.ok(&[
        "agreement",
        "add",
        "--partner",
        "Treatment Court",
        "--title",
        "MOU 2026",
        "--purpose",
        "Case conferences",
        "--categories",
        "attendance",
        "--effective-on",
        &day(0),
        "--expires-on",
        &day(20),
    ]);
    assert!(f
        .ok(&["agreement", "list"])
        .contains("in force, ends in 20 days"));

    // Held on today's weekday: "Friday" is a weekday's label.
    let weekday = today().format("%A").to_string();
    f.ok(&[
        "meeting",
        "add",
        "--partner",
        "Treatment Court",
        "--name",
        "Treatment court staffing",
        "--weekday",
        &weekday,
        "--time",
        "09:00",
        "--starts-on",
        &day(-35),
    ]);
    let list = f.ok(&["meeting", "list"]);
    let row = list.lines().nth(1).unwrap();
    assert!(row.contains(&day(0)), "held today: {list}");
    let id = row.split_whitespace().next().unwrap().to_string();
    let out = f.temp.path().join("meeting.pdf");
    let export = |f: &Folder| {
        f.run(&[
            "meeting",
            "export",
            "--meeting",
            &id,
            "--on",
            &day(0),
            "--format",
            "pdf",
            "--out",
            path(&out),
        ])
    };
    assert_failure(&export(&f), 4, "Participants");
    f.ok(&[
        "meeting",
        "docket",
        "--meeting",
        &id,
        "--on",
        &day(0),
        "--participants",
        "PX-1",
    ]);
    let status = export(&f);
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let said = String::from_utf8_lossy(&status.stdout);
    assert!(
        said.contains(&format!("{} to {}", day(-6), day(0))),
        "{said}"
    );
    let text = pdf_text(&out);
    assert!(text.contains("Treatment court staffing"), "{text}");
    assert!(text.contains("42 CFR part 2"), "{text}");
    assert!(!text.contains("Vellacourt"), "only the docket");
    let decided = f.ok(&[
        "meeting",
        "decide",
        "--meeting",
        &id,
        "--on",
        &day(0),
        "--participant",
        "PX-1",
        "--text",
        "Move to phase two",
        "--follow-up",
        "Bring the phase two form",
        "--due-on",
        &day(7),
    ]);
    assert!(
        decided.contains(&format!("follow-up due {} opened", day(7))),
        "{decided}"
    );
    assert_failure(
        &f.run(&[
            "meeting",
            "decide",
            "--meeting",
            &id,
            "--on",
            &day(0),
            "--participant",
            "PX-2",
            "--text",
            "Not on the docket",
        ]),
        4,
        "Participant",
    );
}

#[test]
fn restriction_requests_and_incidents_are_kept_and_refused_naming_the_field() {
    let f = Folder::new();
    with_court(&f);
    let out = f.ok(&[
        "restriction",
        "add",
        "--participant",
        "PX-1",
        "--partner",
        "Treatment Court",
        "--categories",
        "contact-summaries",
        "--requested-on",
        &day(-2),
    ]);
    let id = out
        .split('(')
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .to_string();
    assert!(f.ok(&["restriction", "list"]).contains("pending"));
    f.ok(&[
        "restriction",
        "decide",
        "--restriction",
        &id,
        "--decision",
        "accepted",
        "--by",
        "Privacy officer",
    ]);
    assert!(f.ok(&["restriction", "list"]).contains("accepted"));
    assert_failure(
        &f.run(&[
            "restriction",
            "decide",
            "--restriction",
            &id,
            "--decision",
            "refused",
            "--by",
            "Privacy officer",
        ]),
        4,
        "Decision",
    );
    assert_failure(
        &f.run(&[
            "incident",
            "add",
            "--summary",
            "Laptop left unlocked",
            "--happened-on",
            &day(-1),
            "--discovered-on",
            &day(-3),
        ]),
        4,
        "Discovered on",
    );
    f.ok(&[
        "incident",
        "add",
        "--summary",
        "Packet sent to the wrong inbox",
        "--happened-on",
        &day(-3),
        "--discovered-on",
        &day(-1),
        "--notified",
        "Privacy officer",
        "--notified-on",
        &day(0),
        "--status",
        "notified",
    ]);
    let list = f.ok(&["incident", "list"]);
    assert!(
        list.contains("Packet sent to the wrong inbox") && list.contains("notified"),
        "{list}"
    );
}

#[test]
fn an_agreements_document_saves_out_an_incident_is_updated_and_both_registers_print_as_pdf() {
    let f = Folder::new();
    with_court(&f);
    let signed = f.file("mou.pdf", "%PDF-1.7\n%signed memorandum\n");
    f.ok(&[
        "agreement",
        "add",
        "--partner",
        "Treatment Court",
        "--title",
        "MOU 2026",
        "--purpose",
        "Case conferences",
        "--categories",
        "attendance",
        "--effective-on",
        &day(-10),
        "--expires-on",
        &day(200),
        "--document",
        path(&signed),
    ]);
    let list = f.ok(&["agreement", "list"]);
    let id = list
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let copy = f.temp.path().join("copy.pdf");
    f.ok(&[
        "agreement",
        "document",
        "--agreement",
        &id,
        "--out",
        path(&copy),
    ]);
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&signed).unwrap()
    );
    assert_failure(
        &f.run(&[
            "agreement",
            "document",
            "--agreement",
            "zzzzzzzz",
            "--out",
            path(&copy),
            "--force",
        ]),
        4,
        "Agreement",
    );

    let logged = f.ok(&[
        "incident",
        "add",
        "--summary",
        "Laptop left unlocked in the court lobby",
        "--happened-on",
        &day(-4),
        "--discovered-on",
        &day(-2),
    ]);
    let incident = logged
        .split('(')
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .to_string();
    assert_failure(
        &f.run(&[
            "incident",
            "update",
            "--incident",
            &incident,
            "--notified-on",
            &day(-3),
        ]),
        4,
        "Notified on",
    );
    f.ok(&[
        "incident",
        "update",
        "--incident",
        &incident,
        "--notified",
        "Privacy officer",
        "--notified-on",
        &day(-1),
        "--status",
        "notified",
    ]);
    let list = f.ok(&["incident", "list"]);
    assert!(
        list.contains("Privacy officer") && list.contains("notified"),
        "{list}"
    );

    let register = f.temp.path().join("incidents.pdf");
    f.ok(&[
        "--lang",
        "es",
        "incident",
        "print",
        "--format",
        "pdf",
        "--out",
        path(&register),
    ]);
    let text = pdf_text(&register);
    assert!(
        text.contains("Registro de incidentes")
            && text.contains("Laptop left unlocked")
            && text.contains("Notificado"),
        "{text}"
    );
    let restrictions = f.temp.path().join("restrictions.pdf");
    f.ok(&[
        "restriction",
        "print",
        "--format",
        "pdf",
        "--out",
        path(&restrictions),
    ]);
    assert!(pdf_text(&restrictions).contains("No restriction requests have been recorded."));
}
