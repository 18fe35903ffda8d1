//! Case-conference exports: who is included (consents on their boundary
//! dates), what is included (categories, never boundary notes or
//! self-checks), the notice on every page and in every folder, the preview
//! matching the file, and exactly one disclosure record per export.

use crate::export_support;

use crate::export_support::*;
use chrono::Duration;
use peerlog_core::audit::{self, AuditAction};
use peerlog_core::domain::consent::{self, ConsentCategory};
use peerlog_core::domain::participant;
use peerlog_core::export::disclosures;
use peerlog_core::export::{self, ExportFormat, ExportOutput, ExportRequest, NOTICE_FILE};
use peerlog_core::packet;
use peerlog_core::secret::Passphrase;
use peerlog_core::time::today;
use peerlog_core::Error;
use peerlog_devtools::testing::QUICK_KDF;
use std::path::Path;

const ALL: &[ConsentCategory] = ConsentCategory::ALL;

fn request() -> ExportRequest {
    ExportRequest::new(RECIPIENT, days_ago(60), today())
}

fn write(
    s: &mut Scratch,
    request: &ExportRequest,
    format: ExportFormat,
    path: &Path,
) -> peerlog_core::Result<export::DisclosureRecord> {
    let passphrase = Passphrase::new(PACKET_PASSPHRASE);
    let mut output = ExportOutput::new(format, path);
    output.packet_passphrase = Some(&passphrase);
    output.packet_kdf = QUICK_KDF;
    export::write(s.peerlog.store_mut(), request, &output)
}

/// The external ids a preview would include.
fn included(s: &mut Scratch) -> Vec<String> {
    match export::preview(s.peerlog.store_mut(), &request()) {
        Ok(p) => p
            .content
            .participants
            .iter()
            .map(|p| p.external_id.clone())
            .collect(),
        Err(Error::Invalid(e)) if e.problem.code() == "not_consented" => Vec::new(),
        Err(e) => panic!("preview failed: {e}"),
    }
}

#[test]
fn consents_are_honoured_on_their_boundary_dates() {
    let mut s = scratch();
    let t = today();
    let yesterday = t - Duration::days(1);
    let tomorrow = t + Duration::days(1);
    let mut expect = Vec::new();
    let mut add = |s: &mut Scratch,
                   n: usize,
                   included: bool,
                   make: &dyn Fn(&mut Scratch, &participant::Participant)| {
        let p = person(s, n);
        make(s, &p);
        if included {
            expect.push(p.external_id.clone());
        }
    };
    // Effective today: in. Effective tomorrow: not yet.
    add(&mut s, 1, true, &|s, p| {
        consent_for(s, p, RECIPIENT, ALL, t, Some(t + Duration::days(30)));
    });
    add(&mut s, 2, false, &|s, p| {
        consent_for(s, p, RECIPIENT, ALL, tomorrow, Some(t + Duration::days(30)));
    });
    // Expires today: still in (the last day counts). Expired yesterday: out.
    add(&mut s, 3, true, &|s, p| {
        consent_for(s, p, RECIPIENT, ALL, days_ago(30), Some(t));
    });
    add(&mut s, 4, false, &|s, p| {
        consent_for(s, p, RECIPIENT, ALL, days_ago(30), Some(yesterday));
    });
    // Revoked today or yesterday: out, from the day of revocation.
    add(&mut s, 5, false, &|s, p| {
        let c = consent_for(
            s,
            p,
            RECIPIENT,
            ALL,
            days_ago(30),
            Some(t + Duration::days(30)),
        );
        consent::revoke(s.peerlog.store_mut(), c.id, Some(t)).unwrap();
    });
    add(&mut s, 6, false, &|s, p| {
        let c = consent_for(
            s,
            p,
            RECIPIENT,
            ALL,
            days_ago(30),
            Some(t + Duration::days(30)),
        );
        consent::revoke(s.peerlog.store_mut(), c.id, Some(yesterday)).unwrap();
    });
    // Another recipient's consent does not count; case and spaces don't matter.
    add(&mut s, 7, false, &|s, p| {
        consent_for(s, p, OTHER_RECIPIENT, ALL, days_ago(30), None);
    });
    add(&mut s, 8, true, &|s, p| {
        consent_for(
            s,
            p,
            &format!("  {}  ", RECIPIENT.to_uppercase()),
            ALL,
            days_ago(30),
            None,
        );
    });
    // No consent at all.
    add(&mut s, 9, false, &|_, _| {});
    expect.sort();
    let mut got = included(&mut s);
    got.sort();
    assert_eq!(got, expect);

    // The statuses core reports agree on the same dates.
    let all = consent::list(s.peerlog.store(), None).unwrap();
    assert_eq!(all.len(), 8);
}

#[test]
fn the_newest_consent_decides_the_categories() {
    let mut s = scratch();
    let g = group(&mut s);
    let p = person(&mut s, 1);
    full_record(&mut s, &p, 1, g, days_ago(3));
    consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(40), None);
    let newer = consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[ConsentCategory::Attendance],
        days_ago(10),
        None,
    );
    let preview = export::preview(s.peerlog.store_mut(), &request()).unwrap();
    let section = &preview.content.participants[0];
    assert_eq!(section.consent.id, newer.id);
    assert_eq!(section.categories, vec![ConsentCategory::Attendance]);
    assert!(section.contacts.is_none() && section.follow_ups.is_none());
    assert!(section.attendance.is_some());
}

#[test]
fn categories_a_consent_leaves_out_never_leave_and_the_peer_can_leave_out_more() {
    let mut s = scratch();
    let g = group(&mut s);
    let p = person(&mut s, 1);
    full_record(&mut s, &p, 1, g, days_ago(3));
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[
            ConsentCategory::ContactSummaries,
            ConsentCategory::Referrals,
            ConsentCategory::FollowUps,
        ],
        days_ago(30),
        None,
    );
    let pdf = s.out("summary.pdf");
    write(&mut s, &request(), ExportFormat::Pdf, &pdf).unwrap();
    let text = pdf_pages(&pdf).concat();
    assert!(text.contains(&canary("Refr", 1)));
    assert!(text.contains(&canary("Foll", 1)));
    assert!(text.contains("Engagement in the period"));
    assert!(
        !text.contains(&canary("Narr", 1)),
        "narratives were not consented"
    );
    assert!(!text.contains("Recovery group attendance"));
    assert!(!text.contains("Wellness check-ins"));
    for never in NEVER {
        assert!(!text.contains(&canary(never, 1)), "{never} left the app");
    }

    // Asking for narratives too adds nothing the consent leaves out; asking
    // for fewer leaves the rest out.
    let mut narrower = request();
    narrower.categories = Some(vec![
        ConsentCategory::Referrals,
        ConsentCategory::ContactNarratives,
    ]);
    let preview = export::preview(s.peerlog.store_mut(), &narrower).unwrap();
    let section = &preview.content.participants[0];
    assert_eq!(section.categories, vec![ConsentCategory::Referrals]);
    assert!(
        section.follow_ups.is_none() && section.contacts.is_none() && section.engagement.is_none()
    );

    // Asking only for what no consent allows leaves nobody to export.
    let mut nothing = request();
    nothing.categories = Some(vec![ConsentCategory::Wellness]);
    let err = export::preview(s.peerlog.store_mut(), &nothing).unwrap_err();
    assert_eq!(err.code(), "invalid.categories");
}

#[test]
fn listing_someone_without_a_consent_is_refused_and_nothing_is_written() {
    let mut s = scratch();
    let yes = person(&mut s, 1);
    let no = person(&mut s, 2);
    consent_for(&mut s, &yes, RECIPIENT, ALL, days_ago(5), None);
    consent_for(&mut s, &no, OTHER_RECIPIENT, ALL, days_ago(5), None);
    let mut req = request();
    req.participants = Some(vec![yes.id, no.id]);
    let out = s.out("x.pdf");
    let err = write(&mut s, &req, ExportFormat::Pdf, &out).unwrap_err();
    assert_eq!(err.code(), "invalid.participants");
    assert!(!err.to_string().contains("PX-002") && !err.to_string().contains("Given2"));
    assert!(!out.exists());
    assert!(disclosures::list(s.peerlog.store(), None)
        .unwrap()
        .is_empty());
    assert_eq!(
        audit::count(s.peerlog.store(), AuditAction::Exported).unwrap(),
        0
    );

    // Leaving someone out is always allowed.
    req.participants = Some(vec![yes.id]);
    let record = write(&mut s, &req, ExportFormat::Pdf, &out).unwrap();
    assert_eq!(record.participants.len(), 1);

    // A recipient nobody consented to is refused by name of the field.
    let err = export::preview(
        s.peerlog.store_mut(),
        &ExportRequest::new("Nobody Agreed To This", days_ago(5), today()),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid.recipient");
}

#[test]
fn the_notice_is_on_every_pdf_page_and_in_every_folder() {
    let mut s = scratch();
    let g = group(&mut s);
    for n in 1..=3 {
        let p = person(&mut s, n);
        full_record(&mut s, &p, n, g, days_ago(4));
        // Long narratives push a participant over several pages.
        for day in 0..25 {
            export_support::long_contact(&mut s, &p, days_ago(30 - day));
        }
        consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(30), None);
    }
    let pdf = s.out("conference.pdf");
    write(&mut s, &request(), ExportFormat::Pdf, &pdf).unwrap();
    let pages = pdf_pages(&pdf);
    assert!(pages.len() > 4, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert!(holds_notice(page), "page {} lacks the notice", i + 1);
    }

    let zip = s.out("tables.zip");
    write(&mut s, &request(), ExportFormat::Csv, &zip).unwrap();
    let files = zip_files(&zip);
    let mut folders: Vec<String> = files
        .iter()
        .map(|f| {
            f.name
                .rsplit_once('/')
                .map(|(d, _)| d.to_string())
                .unwrap_or_default()
        })
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        let notice = files
            .iter()
            .find(|f| f.name == format!("{folder}/{NOTICE_FILE}"))
            .unwrap_or_else(|| panic!("no notice in {folder:?}"));
        assert!(holds_notice(&String::from_utf8_lossy(&notice.bytes)));
    }
    for table in export::CSV_TABLES {
        assert!(files.iter().any(|f| f.name.ends_with(table)), "{table}");
    }

    let pack = s.out("sealed.pack");
    write(&mut s, &request(), ExportFormat::Pack, &pack).unwrap();
    let opened = packet::open_file(&pack, &Passphrase::new(PACKET_PASSPHRASE)).unwrap();
    assert!(holds_notice(&opened.notice().unwrap()));
    let inner = s.out("inner.pdf");
    std::fs::write(
        &inner,
        &opened
            .files
            .iter()
            .find(|f| f.name.ends_with(".pdf"))
            .unwrap()
            .bytes,
    )
    .unwrap();
    for page in pdf_pages(&inner) {
        assert!(holds_notice(&page));
    }
}

#[test]
fn each_export_writes_exactly_one_disclosure_whose_hash_matches_the_file() {
    let mut s = scratch();
    let g = group(&mut s);
    let a = person(&mut s, 1);
    let b = person(&mut s, 2);
    full_record(&mut s, &a, 1, g, days_ago(2));
    full_record(&mut s, &b, 2, g, days_ago(2));
    let ca = consent_for(
        &mut s,
        &a,
        RECIPIENT,
        &[ConsentCategory::Wellness],
        days_ago(9),
        None,
    );
    let cb = consent_for(&mut s, &b, RECIPIENT, ALL, days_ago(9), None);
    for (i, format) in ExportFormat::ALL.iter().enumerate() {
        let path = s.out(&format!("out-{i}"));
        let before = disclosures::list(s.peerlog.store(), None).unwrap().len();
        let audits = audit::count(s.peerlog.store(), AuditAction::Exported).unwrap();
        let record = write(&mut s, &request(), *format, &path).unwrap();
        let all = disclosures::list(s.peerlog.store(), None).unwrap();
        assert_eq!(all.len(), before + 1, "{format:?}");
        assert_eq!(
            audit::count(s.peerlog.store(), AuditAction::Exported).unwrap(),
            audits + 1
        );
        let stored = &all[0];
        assert_eq!(stored, &record);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(stored.sha256, sha256_hex(&bytes));
        assert_eq!(stored.bytes, bytes.len() as u64);
        assert_eq!(stored.format, *format);
        assert_eq!(stored.recipient, RECIPIENT);
        assert_eq!(stored.period.from, days_ago(60));
        let mut used: Vec<_> = stored
            .participants
            .iter()
            .map(|p| (p.external_id.clone(), p.consent_id, p.categories.clone()))
            .collect();
        used.sort_by(|x, y| x.0.cmp(&y.0));
        assert_eq!(
            used,
            vec![
                ("PX-001".to_string(), ca.id, vec![ConsentCategory::Wellness]),
                ("PX-002".to_string(), cb.id, ALL.to_vec()),
            ]
        );
    }
    // Each participant's history lists only them.
    let history = disclosures::for_participant(s.peerlog.store(), a.id).unwrap();
    assert_eq!(history.len(), 3);
    assert!(history
        .iter()
        .all(|r| r.participants.len() == 1 && r.participants[0].participant_id == a.id));

    // The accounting outlives the participant's record, and can't be edited.
    participant::delete(s.peerlog.store_mut(), a.id).unwrap();
    assert_eq!(
        disclosures::for_external_id(s.peerlog.store(), "px-001")
            .unwrap()
            .len(),
        3
    );
    let refused = s.peerlog.store_mut().write(|tx| {
        tx.execute("UPDATE disclosures SET recipient = 'x'", [])?;
        Ok(())
    });
    assert!(refused.is_err());
    let refused = s.peerlog.store_mut().write(|tx| {
        tx.execute("DELETE FROM disclosure_participants", [])?;
        Ok(())
    });
    assert!(refused.is_err());
    assert_eq!(disclosures::list(s.peerlog.store(), None).unwrap().len(), 3);
}

#[test]
fn a_failed_write_leaves_no_file_and_no_record() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(9), None);
    // The folder does not exist.
    let missing = s.out("no-such-folder").join("x.pdf");
    assert!(write(&mut s, &request(), ExportFormat::Pdf, &missing).is_err());
    // A file is already there and replacing was not asked for.
    let taken = s.out("taken.pdf");
    std::fs::write(&taken, b"keep me").unwrap();
    assert_eq!(
        write(&mut s, &request(), ExportFormat::Pdf, &taken)
            .unwrap_err()
            .code(),
        "file_exists"
    );
    assert_eq!(std::fs::read(&taken).unwrap(), b"keep me");
    // A packet without a passphrase, or with a weak one.
    let pack = s.out("p.pack");
    let mut output = ExportOutput::new(ExportFormat::Pack, &pack);
    assert_eq!(
        export::write(s.peerlog.store_mut(), &request(), &output)
            .unwrap_err()
            .code(),
        "invalid.packet_passphrase"
    );
    let weak = Passphrase::new("password1");
    output.packet_passphrase = Some(&weak);
    assert_eq!(
        export::write(s.peerlog.store_mut(), &request(), &output)
            .unwrap_err()
            .code(),
        "invalid.packet_passphrase"
    );
    assert!(!pack.exists());
    // The store refuses to record (read-only file system is hard to fake;
    // a trigger that aborts the insert stands in for a failing commit).
    s.peerlog
        .store_mut()
        .write(|tx| {
            tx.execute_batch(
                "CREATE TEMP TRIGGER fail_disclosure BEFORE INSERT ON main.disclosures
                 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
            )?;
            Ok(())
        })
        .unwrap();
    let out = s.out("fails.pdf");
    assert!(write(&mut s, &request(), ExportFormat::Pdf, &out).is_err());
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(s.temp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(disclosures::list(s.peerlog.store(), None)
        .unwrap()
        .is_empty());
    assert_eq!(
        audit::count(s.peerlog.store(), AuditAction::Exported).unwrap(),
        0
    );
}

#[test]
fn the_file_holds_what_was_previewed_or_nothing_is_written() {
    let mut s = scratch();
    let g = group(&mut s);
    let p = person(&mut s, 1);
    full_record(&mut s, &p, 1, g, days_ago(2));
    consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(9), None);
    let preview = export::preview(s.peerlog.store_mut(), &request()).unwrap();

    // The CSV written after the preview holds exactly the previewed rows.
    let zip = s.out("ok.zip");
    let mut output = ExportOutput::new(ExportFormat::Csv, &zip);
    output.expected_digest = Some(&preview.digest);
    export::write(s.peerlog.store_mut(), &request(), &output).unwrap();
    let files = zip_files(&zip);
    let table = |name: &str| -> Vec<Vec<String>> {
        let file = files.iter().find(|f| f.name.ends_with(name)).unwrap();
        let text = String::from_utf8_lossy(&file.bytes)
            .trim_start_matches('\u{feff}')
            .to_string();
        text.lines()
            .skip(1)
            .map(|l| l.split(',').map(str::to_string).collect())
            .collect()
    };
    let section = &preview.content.participants[0];
    let people = table("participants.csv");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0][0], section.external_id);
    assert_eq!(people[0][2], section.consent.id.to_string());
    let contacts = table("contacts.csv");
    let previewed = section.contacts.as_ref().unwrap();
    assert_eq!(contacts.len(), previewed.len());
    for (row, line) in contacts.iter().zip(previewed) {
        assert_eq!(row[1], line.date.to_string());
        assert_eq!(row[2], line.minutes.unwrap().to_string());
    }
    assert_eq!(
        table("follow_ups.csv").len(),
        section.follow_ups.as_ref().unwrap().len()
    );
    assert_eq!(
        table("referrals.csv").len(),
        section.referrals.as_ref().unwrap().len()
    );

    // A change between preview and export is caught.
    let preview = export::preview(s.peerlog.store_mut(), &request()).unwrap();
    export_support::long_contact(&mut s, &p, days_ago(1));
    let out = s.out("stale.pdf");
    let mut output = ExportOutput::new(ExportFormat::Pdf, &out);
    output.expected_digest = Some(&preview.digest);
    let err = export::write(s.peerlog.store_mut(), &request(), &output).unwrap_err();
    assert_eq!(err.code(), "preview_outdated");
    assert!(!out.exists());
    assert_eq!(disclosures::list(s.peerlog.store(), None).unwrap().len(), 1);
}

#[test]
fn export_file_names_and_metadata_carry_no_participant_data() {
    let mut s = scratch();
    let g = group(&mut s);
    let p = person(&mut s, 1);
    full_record(&mut s, &p, 1, g, days_ago(2));
    consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(9), None);
    let zip = s.out("a.zip");
    write(&mut s, &request(), ExportFormat::Csv, &zip).unwrap();
    for file in zip_files(&zip) {
        assert!(
            !file.name.contains("PX-") && !file.name.contains("Given"),
            "{}",
            file.name
        );
    }
    let pdf = s.out("a.pdf");
    write(&mut s, &request(), ExportFormat::Pdf, &pdf).unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Case-conference summary"));
    assert!(!info.contains("Given1") && !info.contains("PX-001"));
    // The fonts are embedded subsets (pdffonts: emb yes, sub yes).
    let fonts = std::process::Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(
            row.contains("yes yes yes"),
            "font not embedded as a subset with a map: {row}"
        );
    }
    // Audit entries name the disclosure, never the people in it.
    for entry in audit::recent(s.peerlog.store(), 50).unwrap() {
        assert!(!entry.detail.contains("PX-001") && !entry.detail.contains("Given1"));
        assert!(!entry.detail.contains(RECIPIENT));
    }
}

#[test]
fn a_commit_that_fails_after_the_file_was_placed_takes_the_file_back() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(9), None);
    // A deferred foreign key that is broken inside the export's transaction
    // makes its COMMIT fail: after the file has been given its name.
    s.peerlog
        .store_mut()
        .write(|tx| {
            tx.execute_batch(
                "CREATE TEMP TABLE parent (id TEXT PRIMARY KEY);
                 CREATE TEMP TABLE child (pid TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
                 CREATE TEMP TRIGGER break_commit AFTER INSERT ON main.disclosures
                 BEGIN INSERT INTO child (pid) VALUES ('missing'); END;",
            )?;
            Ok(())
        })
        .unwrap();
    let out = s.out("late.pdf");
    let err = write(&mut s, &request(), ExportFormat::Pdf, &out).unwrap_err();
    assert_eq!(err.code(), "database", "{err}");
    assert!(!out.exists(), "the file outlived its disclosure record");
    assert!(disclosures::list(s.peerlog.store(), None)
        .unwrap()
        .is_empty());
    assert_eq!(
        audit::count(s.peerlog.store(), AuditAction::Exported).unwrap(),
        0
    );
    // The store still works afterwards.
    s.peerlog
        .store_mut()
        .write(|tx| {
            tx.execute_batch("DROP TRIGGER temp.break_commit;")?;
            Ok(())
        })
        .unwrap();
    write(&mut s, &request(), ExportFormat::Pdf, &out).unwrap();
    assert!(out.exists());
}

/// A consent that ends on an event (the participant's leaving the program)
/// stops being in force the day their status becomes Completed, Discharged
/// or Transferred: core's rule, so no export can carry them from then on.
#[test]
fn a_consent_ending_on_program_exit_ends_the_day_the_participant_leaves() {
    let mut s = scratch();
    let t = today();
    let leave = |s: &mut Scratch, p: &participant::Participant, status| {
        participant::update(
            s.peerlog.store_mut(),
            p.id,
            participant::ParticipantInput {
                external_id: p.external_id.clone(),
                first_name: Some("Given".into()),
                status,
                ..participant::ParticipantInput::default()
            },
        )
        .unwrap();
    };
    let mut ended = Vec::new();
    for (n, status) in [
        participant::ParticipantStatus::Completed,
        participant::ParticipantStatus::Discharged,
        participant::ParticipantStatus::Transferred,
    ]
    .into_iter()
    .enumerate()
    {
        let p = person(&mut s, n + 1);
        ended.push(consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(30), None));
        leave(&mut s, &p, status);
    }
    // Paused is not leaving; a consent with an end date outlives the exit.
    let paused = person(&mut s, 4);
    consent_for(&mut s, &paused, RECIPIENT, ALL, days_ago(30), None);
    leave(&mut s, &paused, participant::ParticipantStatus::Paused);
    let dated = person(&mut s, 5);
    consent_for(
        &mut s,
        &dated,
        RECIPIENT,
        ALL,
        days_ago(30),
        Some(t + Duration::days(30)),
    );
    leave(&mut s, &dated, participant::ParticipantStatus::Completed);

    let mut got = included(&mut s);
    got.sort();
    assert_eq!(
        got,
        vec![paused.external_id.clone(), dated.external_id.clone()]
    );
    for consent in &ended {
        let now = consent::get(s.peerlog.store(), consent.id).unwrap();
        assert_eq!(now.program_exit_on, Some(t));
        assert_eq!(now.status_on(t), consent::ConsentStatus::Expired);
        assert_eq!(
            now.status_on(t - Duration::days(1)),
            consent::ConsentStatus::Active
        );
    }
    // Listing someone who left is refused, naming why.
    let mut listed = request();
    listed.participants = Some(vec![ended[0].participant_id]);
    let refused = export::preview(s.peerlog.store_mut(), &listed).unwrap_err();
    assert_eq!(refused.code(), "invalid.participants");
}

/// A case id stays on one line wherever the PDF shows it, and attendance
/// says what its rate counts.
#[test]
fn case_ids_never_break_and_attendance_says_what_it_counts() {
    let mut s = scratch();
    let g = group(&mut s);
    let long_id = "2026-CR-000123-FAMILY-DIVISION-7";
    let p = participant::create(
        s.peerlog.store_mut(),
        participant::ParticipantInput {
            external_id: long_id.into(),
            first_name: Some("Given".into()),
            last_name: Some("Family".into()),
            ..participant::ParticipantInput::default()
        },
    )
    .unwrap();
    full_record(&mut s, &p, 1, g, days_ago(3));
    consent_for(&mut s, &p, RECIPIENT, ALL, days_ago(30), None);
    let pdf = s.out("ids.pdf");
    write(&mut s, &request(), ExportFormat::Pdf, &pdf).unwrap();
    let pages = pdf_pages(&pdf);
    let whole = pages.iter().filter(|page| page.contains(long_id)).count();
    assert!(
        whole >= 2,
        "the id whole on the cover and the participant's page: {pages:?}"
    );
    let text = pages.join("\n");
    assert!(
        text.contains("sessions attended") || text.contains("session attended"),
        "{text}"
    );
    assert!(!text.contains("% attended"));
}

/// The export screen says who on the caseload is not offered, and why.
#[test]
fn who_is_not_offered_and_why() {
    use peerlog_core::export::not_offered::{self, Reason};
    let mut s = scratch();
    let t = today();
    let offered = person(&mut s, 1);
    consent_for(&mut s, &offered, RECIPIENT, ALL, days_ago(30), None);
    let none = person(&mut s, 2);
    let revoked = person(&mut s, 3);
    let c = consent_for(&mut s, &revoked, RECIPIENT, ALL, days_ago(30), None);
    consent::revoke(s.peerlog.store_mut(), c.id, Some(t)).unwrap();
    let expired = person(&mut s, 4);
    consent_for(
        &mut s,
        &expired,
        RECIPIENT,
        ALL,
        days_ago(30),
        Some(days_ago(1)),
    );
    let later = person(&mut s, 5);
    consent_for(&mut s, &later, RECIPIENT, ALL, t + Duration::days(3), None);
    let other = person(&mut s, 6);
    consent_for(&mut s, &other, OTHER_RECIPIENT, ALL, days_ago(30), None);
    // Someone who has left the program is not on the caseload.
    let left = person(&mut s, 7);
    participant::update(
        s.peerlog.store_mut(),
        left.id,
        participant::ParticipantInput {
            external_id: left.external_id.clone(),
            first_name: Some("Given".into()),
            status: participant::ParticipantStatus::Completed,
            ..participant::ParticipantInput::default()
        },
    )
    .unwrap();

    let out = not_offered::not_offered(s.peerlog.store(), RECIPIENT, t).unwrap();
    let mut got: Vec<(String, Reason)> = out
        .iter()
        .map(|l| (l.external_id.clone(), l.reason))
        .collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        vec![
            (none.external_id.clone(), Reason::NoConsent),
            (revoked.external_id.clone(), Reason::Revoked),
            (expired.external_id.clone(), Reason::Expired),
            (later.external_id.clone(), Reason::NotYetEffective),
            (other.external_id.clone(), Reason::NoConsent),
        ]
    );
    assert_eq!(
        not_offered::summary(&out).unwrap(),
        "2 on your caseload have no consent for this recipient; 2 consents ended; 1 consent starts later"
    );
    assert_eq!(not_offered::summary(&[]), None);
}
