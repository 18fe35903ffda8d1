//! What a hostile test pass found: an output written over the store, and one
//! participant's records attached to another whose id differs only in case
//! or composition. Each case is refused, naming what was wrong, and the
//! store is left whole.

use crate::export_support::*;
use peerlog_core::backup;
use peerlog_core::domain::consent::ConsentCategory;
use peerlog_core::domain::participant::{self, ParticipantInput};
use peerlog_core::export::{self, disclosures, ExportFormat, ExportOutput, ExportRequest};
use peerlog_core::import::import_participants;
use peerlog_core::report::{self, ReportFormat};
use peerlog_core::store::verify;
use peerlog_core::time::today;
use peerlog_core::Error;
use std::path::PathBuf;

fn named(s: &mut Scratch, external_id: &str) -> Result<participant::Participant, Error> {
    participant::create(
        s.peerlog.store_mut(),
        ParticipantInput {
            external_id: external_id.into(),
            first_name: Some("Rae".into()),
            ..ParticipantInput::default()
        },
    )
}

#[track_caller]
fn refused_as(result: Result<impl std::fmt::Debug, Error>, code: &str) {
    let error = result.expect_err("refused");
    assert_eq!(error.code(), code, "{error}");
}

#[test]
fn ids_that_differ_only_in_case_or_composition_are_one_id() {
    let mut s = scratch();
    let first = named(&mut s, "É-7").unwrap();
    refused_as(named(&mut s, "é-7"), "invalid.external_id");
    refused_as(named(&mut s, "e\u{301}-7"), "invalid.external_id");
    for spelling in ["é-7", " É-7", "E\u{301}-7"] {
        let found = participant::find_by_external_id(s.peerlog.store(), spelling)
            .unwrap()
            .expect("found");
        assert_eq!(found.id, first.id, "{spelling:?}");
    }
    // Stored in one normal form, whatever the keyboard sent.
    let decomposed = named(&mut s, "N\u{303}-2").unwrap();
    assert_eq!(decomposed.external_id, "Ñ-2");

    // Renaming onto a colliding id is refused too.
    let other = named(&mut s, "B-1").unwrap();
    let renamed = participant::update(
        s.peerlog.store_mut(),
        other.id,
        ParticipantInput {
            external_id: "é-7".into(),
            first_name: Some("Rae".into()),
            ..ParticipantInput::default()
        },
    );
    refused_as(renamed, "invalid.external_id");
}

#[test]
fn an_import_with_two_spellings_of_one_id_is_refused_whole() {
    let mut s = scratch();
    let file = "external_id,first_name\nÉ-7,Ana\né-7,Bo\n";
    refused_as(
        import_participants(s.peerlog.store_mut(), file.as_bytes(), today()),
        "import_rejected",
    );
    assert!(participant::list(s.peerlog.store()).unwrap().is_empty());

    named(&mut s, "É-7").unwrap();
    let later = "external_id,first_name\né-7,Bo\n";
    refused_as(
        import_participants(s.peerlog.store_mut(), later.as_bytes(), today()),
        "import_rejected",
    );
    assert_eq!(participant::list(s.peerlog.store()).unwrap().len(), 1);
}

#[test]
fn a_store_made_before_the_rule_refuses_to_guess_between_two_colliding_ids() {
    let mut s = scratch();
    let upper = named(&mut s, "É-7").unwrap();
    // As an older build could have left it: a second row whose id differs
    // only by a non-ASCII capital, with the same comparison key.
    s.peerlog
        .store()
        .conn()
        .execute(
            "INSERT INTO participants (id, external_id, external_key, first_name, status, created_at, updated_at)
             SELECT ?1, 'é-7', external_key, 'Bo', status, created_at, updated_at FROM participants WHERE id = ?2",
            rusqlite::params![peerlog_core::ids::ParticipantId::new(), upper.id],
        )
        .unwrap();
    refused_as(
        participant::find_by_external_id(s.peerlog.store(), "é-7"),
        "invalid.external_id",
    );
    refused_as(
        disclosures::for_external_id(s.peerlog.store(), "É-7"),
        "invalid.external_id",
    );
}

/// Every way of naming the store's own files: the database, its log, the
/// vault, the lock, the folder, a new file in it, `..` and symlinks.
fn paths_onto_the_store(s: &Scratch) -> Vec<PathBuf> {
    let data = s.dir.root().to_path_buf();
    let outside = s.temp.path().join("exports");
    std::fs::create_dir_all(&outside).unwrap();
    #[allow(unused_mut)]
    let mut paths = vec![
        data.join("peerlog.db"),
        data.join("peerlog.db-wal"),
        data.join("peerlog.db-shm"),
        data.join("peerlog.db.lock"),
        data.join("vault.json"),
        data.join("settings.json"),
        data.join("summary.pdf"),
        outside.join("..").join("data").join("peerlog.db"),
    ];
    // Making a symbolic link on Windows takes a privilege an ordinary
    // account lacks, so the link is tried on Unix only.
    #[cfg(unix)]
    {
        let link = outside.join("meeting.pdf");
        if !link.exists() {
            std::os::unix::fs::symlink(data.join("peerlog.db"), &link).unwrap();
        }
        paths.push(link);
    }
    paths
}

#[test]
fn no_export_report_or_backup_lands_on_the_store_even_when_replacing() {
    let mut s = scratch();
    let p = person(&mut s, 1);
    consent_for(
        &mut s,
        &p,
        RECIPIENT,
        ConsentCategory::ALL,
        days_ago(10),
        None,
    );
    let vault_before = std::fs::read(s.dir.vault_file()).unwrap();
    for path in paths_onto_the_store(&s) {
        let mut output = ExportOutput::new(ExportFormat::Pdf, &path);
        output.replace = true;
        refused_as(
            export::write(
                s.peerlog.store_mut(),
                &ExportRequest::new(RECIPIENT, days_ago(30), today()),
                &output,
            ),
            "output_in_data_folder",
        );
        refused_as(
            report::write(
                s.peerlog.store_mut(),
                days_ago(30),
                today(),
                ReportFormat::Csv,
                peerlog_core::i18n::Language::English,
                &path,
                true,
            ),
            "output_in_data_folder",
        );
        refused_as(
            backup::write(&mut s.peerlog, &path, true),
            "output_in_data_folder",
        );
        assert!(
            s.dir.refuse_output(&path).is_err(),
            "{path:?} is refused for opened packets too"
        );
    }
    assert_eq!(std::fs::read(s.dir.vault_file()).unwrap(), vault_before);
    assert!(verify::check(s.peerlog.store()).unwrap().is_ok());
    assert!(disclosures::list(s.peerlog.store(), None)
        .unwrap()
        .is_empty());
    assert!(!s.dir.root().join("summary.pdf").exists());
    // Outside the folder, the same export is written.
    let fine = s.out("meeting-notes.pdf");
    export::write(
        s.peerlog.store_mut(),
        &ExportRequest::new(RECIPIENT, days_ago(30), today()),
        &ExportOutput::new(ExportFormat::Pdf, &fine),
    )
    .unwrap();
    assert!(fine.exists());
}
