use super::*;
use crate::domain::{contact, followup, participant};
use crate::paths::DataDir;
use crate::session::Peerlog;
use crate::testing;
use crate::time::Timestamp;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn now() -> Timestamp {
    Timestamp::parse("2026-11-23T17:00:00-05:00").unwrap()
}

fn fresh() -> (tempfile::TempDir, Peerlog) {
    let temp = tempfile::tempdir().unwrap();
    let created = testing::create(&DataDir::new(temp.path()));
    (temp, created.peerlog)
}

fn rejected(result: crate::Result<ImportSummary>) -> Vec<RowProblem> {
    match result {
        Err(crate::Error::ImportRejected(r)) => r.problems,
        other => panic!("expected a rejected file, got {other:?}"),
    }
}

fn codes(problems: &[RowProblem]) -> Vec<(u64, &str, &str)> {
    problems
        .iter()
        .map(|p| (p.line, p.field.as_str(), p.code.as_str()))
        .collect()
}

const PARTICIPANTS: &str = "\u{feff}External_ID,Last_Name,FIRST_NAME,preferred_name,pronouns,program,status,intake_date,phone,language\n\
A-100,\"Okafor, Jr.\",Sam,,they/them,Treatment court,active,2026-03-07,555-0100,English\n\
A-101,Lindqvist,Rae,Rae,she/her,Reentry,Paused,3/7/2026,,Spanish\n\
A-102,,,Moe,,,,,,\n";

#[test]
fn participants_file_with_any_heading_case_and_order_and_a_bom() {
    let (_t, mut peerlog) = fresh();
    let summary =
        import_participants(peerlog.store_mut(), PARTICIPANTS.as_bytes(), today()).unwrap();
    assert_eq!(summary.rows, 3);
    let sam = participant::find_by_external_id(peerlog.store(), "A-100")
        .unwrap()
        .unwrap();
    assert_eq!(sam.last_name.as_deref(), Some("Okafor, Jr."));
    assert_eq!(sam.first_name.as_deref(), Some("Sam"));
    assert_eq!(sam.intake_date, NaiveDate::from_ymd_opt(2026, 3, 7));
    let rae = participant::find_by_external_id(peerlog.store(), "a-101")
        .unwrap()
        .unwrap();
    assert_eq!(
        rae.intake_date,
        NaiveDate::from_ymd_opt(2026, 3, 7),
        "M/D/YYYY"
    );
    assert_eq!(rae.status.code(), "paused");
    let moe = participant::find_by_external_id(peerlog.store(), "A-102")
        .unwrap()
        .unwrap();
    assert_eq!(moe.display_name, "Moe");
    assert_eq!(moe.status.code(), "active", "blank status means active");
}

#[test]
fn only_the_external_id_column_is_required() {
    let (_t, mut peerlog) = fresh();
    let file = "first_name,external_id\nSam,A-1\n";
    assert_eq!(
        import_participants(peerlog.store_mut(), file.as_bytes(), today())
            .unwrap()
            .rows,
        1
    );
    let file = "first_name\nSam\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(codes(&problems), vec![(1, "external_id", "missing_column")]);
}

#[test]
fn an_unknown_column_is_refused_without_echoing_its_heading() {
    let (_t, mut peerlog) = fresh();
    let file = "external_id,first_name,Diagnosis\nA-1,Sam,x\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(codes(&problems), vec![(1, "heading", "unknown_column")]);
    assert!(problems[0].message.contains("column 3"));
    assert!(!problems[0].message.contains("Diagnosis"));
}

#[test]
fn a_repeated_column_is_refused() {
    let (_t, mut peerlog) = fresh();
    let file = "external_id,first_name,First_Name\nA-1,Sam,Sam\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(
        codes(&problems),
        vec![(1, "first_name", "duplicate_column")]
    );
}

#[test]
fn an_empty_file_is_refused() {
    let (_t, mut peerlog) = fresh();
    let problems = rejected(import_participants(peerlog.store_mut(), b"", today()));
    assert_eq!(codes(&problems), vec![(1, "file", "empty")]);
}

#[test]
fn every_bad_participant_row_is_listed_by_line_and_field_and_nothing_is_written() {
    let (_t, mut peerlog) = fresh();
    testing::add_participant(&mut peerlog, "TAKEN-1", "Existing", "Person");
    let audit_before = crate::audit::recent(peerlog.store(), 100).unwrap().len();
    // Line 3's quoted field spans two lines, so later rows start one line lower.
    let file = "external_id,first_name,last_name,status,intake_date,phone\n\
OK-1,Good,Row,active,2026-01-02,555-0100\n\
OK-2,\"Two\nLines\",Row,active,,\n\
BAD-1,Bad,Date,active,2026-13-01,\n\
BAD-2,Bad,Status,sleeping,,\n\
BAD-3,,,active,,\n\
OK-1,Dup,InFile,active,,\n\
taken-1,Dup,InStore,active,,\n\
BAD-4,Future,Intake,active,2027-01-01,\n\
BAD-5,Bad,Phone,active,,call me\n\
BAD-6,Too,Few\n\
,No,Id,active,,\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(
        codes(&problems),
        vec![
            (5, "intake_date", "not_a_date"),
            (6, "status", "unknown_value"),
            (7, "name", "required"),
            (8, "external_id", "duplicate"),
            (9, "external_id", "duplicate"),
            (10, "intake_date", "in_future"),
            (11, "phone", "unknown_value"),
            (12, "row", "wrong_field_count"),
            (13, "external_id", "required"),
        ]
    );
    // Messages name fields and lines, never the values.
    for problem in &problems {
        for value in ["Bad", "Dup", "sleeping", "call me", "2026-13-01", "taken-1"] {
            assert!(!problem.message.contains(value), "{problem}");
        }
    }
    assert_eq!(participant::list(peerlog.store()).unwrap().len(), 1);
    assert_eq!(
        crate::audit::recent(peerlog.store(), 100).unwrap().len(),
        audit_before
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused() {
    let (_t, mut peerlog) = fresh();
    let mut file = b"external_id,first_name\nA-1,".to_vec();
    file.extend_from_slice(&[0xC9, 0x6C, 0x6F, 0x64, 0x69, 0x65]); // Latin-1
    file.push(b'\n');
    let problems = rejected(import_participants(peerlog.store_mut(), &file, today()));
    assert_eq!(codes(&problems), vec![(2, "first_name", "not_utf8")]);
}

#[test]
fn blank_lines_are_skipped() {
    let (_t, mut peerlog) = fresh();
    let file = "external_id,first_name\r\nA-1,Sam\r\n\r\nA-2,Rae\r\n";
    assert_eq!(
        import_participants(peerlog.store_mut(), file.as_bytes(), today())
            .unwrap()
            .rows,
        2
    );
}

fn with_two_participants() -> (tempfile::TempDir, Peerlog) {
    let (t, mut peerlog) = fresh();
    testing::add_participant(&mut peerlog, "A-100", "Sam", "Okafor");
    testing::add_participant(&mut peerlog, "A-101", "Rae", "Lindqvist");
    (t, peerlog)
}

#[test]
fn contacts_file_with_services_quoted_notes_and_follow_ups() {
    let (_t, mut peerlog) = with_two_participants();
    let file = "mode,external_id,DATE,start_time,duration_minutes,setting,services,note,follow_up_date\n\
phone,A-100,2026-11-20,09:15,20,,check-in; Crisis support,\"Talked about court, and\nthe plan.\",2026-11-27\n\
In person,a-101,11/21/2026,,45,Coffee shop,transportation,,\n";
    let summary = import_contacts(peerlog.store_mut(), file.as_bytes(), now()).unwrap();
    assert_eq!(summary.rows, 2);
    let sam = participant::find_by_external_id(peerlog.store(), "A-100")
        .unwrap()
        .unwrap();
    let contacts = contact::list_for(peerlog.store(), sam.id).unwrap();
    assert_eq!(contacts.len(), 1);
    let c = &contacts[0];
    assert_eq!(c.duration_minutes, 20);
    assert_eq!(c.units, 1);
    assert_eq!(c.mode.code(), "phone");
    assert_eq!(
        c.services.iter().map(|s| s.code()).collect::<Vec<_>>(),
        vec!["check_in", "crisis_support"]
    );
    assert_eq!(c.narrative, "Talked about court, and\nthe plan.");
    assert_eq!(
        c.occurred_at.local_date(),
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    );
    assert_eq!(c.occurred_at.fixed().format("%H:%M").to_string(), "09:15");
    let follow_ups = followup::list_for(peerlog.store(), sam.id).unwrap();
    assert_eq!(follow_ups.len(), 1);
    assert_eq!(
        follow_ups[0].due_on,
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    );
    assert_eq!(follow_ups[0].contact_id, Some(c.id));

    let rae = participant::find_by_external_id(peerlog.store(), "A-101")
        .unwrap()
        .unwrap();
    let contacts = contact::list_for(peerlog.store(), rae.id).unwrap();
    assert_eq!(
        contacts[0].occurred_at.fixed().format("%H:%M").to_string(),
        "12:00",
        "no time means noon"
    );
    assert_eq!(contacts[0].setting.as_deref(), Some("Coffee shop"));
}

#[test]
fn every_bad_contact_row_is_listed_and_nothing_is_written() {
    let (_t, mut peerlog) = with_two_participants();
    let file =
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
A-100,2026-11-20,09:00,30,phone,,,fine,\n\
NOPE-1,2026-11-20,09:00,30,phone,,,,\n\
A-100,20/11/2026,09:00,30,phone,,,,\n\
A-100,2026-11-20,9am,30,phone,,,,\n\
A-100,2026-11-20,09:00,half an hour,phone,,,,\n\
A-100,2026-11-20,09:00,0,phone,,,,\n\
A-100,2026-11-20,09:00,900,phone,,,,\n\
A-100,2026-11-20,09:00,30,carrier pigeon,,,,\n\
A-100,2026-11-20,09:00,30,phone,,check-in;astrology,,\n\
A-100,2026-12-25,09:00,30,phone,,,,\n\
A-100,2026-11-20,09:00,30,phone,,,,2026-11-01\n\
A-100,2026-11-20,09:00,30,phone,,,,soon\n\
A-100,,09:00,,,,,,\n";
    let problems = rejected(import_contacts(peerlog.store_mut(), file.as_bytes(), now()));
    assert_eq!(
        codes(&problems),
        vec![
            (3, "external_id", "no_such_record"),
            (4, "date", "not_a_date"),
            (5, "start_time", "not_a_time"),
            (6, "duration_minutes", "not_a_number"),
            (7, "duration_minutes", "out_of_range"),
            (8, "duration_minutes", "out_of_range"),
            (9, "mode", "unknown_value"),
            (10, "services", "unknown_value"),
            (11, "date", "in_future"),
            (12, "follow_up_date", "out_of_order"),
            (13, "follow_up_date", "not_a_date"),
            (14, "date", "required"),
            (14, "duration_minutes", "required"),
            (14, "mode", "required"),
        ]
    );
    let sam = participant::find_by_external_id(peerlog.store(), "A-100")
        .unwrap()
        .unwrap();
    assert!(contact::list_for(peerlog.store(), sam.id)
        .unwrap()
        .is_empty());
}

#[test]
fn the_contacts_file_needs_its_required_columns() {
    let (_t, mut peerlog) = with_two_participants();
    let file = "external_id,date\nA-100,2026-11-20\n";
    let problems = rejected(import_contacts(peerlog.store_mut(), file.as_bytes(), now()));
    assert_eq!(
        codes(&problems),
        vec![
            (1, "duration_minutes", "missing_column"),
            (1, "mode", "missing_column")
        ]
    );
}

#[test]
fn a_broken_quote_is_reported_as_bad_csv() {
    let (_t, mut peerlog) = fresh();
    // An unterminated quote swallows the rest of the file into one field,
    // which leaves that row with too few fields.
    let file = "external_id,first_name,last_name\nA-1,\"Sam,Okafor\nA-2,Rae,Lindqvist\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 2);
    assert!(participant::list(peerlog.store()).unwrap().is_empty());
}
