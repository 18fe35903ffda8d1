//! Shared set-up for the export, packet and backup tests: a scratch store,
//! synthetic records with canary strings, and readers for what was written
//! (poppler's pdftotext for PDFs, the zip reader for CSV folders).
#![allow(dead_code)]

use chrono::{Duration, NaiveDate, NaiveTime};
use peerlog_core::domain::boundary::{self, BoundaryCategory, BoundaryInput};
use peerlog_core::domain::consent::{self, Consent, ConsentCategory, ConsentInput};
use peerlog_core::domain::contact::{self, ContactInput, ContactMode, Service};
use peerlog_core::domain::followup::{self, FollowUpInput};
use peerlog_core::domain::group::{
    self, AttendanceMark, AttendanceStatus, GroupInput, SessionInput,
};
use peerlog_core::domain::participant::{self, Participant, ParticipantInput};
use peerlog_core::domain::referral::{self, ReferralInput, ResourceType};
use peerlog_core::domain::selfcheck::{self, BoundariesHeld, SelfCheckInput};
use peerlog_core::domain::wellness::{self, CheckInInput, WellnessScores};
use peerlog_core::export::archive::{read_zip, ArchiveFile};
use peerlog_core::ids::GroupId;
use peerlog_core::time::{today, Timestamp};
use peerlog_core::{DataDir, Peerlog};
use peerlog_devtools::testing;
use std::path::Path;
use std::process::Command;

pub const RECIPIENT: &str = "Circuit Court Behavioral Health Docket";
pub const OTHER_RECIPIENT: &str = "County Sheriff Reentry Program";
pub const PACKET_PASSPHRASE: &str = "orchard-velvet-compass-drizzle";

pub struct Scratch {
    pub temp: tempfile::TempDir,
    pub dir: DataDir,
    pub peerlog: Peerlog,
}

pub fn scratch() -> Scratch {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let peerlog = testing::create(&dir).peerlog;
    Scratch { temp, dir, peerlog }
}

impl Scratch {
    pub fn out(&self, name: &str) -> std::path::PathBuf {
        self.temp.path().join(name)
    }
}

pub fn days_ago(days: i64) -> NaiveDate {
    today() - Duration::days(days)
}

pub fn at(date: NaiveDate, hour: u32) -> Timestamp {
    Timestamp::from_local(date, NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
}

/// Canary strings: unique words that must appear only where their record
/// may go. `kind` names the record, `n` the participant.
pub fn canary(kind: &str, n: usize) -> String {
    format!("Canary{kind}{n}Zq")
}

pub fn person(s: &mut Scratch, n: usize) -> Participant {
    participant::create(
        s.peerlog.store_mut(),
        ParticipantInput {
            external_id: format!("PX-{n:03}"),
            first_name: Some(format!("Given{n}")),
            last_name: Some(format!("Family{n}")),
            ..ParticipantInput::default()
        },
    )
    .unwrap()
}

/// A payer preset's rules, by its key (`virginia_medicaid`).
pub fn preset(key: &str) -> peerlog_core::billing::PayerProfile {
    peerlog_core::billing::presets::presets()
        .into_iter()
        .find(|p| p.key == key)
        .unwrap()
        .profile
}

pub fn consent_for(
    s: &mut Scratch,
    p: &Participant,
    recipient: &str,
    categories: &[ConsentCategory],
    effective_on: NaiveDate,
    expires_on: Option<NaiveDate>,
) -> Consent {
    consent::create(
        s.peerlog.store_mut(),
        ConsentInput {
            participant_id: p.id,
            discloser: "Peer Recovery Program".into(),
            recipient: recipient.into(),
            purpose: "Case conference coordination".into(),
            categories: categories.to_vec(),
            effective_on,
            expires_on,
            expiry_event: expires_on
                .is_none()
                .then(|| "When participation in the program ends".to_string()),
            signed_on: effective_on.min(today()),
        },
    )
    .unwrap()
}

pub fn group(s: &mut Scratch) -> GroupId {
    group::create(
        s.peerlog.store_mut(),
        GroupInput {
            name: "Tuesday Recovery Circle".into(),
            description: None,
            weekday: None,
            start_time: None,
            location: None,
            active: true,
        },
    )
    .unwrap()
    .id
}

/// One of everything for participant `n`, each free-text field carrying a
/// canary naming its kind: contact narratives (`Narr`), follow-ups (`Foll`),
/// referrals (`Refr`), boundary notes (`Bound`) and check-in notes
/// (`CheckNote`, which no export includes). Also one check-in with BARC-10,
/// one attendance mark, and a self-check (`Self`, not per participant).
pub fn full_record(s: &mut Scratch, p: &Participant, n: usize, group_id: GroupId, day: NaiveDate) {
    let store = s.peerlog.store_mut();
    contact::create(
        store,
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(day, 10),
            duration_minutes: 50,
            mode: ContactMode::JailVisit,
            setting: Some(canary("Setting", n)),
            services: vec![Service::RecoveryPlanning],
            dimensions: vec![],
            narrative: format!("Talked about next steps. {}", canary("Narr", n)),
            follow_up: None,
        },
    )
    .unwrap();
    followup::create(
        store,
        FollowUpInput {
            participant_id: p.id,
            due_on: day + Duration::days(30),
            text: format!("Call about housing {}", canary("Foll", n)),
        },
    )
    .unwrap();
    referral::create(
        store,
        ReferralInput {
            participant_id: p.id,
            resource_type: ResourceType::Housing,
            resource_name: format!("Shelter {}", canary("Refr", n)),
            referred_on: day,
            note: Some(canary("RefNote", n)),
        },
    )
    .unwrap();
    boundary::create(
        store,
        BoundaryInput {
            participant_id: p.id,
            category: BoundaryCategory::Money,
            text: format!("No loans. {}", canary("Bound", n)),
            agreed_on: day,
            review_on: None,
        },
    )
    .unwrap();
    wellness::record(
        store,
        CheckInInput {
            participant_id: p.id,
            occurred_at: at(day, 11),
            scores: WellnessScores {
                emotional: 3,
                environmental: 4,
                financial: 2,
                intellectual: 3,
                occupational: 2,
                physical: 4,
                social: 3,
                spiritual: 5,
            },
            barc10: Some(vec![4, 5, 3, 4, 4, 5, 3, 5, 4, 4]),
            note: Some(canary("CheckNote", n)),
        },
    )
    .unwrap();
    let session = group::add_session(
        store,
        SessionInput {
            group_id,
            held_on: day,
            topic: Some(canary("Topic", n)),
            note: Some(canary("SessNote", n)),
        },
    )
    .unwrap();
    group::record_attendance(
        store,
        session.id,
        vec![AttendanceMark {
            participant_id: p.id,
            status: AttendanceStatus::Present,
        }],
    )
    .unwrap();
    selfcheck::record(
        store,
        SelfCheckInput {
            energy: 2,
            stress: 4,
            boundaries_held: BoundariesHeld::Mostly,
            support_needed: true,
            note: Some(canary("Self", n)),
        },
    )
    .unwrap();
}

/// The canary kinds each category lets out; everything else must stay.
pub fn canaries_for(category: ConsentCategory) -> &'static [&'static str] {
    match category {
        ConsentCategory::ContactNarratives => &["Narr"],
        ConsentCategory::FollowUps => &["Foll"],
        ConsentCategory::Referrals => &["Refr"],
        _ => &[],
    }
}

/// Canary kinds no export may ever hold.
pub const NEVER: &[&str] = &[
    "Bound",
    "Self",
    "CheckNote",
    "RefNote",
    "Setting",
    "Topic",
    "SessNote",
];

/// Text of a PDF through poppler's pdftotext, one string per page. Fails
/// (never skips) when poppler is missing: the check must not pass silently.
pub fn pdf_pages(path: &Path) -> Vec<String> {
    let tool = Path::new("/usr/bin/pdftotext");
    let tool = if tool.exists() {
        tool.to_path_buf()
    } else {
        which("pdftotext").expect(
            "pdftotext (poppler-utils) is required for the export tests: apt-get install poppler-utils",
        )
    };
    let output = Command::new(tool)
        .arg("-layout")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(
        output.status.success(),
        "pdftotext could not read the PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("pdftotext writes UTF-8");
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // pdftotext ends every page with a form feed, so the last piece is empty.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(name))
        .find(|p| p.exists())
}

/// Collapses runs of whitespace (pdftotext breaks and pads lines).
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when the notice reads whole in `text`, however it was wrapped.
pub fn holds_notice(text: &str) -> bool {
    squash(text).contains(&squash(peerlog_core::export::REDISCLOSURE_NOTICE))
}

pub fn zip_files(path: &Path) -> Vec<ArchiveFile> {
    read_zip(&std::fs::read(path).unwrap(), "export").unwrap()
}

pub fn all_text(files: &[ArchiveFile]) -> String {
    files
        .iter()
        .filter(|f| !f.name.ends_with(".pdf"))
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// A contact with a narrative long enough to fill a good part of a page.
pub fn long_contact(s: &mut Scratch, p: &Participant, day: NaiveDate) {
    let narrative = "Met at the courthouse before the hearing and went over what the judge asked \
        about last time. Talked through the plan for the week, the ride to the clinic on \
        Thursday, and who to call if things get hard at night. Agreed to check in by phone \
        after the appointment and to bring the paperwork for the housing application. "
        .repeat(3);
    contact::create(
        s.peerlog.store_mut(),
        ContactInput {
            goals: Vec::new(),
            format: Default::default(),
            parts: Vec::new(),
            participant_id: p.id,
            occurred_at: at(day, 14),
            duration_minutes: 35,
            mode: ContactMode::InPerson,
            setting: None,
            services: vec![Service::CourtAccompaniment, Service::RecoveryPlanning],
            dimensions: vec![],
            narrative,
            follow_up: None,
        },
    )
    .unwrap();
}

/// Only what never leaves: a boundary note and a self-check.
pub fn private_only(s: &mut Scratch, p: &Participant, n: usize) {
    boundary::create(
        s.peerlog.store_mut(),
        BoundaryInput {
            participant_id: p.id,
            category: BoundaryCategory::Hours,
            text: format!("Calls before 8pm only. {}", canary("Bound", n)),
            agreed_on: today(),
            review_on: None,
        },
    )
    .unwrap();
    selfcheck::record(
        s.peerlog.store_mut(),
        SelfCheckInput {
            energy: 3,
            stress: 3,
            boundaries_held: BoundariesHeld::Yes,
            support_needed: false,
            note: Some(canary("Self", n)),
        },
    )
    .unwrap();
}

/// Exports `request` as a PDF and as CSV tables: the PDF's text as
/// poppler's pdftotext reads it (squashed), and the contacts table.
pub fn exported_pdf_text_and_contacts_csv(
    s: &mut Scratch,
    request: &peerlog_core::export::ExportRequest,
) -> (String, String) {
    use peerlog_core::export::{self, ExportFormat, ExportOutput};
    let pdf = s.out("conference.pdf");
    export::write(
        s.peerlog.store_mut(),
        request,
        &ExportOutput::new(ExportFormat::Pdf, &pdf),
    )
    .unwrap();
    let zip = s.out("tables.zip");
    export::write(
        s.peerlog.store_mut(),
        request,
        &ExportOutput::new(ExportFormat::Csv, &zip),
    )
    .unwrap();
    let contacts = zip_files(&zip)
        .into_iter()
        .find(|f| f.name.ends_with("contacts.csv"))
        .expect("contacts.csv");
    (
        squash(&pdf_pages(&pdf).concat()),
        String::from_utf8_lossy(&contacts.bytes).into_owned(),
    )
}
