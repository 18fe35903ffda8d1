//! What is particular to Windows, run where the tests are built for it
//! (scripts/test-windows runs them under wine): a store and everything
//! that leaves it readable by the user alone (an ACL of the user and
//! SYSTEM, as 0600 is on Unix),
//! names Windows keeps for devices refused, paths longer than 260
//! characters written, and an output another program holds open replaced
//! once it lets go.

use crate::export_support::*;
use peerlog_core::backup;
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::export::{self, disclosures, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::i18n::Language;
use peerlog_core::owner_only::{is_restricted, under_wine};
use peerlog_core::packet;
use peerlog_core::report::{self, ReportFormat};
use peerlog_core::secret::Passphrase;
use peerlog_core::time::today;
use peerlog_devtools::testing::QUICK_KDF;
use std::path::{Path, PathBuf};

fn with_consent() -> Scratch {
    let mut s = scratch();
    let g = group(&mut s);
    let p = person(&mut s, 1);
    full_record(&mut s, &p, 1, g, days_ago(2));
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        ConsentCategory::ALL,
        days_ago(9),
        None,
    );
    s
}

fn request() -> ExportRequest {
    ExportRequest::new(RECIPIENT, days_ago(30), today())
}

fn pdf_to(s: &mut Scratch, path: &Path, replace: bool) -> peerlog_core::Result<()> {
    let mut output = ExportOutput::new(ExportFormat::Pdf, path);
    output.replace = replace;
    export::write(s.peerlog.store_mut(), &request(), &output).map(|_| ())
}

/// Every file and folder under `root`, `root` included.
fn everything_in(root: &Path) -> Vec<PathBuf> {
    let mut found = vec![root.to_path_buf()];
    if root.is_dir() {
        for entry in std::fs::read_dir(root).unwrap() {
            found.extend(everything_in(&entry.unwrap().path()));
        }
    }
    found
}

/// Whether `path`, and what is in it, is the user's alone. Under wine only
/// `path` itself is looked at: wine keeps no ACLs (it maps one to the Unix
/// mode), so what a folder passes down to files made in it later cannot be
/// seen there.
#[track_caller]
fn private(path: &Path) {
    let items = if under_wine() {
        vec![path.to_path_buf()]
    } else {
        everything_in(path)
    };
    for item in items {
        assert!(
            is_restricted(&item).unwrap(),
            "{} is open to others",
            item.display()
        );
    }
}

#[test]
fn the_store_and_its_companions_are_the_users_alone() {
    let mut s = with_consent();
    let before = s.out("before.backup");
    backup::write(&mut s.peerlog, &before, false).unwrap();
    let names: Vec<_> = everything_in(s.dir.root());
    assert!(
        names.iter().any(|p| p.ends_with("peerlog.db-wal")),
        "{names:?}"
    );
    private(s.dir.root());
    // The folder the data folder was made in is an ordinary one.
    assert!(!is_restricted(s.temp.path()).unwrap());
}

#[test]
fn what_leaves_the_store_is_the_users_alone() {
    let mut s = with_consent();
    let pdf = s.out("conference.pdf");
    pdf_to(&mut s, &pdf, false).unwrap();
    let csv = s.out("conference.zip");
    export::write(
        s.peerlog.store_mut(),
        &request(),
        &ExportOutput::new(ExportFormat::Csv, &csv),
    )
    .unwrap();
    let report = s.out("program.csv");
    report::write(
        s.peerlog.store_mut(),
        days_ago(30),
        today(),
        ReportFormat::Csv,
        Language::English,
        &report,
        false,
    )
    .unwrap();
    let backup = s.out("peerlog.backup");
    backup::write(&mut s.peerlog, &backup, false).unwrap();

    let pack = s.out("conference.pack");
    let passphrase = Passphrase::new(PACKET_PASSPHRASE);
    let mut output = ExportOutput::new(ExportFormat::Pack, &pack);
    output.packet_passphrase = Some(&passphrase);
    output.packet_kdf = QUICK_KDF;
    export::write(s.peerlog.store_mut(), &request(), &output).unwrap();
    let opened = packet::open(&std::fs::read(&pack).unwrap(), &passphrase).unwrap();
    let folder = s.out("opened");
    opened.extract_to(&folder).unwrap();

    for path in [&pdf, &csv, &report, &backup, &pack, &folder] {
        private(path);
    }
}

#[test]
fn a_name_windows_keeps_for_a_device_is_refused_and_nothing_is_written() {
    let mut s = with_consent();
    for name in ["con.pdf", "NUL", "aux.csv", "COM1.zip", "lpt1.backup"] {
        let path = s.out(name);
        let said = |e: peerlog_core::Error| {
            assert_eq!(e.code(), "io");
            assert!(e.to_string().contains("for a device"), "{e}");
        };
        said(pdf_to(&mut s, &path, true).expect_err(name));
        said(
            report::write(
                s.peerlog.store_mut(),
                days_ago(30),
                today(),
                ReportFormat::Pdf,
                Language::English,
                &path,
                true,
            )
            .expect_err(name),
        );
        said(backup::write(&mut s.peerlog, &path, true).expect_err(name));
        said(s.dir.refuse_output(&path).expect_err(name));
    }
    assert!(disclosures::list(s.peerlog.store(), None)
        .unwrap()
        .is_empty());
    let left: Vec<_> = std::fs::read_dir(s.temp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["data"], "nothing beside the data folder");
}

#[test]
fn an_output_deeper_than_260_characters_is_written() {
    let mut s = with_consent();
    let mut folder = s.temp.path().to_path_buf();
    while folder.as_os_str().len() < 300 {
        folder.push("case conference handouts for the treatment court");
    }
    std::fs::create_dir_all(&folder).unwrap();
    let pdf = folder.join("conference.pdf");
    pdf_to(&mut s, &pdf, false).unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let backup = folder.join("peerlog.backup");
    backup::write(&mut s.peerlog, &backup, false).unwrap();
    assert!(pdf.as_os_str().len() > 260);
    private(&pdf);
}

#[test]
fn an_output_another_program_holds_open_is_replaced_once_it_lets_go() {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_SHARE_READ: u32 = 1;
    let mut s = with_consent();
    let pdf = s.out("conference.pdf");
    std::fs::write(&pdf, b"an older summary").unwrap();
    // As an antivirus scan or a PDF viewer might: reading, and letting
    // others read but not rename or delete.
    let holder = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ)
        .open(&pdf)
        .unwrap();
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(400));
        drop(holder);
    });
    pdf_to(&mut s, &pdf, true).unwrap();
    letting_go.join().unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}
