//! Property test: random caseloads with random consents, exported in every
//! format. Whatever the mix, the output holds only participants with a
//! consent for the recipient in force today, only the categories that
//! consent names (less any the peer left out), and never a boundary note,
//! a self-check, or any other note that no category covers. PDFs are read
//! through poppler's pdftotext, not only through our own structures.
//!
//! The expectations are computed here from the generated specification,
//! independently of the export code. `PROPTEST_CASES` raises the case count.

use crate::export_support;

use crate::export_support::*;
use chrono::{Duration, NaiveDate};
use peerlog_core::domain::consent::{self, ConsentCategory, ConsentInput};
use peerlog_core::domain::participant::Participant;
use peerlog_core::export::{self, disclosures, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::packet;
use peerlog_core::secret::Passphrase;
use peerlog_core::time::today;
use peerlog_devtools::testing::QUICK_KDF;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A consent's recipient and state, relative to today.
#[derive(Debug, Clone, Copy)]
enum State {
    Active,
    EffectiveToday,
    ExpiresToday,
    Expired,
    RevokedToday,
    RevokedEarlier,
    NotYetEffective,
}

impl State {
    fn active(self) -> bool {
        matches!(
            self,
            State::Active | State::EffectiveToday | State::ExpiresToday
        )
    }
}

#[derive(Debug, Clone)]
struct ConsentSpec {
    /// 0: the recipient, 1: the recipient in other case, 2: someone else.
    recipient: u8,
    state: State,
    categories: Vec<ConsentCategory>,
}

#[derive(Debug, Clone)]
struct PersonSpec {
    consents: Vec<ConsentSpec>,
    /// Whether they have one of each record (else only a boundary note).
    records: bool,
}

#[derive(Debug, Clone)]
struct Case {
    people: Vec<PersonSpec>,
    /// The peer narrows the export to these categories.
    narrow: Option<Vec<ConsentCategory>>,
    /// The peer leaves out every other consented participant.
    leave_out_alternate: bool,
}

fn categories() -> impl Strategy<Value = Vec<ConsentCategory>> {
    (1u8..64).prop_map(|mask| {
        ConsentCategory::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, c)| *c)
            .collect()
    })
}

fn state() -> impl Strategy<Value = State> {
    prop_oneof![
        3 => Just(State::Active),
        1 => Just(State::EffectiveToday),
        1 => Just(State::ExpiresToday),
        1 => Just(State::Expired),
        1 => Just(State::RevokedToday),
        1 => Just(State::RevokedEarlier),
        1 => Just(State::NotYetEffective),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let consent =
        (0u8..3, state(), categories()).prop_map(|(recipient, state, categories)| ConsentSpec {
            recipient,
            state,
            categories,
        });
    let person = (
        prop::collection::vec(consent, 0..3),
        prop::bool::weighted(0.85),
    )
        .prop_map(|(consents, records)| PersonSpec { consents, records });
    (
        prop::collection::vec(person, 1..5),
        prop::option::weighted(0.3, categories()),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(people, narrow, leave_out_alternate)| Case {
            people,
            narrow,
            leave_out_alternate,
        })
}

fn add_consent(s: &mut Scratch, p: &Participant, index: usize, spec: &ConsentSpec, t: NaiveDate) {
    let recipient = match spec.recipient {
        0 => RECIPIENT.to_string(),
        1 => RECIPIENT.to_lowercase(),
        _ => OTHER_RECIPIENT.to_string(),
    };
    // Distinct signing days, so "the most recently signed" is unambiguous.
    let signed_on = t - Duration::days(40 + 3 * index as i64);
    let (effective_on, expires_on) = match spec.state {
        State::EffectiveToday => (t, Some(t + Duration::days(60))),
        State::ExpiresToday => (signed_on, Some(t)),
        State::Expired => (signed_on, Some(t - Duration::days(1))),
        State::NotYetEffective => (t + Duration::days(1), Some(t + Duration::days(60))),
        _ => (signed_on, None),
    };
    let created = consent::create(
        s.peerlog.store_mut(),
        ConsentInput {
            participant_id: p.id,
            discloser: "Peer Recovery Program".into(),
            recipient,
            purpose: "Case conference coordination".into(),
            categories: spec.categories.clone(),
            effective_on,
            expires_on,
            expiry_event: expires_on
                .is_none()
                .then(|| "Program completion".to_string()),
            signed_on,
        },
    )
    .unwrap();
    let revoked = match spec.state {
        State::RevokedToday => Some(t),
        State::RevokedEarlier => Some(t - Duration::days(2)),
        _ => None,
    };
    if let Some(on) = revoked {
        consent::revoke(s.peerlog.store_mut(), created.id, Some(on)).unwrap();
    }
}

/// What the export must hold for each participant (by number): the
/// categories, or nothing.
fn expected(case: &Case) -> BTreeMap<usize, Vec<ConsentCategory>> {
    let mut out = BTreeMap::new();
    for (n, person) in case.people.iter().enumerate() {
        // The newest signed is the one with the lowest index (see add_consent).
        let Some(consent) = person
            .consents
            .iter()
            .find(|c| c.recipient != 2 && c.state.active())
        else {
            continue;
        };
        let categories: Vec<ConsentCategory> = ConsentCategory::ALL
            .iter()
            .copied()
            .filter(|c| consent.categories.contains(c))
            .filter(|c| case.narrow.as_ref().is_none_or(|n| n.contains(c)))
            .collect();
        if !categories.is_empty() {
            out.insert(n + 1, categories);
        }
    }
    out
}

fn external(n: usize) -> String {
    format!("PX-{n:03}")
}

fn name(n: usize) -> String {
    format!("Given{n} Family{n}")
}

/// Markers a category puts on a participant's PDF pages.
fn pdf_marker(category: ConsentCategory) -> &'static str {
    match category {
        ConsentCategory::Attendance => "Recovery group attendance",
        ConsentCategory::ContactSummaries => "Engagement in the period",
        ConsentCategory::ContactNarratives => "Contacts and notes",
        ConsentCategory::Wellness => "Wellness check-ins",
        ConsentCategory::Referrals => "Referrals made or resolved in the period",
        ConsentCategory::FollowUps => "Open follow-ups",
    }
}

/// The CSV table a category fills.
fn csv_table(category: ConsentCategory) -> &'static str {
    match category {
        ConsentCategory::Attendance => "attendance.csv",
        ConsentCategory::ContactSummaries => "engagement.csv",
        ConsentCategory::ContactNarratives => "contacts.csv",
        ConsentCategory::Wellness => "wellness.csv",
        ConsentCategory::Referrals => "referrals.csv",
        ConsentCategory::FollowUps => "follow_ups.csv",
    }
}

fn check_text(
    all_text: &str,
    case: &Case,
    expect: &BTreeMap<usize, Vec<ConsentCategory>>,
    what: &str,
) {
    for (index, person) in case.people.iter().enumerate() {
        let n = index + 1;
        for never in NEVER {
            assert!(
                !all_text.contains(&canary(never, n)),
                "{what}: {never} of {n} left"
            );
        }
        match expect.get(&n) {
            None => {
                assert!(
                    !all_text.contains(&external(n)),
                    "{what}: {n} has no consent but is in"
                );
                assert!(!all_text.contains(&name(n)), "{what}: {n}'s name is in");
                for category in ConsentCategory::ALL {
                    for kind in canaries_for(*category) {
                        assert!(
                            !all_text.contains(&canary(kind, n)),
                            "{what}: {kind} of {n}"
                        );
                    }
                }
            }
            Some(categories) => {
                assert!(all_text.contains(&external(n)), "{what}: {n} missing");
                for category in ConsentCategory::ALL {
                    for kind in canaries_for(*category) {
                        let present = all_text.contains(&canary(kind, n));
                        let allowed = categories.contains(category);
                        assert!(!present || allowed, "{what}: {kind} of {n} not consented");
                        if allowed && person.records {
                            assert!(present, "{what}: consented {kind} of {n} missing");
                        }
                    }
                }
            }
        }
    }
}

/// Splits pdftotext pages by the participant in their running header.
fn pages_by_participant(pages: &[String], count: usize) -> BTreeMap<usize, String> {
    let mut out: BTreeMap<usize, String> = BTreeMap::new();
    for page in pages {
        let first = page.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        for n in 1..=count {
            if first.contains(&format!("({})", external(n))) {
                out.entry(n).or_default().push_str(page);
            }
        }
    }
    out
}

fn check_pdf(
    pages: &[String],
    case: &Case,
    expect: &BTreeMap<usize, Vec<ConsentCategory>>,
    what: &str,
) {
    assert!(!pages.is_empty());
    for (i, page) in pages.iter().enumerate() {
        assert!(
            holds_notice(page),
            "{what}: page {} without the notice",
            i + 1
        );
    }
    check_text(&pages.concat(), case, expect, what);
    let by_person = pages_by_participant(pages, case.people.len());
    let got: Vec<usize> = by_person.keys().copied().collect();
    let want: Vec<usize> = expect.keys().copied().collect();
    assert_eq!(got, want, "{what}: participants with pages");
    for (n, text) in &by_person {
        let categories = &expect[n];
        for category in ConsentCategory::ALL {
            let shown = text.contains(pdf_marker(*category));
            assert_eq!(
                shown,
                categories.contains(category),
                "{what}: {category:?} on the pages of {n}"
            );
        }
    }
}

fn check_csv(
    files: &[peerlog_core::export::archive::ArchiveFile],
    case: &Case,
    expect: &BTreeMap<usize, Vec<ConsentCategory>>,
    what: &str,
) {
    check_text(&all_text(files), case, expect, what);
    let notice = files
        .iter()
        .find(|f| f.name.ends_with(peerlog_core::export::NOTICE_FILE))
        .expect("the notice file");
    assert!(holds_notice(&String::from_utf8_lossy(&notice.bytes)));
    for category in ConsentCategory::ALL {
        let table = files
            .iter()
            .find(|f| f.name.ends_with(csv_table(*category)))
            .expect("every table");
        let text = String::from_utf8_lossy(&table.bytes);
        for (index, person) in case.people.iter().enumerate() {
            let n = index + 1;
            let has_rows = text
                .lines()
                .any(|l| l.starts_with(&format!("{},", external(n))));
            let allowed = expect.get(&n).is_some_and(|c| c.contains(category));
            if *category == ConsentCategory::ContactNarratives {
                // contacts.csv also carries summaries; narratives are checked
                // through their canaries above.
                let summaries = expect
                    .get(&n)
                    .is_some_and(|c| c.contains(&ConsentCategory::ContactSummaries));
                assert!(!has_rows || allowed || summaries, "{what}: contacts of {n}");
                continue;
            }
            assert!(
                !has_rows || allowed,
                "{what}: {} rows for {n}",
                csv_table(*category)
            );
            if allowed && person.records {
                assert!(has_rows, "{what}: {} lacks {n}", csv_table(*category));
            }
        }
    }
}

fn run(case: Case) {
    let t = today();
    let mut s = scratch();
    let mut people = Vec::new();
    for (index, spec) in case.people.iter().enumerate() {
        let n = index + 1;
        let p = person(&mut s, n);
        let g = group(&mut s);
        if spec.records {
            full_record(&mut s, &p, n, g, t - Duration::days(3));
        } else {
            // Even someone with nothing else has a boundary note and a self-check.
            export_support::private_only(&mut s, &p, n);
        }
        for (i, consent) in spec.consents.iter().enumerate() {
            add_consent(&mut s, &p, i, consent, t);
        }
        people.push(p);
    }
    let expect = expected(&case);
    let mut request = ExportRequest::new(RECIPIENT, t - Duration::days(30), t);
    request.categories = case.narrow.clone();
    let mut expect = expect;
    if case.leave_out_alternate && expect.len() > 1 {
        let keep: Vec<usize> = expect.keys().copied().step_by(2).collect();
        expect.retain(|n, _| keep.contains(n));
        request.participants = Some(keep.iter().map(|n| people[n - 1].id).collect());
    }

    let preview = export::preview(s.peerlog.store_mut(), &request);
    if expect.is_empty() {
        let err = preview.expect_err("nobody may be exported");
        assert!(err.code().starts_with("invalid."), "{err}");
        let out = s.out("none.pdf");
        let output = ExportOutput::new(ExportFormat::Pdf, &out);
        assert!(export::write(s.peerlog.store_mut(), &request, &output).is_err());
        assert!(!out.exists());
        assert!(disclosures::list(s.peerlog.store(), None)
            .unwrap()
            .is_empty());
        return;
    }
    let preview = preview.unwrap();
    let got: Vec<String> = {
        let mut v: Vec<String> = preview
            .content
            .participants
            .iter()
            .map(|p| p.external_id.clone())
            .collect();
        v.sort();
        v
    };
    let want: Vec<String> = expect.keys().map(|n| external(*n)).collect();
    assert_eq!(got, want, "preview participants");
    for section in &preview.content.participants {
        let n: usize = section.external_id[3..].parse().unwrap();
        assert_eq!(section.categories, expect[&n], "preview categories of {n}");
    }

    let passphrase = Passphrase::new(PACKET_PASSPHRASE);
    for format in ExportFormat::ALL {
        let path = s.out(&format!("export.{}", format.code()));
        let mut output = ExportOutput::new(*format, &path);
        output.packet_passphrase = Some(&passphrase);
        output.packet_kdf = QUICK_KDF;
        output.expected_digest = Some(&preview.digest);
        let record = export::write(s.peerlog.store_mut(), &request, &output).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(record.sha256, sha256_hex(&bytes));
        let mut disclosed: Vec<String> = record
            .participants
            .iter()
            .map(|p| p.external_id.clone())
            .collect();
        disclosed.sort();
        assert_eq!(disclosed, want);
        match format {
            ExportFormat::Pdf => check_pdf(&pdf_pages(&path), &case, &expect, "pdf"),
            ExportFormat::Csv => check_csv(&zip_files(&path), &case, &expect, "csv"),
            ExportFormat::Pack => {
                // The sealed bytes hold nothing readable.
                let raw = String::from_utf8_lossy(&bytes);
                assert!(!raw.contains("PX-0") && !raw.contains("Canary"));
                let opened = packet::open(&bytes, &passphrase).unwrap();
                check_csv(&opened.files, &case, &expect, "packet csv");
                let pdf = opened
                    .files
                    .iter()
                    .find(|f| f.name.ends_with(".pdf"))
                    .unwrap();
                let inner = s.out("inner.pdf");
                std::fs::write(&inner, &pdf.bytes).unwrap();
                check_pdf(&pdf_pages(&inner), &case, &expect, "packet pdf");
            }
        }
    }
    assert_eq!(
        disclosures::list(s.peerlog.store(), None).unwrap().len(),
        ExportFormat::ALL.len()
    );
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn exports_hold_only_what_consents_allow(case in case()) {
        run(case);
    }
}

/// One fixed mix that covers every state at once, so the suite checks it
/// whatever the random cases turn out to be.
#[test]
fn a_mix_of_every_consent_state() {
    let all = ConsentCategory::ALL.to_vec();
    let states = [
        State::Active,
        State::EffectiveToday,
        State::ExpiresToday,
        State::Expired,
        State::RevokedToday,
        State::RevokedEarlier,
        State::NotYetEffective,
    ];
    let mut people: Vec<PersonSpec> = states
        .iter()
        .map(|state| PersonSpec {
            consents: vec![ConsentSpec {
                recipient: 0,
                state: *state,
                categories: all.clone(),
            }],
            records: true,
        })
        .collect();
    people.push(PersonSpec {
        consents: vec![ConsentSpec {
            recipient: 2,
            state: State::Active,
            categories: all.clone(),
        }],
        records: true,
    });
    people.push(PersonSpec {
        consents: vec![ConsentSpec {
            recipient: 1,
            state: State::Active,
            categories: vec![
                ConsentCategory::Wellness,
                ConsentCategory::ContactNarratives,
            ],
        }],
        records: true,
    });
    run(Case {
        people,
        narrow: None,
        leave_out_alternate: false,
    });
}
