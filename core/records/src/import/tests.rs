use super::*;
use crate::domain::{contact, followup, participant};
use crate::time::Timestamp;
use chrono::NaiveDate;
use peerlog_store::paths::DataDir;
use peerlog_store::session::Peerlog;
use peerlog_store::testing;

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
    add_participant(&mut peerlog, "TAKEN-1", "Existing", "Person");
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
            // A name is one line: a line break inside it is refused.
            (3, "first_name", "control_character"),
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
    add_participant(&mut peerlog, "A-100", "Sam", "Okafor");
    add_participant(&mut peerlog, "A-101", "Rae", "Lindqvist");
    (t, peerlog)
}

#[test]
fn contacts_file_with_services_quoted_notes_and_follow_ups() {
    let (_t, mut peerlog) = with_two_participants();
    let file = "mode,external_id,DATE,start_time,duration_minutes,setting,services,note,follow_up_date\n\
phone,A-100,2026-11-20,09:15,20,,check-in; Crisis support,\"Talked about court, and\nthe plan.\",2026-11-27\n\
In person,a-101,11/21/2026,,45,Coffee shop,transportation,,\n";
    let summary = import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    )
    .unwrap();
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
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
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
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
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

// Repeated contacts: a file imported twice, or a row given twice, would bill
// its H0038 units twice without anyone noticing.

const TWO_CONTACTS: &str =
    "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
A-100,2026-11-20,09:15,20,phone,,check-in,First call,\n\
A-101,11/21/2026,,45,in person,Coffee shop,,,\n";

fn allowing() -> ContactImportOptions {
    ContactImportOptions {
        allow_duplicates: true,
    }
}

fn contacts_of(peerlog: &Peerlog, external_id: &str) -> Vec<contact::Contact> {
    let p = participant::find_by_external_id(peerlog.store(), external_id)
        .unwrap()
        .unwrap();
    contact::list_for(peerlog.store(), p.id).unwrap()
}

#[test]
fn importing_the_same_contacts_file_twice_is_refused_unless_allowed() {
    let (_t, mut peerlog) = with_two_participants();
    let store = peerlog.store_mut();
    let first = import_contacts(store, TWO_CONTACTS.as_bytes(), now(), Default::default());
    assert_eq!(first.unwrap().duplicates, 0);
    let audit_before = crate::audit::recent(peerlog.store(), 100).unwrap().len();

    let result = import_contacts(
        peerlog.store_mut(),
        TWO_CONTACTS.as_bytes(),
        now(),
        Default::default(),
    );
    let rejection = match result {
        Err(crate::Error::ImportRejected(r)) => r,
        other => panic!("expected a rejected file, got {other:?}"),
    };
    assert!(rejection.has_duplicates());
    let problems = rejection.problems;
    assert_eq!(
        codes(&problems),
        vec![
            (2, "row", "duplicate_in_store"),
            (3, "row", "duplicate_in_store")
        ]
    );
    assert!(problems[0].is_duplicate());
    assert_eq!(
        problems[0].to_string(),
        "line 2: already in the store: the same contact \
         (same participant, date, start time, duration and mode)"
    );
    assert_eq!(
        contacts_of(&peerlog, "A-100").len(),
        1,
        "nothing was written"
    );
    assert_eq!(contacts_of(&peerlog, "A-101").len(), 1);
    assert_eq!(
        crate::audit::recent(peerlog.store(), 100).unwrap().len(),
        audit_before
    );

    let summary = import_contacts(
        peerlog.store_mut(),
        TWO_CONTACTS.as_bytes(),
        now(),
        allowing(),
    )
    .unwrap();
    assert_eq!((summary.rows, summary.duplicates), (2, 2));
    assert_eq!(contacts_of(&peerlog, "A-100").len(), 2);
    assert_eq!(contacts_of(&peerlog, "A-101").len(), 2);
    let audit = crate::audit::recent(peerlog.store(), 1).unwrap();
    assert!(format!("{audit:?}").contains("2 of them repeating a contact"));
}

#[test]
fn identical_rows_in_one_file_are_refused_unless_allowed() {
    let (_t, mut peerlog) = with_two_participants();
    // Line 4 repeats line 2 in every field that bills (a different note and
    // services do not make it another encounter; the id's case does not
    // either). Lines 5-8 each differ in one field that counts, so they are
    // separate contacts. Line 9 repeats line 3 (no time: noon).
    let file =
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
A-100,2026-11-20,09:15,20,phone,,check-in,First call,\n\
A-101,2026-11-21,,45,in person,,,,\n\
a-100,11/20/2026,9:15,20,Phone,Car,crisis support,Other words,\n\
A-101,2026-11-20,09:15,20,phone,,,,\n\
A-100,2026-11-19,09:15,20,phone,,,,\n\
A-100,2026-11-20,09:16,20,phone,,,,\n\
A-100,2026-11-20,09:15,25,phone,,,,\n\
A-101,2026-11-21,12:00,45,in_person,,,,\n\
A-100,2026-11-20,09:15,20,video,,,,\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(
        codes(&problems),
        vec![
            (4, "row", "duplicate_in_file"),
            (9, "row", "duplicate_in_file")
        ]
    );
    assert_eq!(
        problems[0].to_string(),
        "line 4: the same contact as line 2 \
         (same participant, date, start time, duration and mode)"
    );
    assert!(problems[1]
        .message
        .starts_with("the same contact as line 3 "));
    for problem in &problems {
        for value in ["A-100", "First call", "Other words", "09:15"] {
            assert!(!problem.message.contains(value), "{problem}");
        }
    }
    assert!(
        contacts_of(&peerlog, "A-100").is_empty(),
        "nothing was written"
    );

    let summary = import_contacts(peerlog.store_mut(), file.as_bytes(), now(), allowing()).unwrap();
    assert_eq!((summary.rows, summary.duplicates), (9, 2));
}

#[test]
fn repeated_contacts_are_listed_with_the_other_problems() {
    let (_t, mut peerlog) = with_two_participants();
    let file =
        "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
A-100,2026-11-20,09:15,20,phone,,,,\n\
A-100,2026-11-20,09:15,eleven,phone,,,,\n\
A-100,2026-11-20,09:15,20,phone,,,,\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(
        codes(&problems),
        vec![
            (3, "duration_minutes", "not_a_number"),
            (4, "row", "duplicate_in_file")
        ]
    );
    // Allowing duplicates does not let a bad row through.
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        allowing(),
    ));
    assert_eq!(
        codes(&problems),
        vec![(3, "duration_minutes", "not_a_number")]
    );
}

#[test]
fn a_stored_contact_is_the_same_one_by_its_wall_clock_whatever_the_offset() {
    let (_t, mut peerlog) = with_two_participants();
    let sam = participant::find_by_external_id(peerlog.store(), "A-100")
        .unwrap()
        .unwrap();
    // Logged at 09:15 on a laptop eight hours behind UTC (and at 09:15:40:
    // the minute is what counts); the file says 09:15.
    let logged = contact::ContactInput {
        goals: Vec::new(),
        format: Default::default(),
        parts: Vec::new(),
        participant_id: sam.id,
        occurred_at: Timestamp::parse("2026-11-20T09:15:40-08:00").unwrap(),
        duration_minutes: 20,
        mode: contact::ContactMode::Phone,
        setting: None,
        services: Vec::new(),
        dimensions: Vec::new(),
        narrative: "Logged by hand".into(),
        follow_up: None,
    };
    peerlog
        .store_mut()
        .write(|tx| contact::insert(tx, &logged, now()))
        .unwrap();
    let file = "external_id,date,start_time,duration_minutes,mode\n\
A-100,2026-11-20,09:15,20,phone\n\
A-100,2026-11-20,09:15,20,text\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(codes(&problems), vec![(2, "row", "duplicate_in_store")]);
}

// Encodings and separators, as Excel saves them.

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn excel_unicode_text_is_utf16_le_with_tabs_and_is_read() {
    let (_t, mut peerlog) = fresh();
    // What Excel's "Unicode text" writes: a BOM, UTF-16 LE, tabs, CRLF, and
    // quotes around a cell holding a tab, a newline or a quote.
    let text = "external_id\tfirst_name\tlast_name\tprogram\r\n\
A-1\tJosé\tNúñez\t\"Treatment, court\"\r\n\
A-2\tZoë\t\"Ab \"\"Bo\"\" C\"\tReentry 🙂\r\n\
A-3\tSam\tOkafor\t\r\n";
    let summary = import_participants(peerlog.store_mut(), &utf16(text, false), today()).unwrap();
    assert_eq!(summary.rows, 3);
    let jose = participant::find_by_external_id(peerlog.store(), "A-1")
        .unwrap()
        .unwrap();
    assert_eq!(jose.first_name.as_deref(), Some("José"));
    assert_eq!(jose.last_name.as_deref(), Some("Núñez"));
    assert_eq!(jose.program.as_deref(), Some("Treatment, court"));
    let zoe = participant::find_by_external_id(peerlog.store(), "A-2")
        .unwrap()
        .unwrap();
    assert_eq!(zoe.first_name.as_deref(), Some("Zoë"));
    assert_eq!(zoe.last_name.as_deref(), Some("Ab \"Bo\" C"));
    assert_eq!(zoe.program.as_deref(), Some("Reentry 🙂"));
}

#[test]
fn utf16_be_with_a_bom_is_read_and_lines_are_counted_as_in_utf8() {
    let (_t, mut peerlog) = with_two_participants();
    let text = "external_id,date,start_time,duration_minutes,mode,note\n\
A-100,2026-11-20,09:15,20,phone,\"Café, then\nthe plan\"\n\
A-101,2026-11-21,10:00,0,phone,\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        &utf16(text, true),
        now(),
        Default::default(),
    ));
    assert_eq!(
        codes(&problems),
        vec![(4, "duration_minutes", "out_of_range")]
    );
    let good = text.replace(",0,phone", ",30,phone");
    let summary = import_contacts(
        peerlog.store_mut(),
        &utf16(&good, true),
        now(),
        Default::default(),
    )
    .unwrap();
    assert_eq!(summary.rows, 2);
    assert_eq!(
        contacts_of(&peerlog, "A-100")[0].narrative,
        "Café, then\nthe plan"
    );
}

#[test]
fn a_semicolon_separated_file_is_read() {
    let (_t, mut peerlog) = with_two_participants();
    // Excel's "CSV" where the decimal mark is a comma: semicolons, and
    // quotes around a cell that holds one (the services list).
    let file = "\u{feff}external_id;date;start_time;duration_minutes;mode;services;note\r\n\
A-100;20/11/2026;09:15;20;phone;;\r\n\
A-100;2026-11-20;10:00;20;phone;\"check-in; crisis support\";Talked, then walked\r\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(codes(&problems), vec![(2, "date", "not_a_date")]);
    let file = file.replace("20/11/2026", "11/20/2026");
    let summary = import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    )
    .unwrap();
    assert_eq!(summary.rows, 2);
    let contacts = contacts_of(&peerlog, "A-100");
    let later = &contacts[0];
    assert_eq!(later.narrative, "Talked, then walked");
    assert_eq!(
        later.services.iter().map(|s| s.code()).collect::<Vec<_>>(),
        vec!["check_in", "crisis_support"]
    );
}

#[test]
fn utf16_without_a_bom_is_refused_and_named() {
    let (_t, mut peerlog) = fresh();
    let text = "external_id,first_name\r\nA-1,Sam\r\n";
    for big_endian in [false, true] {
        let bytes = utf16(text, big_endian)[2..].to_vec();
        let problems = rejected(import_participants(peerlog.store_mut(), &bytes, today()));
        assert_eq!(codes(&problems), vec![(1, "file", "encoding")]);
        assert!(
            problems[0].message.contains("saved as UTF-16"),
            "{}",
            problems[0]
        );
        assert!(problems[0].message.contains("save it as CSV UTF-8"));
    }
    assert!(participant::list(peerlog.store()).unwrap().is_empty());
}

#[test]
fn broken_utf16_and_utf32_are_refused_and_named() {
    let (_t, mut peerlog) = fresh();
    let mut cut = utf16("external_id,first_name\nA-1,Sam\n", false);
    cut.push(b'x');
    let problems = rejected(import_participants(peerlog.store_mut(), &cut, today()));
    assert_eq!(codes(&problems), vec![(3, "file", "encoding")]);
    assert!(problems[0].message.contains("not valid UTF-16"));

    // An unpaired surrogate on line 2.
    let mut lone = utf16("external_id,first_name\nA-1,", false);
    lone.extend([0x00, 0xD8, b'S', 0, b'\n', 0]);
    let problems = rejected(import_participants(peerlog.store_mut(), &lone, today()));
    assert_eq!(codes(&problems), vec![(2, "file", "encoding")]);

    let mut utf32 = vec![0xFF, 0xFE, 0, 0];
    for c in "external_id\nA-1\n".chars() {
        utf32.extend((c as u32).to_le_bytes());
    }
    let problems = rejected(import_participants(peerlog.store_mut(), &utf32, today()));
    assert_eq!(codes(&problems), vec![(1, "file", "encoding")]);
    assert!(problems[0].message.contains("saved as UTF-32"));
    assert!(participant::list(peerlog.store()).unwrap().is_empty());
}

#[test]
fn a_heading_row_with_semicolons_and_commas_is_refused_and_named() {
    let (_t, mut peerlog) = with_two_participants();
    let file = "external_id;date;start_time,duration_minutes,mode\n\
A-100;2026-11-20;09:15,20,phone\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(codes(&problems), vec![(1, "file", "mixed_separators")]);
    assert!(problems[0].message.contains("separated by semicolons"));
}

#[test]
fn another_8bit_encoding_is_named_with_what_to_do() {
    let (_t, mut peerlog) = fresh();
    let mut file = b"external_id,first_name\nA-1,".to_vec();
    file.extend_from_slice(&[0xC9, 0x6C, 0x6F, 0x64, 0x69, 0x65]); // Windows-1252
    file.push(b'\n');
    let problems = rejected(import_participants(peerlog.store_mut(), &file, today()));
    assert_eq!(codes(&problems), vec![(2, "first_name", "not_utf8")]);
    assert!(problems[0].message.contains("another encoding"));
    assert!(problems[0].message.contains("save it as CSV UTF-8"));

    let mut heading = b"external_id,".to_vec();
    heading.extend_from_slice(&[0x6E, 0xF6, 0x6D, 0x65]); // "nöme"
    heading.extend_from_slice(b"\nA-1,Sam\n");
    let problems = rejected(import_participants(peerlog.store_mut(), &heading, today()));
    assert_eq!(codes(&problems), vec![(1, "heading", "not_utf8")]);
}

// Control characters: an ANSI escape or a bidi override in a cell could
// recolour a terminal or make a name display as something else.

fn places(problems: &[RowProblem]) -> Vec<(u64, &str)> {
    problems
        .iter()
        .map(|p| (p.line, p.field.as_str()))
        .collect()
}

fn assert_nothing_echoed(problems: &[RowProblem]) {
    for problem in problems {
        for value in ["Rae", "red", "reversed", "Car"] {
            assert!(!problem.message.contains(value), "{problem}");
        }
        assert!(!problem
            .message
            .chars()
            .any(|c| c.is_control() || crate::text::is_bidi_control(c)));
    }
}

#[test]
fn an_ansi_escape_in_a_cell_is_refused_by_line_and_field() {
    let (_t, mut peerlog) = with_two_participants();
    let file = "external_id,first_name,last_name,program\n\
B-1,Sam,Okafor,\n\
B-2,\u{1b}[31mRae,Lindqvist,\n\
B-3,Moe,Abc,Reentry\u{1b}[2J\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(
        places(&problems),
        vec![(3, "first_name"), (4, "program")],
        "{problems:?}"
    );
    assert_nothing_echoed(&problems);
    assert_eq!(participant::list(peerlog.store()).unwrap().len(), 2);

    let file = "external_id,date,start_time,duration_minutes,mode,setting,note\n\
A-100,2026-11-20,09:15,20,phone,,\u{1b}[31mred\u{1b}[0m\n\
A-101,2026-11-20,11:15,20,phone,Car\u{1b}[1A,\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(
        places(&problems),
        vec![(2, "note"), (3, "setting")],
        "{problems:?}"
    );
    assert_nothing_echoed(&problems);
    assert!(contacts_of(&peerlog, "A-100").is_empty());
}

/// Needs `validate` to refuse bidi controls in every field.
#[test]
fn a_bidi_override_in_a_cell_is_refused_by_line_and_field() {
    let (_t, mut peerlog) = with_two_participants();
    let file = "external_id,first_name,last_name,program\n\
B-1,Sam,Okafor,\n\
B-2,Rae,Abc\u{202E}fed,\n\
B-3,Lee,Park,Reentry\u{2066}x\u{2069}\n";
    let problems = rejected(import_participants(
        peerlog.store_mut(),
        file.as_bytes(),
        today(),
    ));
    assert_eq!(
        places(&problems),
        vec![(3, "last_name"), (4, "program")],
        "{problems:?}"
    );
    assert_nothing_echoed(&problems);
    assert_eq!(participant::list(peerlog.store()).unwrap().len(), 2);

    let file = "external_id,date,start_time,duration_minutes,mode,setting,note\n\
A-100,2026-11-20,10:15,20,phone,,\u{202E}reversed\n\
A-101,2026-11-20,11:15,20,phone,Car\u{202A},\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(
        places(&problems),
        vec![(2, "note"), (3, "setting")],
        "{problems:?}"
    );
    assert_nothing_echoed(&problems);
    assert!(contacts_of(&peerlog, "A-100").is_empty());
}

#[test]
fn rows_ending_in_crlf_are_named_by_their_real_line() {
    let (_t, mut peerlog) = with_two_participants();
    // Line 3's quoted note spans two lines, so the bad row starts on line 5.
    let file = "external_id,date,duration_minutes,mode,note\r\n\
A-100,2026-11-20,20,phone,\r\n\
A-101,2026-11-20,20,phone,\"Two\r\nlines\"\r\n\
A-100,soon,20,phone,\r\n";
    let problems = rejected(import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    ));
    assert_eq!(codes(&problems), vec![(5, "date", "not_a_date")]);
    let file = file.replace("soon", "2026-11-21");
    import_contacts(
        peerlog.store_mut(),
        file.as_bytes(),
        now(),
        Default::default(),
    )
    .unwrap();
    assert_eq!(contacts_of(&peerlog, "A-101")[0].narrative, "Two\nlines");
}

fn add_participant(peerlog: &mut Peerlog, external_id: &str, first: &str, last: &str) {
    crate::domain::participant::create(
        peerlog.store_mut(),
        crate::domain::participant::ParticipantInput {
            external_id: external_id.into(),
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            ..Default::default()
        },
    )
    .expect("add a test participant");
}
