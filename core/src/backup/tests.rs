use super::*;
use crate::error::Error;
use crate::packet::container::{self, Kind};
use crate::paths::DataDir;
use crate::secret::{Passphrase, KEY_LEN};
use crate::time::Timestamp;
use peerlog_store::testing;

fn info() -> BackupInfo {
    BackupInfo {
        format: FORMAT.into(),
        vault_id: "0192f0c4-0000-7000-8000-000000000000".into(),
        taken_at: Timestamp::parse("2026-11-23T17:00:00-05:00").unwrap(),
        changed_at: "2026-11-23T21:59:00Z".into(),
        schema_version: 1,
        app_version: "0.1.0".into(),
        store_bytes: 4096,
    }
}

/// A key block from raw parts: the salt, then each part after its
/// length, which may be a lie.
fn raw_block(parts: &[(u32, &[u8])]) -> Vec<u8> {
    let mut block = vec![7u8; 16];
    for (len, bytes) in parts {
        block.extend_from_slice(&len.to_be_bytes());
        block.extend_from_slice(bytes);
    }
    block
}

#[test]
fn absurd_lengths_in_the_description_are_damage() {
    let json = serde_json::to_vec(&info()).unwrap();
    let n = json.len() as u32;
    assert!(parse_key_block(&raw_block(&[(n, &json), (3, b"abc")])).is_ok());
    for block in [
        Vec::new(),
        vec![0u8; 15],
        vec![0u8; 16],
        vec![0u8; 19],
        raw_block(&[(u32::MAX, &json), (3, b"abc")]),
        raw_block(&[(u32::MAX - 3, &json)]),
        raw_block(&[(n + 1, &json), (3, b"abc")]),
        raw_block(&[(n - 1, &json), (3, b"abc")]),
        raw_block(&[(n, &json), (u32::MAX, b"abc")]),
        raw_block(&[(n, &json), (4, b"abc")]),
        raw_block(&[(n, &json), (2, b"abc")]),
        raw_block(&[(n, &json)]),
        raw_block(&[(n, &json), (3, b"abc"), (0, b"")]),
    ] {
        let err = parse_key_block(&block).err().expect("accepted");
        assert_eq!(err.code(), "file_damaged");
    }
}

#[test]
fn a_hostile_description_is_damage() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut texts: Vec<Vec<u8>> = vec![b"not json".to_vec(), deep.into_bytes()];
    let long = "x".repeat(MAX_INFO_TEXT + 1);
    let edits: [fn(&mut BackupInfo, &str); 7] = [
        |i, _| i.app_version = "0.1\u{1b}[2J".into(),
        |i, _| i.vault_id = "id\r\nforged line".into(),
        |i, long| i.changed_at = long.into(),
        |i, _| i.schema_version = 0,
        |i, _| i.schema_version = i64::MIN,
        |i, _| i.store_bytes = u64::MAX,
        |i, _| i.format = "peerlog-backup2".into(),
    ];
    for edit in edits {
        let mut info = info();
        edit(&mut info, &long);
        texts.push(serde_json::to_vec(&info).unwrap());
    }
    for text in texts {
        let block = raw_block(&[(text.len() as u32, &text), (3, b"abc")]);
        let err = parse_key_block(&block).err().expect("accepted");
        assert_eq!(err.code(), "file_damaged");
    }
}

/// Header-level hostility reaches neither the data folder nor memory:
/// inspect and restore both say damaged, and nothing is created.
#[test]
fn hostile_backup_files_are_refused_before_anything_is_touched() {
    let temp = tempfile::tempdir().unwrap();
    let target = DataDir::new(temp.path().join("new"));
    let credential = Passphrase::new(testing::PASSPHRASE);
    let attempt = |bytes: &[u8]| -> (String, String) {
        let file = temp.path().join("hostile.backup");
        std::fs::write(&file, bytes).unwrap();
        let inspected = inspect(&file).map(|_| ()).unwrap_err().code();
        let restored = restore(
            &target,
            &file,
            BackupCredential::Passphrase(&credential),
            RestoreOptions { force: true },
        )
        .unwrap_err()
        .code();
        assert!(!target.root().exists());
        (inspected, restored)
    };
    let json = serde_json::to_vec(&info()).unwrap();
    let n = json.len() as u32;
    for block in [
        raw_block(&[(u32::MAX, &json), (3, b"abc")]),
        raw_block(&[(n, &json), (u32::MAX, b"abc")]),
    ] {
        let sealed = container::seal(Kind::Backup, &block, &[1u8; KEY_LEN], b"store");
        let damaged = ("file_damaged".to_string(), "file_damaged".to_string());
        assert_eq!(attempt(&sealed), damaged);
    }
    // A schema from far in the future is told as such, its number whole.
    let mut newer = info();
    newer.schema_version = i64::MAX;
    let json = serde_json::to_vec(&newer).unwrap();
    let block = raw_block(&[(json.len() as u32, &json), (3, b"abc")]);
    let sealed = container::seal(Kind::Backup, &block, &[1u8; KEY_LEN], b"store");
    let file = temp.path().join("newer.backup");
    std::fs::write(&file, sealed).unwrap();
    match restore(
        &target,
        &file,
        BackupCredential::Passphrase(&credential),
        RestoreOptions::default(),
    ) {
        Err(Error::FileTooNew { found, .. }) => assert_eq!(found, u32::MAX),
        other => panic!("{other:?}"),
    }
    // A sparse file larger than any backup is not read at all.
    let huge = temp.path().join("huge.backup");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(MAX_BACKUP_BYTES + 1)
        .unwrap();
    let err = restore(
        &target,
        &huge,
        BackupCredential::Passphrase(&credential),
        RestoreOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "file_damaged");
    assert!(!target.root().exists());
}

/// A description whose store size is not the size of the store inside
/// is refused, even though the seal and the store are good.
#[test]
fn a_description_that_lies_about_the_store_size_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let peerlog = testing::create(&dir).peerlog;
    let (bytes, changed_at, schema_version) = snapshot(peerlog.store()).unwrap();
    let vault = std::fs::read(dir.vault_file()).unwrap();
    let salt = [9u8; 16];
    let target = DataDir::new(temp.path().join("new"));
    for (n, store_bytes) in [bytes.len() as u64 + 1, 0, MAX_BACKUP_BYTES]
        .into_iter()
        .enumerate()
    {
        let info = BackupInfo {
            format: FORMAT.into(),
            vault_id: peerlog.vault().id().to_string(),
            taken_at: Timestamp::now(),
            changed_at: changed_at.clone(),
            schema_version,
            app_version: "test".into(),
            store_bytes,
        };
        let sealed = container::seal(
            Kind::Backup,
            &key_block(&salt, &info, &vault),
            &master_key(&data_key(&peerlog), &salt),
            &bytes,
        );
        let file = temp.path().join(format!("lying-{n}.backup"));
        std::fs::write(&file, sealed).unwrap();
        let err = restore(
            &target,
            &file,
            BackupCredential::Passphrase(&Passphrase::new(testing::PASSPHRASE)),
            RestoreOptions { force: true },
        )
        .unwrap_err();
        assert_eq!(err.code(), "file_damaged", "{err}");
        assert!(!target.database().exists() && !target.vault_file().exists());
    }
}

/// A backup sealed correctly around a store whose pages are damaged: the
/// seal opens, the store check catches it, and nothing is restored.
#[test]
fn a_damaged_store_inside_a_good_seal_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let mut peerlog = testing::create(&dir).peerlog;
    for n in 0..40 {
        crate::domain::participant::create(
            peerlog.store_mut(),
            crate::domain::participant::ParticipantInput {
                external_id: format!("X-{n}"),
                first_name: Some("Robin".into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let (mut bytes, changed_at, schema_version) = snapshot(peerlog.store()).unwrap();
    // Damage a byte in the middle of a page past the first.
    let middle = 4096 * (bytes.len() / 4096 / 2).max(1) + 100;
    bytes[middle] ^= 0xff;
    let info = BackupInfo {
        format: FORMAT.into(),
        vault_id: peerlog.vault().id().to_string(),
        taken_at: Timestamp::now(),
        changed_at,
        schema_version,
        app_version: "test".into(),
        store_bytes: bytes.len() as u64,
    };
    let vault = std::fs::read(dir.vault_file()).unwrap();
    let salt = [7u8; 16];
    let sealed = container::seal(
        Kind::Backup,
        &key_block(&salt, &info, &vault),
        &master_key(&data_key(&peerlog), &salt),
        &bytes,
    );
    let file = temp.path().join("damaged.backup");
    std::fs::write(&file, sealed).unwrap();
    let target = DataDir::new(temp.path().join("new"));
    let err = restore(
        &target,
        &file,
        BackupCredential::Passphrase(&Passphrase::new(testing::PASSPHRASE)),
        RestoreOptions { force: true },
    )
    .unwrap_err();
    assert_eq!(err.code(), "file_damaged", "{err}");
    assert!(!target.database().exists() && !target.vault_file().exists());
}
