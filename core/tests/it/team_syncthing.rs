//! The team folder carried by a real Syncthing pair: two instances on
//! loopback, each with its own configuration folder, started and stopped
//! here, each syncing the folder one store uses. Messages cross both ways
//! (the roster, review requests, approvals), and no read ever meets a file
//! it cannot open: Syncthing writes under a temporary name and renames,
//! and the reader looks only at message names. Ignored in a plain `cargo
//! test`; scripts/test runs it, with Debian's `syncthing` installed.

use crate::common::contact_input;
use crate::export_support::{at, days_ago, person, scratch, Scratch};
use peerlog_core::domain::{contact, note_signature};
use peerlog_core::settings::Signer;
use peerlog_core::team::message::Decision;
use peerlog_core::team::review::{self, ReviewStatus};
use peerlog_core::team::roster::{self, NewMember, NewMemberSelf, TeamRole};
use peerlog_core::team::{self, inbox::ReadReport};
use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const NOTES: usize = 12;

/// One Syncthing instance; stopped when dropped.
struct Instance {
    home: PathBuf,
    folder: PathBuf,
    device_id: String,
    port: u16,
    child: Option<Child>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn generated(root: &Path, name: &str) -> Instance {
    let home = root.join(format!("{name}-home"));
    let folder = root.join(format!("{name}-folder"));
    fs::create_dir_all(&folder).unwrap();
    // Syncthing syncs a folder only where its marker is.
    fs::create_dir_all(folder.join(".stfolder")).unwrap();
    let out = Command::new("syncthing")
        .args(["generate", &format!("--home={}", home.display())])
        .output()
        .expect("syncthing is installed (scripts/setup installs Debian's package)");
    assert!(out.status.success(), "{out:?}");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let device_id = text
        .split_whitespace()
        .skip_while(|w| *w != "ID:")
        .nth(1)
        .unwrap_or_else(|| panic!("a device id in {text}"))
        .to_string();
    Instance {
        home,
        folder,
        device_id,
        port: free_port(),
        child: None,
    }
}

/// A configuration sharing one folder with `other`, on loopback only: no
/// discovery, relays, NAT, upgrades or usage reports, so nothing leaves
/// 127.0.0.1.
fn configure(me: &Instance, other: &Instance) {
    let device = |i: &Instance, name: &str| {
        format!(
            r#"<device id="{}" name="{name}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:{}</address><autoAcceptFolders>false</autoAcceptFolders></device>"#,
            i.device_id, i.port
        )
    };
    let config = format!(
        r#"<configuration version="36">
    <folder id="peerlog-team" label="team" path="{folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me_id}"></device>
        <device id="{other_id}"></device>
    </folder>
    {me_device}
    {other_device}
    <gui enabled="false" tls="false"><address>127.0.0.1:{gui}</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
"#,
        folder = me.folder.display(),
        me_id = me.device_id,
        other_id = other.device_id,
        me_device = device(me, "me"),
        other_device = device(other, "other"),
        gui = free_port(),
        port = me.port,
    );
    fs::write(me.home.join("config.xml"), config).unwrap();
}

fn start(instance: &mut Instance) {
    let log = fs::File::create(instance.home.join("test.log")).unwrap();
    instance.child = Some(
        Command::new("syncthing")
            .args([
                "serve",
                &format!("--home={}", instance.home.display()),
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
            ])
            .env("STNOUPGRADE", "1")
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .unwrap(),
    );
}

/// Syncs `s` until `done` holds, asserting at every read that no file was
/// met half-synced, damaged or refused.
fn sync_until(s: &mut Scratch, what: &str, mut done: impl FnMut(&mut Scratch) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let read: ReadReport = team::sync(s.peerlog.store_mut()).unwrap();
        assert!(read.folder_available);
        assert_eq!(
            (read.unreadable, read.refused, read.from_unknown),
            (0, 0, 0),
            "a read met a file it could not use: {read:?}"
        );
        if done(s) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what} did not arrive through Syncthing"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

#[test]
#[ignore = "needs Debian's syncthing; scripts/test runs it"]
fn messages_cross_a_real_syncthing_pair_and_no_half_synced_file_is_read() {
    let root = tempfile::tempdir().unwrap();
    let mut a = generated(root.path(), "a");
    let mut b = generated(root.path(), "b");
    configure(&a, &b);
    configure(&b, &a);
    start(&mut a);
    start(&mut b);

    let mut supervisor = scratch();
    let mut peer = scratch();
    roster::init(
        supervisor.peerlog.store_mut(),
        "Synced team",
        a.folder.clone(),
        NewMemberSelf {
            name: "Robin Supervisor".into(),
            role: TeamRole::Supervisor,
            credential: Some("LCSW".into()),
        },
    )
    .unwrap();
    let admin = team::my_key(supervisor.peerlog.store_mut()).unwrap();
    let peer_key = team::my_key(peer.peerlog.store_mut()).unwrap();
    roster::add_member(
        supervisor.peerlog.store_mut(),
        NewMember {
            key: peer_key.to_string(),
            name: "Jordan Peer".into(),
            role: TeamRole::Peer,
            credential: None,
        },
    )
    .unwrap();
    roster::join(
        peer.peerlog.store_mut(),
        b.folder.clone(),
        &admin.to_string(),
    )
    .unwrap();
    team::sync(supervisor.peerlog.store_mut()).unwrap();
    sync_until(&mut peer, "the roster", |s| {
        team::status(s.peerlog.store()).unwrap().unwrap().admitted
    });

    // A burst of review requests from the peer's side of the pair.
    let mut notes = Vec::new();
    for n in 0..NOTES {
        let who = person(&mut peer, 2000 + n);
        let note = contact::create(
            peer.peerlog.store_mut(),
            contact_input(&who, at(days_ago(1), 9)),
        )
        .unwrap();
        note_signature::sign(
            peer.peerlog.store_mut(),
            note.id,
            Signer {
                name: "Jordan Peer".into(),
                credential: None,
            },
        )
        .unwrap();
        notes.push(note.id);
    }
    review::submit(peer.peerlog.store_mut(), &notes).unwrap();
    team::sync(peer.peerlog.store_mut()).unwrap();
    sync_until(&mut supervisor, "every review request", |s| {
        review::queue(s.peerlog.store()).unwrap().len() == NOTES
    });

    // Approvals back the other way.
    for id in &notes {
        review::decide(
            supervisor.peerlog.store_mut(),
            *id,
            Decision::Approved,
            None,
        )
        .unwrap();
    }
    team::sync(supervisor.peerlog.store_mut()).unwrap();
    sync_until(&mut peer, "every approval", |s| {
        notes.iter().all(|id| {
            review::review_of(s.peerlog.store().conn(), *id)
                .unwrap()
                .is_some_and(|r| r.status == ReviewStatus::Approved)
        })
    });
    drop((a, b));
}
