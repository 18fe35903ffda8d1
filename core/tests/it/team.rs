//! The team folder between real stores: two and three data folders
//! exchanging through a plain shared folder (review, approval, changes
//! asked for, the roster), and the files a reader must never apply: half
//! written, altered, from a removed member, replayed, from outside the
//! team; a day of clock skew; the folder away.

use crate::common::{contact_input, refused};
use crate::export_support::*;
use chrono::Duration;
use peerlog_core::audit::{self, AuditAction};
use peerlog_core::clock::FixedClock;
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::contact;
use peerlog_core::domain::note_signature;
use peerlog_core::domain::participant::Participant;
use peerlog_core::export::ExportRequest;
use peerlog_core::ids::ContactId;
use peerlog_core::settings::Signer;
use peerlog_core::supervision::{SupervisionKind, SupervisionTopic};
use peerlog_core::team::message::Decision;
use peerlog_core::team::review::{self, NoteReview, ReviewStatus};
use peerlog_core::team::roster::{self, NewMember, NewMemberSelf, TeamRole};
use peerlog_core::team::{self, folder, inbox::ReadReport};
use peerlog_core::time::today;
use peerlog_core::time::Timestamp;
use peerlog_core::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

struct Team {
    shared: tempfile::TempDir,
    supervisor: Scratch,
    peers: Vec<Scratch>,
}

impl Team {
    fn folder(&self) -> PathBuf {
        self.shared.path().to_path_buf()
    }

    /// The first peer submits `note` and both sides sync, so it reaches the
    /// supervisor's queue.
    fn submit(&mut self, note: ContactId) {
        review::submit(self.peers[0].peerlog.store_mut(), &[note]).unwrap();
        sync(&mut self.peers[0]);
        sync(&mut self.supervisor);
    }

    /// The supervisor decides on `note` and both sides sync, so the decision
    /// reaches the first peer.
    fn decide(&mut self, note: ContactId, decision: Decision, comment: Option<&str>) {
        review::decide(self.supervisor.peerlog.store_mut(), note, decision, comment).unwrap();
        sync(&mut self.supervisor);
        sync(&mut self.peers[0]);
    }

    /// The first peer's review of `note`.
    fn review(&self, note: ContactId) -> NoteReview {
        review::review_of(self.peers[0].peerlog.store().conn(), note)
            .unwrap()
            .expect("the note was submitted")
    }
}

/// A supervisor who started the team and `peers` peers it admitted, each
/// holding the roster.
fn team_of(peers: usize) -> Team {
    let shared = tempfile::tempdir().unwrap();
    let mut supervisor = scratch();
    roster::init(
        supervisor.peerlog.store_mut(),
        "North County peers",
        shared.path().to_path_buf(),
        NewMemberSelf {
            name: "Robin Supervisor".into(),
            role: TeamRole::Supervisor,
            credential: Some("LCSW".into()),
        },
    )
    .unwrap();
    let admin_key = team::my_key(supervisor.peerlog.store_mut()).unwrap();
    let mut all = Vec::new();
    for n in 0..peers {
        let mut peer = scratch();
        let key = team::my_key(peer.peerlog.store_mut()).unwrap();
        roster::add_member(
            supervisor.peerlog.store_mut(),
            NewMember {
                key: key.to_string(),
                name: format!("Peer {n}"),
                role: TeamRole::Peer,
                credential: Some("CPS".into()),
            },
        )
        .unwrap();
        roster::join(
            peer.peerlog.store_mut(),
            shared.path().to_path_buf(),
            &admin_key.to_string(),
        )
        .unwrap();
        all.push(peer);
    }
    sync(&mut supervisor);
    for peer in &mut all {
        sync(peer);
    }
    // Admitted, each peer's app sends its last week on its next sync; the
    // supervisor reads them, so each test starts with nothing in transit.
    for peer in &mut all {
        sync(peer);
    }
    sync(&mut supervisor);
    Team {
        shared,
        supervisor,
        peers: all,
    }
}

fn sync(s: &mut Scratch) -> ReadReport {
    team::sync(s.peerlog.store_mut()).unwrap()
}

fn signer() -> Signer {
    Signer {
        name: "Jordan Peer".into(),
        credential: Some("CPS".into()),
    }
}

fn signed_note(s: &mut Scratch, n: usize) -> ContactId {
    let who = person(s, n);
    signed_note_for(s, &who)
}

fn signed_note_for(s: &mut Scratch, who: &Participant) -> ContactId {
    let note = contact::create(
        s.peerlog.store_mut(),
        contact_input(who, at(days_ago(2), 10)),
    )
    .unwrap();
    note_signature::sign(s.peerlog.store_mut(), note.id, signer()).unwrap();
    note.id
}

fn audit_count(s: &Scratch, action: AuditAction) -> i64 {
    audit::count(s.peerlog.store(), action).unwrap()
}

fn files_in(folder: &Path) -> Vec<String> {
    folder::message_names(folder).unwrap()
}

#[test]
fn a_peer_joins_through_the_admins_roster() {
    let t = team_of(1);
    let status = team::status(t.peers[0].peerlog.store()).unwrap().unwrap();
    assert!(status.admitted);
    assert_eq!(status.team.name.as_deref(), Some("North County peers"));
    let names: Vec<_> = status.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Robin Supervisor", "Peer 0"]);
    assert_eq!(status.members[0].role, TeamRole::Supervisor);
    // Both stores see the same fingerprint for the same member.
    let seen_by_admin = team::status(t.supervisor.peerlog.store()).unwrap().unwrap();
    assert_eq!(
        seen_by_admin.members[1].fingerprint,
        status.members[1].fingerprint
    );
    assert_eq!(status.waiting, 0);
}

#[test]
fn a_note_is_reviewed_and_co_signed_across_two_stores() {
    let mut t = team_of(1);
    let note = signed_note(&mut t.peers[0], 100);
    assert_eq!(
        review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap(),
        1
    );
    sync(&mut t.peers[0]);
    let read = sync(&mut t.supervisor);
    assert_eq!(read.applied, 1, "{read:?}");

    let queue = review::queue(t.supervisor.peerlog.store()).unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].from_name, "Peer 0");
    assert_eq!(queue[0].note.participant_initials, "G. F.");
    assert_eq!(queue[0].note.note, "Checked in by phone.");
    assert_eq!(queue[0].note.signer, "Jordan Peer, CPS");
    assert!(queue[0].decision.is_none());

    t.decide(note, Decision::Approved, None);
    let review = t.review(note);
    assert_eq!(review.status, ReviewStatus::Approved);
    assert_eq!(review.reviewer_name.as_deref(), Some("Robin Supervisor"));
    assert_eq!(review.reviewer_credential.as_deref(), Some("LCSW"));
    // Every step is in both stores' audit logs.
    assert_eq!(audit_count(&t.peers[0], AuditAction::ReviewSubmitted), 1);
    assert_eq!(audit_count(&t.peers[0], AuditAction::ReviewDecided), 1);
    assert_eq!(audit_count(&t.supervisor, AuditAction::ReviewDecided), 1);
    assert!(audit_count(&t.supervisor, AuditAction::TeamMessageReceived) >= 1);
    // A co-signature is kept for good, under any path.
    let conn = t.peers[0].peerlog.store().conn();
    assert!(conn
        .execute("UPDATE note_reviews SET reviewer_name = 'x'", [])
        .is_err());
    assert!(conn.execute("DELETE FROM note_reviews", []).is_err());
}

#[test]
fn changes_asked_for_are_answered_with_an_addendum_and_sent_again() {
    let mut t = team_of(1);
    let note = signed_note(&mut t.peers[0], 101);
    t.submit(note);
    refused(
        review::decide(
            t.supervisor.peerlog.store_mut(),
            note,
            Decision::ChangesRequested,
            Some("  "),
        ),
        "comment",
        "required",
    );
    t.decide(
        note,
        Decision::ChangesRequested,
        Some("Say which goal this worked toward."),
    );
    let review = t.review(note);
    assert_eq!(review.status, ReviewStatus::ChangesRequested);
    assert_eq!(
        review.comment.as_deref(),
        Some("Say which goal this worked toward.")
    );

    peerlog_core::domain::addendum::add(
        t.peers[0].peerlog.store_mut(),
        peerlog_core::domain::addendum::AddendumInput {
            contact_id: note,
            reason: "clarification".into(),
            text: "Worked toward goal 1, housing.".into(),
        },
        signer(),
    )
    .unwrap();
    t.submit(note);
    let queue = review::queue(t.supervisor.peerlog.store()).unwrap();
    assert_eq!(queue.len(), 1);
    assert!(queue[0].decision.is_none(), "sent again, it waits again");
    assert_eq!(queue[0].note.addenda.len(), 1);
    assert_eq!(
        queue[0].note.addenda[0].text,
        "Worked toward goal 1, housing."
    );
}

#[test]
fn three_stores_each_read_only_what_is_theirs() {
    let mut t = team_of(2);
    let note = signed_note(&mut t.peers[0], 200);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    sync(&mut t.peers[0]);
    let other_peer = sync(&mut t.peers[1]);
    assert_eq!(other_peer.applied, 0, "a peer never reads another's note");
    assert_eq!(other_peer.refused + other_peer.unreadable, 0);
    assert_eq!(sync(&mut t.supervisor).applied, 1);
    // A peer cannot decide on a review: only a supervisor can.
    assert!(matches!(
        review::decide(
            t.peers[1].peerlog.store_mut(),
            note,
            Decision::Approved,
            None
        ),
        Err(Error::TeamRoleRequired(_))
    ));
}

#[test]
fn a_sample_is_submitted_as_the_admin_set_it() {
    let mut t = team_of(1);
    roster::set_review_sample(t.supervisor.peerlog.store_mut(), 50).unwrap();
    sync(&mut t.supervisor);
    sync(&mut t.peers[0]);
    assert_eq!(
        roster::require(t.peers[0].peerlog.store().conn())
            .unwrap()
            .review_sample_percent,
        50
    );
    for n in 0..40 {
        signed_note(&mut t.peers[0], 1000 + n);
    }
    let sent = review::submit_sample(t.peers[0].peerlog.store_mut()).unwrap();
    assert!((8..=32).contains(&sent), "about half of 40, got {sent}");
    // Running it again submits none of the same notes twice.
    assert_eq!(
        review::submit_sample(t.peers[0].peerlog.store_mut()).unwrap(),
        0
    );
}

#[test]
fn a_half_written_file_waits_and_an_altered_one_is_never_applied() {
    let mut t = team_of(1);
    let note = signed_note(&mut t.peers[0], 300);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    let before = files_in(&t.folder());
    sync(&mut t.peers[0]);
    let new: Vec<String> = files_in(&t.folder())
        .into_iter()
        .filter(|n| !before.contains(n))
        .collect();
    assert_eq!(new.len(), 1);
    let path = t.folder().join(&new[0]);
    let whole = fs::read(&path).unwrap();

    // Half synced: the reader cannot open it, applies nothing, and says so.
    fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let read = sync(&mut t.supervisor);
    assert_eq!((read.applied, read.unreadable), (0, 1), "{read:?}");
    assert!(review::queue(t.supervisor.peerlog.store())
        .unwrap()
        .is_empty());
    let status = team::status(t.supervisor.peerlog.store()).unwrap().unwrap();
    assert_eq!(status.last_read.unwrap().unreadable, 1);

    // Altered: one byte of the payload changed.
    let mut altered = whole.clone();
    let last = altered.len() - 20;
    altered[last] ^= 0x55;
    fs::write(&path, &altered).unwrap();
    let read = sync(&mut t.supervisor);
    assert_eq!((read.applied, read.unreadable), (0, 1), "{read:?}");

    // Once the whole file arrives, it is applied.
    fs::write(&path, &whole).unwrap();
    assert_eq!(sync(&mut t.supervisor).applied, 1);
    assert_eq!(
        review::queue(t.supervisor.peerlog.store()).unwrap().len(),
        1
    );
}

#[test]
fn a_replayed_message_is_applied_once() {
    let mut t = team_of(1);
    let note = signed_note(&mut t.peers[0], 400);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    let before = files_in(&t.folder());
    sync(&mut t.peers[0]);
    sync(&mut t.supervisor);
    review::decide(
        t.supervisor.peerlog.store_mut(),
        note,
        Decision::Approved,
        None,
    )
    .unwrap();
    let copied = files_in(&t.folder())
        .into_iter()
        .find(|n| !before.contains(n))
        .unwrap();
    let received = audit_count(&t.supervisor, AuditAction::TeamMessageReceived);
    fs::copy(
        t.folder().join(&copied),
        t.folder().join(folder::new_file_name()),
    )
    .unwrap();
    let read = sync(&mut t.supervisor);
    assert_eq!((read.applied, read.repeated), (0, 1), "{read:?}");
    assert_eq!(
        audit_count(&t.supervisor, AuditAction::TeamMessageReceived),
        received
    );
    let queue = review::queue(t.supervisor.peerlog.store()).unwrap();
    assert_eq!(
        queue[0].decision,
        Some(Decision::Approved),
        "the replay reopened nothing"
    );
}

#[test]
fn a_removed_member_is_sent_nothing_new_and_heard_no_more() {
    let mut t = team_of(2);
    let removed_key = team::my_key(t.peers[1].peerlog.store_mut()).unwrap();
    // Something the peer sent before removal, still in transit.
    let note = signed_note(&mut t.peers[1], 500);
    review::submit(t.peers[1].peerlog.store_mut(), &[note]).unwrap();

    roster::remove_member(t.supervisor.peerlog.store_mut(), &removed_key.to_string()).unwrap();
    sync(&mut t.supervisor);
    sync(&mut t.peers[0]);
    let names: Vec<_> = team::status(t.peers[0].peerlog.store())
        .unwrap()
        .unwrap()
        .members
        .into_iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(names, ["Robin Supervisor", "Peer 0"]);
    // The new roster was not encrypted to the removed member.
    let read = sync(&mut t.peers[1]);
    assert_eq!(read.applied, 0, "{read:?}");
    assert_eq!(
        team::status(t.peers[1].peerlog.store())
            .unwrap()
            .unwrap()
            .members
            .len(),
        3,
        "the removed member never learns the new roster"
    );
    // Their message arrives after removal: refused.
    let read = sync(&mut t.supervisor);
    assert_eq!((read.applied, read.refused), (0, 1), "{read:?}");
    assert!(review::queue(t.supervisor.peerlog.store())
        .unwrap()
        .is_empty());
}

#[test]
fn a_stranger_who_knows_the_keys_is_not_heard() {
    let mut t = team_of(1);
    // A store in a team of its own sends to our supervisor's key.
    let shared = t.folder();
    let mut stranger = scratch();
    roster::init(
        stranger.peerlog.store_mut(),
        "Elsewhere",
        shared,
        NewMemberSelf {
            name: "Stranger".into(),
            role: TeamRole::Supervisor,
            credential: None,
        },
    )
    .unwrap();
    let supervisor_key = team::my_key(t.supervisor.peerlog.store_mut()).unwrap();
    roster::add_member(
        stranger.peerlog.store_mut(),
        NewMember {
            key: supervisor_key.to_string(),
            name: "Target".into(),
            role: TeamRole::Supervisor,
            credential: None,
        },
    )
    .unwrap();
    sync(&mut stranger);
    let read = sync(&mut t.supervisor);
    assert_eq!(read.applied, 0, "{read:?}");
    assert_eq!(read.refused, 1, "a roster not from our admin: {read:?}");
    let status = team::status(t.supervisor.peerlog.store()).unwrap().unwrap();
    assert_eq!(status.team.name.as_deref(), Some("North County peers"));
    assert_eq!(status.members.len(), 2);
}

#[test]
fn a_day_of_clock_skew_loses_nothing() {
    let mut t = team_of(1);
    let tomorrow = Timestamp::from_fixed(Timestamp::now().fixed() + Duration::days(1));
    t.peers[0]
        .peerlog
        .store_mut()
        .set_clock(Arc::new(FixedClock(tomorrow)));
    let note = signed_note(&mut t.peers[0], 600);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    sync(&mut t.peers[0]);
    assert_eq!(sync(&mut t.supervisor).applied, 1);
    review::decide(
        t.supervisor.peerlog.store_mut(),
        note,
        Decision::Approved,
        None,
    )
    .unwrap();
    sync(&mut t.supervisor);
    assert_eq!(sync(&mut t.peers[0]).applied, 1);
    let review = t.review(note);
    assert_eq!(review.status, ReviewStatus::Approved);
    assert!(
        review.decided_at.unwrap() < review.submitted_at,
        "skew shown, not corrected"
    );
}

#[test]
fn with_the_folder_away_messages_wait_in_the_outbox() {
    let mut t = team_of(1);
    let away = t.shared.path().with_extension("away");
    fs::rename(t.shared.path(), &away).unwrap();
    let note = signed_note(&mut t.peers[0], 700);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    let read = sync(&mut t.peers[0]);
    assert!(!read.folder_available);
    let status = team::status(t.peers[0].peerlog.store()).unwrap().unwrap();
    assert!(!status.folder_available);
    assert_eq!(status.waiting, 1);

    fs::rename(&away, t.shared.path()).unwrap();
    sync(&mut t.peers[0]);
    assert_eq!(
        team::status(t.peers[0].peerlog.store())
            .unwrap()
            .unwrap()
            .waiting,
        0
    );
    assert_eq!(sync(&mut t.supervisor).applied, 1);
    // What left is shown to the peer exactly as it was sent.
    let sent = team::outbox::sent(t.peers[0].peerlog.store(), 10).unwrap();
    assert_eq!(sent[0].kind, "review_request");
    assert!(sent[0].body.contains("Checked in by phone."));
    assert_eq!(sent[0].recipients, ["Robin Supervisor"]);
    assert!(sent[0].delivered_at.is_some());
}

#[test]
fn bad_team_input_names_its_field_and_writes_nothing() {
    let mut t = team_of(0);
    refused(
        roster::add_member(
            t.supervisor.peerlog.store_mut(),
            NewMember {
                key: "peerlog1notakey".into(),
                name: "Someone".into(),
                role: TeamRole::Peer,
                credential: None,
            },
        ),
        "key",
        "bad_format",
    );
    let mut peer = scratch();
    let key = team::my_key(peer.peerlog.store_mut()).unwrap().to_string();
    // One character changed: the checksum refuses it.
    let mut typo = key.clone().into_bytes();
    let i = typo.len() - 3;
    typo[i] = if typo[i] == b'a' { b'b' } else { b'a' };
    refused(
        roster::add_member(
            t.supervisor.peerlog.store_mut(),
            NewMember {
                key: String::from_utf8(typo).unwrap(),
                name: "Someone".into(),
                role: TeamRole::Peer,
                credential: None,
            },
        ),
        "key",
        "bad_format",
    );
    refused(
        roster::join(peer.peerlog.store_mut(), t.folder(), "not a key"),
        "admin_key",
        "bad_format",
    );
    assert!(matches!(
        roster::add_member(
            peer.peerlog.store_mut(),
            NewMember {
                key,
                name: "Someone".into(),
                role: TeamRole::Peer,
                credential: None,
            },
        ),
        Err(Error::NoTeam)
    ));
    assert_eq!(
        team::status(t.supervisor.peerlog.store())
            .unwrap()
            .unwrap()
            .members
            .len(),
        1
    );
    t.supervisor.peerlog.store();
}

#[test]
fn no_file_name_says_who_or_what() {
    let mut t = team_of(1);
    let note = signed_note(&mut t.peers[0], 800);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    sync(&mut t.peers[0]);
    for name in fs::read_dir(t.folder()).unwrap() {
        let name = name.unwrap().file_name().into_string().unwrap();
        assert!(folder::is_message_name(&name), "{name}");
        let bytes = fs::read(t.folder().join(&name)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for secret in [
            "Checked in by phone",
            "Family800",
            "Given800",
            "Robin",
            "Peer 0",
            "review",
        ] {
            assert!(!text.contains(secret), "{name} shows {secret}");
        }
    }
}

#[test]
fn a_co_signature_leaves_with_the_note_in_pdf_and_csv() {
    let mut t = team_of(1);
    let who = person(&mut t.peers[0], 900);
    let note = signed_note_for(&mut t.peers[0], &who);
    t.submit(note);
    t.decide(note, Decision::Approved, None);

    let peer = &mut t.peers[0];
    let shown = contact::get(peer.peerlog.store(), note).unwrap();
    let cosigned = shown
        .signature
        .unwrap()
        .cosigned
        .expect("co-signed on the note");
    assert_eq!(cosigned.name, "Robin Supervisor");
    consent_for(
        peer,
        &who,
        "Treatment court",
        &[
            ConsentCategory::ContactSummaries,
            ConsentCategory::ContactNarratives,
        ],
        days_ago(30),
        None,
    );
    let request = ExportRequest::new("Treatment court", days_ago(30), today());
    let (text, csv) = exported_pdf_text_and_contacts_csv(peer, &request);
    assert!(
        text.contains(&squash("Co-signed by Robin Supervisor, LCSW")),
        "{text}"
    );
    assert!(csv.contains("Robin Supervisor, LCSW"), "{csv}");
}

#[test]
fn a_supervision_session_is_recorded_sent_and_acknowledged_with_hours_on_both_sides() {
    let mut t = team_of(1);
    let peer_key = team::my_key(t.peers[0].peerlog.store_mut()).unwrap();
    let recorded = team::supervision::record(
        t.supervisor.peerlog.store_mut(),
        team::supervision::SessionWith {
            peer: peer_key.to_string(),
            held_on: days_ago(1),
            minutes: 60,
            kind: SupervisionKind::Individual,
            topics: vec![SupervisionTopic::Boundaries, SupervisionTopic::Burnout],
            private_note: Some("CanarySupervisorNoteZq".into()),
        },
    )
    .unwrap();
    assert_eq!(recorded.peer_name, "Peer 0");
    assert_eq!(recorded.supervisor_name, "Robin Supervisor");
    sync(&mut t.supervisor);
    let read = sync(&mut t.peers[0]);
    assert_eq!(read.applied, 1, "{read:?}");

    let held =
        peerlog_core::supervision::session::get(t.peers[0].peerlog.store().conn(), recorded.id)
            .unwrap();
    assert_eq!(held.minutes, 60);
    assert_eq!(
        held.private_note, None,
        "the supervisor's note never travels"
    );
    assert!(!held.acknowledged());
    let sent = team::outbox::sent(t.supervisor.peerlog.store(), 10).unwrap();
    assert!(sent
        .iter()
        .all(|m| !m.body.contains("CanarySupervisorNoteZq")));

    team::supervision::acknowledge(t.peers[0].peerlog.store_mut(), recorded.id).unwrap();
    sync(&mut t.peers[0]);
    assert_eq!(sync(&mut t.supervisor).applied, 1);
    let mine =
        peerlog_core::supervision::session::get(t.supervisor.peerlog.store().conn(), recorded.id)
            .unwrap();
    assert!(mine.acknowledged(), "both stores hold the signed hours");
    assert_eq!(
        audit_count(&t.peers[0], AuditAction::SupervisionAcknowledged),
        1
    );
    assert_eq!(
        audit_count(&t.supervisor, AuditAction::SupervisionRecorded),
        1
    );
    // A peer cannot record a session, and a supervisor cannot record one
    // with someone outside the team.
    assert!(matches!(
        team::supervision::record(
            t.peers[0].peerlog.store_mut(),
            team::supervision::SessionWith {
                peer: peer_key.to_string(),
                held_on: days_ago(1),
                minutes: 30,
                kind: SupervisionKind::Group,
                topics: vec![],
                private_note: None,
            },
        ),
        Err(Error::TeamRoleRequired(_))
    ));
    let stranger = team::my_key(scratch().peerlog.store_mut()).unwrap();
    refused(
        team::supervision::record(
            t.supervisor.peerlog.store_mut(),
            team::supervision::SessionWith {
                peer: stranger.to_string(),
                held_on: days_ago(1),
                minutes: 30,
                kind: SupervisionKind::Group,
                topics: vec![],
                private_note: None,
            },
        ),
        "peer",
        "no_such_record",
    );
}

#[test]
fn a_peers_week_reaches_the_supervisor_once_as_counts_only() {
    let mut t = team_of(2);
    sync(&mut t.peers[0]);
    sync(&mut t.supervisor);
    let weeks = team::summary::by_peer(t.supervisor.peerlog.store()).unwrap();
    assert_eq!(weeks.len(), 2);
    assert_eq!(weeks[0].weeks.len(), 1, "one week, sent once");
    assert_eq!(weeks[1].weeks.len(), 1);
    // The peer sees exactly what was sent, and it names no one.
    let sent = team::outbox::sent(t.peers[0].peerlog.store(), 10).unwrap();
    let week = sent.iter().find(|m| m.kind == "week_summary").unwrap();
    assert!(week.body.contains("activeParticipants"), "{}", week.body);
    let weeks_sent = sent.iter().filter(|m| m.kind == "week_summary").count();
    assert_eq!(
        weeks_sent, 1,
        "a week is sent once, however often the app syncs"
    );
    // Another peer's week is not for a peer.
    assert!(team::summary::by_peer(t.peers[1].peerlog.store())
        .unwrap()
        .iter()
        .all(|p| p.weeks.is_empty()));
}

#[test]
fn a_message_whose_content_does_not_hold_is_refused_alone() {
    let mut t = team_of(1);
    let admin = team::my_key(t.supervisor.peerlog.store_mut()).unwrap();
    // An acknowledgement of a session the supervisor never recorded, then
    // a good review request, read together.
    let store = t.peers[0].peerlog.store_mut();
    let now = store.now();
    store
        .write(|tx| {
            team::outbox::queue(
                tx,
                now,
                vec![admin.clone()],
                team::message::Message::SupervisionAcknowledged(team::message::Acknowledgement {
                    session_id: peerlog_core::ids::SupervisionId::new(),
                    at: now,
                }),
            )
        })
        .unwrap();
    let note = signed_note(&mut t.peers[0], 1100);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    sync(&mut t.peers[0]);
    let read = sync(&mut t.supervisor);
    assert_eq!((read.applied, read.refused), (1, 1), "{read:?}");
    assert_eq!(
        review::queue(t.supervisor.peerlog.store()).unwrap().len(),
        1
    );
    // Refused for good: not tried again.
    let again = sync(&mut t.supervisor);
    assert_eq!((again.applied, again.refused), (0, 0), "{again:?}");
}

#[test]
fn a_folder_read_while_the_store_is_free_applies_each_message_once() {
    let mut t = team_of(1);
    let note = signed_note(&mut t.peers[0], 410);
    review::submit(t.peers[0].peerlog.store_mut(), &[note]).unwrap();
    sync(&mut t.peers[0]);
    // The app's way: the folder is read between two holds of the store,
    // and another read (the three-minute one) gets in between.
    let visit = team::send_and_prepare(t.supervisor.peerlog.store_mut()).unwrap();
    let gathered = team::inbox::gather(visit).unwrap();
    let meanwhile = sync(&mut t.supervisor);
    assert_eq!(meanwhile.applied, 1, "{meanwhile:?}");
    let received = audit_count(&t.supervisor, AuditAction::TeamMessageReceived);
    let late = team::inbox::settle(t.supervisor.peerlog.store_mut(), gathered).unwrap();
    assert_eq!((late.applied, late.repeated), (0, 1), "{late:?}");
    assert_eq!(
        audit_count(&t.supervisor, AuditAction::TeamMessageReceived),
        received
    );
    assert_eq!(
        review::queue(t.supervisor.peerlog.store()).unwrap().len(),
        1
    );
}
