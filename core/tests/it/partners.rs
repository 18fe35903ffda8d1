//! Partners and what governs sharing with them (issue 15): the export
//! carries only what both the consent and the partner's agreement in force
//! allow, an ended agreement blocks it, accepted restrictions take
//! categories out for one partner, free-text recipients become partners on
//! migration (look-alikes flagged for the peer), and a meeting's export
//! covers exactly the days since the meeting before.

use crate::common::refused;
use crate::export_support::*;
use chrono::{Datelike, Duration, NaiveTime};
use peerlog_core::domain::consent::{self, ConsentCategory};
use peerlog_core::domain::contact::{self, ContactMode};
use peerlog_core::domain::followup::{self, FollowUpDraft};
use peerlog_core::domain::group::Weekday;
use peerlog_core::export::{self, disclosures, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::partners::agreement::{self, AgreementInput};
use peerlog_core::partners::meeting::{self, MeetingInput};
use peerlog_core::partners::partner::{self, PartnerInput, PartnerType};
use peerlog_core::partners::restriction::{self, RestrictionDecision, RestrictionInput};
use peerlog_core::partners::{agreement_document, docket, review};
use peerlog_core::secret::DataKey;
use peerlog_core::store::Store;
use peerlog_core::time::today;
use peerlog_core::Error;
use ConsentCategory::*;

fn row_counts(s: &Scratch) -> Vec<(String, i64)> {
    crate::common::row_counts_in(s.peerlog.store())
}

fn partner_named(s: &Scratch, name: &str) -> partner::Partner {
    partner::find(s.peerlog.store().conn(), name)
        .unwrap()
        .expect("the partner")
}

fn agreement_for(
    s: &mut Scratch,
    name: &str,
    categories: &[ConsentCategory],
    effective_on: chrono::NaiveDate,
    expires_on: chrono::NaiveDate,
) -> agreement::Agreement {
    let partner_id = partner_named(s, name).id;
    agreement::create(
        s.peerlog.store_mut(),
        AgreementInput {
            partner_id,
            title: format!("MOU {}", expires_on.year()),
            purpose: "Case conference coordination".into(),
            categories: categories.to_vec(),
            effective_on,
            expires_on,
        },
        None,
    )
    .unwrap()
}

/// What a preview to `recipient` includes, per external id.
fn included(s: &mut Scratch, recipient: &str) -> Vec<(String, Vec<ConsentCategory>)> {
    let preview = export::preview(
        s.peerlog.store_mut(),
        &ExportRequest::new(recipient, days_ago(30), today()),
    )
    .unwrap();
    preview
        .content
        .participants
        .into_iter()
        .map(|p| (p.external_id, p.categories))
        .collect()
}

#[test]
fn an_export_carries_the_narrower_of_consent_and_agreement_each_way() {
    let mut s = scratch();
    let wide = person(&mut s, 1);
    let narrow = person(&mut s, 2);
    consent_for(
        &mut s,
        &wide,
        RECIPIENT,
        ConsentCategory::ALL,
        days_ago(100),
        None,
    );
    consent_for(
        &mut s,
        &narrow,
        RECIPIENT,
        &[Attendance],
        days_ago(100),
        None,
    );
    // No agreement on file: the consent alone governs.
    assert_eq!(
        included(&mut s, RECIPIENT),
        vec![
            ("PX-001".to_string(), ConsentCategory::ALL.to_vec()),
            ("PX-002".to_string(), vec![Attendance]),
        ]
    );
    agreement_for(
        &mut s,
        RECIPIENT,
        &[Attendance, Referrals],
        days_ago(10),
        today() + Duration::days(300),
    );
    assert_eq!(
        included(&mut s, RECIPIENT),
        vec![
            // The consent allows everything; the agreement only two.
            ("PX-001".to_string(), vec![Attendance, Referrals]),
            // The agreement allows referrals; the consent does not.
            ("PX-002".to_string(), vec![Attendance]),
        ]
    );
}

#[test]
fn an_agreement_not_in_force_yet_does_not_narrow_or_block() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[Attendance, Wellness],
        days_ago(100),
        None,
    );
    agreement_for(
        &mut s,
        RECIPIENT,
        &[Attendance],
        today() + Duration::days(5),
        today() + Duration::days(400),
    );
    assert_eq!(
        included(&mut s, RECIPIENT),
        vec![("PX-001".to_string(), vec![Attendance, Wellness])]
    );
}

#[test]
fn an_expired_agreement_blocks_the_export_naming_it_and_nothing_is_written() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        ConsentCategory::ALL,
        days_ago(400),
        None,
    );
    agreement_for(
        &mut s,
        RECIPIENT,
        ConsentCategory::ALL,
        days_ago(400),
        days_ago(1),
    );
    let request = ExportRequest::new(RECIPIENT, days_ago(30), today());
    match export::preview(s.peerlog.store_mut(), &request) {
        Err(e @ Error::AgreementExpired { .. }) => {
            assert_eq!(e.code(), "agreement_expired");
            let message = e.to_string();
            assert!(
                message.contains(&format!("MOU {}", days_ago(1).year())),
                "{message}"
            );
            assert!(message.contains(&days_ago(1).to_string()), "{message}");
            assert!(!message.contains("Given1"), "no participant in the message");
            let spanish = e.message_in(peerlog_core::i18n::Language::Spanish);
            assert!(spanish.contains("venció"), "{spanish}");
        }
        other => panic!("expected agreement_expired, got {other:?}"),
    }
    let before = row_counts(&s);
    let path = s.out("blocked.pdf");
    let result = export::write(
        s.peerlog.store_mut(),
        &request,
        &ExportOutput::new(ExportFormat::Pdf, &path),
    );
    assert!(matches!(result, Err(Error::AgreementExpired { .. })));
    assert!(!path.exists(), "no file");
    assert_eq!(row_counts(&s), before, "no disclosure recorded");
    // The candidates for the dialog say the same.
    assert!(matches!(
        export::candidates(s.peerlog.store(), RECIPIENT),
        Err(Error::AgreementExpired { .. })
    ));
    // A renewed agreement lets it go again.
    agreement_for(
        &mut s,
        RECIPIENT,
        &[Attendance],
        today(),
        today() + Duration::days(365),
    );
    assert_eq!(
        included(&mut s, RECIPIENT),
        vec![("PX-001".to_string(), vec![Attendance])]
    );
}

#[test]
fn an_accepted_restriction_removes_a_category_for_one_partner_only() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[Attendance, Wellness],
        days_ago(100),
        None,
    );
    consent_for(
        &mut s,
        &p,
        OTHER_RECIPIENT,
        &[Attendance, Wellness],
        days_ago(100),
        None,
    );
    let court = partner_named(&s, RECIPIENT).id;
    let asked = |s: &mut Scratch| {
        restriction::create(
            s.peerlog.store_mut(),
            RestrictionInput {
                participant_id: p.id,
                partner_id: Some(court),
                categories: vec![Wellness],
                requested_on: days_ago(3),
            },
        )
        .unwrap()
    };
    // Asked, not yet decided; then refused: nothing changes.
    let pending = asked(&mut s);
    assert_eq!(included(&mut s, RECIPIENT)[0].1, vec![Attendance, Wellness]);
    restriction::decide(
        s.peerlog.store_mut(),
        pending.id,
        RestrictionDecision::Refused,
        None,
        "Privacy officer",
    )
    .unwrap();
    assert_eq!(included(&mut s, RECIPIENT)[0].1, vec![Attendance, Wellness]);
    // Accepted: wellness leaves the court's export, not the sheriff's.
    let accepted = asked(&mut s);
    let decided = restriction::decide(
        s.peerlog.store_mut(),
        accepted.id,
        RestrictionDecision::Accepted,
        Some(days_ago(1)),
        "Privacy officer",
    )
    .unwrap();
    assert_eq!(decided.decision, Some(RestrictionDecision::Accepted));
    assert_eq!(included(&mut s, RECIPIENT)[0].1, vec![Attendance]);
    assert_eq!(
        included(&mut s, OTHER_RECIPIENT)[0].1,
        vec![Attendance, Wellness]
    );
    // Decided once.
    refused(
        restriction::decide(
            s.peerlog.store_mut(),
            accepted.id,
            RestrictionDecision::Refused,
            None,
            "Peer",
        ),
        "decision",
        "duplicate",
    );
}

#[test]
fn bad_agreement_input_names_its_field_and_writes_nothing() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(&mut s, &p, RECIPIENT, &[Attendance], days_ago(100), None);
    let partner_id = partner_named(&s, RECIPIENT).id;
    let input = AgreementInput {
        partner_id,
        title: "MOU".into(),
        purpose: "Case conference coordination".into(),
        categories: vec![Attendance],
        effective_on: today(),
        expires_on: today() + Duration::days(30),
    };
    let before = row_counts(&s);
    refused(
        agreement::create(
            s.peerlog.store_mut(),
            AgreementInput {
                expires_on: today() - Duration::days(1),
                ..input.clone()
            },
            None,
        ),
        "expires_on",
        "out_of_order",
    );
    refused(
        agreement::create(
            s.peerlog.store_mut(),
            AgreementInput {
                title: " ".into(),
                ..input.clone()
            },
            None,
        ),
        "agreement_title",
        "required",
    );
    refused(
        agreement::create(s.peerlog.store_mut(), input.clone(), Some(b"not a scan")),
        "document",
        "unknown_value",
    );
    assert_eq!(row_counts(&s), before);
    // A real PDF is kept inside the store and read back only on request.
    let pdf = b"%PDF-1.7\n%signed agreement\n";
    let kept = agreement::create(s.peerlog.store_mut(), input, Some(pdf)).unwrap();
    assert_eq!(kept.document.map(|d| d.size), Some(pdf.len() as u64));
    let (_, bytes) =
        peerlog_core::partners::agreement_document::document(s.peerlog.store(), kept.id)
            .unwrap()
            .unwrap();
    assert_eq!(bytes, pdf);
}

#[test]
fn the_caseload_warns_thirty_days_before_an_agreement_ends_unless_renewed() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(&mut s, &p, RECIPIENT, &[Attendance], days_ago(100), None);
    consent_for(
        &mut s,
        &p,
        OTHER_RECIPIENT,
        &[Attendance],
        days_ago(100),
        None,
    );
    agreement_for(
        &mut s,
        RECIPIENT,
        &[Attendance],
        days_ago(300),
        today() + Duration::days(30),
    );
    agreement_for(
        &mut s,
        OTHER_RECIPIENT,
        &[Attendance],
        days_ago(300),
        today() + Duration::days(31),
    );
    let warned = agreement::expiring(s.peerlog.store(), today()).unwrap();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(warned[0].partner, RECIPIENT);
    assert_eq!(warned[0].days_left, 30);
    agreement_for(
        &mut s,
        RECIPIENT,
        &[Attendance],
        today() + Duration::days(31),
        today() + Duration::days(400),
    );
    assert!(agreement::expiring(s.peerlog.store(), today())
        .unwrap()
        .is_empty());
}

#[test]
fn a_new_consent_resolves_its_recipient_to_one_partner() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let a = consent_for(
        &mut s,
        &p,
        "Treatment Court",
        &[Attendance],
        days_ago(10),
        None,
    );
    let b = consent_for(
        &mut s,
        &p,
        "  treatment   COURT ",
        &[Attendance],
        days_ago(10),
        None,
    );
    assert_eq!(a.partner_id, b.partner_id);
    assert_eq!(partner::list(s.peerlog.store()).unwrap().len(), 1);
    // A look-alike is its own partner, flagged for the peer.
    let c = consent_for(
        &mut s,
        &p,
        "Treatment C\u{043E}urt",
        &[Attendance],
        days_ago(10),
        None,
    );
    assert_ne!(c.partner_id, a.partner_id);
    let flagged = review::needing_review(s.peerlog.store()).unwrap();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0].partner.id, c.partner_id);
    assert_eq!(flagged[0].look_alikes[0].id, a.partner_id);
    // A partner's name is unique by the same rule.
    refused(
        partner::create(
            s.peerlog.store_mut(),
            PartnerInput {
                name: "TREATMENT court".into(),
                partner_type: PartnerType::Court,
                attendees: Vec::new(),
                handover: None,
            },
        ),
        "partner_name",
        "duplicate",
    );
}

const OLD_CONSENTS: &[(&str, &str, &str)] = &[
    (
        "0190d1e2-7c4b-7a1e-9f00-0000000000c1",
        "Treatment Court",
        "2026-01-01T09:00:00+00:00",
    ),
    (
        "0190d1e2-7c4b-7a1e-9f00-0000000000c2",
        " treatment  court ",
        "2026-01-02T09:00:00+00:00",
    ),
    // A Cyrillic "о" in "Cоurt".
    (
        "0190d1e2-7c4b-7a1e-9f00-0000000000c3",
        "Treatment C\u{043E}urt",
        "2026-01-03T09:00:00+00:00",
    ),
    (
        "0190d1e2-7c4b-7a1e-9f00-0000000000c4",
        "Sheriff's Office",
        "2026-01-04T09:00:00+00:00",
    ),
    (
        "0190d1e2-7c4b-7a1e-9f00-0000000000c5",
        "Sheriffs Office",
        "2026-01-05T09:00:00+00:00",
    ),
    (
        "0190d1e2-7c4b-7a1e-9f00-0000000000c6",
        "Probation Department",
        "2026-01-06T09:00:00+00:00",
    ),
];

/// A store as schema 18 left it: one participant, consents to free-text
/// recipients; opened, it runs migration 0019.
fn migrated_store(s: &Scratch) -> Store {
    let path = s.temp.path().join("old.db");
    let key = DataKey::generate();
    peerlog_store::testing::store_at_version(&path, &key, 18, |conn| {
        conn.execute(
            "INSERT INTO participants (id, external_id, first_name, status, created_at, updated_at)
             VALUES ('0190d1e2-7c4b-7a1e-9f00-000000000001', 'OLD-1', 'Given', 'active',
                     '2026-01-01T09:00:00+00:00', '2026-01-01T09:00:00+00:00')",
            [],
        )
        .unwrap();
        for (id, recipient, created_at) in OLD_CONSENTS {
            conn.execute(
                "INSERT INTO consents (id, participant_id, discloser, recipient, purpose, categories,
                     effective_on, expires_on, expiry_event, signed_on, revoked_on, created_at)
                 VALUES (?1, '0190d1e2-7c4b-7a1e-9f00-000000000001', 'Peer program', ?2,
                     'Case conference', 'attendance', '2026-01-01', '2099-12-31', NULL,
                     '2026-01-01', NULL, ?3)",
                rusqlite::params![id, recipient, created_at],
            )
            .unwrap();
        }
    });
    Store::open(&path, &key).unwrap()
}

#[test]
fn migrated_recipients_become_partners_and_look_alikes_are_resolved_once() {
    let s = scratch();
    let mut store = migrated_store(&s);
    let partners = partner::list(&store).unwrap();
    let names: Vec<&str> = partners.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "Probation Department",
            "Sheriff's Office",
            "Sheriffs Office",
            "Treatment Court",
            "Treatment C\u{043E}urt",
        ],
        "two spellings of one court are one partner, kept as first written"
    );
    let court = partners
        .iter()
        .find(|p| p.name == "Treatment Court")
        .unwrap();
    let consents = consent::list(&store, None).unwrap();
    let of = |id: &str| {
        consents
            .iter()
            .find(|c| c.id.to_string() == id)
            .unwrap()
            .partner_id
    };
    assert_eq!(of("0190d1e2-7c4b-7a1e-9f00-0000000000c1"), court.id);
    assert_eq!(
        of("0190d1e2-7c4b-7a1e-9f00-0000000000c2"),
        court.id,
        "matched"
    );
    assert!(
        !partners
            .iter()
            .find(|p| p.name == "Probation Department")
            .unwrap()
            .needs_review
    );

    // The Cyrillic court and the two sheriff spellings wait for the peer.
    let flagged: Vec<String> = review::needing_review(&store)
        .unwrap()
        .into_iter()
        .map(|f| f.partner.name)
        .collect();
    assert_eq!(
        flagged,
        vec![
            "Sheriff's Office",
            "Sheriffs Office",
            "Treatment Court",
            "Treatment C\u{043E}urt"
        ]
    );
    let cyrillic = partners
        .iter()
        .find(|p| p.name.contains('\u{043E}'))
        .unwrap();
    assert_ne!(
        of("0190d1e2-7c4b-7a1e-9f00-0000000000c3"),
        court.id,
        "never merged on its own"
    );

    // Merged: its consent moves, and its old spelling finds the court.
    let kept = review::merge(&mut store, cyrillic.id, court.id).unwrap();
    assert!(!kept.needs_review);
    assert_eq!(
        consent::get(
            &store,
            peerlog_core::ids::ConsentId::parse("0190d1e2-7c4b-7a1e-9f00-0000000000c3").unwrap()
        )
        .unwrap()
        .partner_id,
        court.id
    );
    assert_eq!(
        partner::find(store.conn(), "Treatment C\u{043E}urt")
            .unwrap()
            .unwrap()
            .id,
        court.id
    );
    assert_eq!(
        consent::for_recipient(&store, "TREATMENT COURT")
            .unwrap()
            .len(),
        3
    );

    // Confirmed separate: both sheriffs stay, neither is flagged.
    let sheriff = partners
        .iter()
        .find(|p| p.name == "Sheriff's Office")
        .unwrap();
    review::confirm_separate(&mut store, sheriff.id).unwrap();
    assert!(review::needing_review(&store).unwrap().is_empty());
    assert_eq!(partner::list(&store).unwrap().len(), 4);
}

/// A weekly meeting with `RECIPIENT`'s partner on today's weekday, started
/// five weeks ago: it is held today and was held a week ago.
fn weekly_meeting(s: &mut Scratch) -> meeting::Meeting {
    let partner_id = partner_named(s, RECIPIENT).id;
    let weekday = Weekday::ALL[today().weekday().num_days_from_monday() as usize];
    meeting::create(
        s.peerlog.store_mut(),
        MeetingInput {
            partner_id,
            name: "Treatment court staffing".into(),
            weekday,
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            every_weeks: 1,
            starts_on: days_ago(35),
        },
    )
    .unwrap()
}

#[test]
fn a_meeting_export_covers_the_days_since_the_meeting_before_and_names_the_meeting() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let outsider = person(&mut s, 2);
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        &[ContactSummaries],
        days_ago(100),
        None,
    );
    consent_for(
        &mut s,
        &outsider,
        OTHER_RECIPIENT,
        &[ContactSummaries],
        days_ago(100),
        None,
    );
    agreement_for(
        &mut s,
        RECIPIENT,
        &[ContactSummaries, FollowUps],
        days_ago(100),
        today() + Duration::days(200),
    );
    let m = weekly_meeting(&mut s);
    let held_on = today();
    assert_eq!(m.next_on(today()), held_on);
    // Contacts the day after the last meeting (in) and on its day (out).
    for (days, minutes) in [(6, 45), (7, 30)] {
        let mut input = crate::common::contact_input(&p, at(days_ago(days), 10));
        input.duration_minutes = minutes;
        input.mode = ContactMode::Phone;
        contact::create(s.peerlog.store_mut(), input).unwrap();
    }

    // Only those with a consent for the partner may be on the docket.
    let offered = docket::offered(s.peerlog.store().conn(), &m, today()).unwrap();
    assert_eq!(
        offered.iter().map(|o| o.participant_id).collect::<Vec<_>>(),
        vec![p.id]
    );
    refused(
        docket::set(s.peerlog.store_mut(), m.id, held_on, &[p.id, outsider.id]),
        "participants",
        "not_consented",
    );
    refused(
        peerlog_core::export::meeting::request_for(s.peerlog.store(), m.id, held_on),
        "participants",
        "required",
    );
    refused(
        docket::set(
            s.peerlog.store_mut(),
            m.id,
            held_on - Duration::days(1),
            &[p.id],
        ),
        "held_on",
        "no_such_record",
    );
    docket::set(s.peerlog.store_mut(), m.id, held_on, &[p.id]).unwrap();

    let preview =
        peerlog_core::export::meeting::preview(s.peerlog.store_mut(), m.id, held_on).unwrap();
    assert_eq!(
        preview.content.period.from,
        days_ago(6),
        "the day after the meeting before"
    );
    assert_eq!(preview.content.period.to, held_on);
    let engagement = preview.content.participants[0].engagement.clone().unwrap();
    assert_eq!((engagement.contacts, engagement.minutes), (1, 45));
    assert_eq!(
        preview.content.meeting.as_ref().unwrap().name,
        "Treatment court staffing"
    );

    let path = s.out("meeting.pdf");
    let record = peerlog_core::export::meeting::write(
        s.peerlog.store_mut(),
        m.id,
        held_on,
        &ExportOutput::new(ExportFormat::Pdf, &path),
    )
    .unwrap();
    let text = squash(&pdf_pages(&path).join("\n"));
    assert!(
        text.contains("Treatment court staffing"),
        "the meeting is named"
    );
    assert!(text.contains(&held_on.to_string()));
    assert!(
        holds_notice(&text),
        "the redisclosure notice travels with it"
    );
    // The accounting of disclosures links the export to its meeting.
    let kept = disclosures::get(s.peerlog.store(), record.id).unwrap();
    assert_eq!(
        kept.meeting.map(|at| (at.id, at.held_on)),
        Some((m.id, held_on))
    );

    // A CSV export's README names the meeting too.
    let folder = s.out("meeting.zip");
    peerlog_core::export::meeting::write(
        s.peerlog.store_mut(),
        m.id,
        held_on,
        &ExportOutput::new(ExportFormat::Csv, &folder),
    )
    .unwrap();
    let readme = all_text(&zip_files(&folder));
    assert!(
        readme.contains(&format!("Meeting: Treatment court staffing, {held_on}")),
        "{readme}"
    );

    // A request that claims the meeting with another period is refused.
    let mut wrong =
        peerlog_core::export::meeting::request_for(s.peerlog.store(), m.id, held_on).unwrap();
    wrong.from = days_ago(30);
    refused(
        export::preview(s.peerlog.store_mut(), &wrong),
        "from",
        "no_such_record",
    );
}

#[test]
fn a_decision_at_a_meeting_opens_a_follow_up_in_the_participants_record() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let other = person(&mut s, 2);
    consent_for(&mut s, &p, RECIPIENT, &[FollowUps], days_ago(100), None);
    let m = weekly_meeting(&mut s);
    docket::set(s.peerlog.store_mut(), m.id, today(), &[p.id]).unwrap();
    let draft = FollowUpDraft {
        due_on: today() + Duration::days(7),
        text: "Bring the housing form".into(),
    };
    refused(
        docket::decide(
            s.peerlog.store_mut(),
            m.id,
            today(),
            other.id,
            "Not on the docket",
            Some(draft.clone()),
        ),
        "participant",
        "no_such_record",
    );
    let decision = docket::decide(
        s.peerlog.store_mut(),
        m.id,
        today(),
        p.id,
        "Continue in phase two",
        Some(draft),
    )
    .unwrap();
    let open = followup::list_for(s.peerlog.store(), p.id).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(Some(open[0].id), decision.follow_up.map(|f| f.id));
    assert_eq!(
        docket::decisions(s.peerlog.store(), m.id, today())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn the_integrity_check_finds_a_consent_whose_partner_is_gone() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    let c = consent_for(&mut s, &p, RECIPIENT, &[Attendance], days_ago(10), None);
    let conn = s.peerlog.store().conn();
    assert!(consent::without_partner(conn).unwrap().is_empty());
    // Behind the store's back, as damage or a hand edit would.
    conn.execute(
        "UPDATE consents SET partner_id = NULL WHERE id = ?1",
        [c.id],
    )
    .unwrap();
    assert_eq!(consent::without_partner(conn).unwrap(), vec![c.id]);
}

#[test]
fn a_signed_document_comes_in_after_its_agreement_and_goes_out_as_a_copy() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(&mut s, &p, RECIPIENT, &[Attendance], days_ago(100), None);
    let kept = agreement_for(
        &mut s,
        RECIPIENT,
        &[Attendance],
        days_ago(10),
        today() + Duration::days(300),
    );
    assert_eq!(kept.document, None);
    let out = s.out("agreement.pdf");
    refused(
        peerlog_core::kept_files::save_agreement_document(
            s.peerlog.store_mut(),
            kept.id,
            &out,
            false,
        ),
        "agreement",
        "no_such_record",
    );
    assert!(!out.exists(), "nothing to copy, nothing written");

    let before = row_counts(&s);
    refused(
        agreement_document::attach(s.peerlog.store_mut(), kept.id, b"not a scan"),
        "document",
        "unknown_value",
    );
    assert_eq!(row_counts(&s), before);

    let pdf = b"%PDF-1.7\n%signed later\n";
    let info = agreement_document::attach(s.peerlog.store_mut(), kept.id, pdf).unwrap();
    assert_eq!(info.size, pdf.len() as u64);
    let listed = agreement::list(s.peerlog.store(), Some(kept.partner_id)).unwrap();
    assert_eq!(listed[0].document, Some(info));

    peerlog_core::kept_files::save_agreement_document(s.peerlog.store_mut(), kept.id, &out, false)
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), pdf);
}
