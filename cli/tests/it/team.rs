//! The team from the command line, between two data folders and one plain
//! shared folder: keys, a team started and joined, a note submitted,
//! approved and co-signed, a supervision session sent and acknowledged;
//! wrong keys and roles exit 4 naming what is wrong.

use crate::common::*;

fn key_of(folder: &Folder) -> (String, String) {
    let out = folder.ok(&["team", "key"]);
    let line = |prefix: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("{prefix} in {out}"))
            .trim()
            .to_string()
    };
    (line("key:"), line("fingerprint:"))
}

#[test]
fn two_stores_review_a_note_and_share_a_supervision_session_through_a_folder() {
    let shared = tempfile::tempdir().unwrap();
    let shared_path = path(shared.path()).to_string();
    let supervisor = Folder::new();
    let peer = Folder::new();
    supervisor.init();
    let note = crate::notes::one_note(&peer);
    let (admin_key, _) = key_of(&supervisor);
    let (peer_key, peer_print) = key_of(&peer);

    supervisor.ok(&[
        "team",
        "init",
        "--name",
        "North County peers",
        "--folder",
        &shared_path,
        "--your-name",
        "Robin Supervisor",
        "--credential",
        "LCSW",
    ]);
    let added = supervisor.ok(&[
        "team",
        "add-member",
        "--key",
        &peer_key,
        "--name",
        "Jordan Peer",
        "--role",
        "peer",
    ]);
    assert!(
        added.contains(&peer_print),
        "the admin sees the fingerprint to check: {added}"
    );
    supervisor.ok(&["team", "sync"]);
    let joined = peer.ok(&[
        "team",
        "join",
        "--folder",
        &shared_path,
        "--admin-key",
        &admin_key,
    ]);
    assert!(joined.contains("member of North County peers"), "{joined}");

    // A signed note, submitted, approved, co-signed.
    peer.ok(&["note", "sign", &note, "--as", "Jordan Peer"]);
    peer.ok(&["review", "submit", &note]);
    peer.ok(&["team", "sync"]);
    let read = supervisor.ok(&["team", "sync"]);
    assert!(read.contains("applied"), "{read}");
    let queue = supervisor.ok(&["review", "queue"]);
    assert!(
        queue.contains("Jordan Peer") && queue.contains("A. B."),
        "{queue}"
    );
    assert!(!queue.contains("Brooks"), "initials only: {queue}");
    supervisor.ok(&["review", "approve", &note]);
    supervisor.ok(&["team", "sync"]);
    peer.ok(&["team", "sync"]);
    let shown = peer.ok(&["note", "list", "--participant", "P-1"]);
    assert!(shown.contains("Robin Supervisor"), "co-signed: {shown}");
    assert!(shown.contains("approved"), "the review's standing: {shown}");

    // A supervision session, sent and acknowledged.
    let today = chrono::Local::now().date_naive().to_string();
    supervisor.ok(&[
        "supervision",
        "record",
        "--peer",
        &peer_key,
        "--held-on",
        &today,
        "--minutes",
        "45",
        "--kind",
        "individual",
        "--topic",
        "boundaries",
        "--private-note",
        "CanaryNoteZq",
    ]);
    supervisor.ok(&["team", "sync"]);
    peer.ok(&["team", "sync"]);
    let sessions = peer.ok(&["supervision", "list", "--json"]);
    assert!(!sessions.contains("CanaryNoteZq"), "{sessions}");
    let id: serde_json::Value = serde_json::from_str(&sessions).unwrap();
    let id = id[0]["id"].as_str().unwrap().to_string();
    peer.ok(&["supervision", "acknowledge", &id]);
    peer.ok(&["team", "sync"]);
    supervisor.ok(&["team", "sync"]);
    let given = supervisor.ok(&["supervision", "list"]);
    assert!(
        given.contains(&today) && !given.contains("not yet"),
        "{given}"
    );

    // The supervisor sees the peer's week; the peer sees what it sent.
    let weeks = supervisor.ok(&["team", "weeks"]);
    assert!(weeks.contains("Jordan Peer"), "{weeks}");
    let sent = peer.ok(&["team", "sent"]);
    assert!(
        sent.contains("week_summary") && sent.contains("review_request"),
        "{sent}"
    );
}

#[test]
fn wrong_keys_and_roles_exit_4_naming_what_is_wrong() {
    let shared = tempfile::tempdir().unwrap();
    let shared_path = path(shared.path()).to_string();
    let peer = Folder::new();
    peer.init();
    let out = peer.run(&[
        "team",
        "join",
        "--folder",
        &shared_path,
        "--admin-key",
        "peerlog1abc",
    ]);
    assert_failure(&out, 4, "Admin key");
    let out = peer.run(&["review", "queue"]);
    assert_failure(&out, 4, "not in a team");
    peer.ok(&[
        "team",
        "init",
        "--name",
        "Solo",
        "--folder",
        &shared_path,
        "--your-name",
        "Jordan",
        "--role",
        "peer",
    ]);
    let out = peer.run(&[
        "team",
        "add-member",
        "--key",
        "nope",
        "--name",
        "X",
        "--role",
        "peer",
    ]);
    assert_failure(&out, 4, "Key");
    let out = peer.run(&[
        "team",
        "add-member",
        "--key",
        "nope",
        "--name",
        "X",
        "--role",
        "coach",
    ]);
    assert_failure(&out, 4, "Role");
    let status = peer.ok(&["team", "status"]);
    assert!(
        status.contains("Solo") && status.contains("you"),
        "{status}"
    );
}

#[test]
fn a_new_store_has_its_team_keys_from_set_up() {
    let folder = Folder::new();
    folder.init();
    let dir = peerlog_core::DataDir::new(&folder.dir);
    let passphrase = peerlog_core::secret::Passphrase::new(PASSPHRASE);
    let peerlog =
        peerlog_core::Peerlog::unlock(&dir, peerlog_core::Credential::Passphrase(&passphrase))
            .unwrap();
    assert!(peerlog_core::team::identity::load(peerlog.store().conn())
        .unwrap()
        .is_some());
}
