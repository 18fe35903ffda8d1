//! The peer's own record: credentials with their renewal rules, trainings
//! with certificates kept inside the store, and progress by category over
//! the right period; private to the peer, and backed up with the rest.

use crate::export_support::*;
use chrono::NaiveDate;
use peerlog_core::backup::{self, BackupCredential, RestoreOptions};
use peerlog_core::clock::FixedClock;
use peerlog_core::credentials::certificate::{self, MediaType, MAX_BYTES};
use peerlog_core::credentials::progress::{self, Standing};
use peerlog_core::credentials::{credential, presets, training};
use peerlog_core::credentials::{CredentialInput, RenewalRule, TrainingInput};
use peerlog_core::domain::registry::{Export, Search, Timeline};
use peerlog_core::domain::KINDS;
use peerlog_core::ids::CredentialId;
use peerlog_core::secret::Passphrase;
use peerlog_core::time::Timestamp;
use peerlog_core::{Credential, DataDir, Error, Peerlog};
use peerlog_devtools::testing::PASSPHRASE;
use std::sync::Arc;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A store whose today is `day`.
pub fn on(s: &mut Scratch, day: NaiveDate) {
    let noon = Timestamp::from_local(day, chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap());
    s.peerlog.store_mut().set_clock(Arc::new(FixedClock(noon)));
}

/// Pennsylvania's CPS, renewed so its current period is 2025-03-01 to
/// 2027-02-28.
pub fn pennsylvania(s: &mut Scratch) -> CredentialId {
    let preset = presets::find("pennsylvania_cps").unwrap();
    credential::add(
        s.peerlog.store_mut(),
        CredentialInput {
            name: preset.name.into(),
            board: Some(preset.board.into()),
            number: Some("CPS-0000-TEST".into()),
            issued_on: d(2021, 3, 1),
            expires_on: Some(d(2027, 2, 28)),
            rule: preset.rule,
        },
    )
    .unwrap()
    .id
}

pub fn course(title: &str, day: NaiveDate, minutes: u32, category: &str) -> TrainingInput {
    TrainingInput {
        title: title.into(),
        provider: Some("Synthetic Training Institute".into()),
        completed_on: day,
        minutes,
        category: category.into(),
        credential_id: None,
    }
}

pub const PDF_CERTIFICATE: &[u8] =
    b"%PDF-1.4\n% a synthetic certificate\n\x00\x01\x02\xff\n%%EOF\n";

#[test]
fn hours_count_by_category_within_the_period_and_not_a_day_outside() {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 1));
    let id = pennsylvania(&mut s);
    let store = s.peerlog.store_mut();
    // The day before the period starts: does not count.
    training::add(
        store,
        course("Before", d(2025, 2, 28), 600, "peer_support"),
        None,
    )
    .unwrap();
    // Its first day: counts.
    training::add(
        store,
        course("First day", d(2025, 3, 1), 90, "peer_support"),
        None,
    )
    .unwrap();
    training::add(store, course("Ethics", d(2026, 1, 10), 180, "ethics"), None).unwrap();
    training::add(
        store,
        course("Elective", d(2026, 2, 10), 150, "elective"),
        None,
    )
    .unwrap();
    // For another credential: does not count toward this one.
    let other = credential::add(
        store,
        CredentialInput {
            name: "Mental Health First Aid".into(),
            board: None,
            number: None,
            issued_on: d(2025, 1, 1),
            expires_on: None,
            rule: presets::find("mental_health_first_aid").unwrap().rule,
        },
    )
    .unwrap();
    assert_eq!(other.expires_on, d(2027, 12, 31));
    training::add(
        store,
        TrainingInput {
            credential_id: Some(other.id),
            ..course("Other", d(2026, 3, 1), 480, "peer_support")
        },
        None,
    )
    .unwrap();

    let p = progress::progress(s.peerlog.store(), id).unwrap();
    assert_eq!(
        (p.period.from, p.period.to),
        (d(2025, 3, 1), d(2027, 2, 28))
    );
    let titles: Vec<&str> = p.trainings.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["First day", "Ethics", "Elective"]);
    let lines: Vec<_> = p
        .tally
        .lines
        .iter()
        .map(|l| (l.category.as_deref(), l.earned_minutes, l.missing_minutes))
        .collect();
    assert_eq!(
        lines,
        [
            (Some("peer_support"), 90, 24 * 60 - 90),
            (Some("ethics"), 180, 0),
            (None, 150, 9 * 60 - 150),
        ]
    );
    assert_eq!(p.tally.earned_minutes, 420);
    assert_eq!(p.tally.missing_minutes, 36 * 60 - 420);
    assert_eq!(p.standing, Standing::Current);

    // Renewed: the next period starts the day after the old expiry, so
    // nothing from the last one counts.
    credential::renew(s.peerlog.store_mut(), id, None).unwrap();
    let p = progress::progress(s.peerlog.store(), id).unwrap();
    assert_eq!(
        (p.period.from, p.period.to),
        (d(2027, 3, 1), d(2029, 2, 28))
    );
    assert_eq!(p.tally.earned_minutes, 0);
}

#[test]
fn a_lapsed_credential_and_its_grace_period() {
    let mut s = scratch();
    on(&mut s, d(2026, 1, 1));
    let preset = presets::find("wisconsin_cps").unwrap();
    let id = credential::add(
        s.peerlog.store_mut(),
        CredentialInput {
            name: preset.name.into(),
            board: None,
            number: None,
            issued_on: d(2024, 2, 1),
            expires_on: None,
            rule: preset.rule,
        },
    )
    .unwrap()
    .id;
    let standing = |s: &mut Scratch, day| {
        on(s, day);
        progress::progress(s.peerlog.store(), id).unwrap().standing
    };
    // Issued 2024-02-01, two years: valid through 2026-01-31.
    assert_eq!(
        standing(&mut s, d(2025, 11, 2)),
        Standing::DueSoon {
            reminder: 90,
            days_left: 90
        }
    );
    assert_eq!(
        standing(&mut s, d(2026, 1, 25)),
        Standing::DueSoon {
            reminder: 7,
            days_left: 6
        }
    );
    assert_eq!(
        standing(&mut s, d(2026, 2, 1)),
        Standing::InGrace {
            until: d(2026, 3, 2)
        }
    );
    assert_eq!(standing(&mut s, d(2026, 3, 2)).code(), "in_grace");
    assert_eq!(standing(&mut s, d(2026, 3, 3)), Standing::Lapsed);
    let all = progress::all(s.peerlog.store()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].credential.rule.after_grace.as_deref(),
        Some("a late fee, then the exam again")
    );
}

#[test]
fn bad_input_names_its_field_and_writes_nothing() {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 1));
    let id = pennsylvania(&mut s);
    let before = row_counts(&s);
    let store = s.peerlog.store_mut();
    let add = |store: &mut _, input, cert: Option<&[u8]>| training::add(store, input, cert);
    refused(
        add(store, course(" ", d(2026, 1, 1), 60, "ethics"), None),
        "title",
        "required",
    );
    refused(
        add(store, course("A", d(2026, 7, 1), 60, "ethics"), None),
        "completed_on",
        "in_future",
    );
    refused(
        add(store, course("A", d(2026, 1, 1), 0, "ethics"), None),
        "hours",
        "out_of_range",
    );
    refused(
        add(store, course("A", d(2026, 1, 1), 60, "éthics!"), None),
        "category",
        "bad_format",
    );
    refused(
        add(
            store,
            TrainingInput {
                credential_id: Some(CredentialId::new()),
                ..course("A", d(2026, 1, 1), 60, "ethics")
            },
            None,
        ),
        "credential",
        "no_such_record",
    );
    // A certificate of another type, or too large, is refused by its
    // field and leaves no training behind.
    refused(
        add(
            store,
            course("A", d(2026, 1, 1), 60, "ethics"),
            Some(b"GIF89a not kept"),
        ),
        "certificate",
        "unknown_value",
    );
    let mut big = b"%PDF-".to_vec();
    big.resize(MAX_BYTES + 1, b'0');
    refused(
        add(store, course("A", d(2026, 1, 1), 60, "ethics"), Some(&big)),
        "certificate",
        "out_of_range",
    );
    refused(
        credential::add(
            store,
            CredentialInput {
                name: "CPS".into(),
                board: None,
                number: None,
                issued_on: d(2026, 1, 1),
                expires_on: Some(d(2025, 1, 1)),
                rule: RenewalRule::lasting(24),
            },
        ),
        "expires_on",
        "out_of_order",
    );
    refused(
        credential::add(
            store,
            CredentialInput {
                name: "CPS".into(),
                board: None,
                number: None,
                issued_on: d(2026, 1, 1),
                expires_on: None,
                rule: RenewalRule::lasting(0),
            },
        ),
        "period_months",
        "out_of_range",
    );
    refused(
        credential::renew(store, id, Some(d(2027, 2, 1))),
        "expires_on",
        "out_of_order",
    );
    assert_eq!(row_counts(&s), before);
}

/// How many rows each table holds, to prove a refusal wrote nothing.
fn row_counts(s: &Scratch) -> Vec<(String, i64)> {
    ["credentials", "trainings", "training_certificates"]
        .iter()
        .map(|t| {
            let n = s
                .peerlog
                .store()
                .conn()
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap();
            (t.to_string(), n)
        })
        .collect()
}

#[track_caller]
fn refused<T: std::fmt::Debug>(result: Result<T, Error>, field: &str, problem: &str) {
    match result {
        Err(Error::Invalid(e)) => {
            assert_eq!(e.field, field, "field of {e}");
            assert_eq!(e.problem.code(), problem, "rule of {e}");
        }
        other => panic!("expected invalid.{field} ({problem}), got {other:?}"),
    }
}

#[test]
fn a_certificate_is_kept_inside_the_store_and_read_only_on_purpose() {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 1));
    let t = training::add(
        s.peerlog.store_mut(),
        course("Trauma Informed Care", d(2026, 5, 1), 90, "peer_support"),
        Some(PDF_CERTIFICATE),
    )
    .unwrap();
    let info = t.certificate.unwrap();
    assert_eq!(info.media_type, MediaType::Pdf);
    assert_eq!(info.size, PDF_CERTIFICATE.len() as u64);
    let listed = training::list(s.peerlog.store()).unwrap();
    assert_eq!(listed[0].certificate, Some(info));
    let (media_type, bytes) = certificate::certificate(s.peerlog.store(), t.id)
        .unwrap()
        .unwrap();
    assert_eq!(
        (media_type, bytes.as_slice()),
        (MediaType::Pdf, PDF_CERTIFICATE)
    );

    // Replaced by an image; nothing was written beside the store.
    let png = b"\x89PNG\r\n\x1a\nsynthetic".to_vec();
    certificate::attach(s.peerlog.store_mut(), t.id, &png).unwrap();
    let (media_type, bytes) = certificate::certificate(s.peerlog.store(), t.id)
        .unwrap()
        .unwrap();
    assert_eq!((media_type, bytes), (MediaType::Png, png));
    let files: Vec<String> = std::fs::read_dir(s.dir.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf") || n.ends_with(".png"))
        .collect();
    assert!(files.is_empty(), "{files:?}");

    // Deleting the training deletes its certificate.
    training::delete(s.peerlog.store_mut(), t.id).unwrap();
    assert!(certificate::certificate(s.peerlog.store(), t.id)
        .unwrap()
        .is_none());
}

#[test]
fn the_peers_own_record_is_never_shown_searched_or_exported() {
    for name in ["credential", "training"] {
        let kind = KINDS.iter().find(|k| k.name == name).unwrap();
        assert!(matches!(kind.timeline, Timeline::NotShown(_)), "{name}");
        assert!(matches!(kind.search, Search::NotIndexed(_)), "{name}");
        assert!(matches!(kind.export, Export::Never(_)), "{name}");
    }
    let reads = peerlog_core::domain::registry::export_reads(None);
    for table in ["credentials", "trainings", "training_certificates"] {
        assert!(!reads.contains(&table), "{table} among the export's reads");
    }
}

#[test]
fn a_certificate_survives_backup_and_restore_byte_for_byte() {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 1));
    // Every byte value, so nothing on the way can mangle one unnoticed.
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend((0..=255u8).cycle().take(300_000));
    let t = training::add(
        s.peerlog.store_mut(),
        course(
            "Motivational Interviewing",
            d(2026, 4, 2),
            360,
            "peer_support",
        ),
        Some(&bytes),
    )
    .unwrap();
    let file = s.out("peerlog.backup");
    backup::write(&mut s.peerlog, &file, false).unwrap();

    let target = tempfile::tempdir().unwrap();
    let dir = DataDir::new(target.path().join("data"));
    let passphrase = Passphrase::new(PASSPHRASE);
    backup::restore(
        &dir,
        &file,
        BackupCredential::Passphrase(&passphrase),
        RestoreOptions::default(),
    )
    .unwrap();
    let restored = Peerlog::unlock(&dir, Credential::Passphrase(&passphrase)).unwrap();
    let (media_type, kept) = certificate::certificate(restored.store(), t.id)
        .unwrap()
        .unwrap();
    assert_eq!(media_type, MediaType::Pdf);
    assert_eq!(sha256_hex(&kept), sha256_hex(&bytes));
    assert_eq!(training::list(restored.store()).unwrap()[0].minutes, 360);
}

mod packet {
    use super::*;
    use peerlog_core::export::archive::read_zip;
    use peerlog_core::i18n::Language;
    use peerlog_core::renewal::{self, RenewalFormat, RenewalRequest};

    /// A store with participants, contacts and every other kind of record,
    /// and a Pennsylvania credential with trainings on both sides of its
    /// period's start.
    fn seeded() -> (Scratch, CredentialId, Vec<String>) {
        let mut s = scratch();
        let g = group(&mut s);
        let mut people = Vec::new();
        for n in 1..=2 {
            let p = person(&mut s, n);
            full_record(&mut s, &p, n, g, days_ago(3));
            people.extend([
                p.external_id.clone(),
                format!("Given{n}"),
                format!("Family{n}"),
            ]);
            people.extend(canaries_for_everything(n));
        }
        on(&mut s, d(2026, 6, 1));
        let id = pennsylvania(&mut s);
        let store = s.peerlog.store_mut();
        training::add(
            store,
            course("Outside the period", d(2025, 2, 28), 600, "peer_support"),
            None,
        )
        .unwrap();
        training::add(
            store,
            course(
                "Wellness Recovery Action Plan",
                d(2025, 3, 1),
                90,
                "peer_support",
            ),
            Some(PDF_CERTIFICATE),
        )
        .unwrap();
        training::add(
            store,
            course("Ethics in peer work", d(2026, 1, 10), 180, "ethics"),
            None,
        )
        .unwrap();
        training::add(
            store,
            course("Supervision hours", d(2026, 2, 1), 120, "supervision"),
            None,
        )
        .unwrap();
        (s, id, people)
    }

    fn canaries_for_everything(n: usize) -> Vec<String> {
        peerlog_core::domain::consent::ConsentCategory::ALL
            .iter()
            .flat_map(|c| canaries_for(*c).iter().map(move |k| canary(k, n)))
            .collect()
    }

    fn request(format: RenewalFormat, language: Language, id: CredentialId) -> RenewalRequest {
        RenewalRequest {
            credential: id,
            period: None,
            format,
            language,
        }
    }

    /// Writes the credential's packet to `name` in the scratch folder.
    fn packet(
        s: &mut Scratch,
        format: RenewalFormat,
        language: Language,
        id: CredentialId,
        name: &str,
    ) -> std::path::PathBuf {
        let path = s.out(name);
        renewal::write(
            s.peerlog.store_mut(),
            &request(format, language, id),
            &path,
            false,
        )
        .unwrap();
        path
    }

    #[test]
    fn the_pdf_lists_the_periods_hours_and_nothing_about_participants() {
        let (mut s, id, people) = seeded();
        let pdf = packet(
            &mut s,
            RenewalFormat::Pdf,
            Language::English,
            id,
            "renewal.pdf",
        );
        let text = squash(&pdf_pages(&pdf).concat());
        for wanted in [
            "Renewal packet",
            "Certified Peer Specialist (Pennsylvania)",
            "CPS-0000-TEST",
            "2025-03-01 to 2027-02-28",
            "36 hours every 24 months",
            "Wellness Recovery Action Plan",
            "Ethics in peer work",
            // Peer support: 24 required, 1.5 earned, 22.5 missing.
            "Peer support or recovery 24 1.5 22.5",
            "Ethics 3 3 0",
            "Any category (elective) 9 0 9",
            "Total 36 4.5 31.5",
            "Supervision hours in the period: 2, not counted",
        ] {
            assert!(text.contains(&squash(wanted)), "{wanted:?} in {text}");
        }
        // The certificate is listed by its training, type and size.
        let listed = format!(
            "2025-03-01 · Wellness Recovery Action Plan: PDF, {} B",
            PDF_CERTIFICATE.len()
        );
        assert!(text.contains(&listed), "{text}");
        assert!(!text.contains("Outside the period"), "{text}");
        for word in &people {
            assert!(!text.contains(word.as_str()), "{word} in the packet");
        }

        let spanish = packet(
            &mut s,
            RenewalFormat::Pdf,
            Language::Spanish,
            id,
            "renovacion.pdf",
        );
        let text = squash(&pdf_pages(&spanish).concat());
        assert!(text.contains("Paquete de renovación"), "{text}");
        assert!(
            text.contains("Apoyo entre pares o recuperación 24 1.5 22.5"),
            "{text}"
        );
    }

    #[test]
    fn the_csv_and_the_zip_carry_the_same_and_the_certificates_themselves() {
        let (mut s, id, people) = seeded();
        let csv = packet(
            &mut s,
            RenewalFormat::Csv,
            Language::English,
            id,
            "renewal.csv",
        );
        let written = std::fs::read_to_string(&csv).unwrap();
        assert!(
            written.contains(",2025-03-01,Wellness Recovery Action Plan,"),
            "{written}"
        );
        assert!(written.contains(",peer_support,1.5,24,22.5,"), "{written}");
        assert!(written.contains(",,,,supervision,2,,,,"), "{written}");
        assert!(written.contains("\ntotal,"), "{written}");
        assert!(written.contains(",,,,4.5,36,31.5,,"), "{written}");
        assert!(!written.contains("Outside the period"));
        for word in &people {
            assert!(!written.contains(word.as_str()), "{word} in the CSV");
        }

        let zip = packet(
            &mut s,
            RenewalFormat::Zip,
            Language::English,
            id,
            "renewal.zip",
        );
        let files = read_zip(&std::fs::read(&zip).unwrap(), "renewal packet").unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "renewal.pdf",
                "renewal.csv",
                "certificates/01-2025-03-01.pdf"
            ]
        );
        assert_eq!(files[2].bytes, PDF_CERTIFICATE);
    }

    #[test]
    fn a_packet_for_a_credential_not_kept_names_the_field_and_writes_nothing() {
        let (mut s, _, _) = seeded();
        let pdf = s.out("none.pdf");
        refused(
            renewal::write(
                s.peerlog.store_mut(),
                &request(RenewalFormat::Pdf, Language::English, CredentialId::new()),
                &pdf,
                false,
            ),
            "credential",
            "no_such_record",
        );
        assert!(!pdf.exists());
    }
}

#[test]
fn the_program_report_holds_nothing_of_the_peers_own_record() {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 1));
    pennsylvania(&mut s);
    training::add(
        s.peerlog.store_mut(),
        course("CanaryTrainingTitleZq", d(2026, 5, 1), 90, "peer_support"),
        Some(PDF_CERTIFICATE),
    )
    .unwrap();
    let report =
        peerlog_core::report::program_report(s.peerlog.store(), d(2025, 1, 1), d(2026, 6, 1))
            .unwrap();
    let text = format!("{report:?} {:?}", peerlog_core::report::rows(&report));
    for word in ["CanaryTrainingTitleZq", "CPS-0000-TEST", "Pennsylvania"] {
        assert!(!text.contains(word), "{word} in the program report");
    }
}
