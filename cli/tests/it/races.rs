//! Two `init`s or two `change-passphrase`s at once on one data folder:
//! exactly one wins, the other fails clearly, and what each printed matches
//! what is on disk.

use crate::common::*;
use std::process::Output;

fn succeeded(out: &Output) -> bool {
    out.status.success()
}

#[test]
fn of_two_inits_at_once_exactly_one_wins_and_its_key_opens_the_vault() {
    for _round in 0..3 {
        let folder = Folder::new();
        let children: Vec<_> = (0..2)
            .map(|_| {
                folder
                    .cmd(&["init"])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let winners: Vec<&Output> = outs.iter().filter(|o| succeeded(o)).collect();
        assert_eq!(winners.len(), 1, "exactly one init wins");
        let loser = outs.iter().find(|o| !succeeded(o)).unwrap();
        assert_failure(loser, 4, "already holds a Peerlog vault");
        assert!(
            !String::from_utf8_lossy(&loser.stdout).contains("Recovery key"),
            "the loser showed no recovery key"
        );

        // The key the winner printed is the one that opens the vault on disk.
        let key = recovery_key_in(&String::from_utf8_lossy(&winners[0].stdout));
        let out = folder
            .cmd(&["recover"])
            .env("PEERLOG_RECOVERY_KEY", &key)
            .env("PEERLOG_NEW_PASSPHRASE", "orchid-basalt-compass-river")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn of_two_passphrase_changes_at_once_exactly_one_wins() {
    let folder = Folder::new();
    folder.init();
    let mut current = PASSPHRASE.to_string();
    for round in 0..3 {
        let news = [
            format!("orchid-basalt-compass-river-{round}"),
            format!("velvet-harbor-lantern-quill-{round}"),
        ];
        let children: Vec<_> = news
            .iter()
            .map(|new| {
                folder
                    .cmd(&["change-passphrase"])
                    .env("PEERLOG_PASSPHRASE", &current)
                    .env("PEERLOG_NEW_PASSPHRASE", new)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let won: Vec<usize> = (0..2).filter(|&i| succeeded(&outs[i])).collect();
        assert_eq!(
            won.len(),
            1,
            "exactly one change wins: {:?}",
            outs.iter()
                .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                .collect::<Vec<_>>()
        );
        let winner = won[0];
        let loser = 1 - winner;
        assert!(String::from_utf8_lossy(&outs[winner].stdout).contains("Passphrase changed"));
        let stderr = String::from_utf8_lossy(&outs[loser].stderr);
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(
            !String::from_utf8_lossy(&outs[loser].stdout).contains("Passphrase changed"),
            "the loser claimed nothing"
        );

        // What the winner said is what is on disk.
        let opens = |passphrase: &str| {
            folder
                .cmd(&["verify"])
                .env("PEERLOG_PASSPHRASE", passphrase)
                .output()
                .unwrap()
                .status
                .success()
        };
        assert!(opens(&news[winner]), "the winner's passphrase opens it");
        assert!(!opens(&news[loser]), "the loser's passphrase does not");
        current = news[winner].clone();
    }
}
