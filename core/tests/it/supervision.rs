//! Supervision sessions between two stores (the supervisor's and the
//! peer's), without the team transport: what the supervisor records, what
//! the peer receives and acknowledges, what is locked after, what counts
//! toward a certification and what its renewal packet lists; private to
//! the peer, and backed up with the rest.

use crate::common::refused;
use crate::credentials::{course, d, on, pennsylvania};
use crate::export_support::*;
use peerlog_core::backup::{self, BackupCredential, RestoreOptions};
use peerlog_core::credentials::{credential, presets, progress, training};
use peerlog_core::credentials::{CredentialInput, RenewalRule};
use peerlog_core::domain::registry::{export_reads, Export, Search, Timeline};
use peerlog_core::domain::KINDS;
use peerlog_core::i18n::Language;
use peerlog_core::ids::SupervisionId;
use peerlog_core::renewal::{self, RenewalFormat, RenewalRequest};
use peerlog_core::secret::Passphrase;
use peerlog_core::supervision::session::{self, Session, SessionInput};
use peerlog_core::supervision::{SupervisionKind, SupervisionSide, SupervisionTopic};
use peerlog_core::{Credential, DataDir, Error, Peerlog};
use peerlog_devtools::testing::PASSPHRASE;

const SUPERVISOR_NOTE: &str = "CanarySupervisorNoteZq";
const PEER_NOTE: &str = "CanaryPeerNoteZq";

fn input(day: chrono::NaiveDate, minutes: u32) -> SessionInput {
    SessionInput {
        held_on: day,
        minutes,
        kind: SupervisionKind::Individual,
        topics: vec![SupervisionTopic::Boundaries, SupervisionTopic::Burnout],
        supervisor_name: "Supervisor Alpha".into(),
        supervisor_credential: Some("LCSW".into()),
        peer_name: "Peer Beta".into(),
        counterpart: Some("member-key-of-the-peer".into()),
        private_note: Some(SUPERVISOR_NOTE.into()),
    }
}

/// The supervisor records a session; the peer's store receives its shared
/// part. Both stores' today is `today`.
fn held(
    supervisor: &mut Scratch,
    peer: &mut Scratch,
    day: chrono::NaiveDate,
    minutes: u32,
) -> Session {
    let recorded = session::record(supervisor.peerlog.store_mut(), input(day, minutes)).unwrap();
    receive(peer, &recorded);
    recorded
}

fn receive(peer: &mut Scratch, recorded: &Session) {
    let store = peer.peerlog.store_mut();
    let now = store.now();
    let shared = recorded.shared();
    store
        .write(|tx| session::receive(tx, &shared, now))
        .unwrap();
}

fn two_stores(today: chrono::NaiveDate) -> (Scratch, Scratch) {
    let (mut supervisor, mut peer) = (scratch(), scratch());
    on(&mut supervisor, today);
    on(&mut peer, today);
    (supervisor, peer)
}

#[test]
fn recorded_received_twice_acknowledged_and_acknowledged_back() {
    let (mut supervisor, mut peer) = two_stores(d(2026, 6, 1));
    let recorded = held(&mut supervisor, &mut peer, d(2026, 5, 28), 60);
    assert_eq!(recorded.side, SupervisionSide::AsSupervisor);
    assert_eq!(recorded.private_note.as_deref(), Some(SUPERVISOR_NOTE));
    assert_eq!(
        recorded.counterpart.as_deref(),
        Some("member-key-of-the-peer")
    );
    assert_eq!(recorded.acknowledged_at, None);

    // What travels holds no private note.
    let travels = serde_json::to_string(&recorded.shared()).unwrap();
    assert!(!travels.contains(SUPERVISOR_NOTE), "{travels}");
    assert!(!travels.contains("member-key"), "{travels}");

    // Delivered twice: kept once.
    receive(&mut peer, &recorded);
    let received = session::list(peer.peerlog.store()).unwrap();
    assert_eq!(received.len(), 1);
    let got = &received[0];
    assert_eq!(got.id, recorded.id);
    assert_eq!(got.side, SupervisionSide::AsPeer);
    assert_eq!(got.private_note, None);
    assert_eq!(got.acknowledged_at, None);
    assert_eq!(got.shared(), recorded.shared());

    // The peer acknowledges, by their store's clock.
    let peer_now = peer.peerlog.store().now();
    let acknowledged = session::acknowledge(peer.peerlog.store_mut(), recorded.id).unwrap();
    assert_eq!(acknowledged.acknowledged_at, Some(peer_now));
    assert!(matches!(
        session::acknowledge(peer.peerlog.store_mut(), recorded.id),
        Err(Error::SupervisionAcknowledged)
    ));
    // The supervisor never acknowledges their own.
    assert!(matches!(
        session::acknowledge(supervisor.peerlog.store_mut(), recorded.id),
        Err(Error::SupervisionOwnSession)
    ));

    // The acknowledgement reaches the supervisor, twice: the first stands.
    let store = supervisor.peerlog.store_mut();
    store
        .write(|tx| session::receive_acknowledgement(tx, recorded.id, peer_now))
        .unwrap();
    store
        .write(|tx| session::receive_acknowledgement(tx, recorded.id, peer_now.plus_minutes(90)))
        .unwrap();
    assert_eq!(
        session::get(store.conn(), recorded.id)
            .unwrap()
            .acknowledged_at,
        Some(peer_now)
    );
    // An acknowledgement of a session this store does not keep as the
    // supervisor is not found.
    assert!(matches!(
        peer.peerlog
            .store_mut()
            .write(|tx| session::receive_acknowledgement(tx, recorded.id, peer_now)),
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        session::get(store.conn(), SupervisionId::new()),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn an_acknowledged_session_is_locked_but_for_the_private_note() {
    let (mut supervisor, mut peer) = two_stores(d(2026, 6, 1));
    let recorded = held(&mut supervisor, &mut peer, d(2026, 5, 28), 60);
    let store = peer.peerlog.store_mut();
    // Before the acknowledgement the team layer may still name the
    // counterpart.
    store
        .write(|tx| session::set_counterpart(tx, recorded.id, Some("member-key-of-supervisor")))
        .unwrap();
    session::acknowledge(store, recorded.id).unwrap();

    let noted = session::set_private_note(store, recorded.id, PEER_NOTE).unwrap();
    assert_eq!(noted.private_note.as_deref(), Some(PEER_NOTE));
    let cleared = session::set_private_note(store, recorded.id, "  ").unwrap();
    assert_eq!(cleared.private_note, None);

    assert!(matches!(
        store.write(|tx| session::set_counterpart(tx, recorded.id, Some("another-key"))),
        Err(Error::SupervisionAcknowledged)
    ));
    // The store itself refuses, whatever the code above it does.
    for sql in [
        "UPDATE supervision_sessions SET minutes = 600",
        "UPDATE supervision_sessions SET held_on = '2026-01-01'",
        "UPDATE supervision_sessions SET supervisor_name = 'Someone else'",
        "UPDATE supervision_sessions SET topics = ''",
        "UPDATE supervision_sessions SET acknowledged_at = NULL",
        "UPDATE supervision_sessions SET side = 'as_supervisor'",
        "DELETE FROM supervision_sessions",
    ] {
        assert!(store.conn().execute(sql, []).is_err(), "{sql} went through");
    }
    let kept = session::get(store.conn(), recorded.id).unwrap();
    assert_eq!(kept.shared(), recorded.shared());
    assert_eq!(
        kept.counterpart.as_deref(),
        Some("member-key-of-supervisor")
    );

    // Not yet acknowledged, the supervisor's copy may still change.
    let own = supervisor.peerlog.store_mut();
    own.conn()
        .execute("UPDATE supervision_sessions SET minutes = 75", [])
        .unwrap();
    let own_note = session::set_private_note(own, recorded.id, "Follow up next month").unwrap();
    assert_eq!(own_note.minutes, 75);
}

#[test]
fn bad_input_names_its_field_and_writes_nothing() {
    let mut s = scratch();
    on(&mut s, d(2026, 6, 1));
    let store = s.peerlog.store_mut();
    let day = d(2026, 5, 1);
    let with = |change: fn(&mut SessionInput)| {
        let mut i = input(day, 60);
        change(&mut i);
        i
    };
    refused(
        session::record(store, input(day, 0)),
        "minutes",
        "out_of_range",
    );
    refused(
        session::record(store, input(day, 721)),
        "minutes",
        "out_of_range",
    );
    refused(
        session::record(store, input(d(2026, 6, 2), 60)),
        "held_on",
        "in_future",
    );
    refused(
        session::record(store, input(d(1989, 12, 31), 60)),
        "held_on",
        "too_early",
    );
    refused(
        session::record(store, with(|i| i.supervisor_name = " ".into())),
        "supervisor_name",
        "required",
    );
    refused(
        session::record(store, with(|i| i.peer_name = String::new())),
        "peer_name",
        "required",
    );
    refused(
        session::record(
            store,
            with(|i| i.supervisor_credential = Some("LCSW\u{1b}[31m".into())),
        ),
        "supervisor_credential",
        "control_character",
    );
    refused(
        session::record(store, with(|i| i.private_note = Some("x".repeat(4001)))),
        "private_note",
        "too_long",
    );
    refused(
        session::record(store, with(|i| i.counterpart = Some("a\nb".into()))),
        "counterpart",
        "control_character",
    );
    // What arrives from another store is checked the same way.
    let now = store.now();
    let mut shared = session::record(store, input(day, 60)).unwrap().shared();
    shared.id = SupervisionId::new();
    shared.minutes = 0;
    refused(
        store.write(|tx| session::receive(tx, &shared, now)),
        "minutes",
        "out_of_range",
    );
    shared.minutes = 60;
    shared.peer_name = "\u{202e}".into();
    refused(
        store.write(|tx| session::receive(tx, &shared, now)),
        "peer_name",
        "control_character",
    );
    assert_eq!(session::list(store).unwrap().len(), 1);
    // Topics named twice are kept once.
    let twice = session::record(
        store,
        with(|i| i.topics = vec![SupervisionTopic::Ethics, SupervisionTopic::Ethics]),
    )
    .unwrap();
    assert_eq!(twice.topics, [SupervisionTopic::Ethics]);
}

#[test]
fn supervision_is_never_shown_searched_exported_or_reported() {
    let kind = KINDS
        .iter()
        .find(|k| k.name == "supervision_session")
        .unwrap();
    assert!(matches!(kind.timeline, Timeline::NotShown(_)));
    assert!(matches!(kind.search, Search::NotIndexed(_)));
    assert!(matches!(kind.export, Export::Never(_)));
    assert!(!export_reads(None).contains(&"supervision_sessions"));

    let (mut supervisor, mut peer) = two_stores(d(2026, 6, 1));
    let mut canary = input(d(2026, 5, 1), 60);
    canary.supervisor_name = "CanarySupervisorNameZq".into();
    let recorded = session::record(supervisor.peerlog.store_mut(), canary).unwrap();
    receive(&mut peer, &recorded);
    session::acknowledge(peer.peerlog.store_mut(), recorded.id).unwrap();
    let report =
        peerlog_core::report::program_report(peer.peerlog.store(), d(2025, 1, 1), d(2026, 6, 1))
            .unwrap();
    let text = format!("{report:?} {:?}", peerlog_core::report::rows(&report));
    assert!(!text.contains("CanarySupervisorNameZq"), "{text}");
    let hits =
        peerlog_core::views::search::search(peer.peerlog.store(), "CanarySupervisorNameZq", 10)
            .unwrap();
    assert!(hits.is_empty());
}

#[test]
fn a_session_survives_backup_and_restore() {
    let (mut supervisor, mut peer) = two_stores(d(2026, 6, 1));
    let recorded = held(&mut supervisor, &mut peer, d(2026, 5, 28), 60);
    let store = peer.peerlog.store_mut();
    session::acknowledge(store, recorded.id).unwrap();
    session::set_private_note(store, recorded.id, PEER_NOTE).unwrap();
    let before = session::get(store.conn(), recorded.id).unwrap();
    let file = peer.out("peerlog.backup");
    backup::write(&mut peer.peerlog, &file, false).unwrap();

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
    assert_eq!(
        session::get(restored.store().conn(), recorded.id).unwrap(),
        before
    );
}

mod certification {
    use super::*;

    /// A Pennsylvania credential (period 2025-03-01 to 2027-02-28) counting
    /// supervision as elective, in the peer's store, and sessions around
    /// the period's start: before it, on its first day, one never
    /// acknowledged; and in the supervisor's store, acknowledged, one they
    /// gave.
    fn seeded() -> (Scratch, Scratch, peerlog_core::ids::CredentialId) {
        let (mut supervisor, mut peer) = two_stores(d(2026, 6, 1));
        let preset = presets::find("pennsylvania_cps").unwrap();
        let id = credential::add(
            peer.peerlog.store_mut(),
            CredentialInput {
                name: preset.name.into(),
                board: None,
                number: None,
                issued_on: d(2021, 3, 1),
                expires_on: Some(d(2027, 2, 28)),
                rule: RenewalRule {
                    supervision_counts_as: Some("elective".into()),
                    ..preset.rule
                },
            },
        )
        .unwrap()
        .id;

        for (day, minutes, acknowledge) in [
            (d(2025, 2, 28), 300, true),
            (d(2025, 3, 1), 60, true),
            (d(2026, 4, 15), 90, true),
            (d(2026, 5, 20), 45, false),
        ] {
            let recorded = held(&mut supervisor, &mut peer, day, minutes);
            session::set_private_note(peer.peerlog.store_mut(), recorded.id, PEER_NOTE).unwrap();
            if acknowledge {
                let at = peer.peerlog.store().now();
                session::acknowledge(peer.peerlog.store_mut(), recorded.id).unwrap();
                supervisor
                    .peerlog
                    .store_mut()
                    .write(|tx| session::receive_acknowledgement(tx, recorded.id, at))
                    .unwrap();
            }
        }
        training::add(
            peer.peerlog.store_mut(),
            course(
                "Supervision outside the team",
                d(2026, 2, 1),
                120,
                "supervision",
            ),
            None,
        )
        .unwrap();
        (supervisor, peer, id)
    }

    #[test]
    fn acknowledged_sessions_in_the_period_count_as_supervision() {
        let (supervisor, peer, id) = seeded();
        let p = progress::progress(peer.peerlog.store(), id).unwrap();
        let days: Vec<_> = p.supervision.iter().map(|s| s.held_on).collect();
        // Not the day before the period, not the one never acknowledged.
        assert_eq!(days, [d(2025, 3, 1), d(2026, 4, 15)]);
        assert_eq!(p.tally.supervision_minutes, 60 + 90 + 120);
        let elective = p.tally.lines.iter().find(|l| l.category.is_none()).unwrap();
        assert_eq!(elective.earned_minutes, 60 + 90 + 120);

        // In the supervisor's store the same sessions, acknowledged, are
        // hours given, not received: they count toward nothing there.
        let mut supervisor = supervisor;
        let theirs = pennsylvania(&mut supervisor);
        let given = session::list(supervisor.peerlog.store()).unwrap();
        assert_eq!(given.iter().filter(|s| s.acknowledged()).count(), 3);
        let p = progress::progress(supervisor.peerlog.store(), theirs).unwrap();
        assert!(p.supervision.is_empty());
        assert_eq!(p.tally.supervision_minutes, 0);
    }

    #[test]
    fn the_packet_lists_the_sessions_hours_and_never_a_private_note() {
        let (_supervisor, mut peer, id) = seeded();
        let request = |format| RenewalRequest {
            credential: id,
            period: None,
            format,
            language: Language::English,
        };
        let pdf = peer.out("renewal.pdf");
        renewal::write(
            peer.peerlog.store_mut(),
            &request(RenewalFormat::Pdf),
            &pdf,
            false,
        )
        .unwrap();
        let text = squash(&pdf_pages(&pdf).concat());
        for wanted in [
            "Supervision sessions",
            "2025-03-01 1 Individual Supervisor Alpha, LCSW",
            "2026-04-15 1.5 Individual Supervisor Alpha, LCSW",
            "Supervision hours in the period: 4.5, counted as",
        ] {
            assert!(text.contains(wanted), "{wanted:?} in {text}");
        }
        for unwanted in ["2025-02-28", "2026-05-20", PEER_NOTE, SUPERVISOR_NOTE] {
            assert!(!text.contains(unwanted), "{unwanted:?} in {text}");
        }

        let csv = peer.out("renewal.csv");
        renewal::write(
            peer.peerlog.store_mut(),
            &request(RenewalFormat::Csv),
            &csv,
            false,
        )
        .unwrap();
        let written = std::fs::read_to_string(&csv).unwrap();
        assert!(
            written.contains(
                "supervision_session,Certified Peer Specialist (Pennsylvania),2025-03-01,2027-02-28,2026-04-15,individual,\"Supervisor Alpha, LCSW\",supervision,1.5,"
            ),
            "{written}"
        );
        assert_eq!(written.matches("supervision_session,").count(), 2);
        assert!(written.contains(",,,,supervision,4.5,,,,"), "{written}");
        for unwanted in [PEER_NOTE, SUPERVISOR_NOTE, "2026-05-20"] {
            assert!(!written.contains(unwanted), "{unwanted:?} in {written}");
        }
    }
}
