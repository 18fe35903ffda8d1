//! The consent, export, open-pack, disclosures, report, backup and restore
//! commands through the built binary: their output, exit statuses, and
//! what they leave on disk.

use crate::common::pdf_text;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSPHRASE: &str = "tidal-quartz-lantern-meadow";
const PACKET: &str = "orchard-velvet-compass-drizzle";
const COURT: &str = "Circuit Court Behavioral Health Docket";

struct Folder {
    temp: tempfile::TempDir,
    dir: PathBuf,
}

impl Folder {
    fn new() -> Self {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().join("data");
        Folder { temp, dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.temp.path().join(name)
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_peerlog"));
        cmd.args(args)
            .env("PEERLOG_DATA_DIR", &self.dir)
            .env("PEERLOG_PASSPHRASE", PASSPHRASE)
            .env("PEERLOG_NEW_PASSPHRASE", PASSPHRASE)
            .env("PEERLOG_PACKET_PASSPHRASE", PACKET)
            .env_remove("PEERLOG_RECOVERY_KEY")
            .arg("--no-keyring");
        english(&mut cmd);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A store with one participant, PX-1, and their records.
    fn with_participant(&self) -> String {
        let out = self.ok(&["init"]);
        let csv = self.path("people.csv");
        std::fs::write(
            &csv,
            "external_id,first_name,last_name\nPX-1,Robin,Quarry\nPX-2,Sam,Ledger\n",
        )
        .unwrap();
        self.ok(&["import", "participants", csv.to_str().unwrap()]);
        let contacts = self.path("contacts.csv");
        std::fs::write(
            &contacts,
            format!(
                "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n\
                 PX-1,{},10:00,45,phone,,check_in,Walked through the week ahead CanaryNarrZq,\n",
                days_ago(3)
            ),
        )
        .unwrap();
        self.ok(&["import", "contacts", contacts.to_str().unwrap()]);
        out.lines()
            .map(str::trim)
            .find(|l| l.len() == 39 && l.matches('-').count() == 7)
            .expect("the recovery key is printed")
            .to_string()
    }

    fn consent(&self, participant: &str, categories: &str) -> String {
        let out = self.ok(&[
            "consent",
            "add",
            "--participant",
            participant,
            "--recipient",
            COURT,
            "--purpose",
            "Case conference coordination",
            "--categories",
            categories,
            "--from",
            &days_ago(10).to_string(),
            "--until",
            &days_ago(-300).to_string(),
        ]);
        out.lines()
            .find_map(|l| l.strip_prefix("Consent recorded: "))
            .expect("the consent id is printed")
            .trim()
            .to_string()
    }

    fn export(&self, format: &str, out: &Path) -> Output {
        self.run(&[
            "export",
            "--recipient",
            COURT,
            "--from",
            &days_ago(30).to_string(),
            "--to",
            &days_ago(0).to_string(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ])
    }

    fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .map(|e| e.unwrap())
                    .filter(|e| e.file_type().unwrap().is_file())
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            std::fs::read(e.path()).unwrap(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }
}

/// No language from the machine the tests run on: messages in English
/// unless a test asks for another.
fn english(cmd: &mut Command) -> &mut Command {
    cmd.env_remove("PEERLOG_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
}

fn days_ago(days: i64) -> chrono::NaiveDate {
    chrono::Local::now().date_naive() - chrono::Duration::days(days)
}

#[track_caller]
fn fails(out: &Output, status: i32, says: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(status), "stderr: {stderr}");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("error:") && l.contains(says)),
        "expected an error line saying {says:?}, got: {stderr}"
    );
}

#[test]
fn consents_are_added_listed_and_revoked() {
    let f = Folder::new();
    f.with_participant();
    let id = f.consent("PX-1", "attendance,contact-summaries,contact-narratives");
    let list = f.ok(&["consent", "list", "--participant", "PX-1"]);
    assert!(list.contains(&id) && list.contains("active"), "{list}");
    assert!(list.contains("attendance,contact-summaries,contact-narratives"));

    // Bad input names the field, exits 4 and records nothing.
    let bad = f.run(&[
        "consent",
        "add",
        "--participant",
        "PX-1",
        "--recipient",
        COURT,
        "--purpose",
        "x",
        "--categories",
        "attendance,housing-history",
        "--from",
        "2026-01-01",
        "--until",
        "2027-01-01",
    ]);
    fails(&bad, 4, "Categories");
    let bad = f.run(&[
        "consent",
        "add",
        "--participant",
        "PX-1",
        "--recipient",
        COURT,
        "--purpose",
        "x",
        "--categories",
        "attendance",
        "--from",
        "next tuesday",
    ]);
    fails(&bad, 4, "From");
    let bad = f.run(&[
        "consent",
        "add",
        "--participant",
        "PX-1",
        "--recipient",
        COURT,
        "--purpose",
        "x",
        "--categories",
        "attendance",
        "--from",
        "2026-01-01",
    ]);
    fails(&bad, 4, "Expires on");
    let bad = f.run(&[
        "consent",
        "add",
        "--participant",
        "PX-404",
        "--recipient",
        COURT,
        "--purpose",
        "x",
        "--categories",
        "attendance",
        "--from",
        "2026-01-01",
        "--until",
        "2027-01-01",
    ]);
    fails(&bad, 4, "Participant");
    // A missing option is a usage error.
    assert_eq!(
        f.run(&["consent", "add", "--participant", "PX-1"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        f.ok(&["consent", "list"]).lines().count(),
        2,
        "the heading and the one consent"
    );

    let revoked = f.ok(&["consent", "revoke", &id]);
    assert!(revoked.contains("revoked"));
    assert!(f.ok(&["consent", "list"]).contains("revoked"));
    fails(&f.run(&["consent", "revoke", &id]), 4, "Revoked on");
    fails(&f.run(&["consent", "revoke", "not-an-id"]), 4, "Id");
}

#[test]
fn export_writes_each_format_and_records_each_disclosure() {
    let f = Folder::new();
    f.with_participant();
    f.consent("PX-1", "contact-summaries,contact-narratives");
    let pdf = f.path("conference.pdf");
    let out = f.export("pdf", &pdf);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let zip = f.path("tables.zip");
    assert!(f.export("csv", &zip).status.success());
    let pack = f.path("sealed.pack");
    assert!(f.export("pack", &pack).status.success());

    let all = f.ok(&["disclosures"]);
    assert!(all.contains("3 disclosure(s)"), "{all}");
    for format in ["pdf", "csv", "pack"] {
        assert!(all.contains(&format!("  {format}  ")), "{format} in {all}");
    }
    let json = f.ok(&["disclosures", "--participant", "PX-1", "--json"]);
    let records: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(records.as_array().unwrap().len(), 3);
    assert_eq!(
        f.ok(&["disclosures", "--participant", "PX-2"]).trim(),
        "No disclosures recorded."
    );

    // The file already exists: refused (4) unless --force.
    fails(&f.export("pdf", &pdf), 4, "already");
    let forced = f.run(&[
        "export",
        "--recipient",
        COURT,
        "--from",
        &days_ago(30).to_string(),
        "--to",
        &days_ago(0).to_string(),
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
        "--force",
    ]);
    assert!(forced.status.success());

    // A preview writes nothing and records nothing.
    let preview = f.ok(&[
        "export",
        "--recipient",
        COURT,
        "--from",
        &days_ago(30).to_string(),
        "--to",
        &days_ago(0).to_string(),
        "--format",
        "pdf",
        "--out",
        f.path("p.pdf").to_str().unwrap(),
        "--preview",
    ]);
    assert!(
        preview.contains("PX-1") && !preview.contains("PX-2"),
        "{preview}"
    );
    assert!(!f.path("p.pdf").exists());
    assert!(f.ok(&["disclosures"]).contains("4 disclosure(s)"));

    // Who is not offered, counted, and by name on request.
    assert!(
        preview.contains("Not offered: 1 on your caseload has no consent for this recipient"),
        "{preview}"
    );
    let why = f.ok(&[
        "export",
        "--recipient",
        COURT,
        "--from",
        &days_ago(30).to_string(),
        "--to",
        &days_ago(0).to_string(),
        "--format",
        "pdf",
        "--out",
        f.path("p.pdf").to_str().unwrap(),
        "--preview",
        "--why",
    ]);
    assert!(
        why.contains("(PX-2): no consent for this recipient"),
        "{why}"
    );
}

#[test]
fn export_refusals_have_their_exit_statuses() {
    let f = Folder::new();
    f.with_participant();
    f.consent("PX-1", "attendance");
    let out = f.path("x.pdf");
    // Nobody has a consent for this recipient: 4, and nothing written.
    let nobody = f.run(&[
        "export",
        "--recipient",
        "Someone Else",
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-01",
        "--format",
        "pdf",
        "--out",
        out.to_str().unwrap(),
    ]);
    fails(&nobody, 4, "Recipient");
    // Someone listed without a consent: 4.
    let listed = f.run(&[
        "export",
        "--recipient",
        COURT,
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-01",
        "--format",
        "pdf",
        "--out",
        out.to_str().unwrap(),
        "--participants",
        "PX-1,PX-2",
    ]);
    fails(&listed, 4, "Participants");
    // The period runs backwards: 4.
    let backwards = f.run(&[
        "export",
        "--recipient",
        COURT,
        "--from",
        "2026-02-01",
        "--to",
        "2026-01-01",
        "--format",
        "pdf",
        "--out",
        out.to_str().unwrap(),
    ]);
    fails(&backwards, 4, "To");
    // An unknown format: usage, 2.
    assert_eq!(f.export("docx", &out).status.code(), Some(2));
    // The wrong store passphrase: 3.
    let wrong = f
        .cmd(&[
            "export",
            "--recipient",
            COURT,
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
        ])
        .env("PEERLOG_PASSPHRASE", "not-the-passphrase-here")
        .output()
        .unwrap();
    fails(&wrong, 3, "passphrase");
    // A weak packet passphrase: 4. None and no terminal to ask on: 2.
    let pack = f.path("x.pack");
    let weak = f
        .cmd(&[
            "export",
            "--recipient",
            COURT,
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
            "--format",
            "pack",
            "--out",
            pack.to_str().unwrap(),
        ])
        .env("PEERLOG_PACKET_PASSPHRASE", "password1")
        .output()
        .unwrap();
    fails(&weak, 4, "Packet passphrase");
    let none = f
        .cmd(&[
            "export",
            "--recipient",
            COURT,
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
            "--format",
            "pack",
            "--out",
            pack.to_str().unwrap(),
        ])
        .env_remove("PEERLOG_PACKET_PASSPHRASE")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(!out.exists() && !pack.exists());
    assert_eq!(f.ok(&["disclosures"]).trim(), "No disclosures recorded.");
}

#[test]
fn open_pack_reads_a_packet_and_refuses_a_damaged_one() {
    let f = Folder::new();
    f.with_participant();
    f.consent("PX-1", "contact-narratives");
    let pack = f.path("sealed.pack");
    assert!(f.export("pack", &pack).status.success());
    // The recipient needs no store: no data folder, no store passphrase.
    let open = |file: &Path, extra: &[&str], passphrase: &str| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_peerlog"));
        cmd.arg("open-pack")
            .arg(file)
            .args(extra)
            .env("PEERLOG_DATA_DIR", f.path("nowhere"))
            .env_remove("PEERLOG_PASSPHRASE")
            .env("PEERLOG_PACKET_PASSPHRASE", passphrase);
        english(&mut cmd).output().unwrap()
    };
    let opened = f.path("opened");
    let out = open(&pack, &["--out", opened.to_str().unwrap()], PACKET);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains(COURT) && shown.contains("42 CFR part 2"));
    let contacts = std::fs::read_to_string(opened.join("peerlog-export/contacts.csv")).unwrap();
    assert!(contacts.contains("CanaryNarrZq"));
    assert!(opened.join("peerlog-export/case-conference.pdf").exists());
    assert!(
        !f.path("nowhere").exists(),
        "opening a packet made no store"
    );

    fails(&open(&pack, &[], "a-different-passphrase"), 3, "passphrase");
    let bytes = std::fs::read(&pack).unwrap();
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 1;
    let bad = f.path("flipped.pack");
    std::fs::write(&bad, &flipped).unwrap();
    fails(
        &open(&bad, &["--out", f.path("o2").to_str().unwrap()], PACKET),
        5,
        "damaged",
    );
    assert!(!f.path("o2").exists());
    std::fs::write(&bad, &bytes[..bytes.len() - 10]).unwrap();
    fails(&open(&bad, &[], PACKET), 5, "incomplete");
    std::fs::write(&bad, b"%PDF-1.7 not a packet").unwrap();
    fails(&open(&bad, &[], PACKET), 5, "not a Peerlog sealed packet");
    // A missing input file is a usage error, as for `restore` and `import`.
    fails(
        &open(&f.path("missing.pack"), &[], PACKET),
        2,
        "no packet file at",
    );
}

#[test]
fn report_writes_pdf_and_csv() {
    let f = Folder::new();
    f.with_participant();
    let csv = f.path("report.csv");
    let out = f.ok(&[
        "report",
        "--from",
        &days_ago(30).to_string(),
        "--to",
        &days_ago(0).to_string(),
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(out.contains("1 participants served"), "{out}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("contacts,contacts,1"));
    assert!(!text.contains("PX-1") && !text.contains("Robin") && !text.contains("Canary"));
    let pdf = f.path("report.pdf");
    f.ok(&[
        "report",
        "--from",
        &days_ago(30).to_string(),
        "--to",
        &days_ago(0).to_string(),
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert!(pdf_text(&pdf).contains("Program report"));
    let informe = f.path("informe.pdf");
    f.ok(&[
        "report",
        "--from",
        &days_ago(30).to_string(),
        "--to",
        &days_ago(0).to_string(),
        "--format",
        "pdf",
        "--out",
        informe.to_str().unwrap(),
        "--lang",
        "es",
    ]);
    let text = pdf_text(&informe);
    assert!(text.contains("Informe del programa"), "{text}");
    assert!(!text.contains("Program report"), "{text}");
    fails(
        &f.run(&[
            "report",
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
            "--format",
            "csv",
            "--out",
            f.path("r2.csv").to_str().unwrap(),
        ]),
        4,
        "To",
    );
    assert_eq!(
        f.run(&[
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
            "--format",
            "xlsx",
            "--out",
            "x"
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn backup_and_restore_on_a_new_laptop() {
    let f = Folder::new();
    let recovery = f.with_participant();
    assert!(f.ok(&["backup", "--status"]).contains("No backup yet"));
    let file = f.path("peerlog.backup");
    f.ok(&["backup", "--out", file.to_str().unwrap()]);
    assert!(f.ok(&["backup", "--status"]).contains("Last backup"));
    // Neither --out nor --status: usage.
    assert_eq!(f.run(&["backup"]).status.code(), Some(2));

    // A new laptop: restore with the passphrase.
    let laptop = Folder::new();
    let out = laptop.ok(&["restore", file.to_str().unwrap()]);
    assert!(out.contains("Restored"), "{out}");
    assert!(laptop.ok(&["caseload"]).contains("PX-1"));

    // Another: with the recovery key.
    let other = Folder::new();
    let out = other
        .cmd(&["restore", file.to_str().unwrap(), "--recovery-key"])
        .env_remove("PEERLOG_PASSPHRASE")
        .env("PEERLOG_RECOVERY_KEY", &recovery)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(other.ok(&["caseload"]).contains("PX-1"));
}

#[test]
fn restore_refusals_replace_nothing() {
    let f = Folder::new();
    f.with_participant();
    let file = f.path("peerlog.backup");
    f.ok(&["backup", "--out", file.to_str().unwrap()]);

    // Wrong passphrase: 3, nothing created.
    let laptop = Folder::new();
    let wrong = laptop
        .cmd(&["restore", file.to_str().unwrap()])
        .env("PEERLOG_PASSPHRASE", "not-the-passphrase-here")
        .output()
        .unwrap();
    fails(&wrong, 3, "passphrase");
    assert!(laptop.files().is_empty());
    // Damaged: 5, nothing created.
    let mut bytes = std::fs::read(&file).unwrap();
    let at = bytes.len() - 100;
    bytes[at] ^= 0x10;
    let bad = f.path("bad.backup");
    std::fs::write(&bad, &bytes).unwrap();
    fails(
        &laptop.run(&["restore", bad.to_str().unwrap()]),
        5,
        "damaged",
    );
    assert!(laptop.files().is_empty());
    // Cut short: 5.
    std::fs::write(&bad, &bytes[..bytes.len() / 2]).unwrap();
    fails(
        &laptop.run(&["restore", bad.to_str().unwrap()]),
        5,
        "incomplete",
    );
    assert!(laptop.files().is_empty());
    // No such file: usage, 2.
    assert_eq!(
        laptop.run(&["restore", "/no/such.backup"]).status.code(),
        Some(2)
    );

    // The store here has changed since the backup: 4 without --force, and
    // the store is left as it was.
    f.consent("PX-1", "attendance");
    let before = f.files();
    let refused = f.run(&["restore", file.to_str().unwrap()]);
    fails(&refused, 4, "--force");
    assert_eq!(f.files(), before);
    let forced = f.ok(&["restore", file.to_str().unwrap(), "--force"]);
    assert!(forced.contains("kept in"), "{forced}");
    assert!(f.ok(&["consent", "list"]).contains("No consents recorded"));
}

const GOVERNS: &str = "Traducción al español; el texto en inglés que sigue es el que rige.";

#[test]
fn export_lang_es_writes_spanish_documents_with_both_notices() {
    let f = Folder::new();
    f.with_participant();
    f.consent("PX-1", "attendance,contact-summaries,contact-narratives");
    let export = |format: &str, out: &Path, lang: &[&str]| {
        let mut cmd = f.cmd(&[
            "export",
            "--recipient",
            COURT,
            "--from",
            &days_ago(30).to_string(),
            "--to",
            &days_ago(0).to_string(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        cmd.args(lang);
        cmd
    };

    // `--lang es` after the command, as a peer would add it.
    let pdf = f.path("conferencia.pdf");
    let out = export("pdf", &pdf, &["--lang", "es"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The command's own lines stay English; the document is Spanish.
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Wrote "));
    let text = pdf_text(&pdf);
    for spanish in [
        "Resumen para la reunión de caso",
        "Participación en el período",
        "Contactos y notas",
        "Asistencia a grupos de recuperación",
        "Teléfono",
        "Chequeo",
        "Página 1 de",
        GOVERNS,
        "NO es suficiente",
        "is NOT sufficient",
        "CanaryNarrZq",
    ] {
        assert!(text.contains(spanish), "no {spanish:?} in {text}");
    }
    for english in [
        "Engagement in the period",
        "Contacts and notes",
        "Page 1 of",
        "Check-in",
    ] {
        assert!(!text.contains(english), "{english:?} in the Spanish PDF");
    }

    // PEERLOG_LANG=es does the same; a CSV folder's notice carries both.
    let zip = f.path("tablas.zip");
    let out = export("csv", &zip, &[])
        .env("PEERLOG_LANG", "es")
        .output()
        .unwrap();
    assert!(out.status.success());
    let files =
        peerlog_core::export::archive::read_zip(&std::fs::read(&zip).unwrap(), "zip").unwrap();
    let text_of = |name: &str| {
        let file = files.iter().find(|f| f.name.ends_with(name)).unwrap();
        String::from_utf8(file.bytes.clone()).unwrap()
    };
    let notice = text_of(peerlog_core::export::NOTICE_FILE);
    assert!(notice.starts_with(GOVERNS), "{notice}");
    assert!(notice.contains("NO es suficiente") && notice.contains("is NOT sufficient"));
    assert!(text_of("README.txt").starts_with("Exportación de Peerlog"));
    assert!(text_of("contacts.csv").contains("external_id,date,minutes"));

    // Opening a Spanish packet shows its cover once and the notice once.
    let pack = f.path("sellado.pack");
    assert!(export("pack", &pack, &["--lang", "es"])
        .output()
        .unwrap()
        .status
        .success());
    let shown = f.ok(&["open-pack", pack.to_str().unwrap()]);
    assert!(shown.contains("Destinatario: "), "{shown}");
    assert_eq!(shown.matches(GOVERNS).count(), 1, "{shown}");
    assert_eq!(shown.matches("is NOT sufficient").count(), 1, "{shown}");

    // The system's language words messages, never a partner's document:
    // without --lang, an export is English.
    let pdf = f.path("conference.pdf");
    let out = export("pdf", &pdf, &[])
        .env("LANG", "es_US.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = pdf_text(&pdf);
    assert!(text.contains("Engagement in the period") && !text.contains(GOVERNS));
}

#[test]
fn lang_es_words_errors_in_spanish() {
    let f = Folder::new();
    let bad_date = |lang: &[&str]| {
        let mut cmd = f.cmd(&[
            "export",
            "--recipient",
            COURT,
            "--from",
            "next tuesday",
            "--to",
            "2026-01-01",
            "--format",
            "pdf",
            "--out",
            f.path("x.pdf").to_str().unwrap(),
        ]);
        cmd.args(lang);
        cmd
    };
    let out = bad_date(&["--lang", "es"]).output().unwrap();
    fails(
        &out,
        4,
        "Desde: no es una fecha (use AAAA-MM-DD o M/D/AAAA)",
    );
    // The system's language, when --lang is not given.
    let out = bad_date(&[]).env("LC_ALL", "es_MX.UTF-8").output().unwrap();
    fails(&out, 4, "Desde: no es una fecha");
    // --lang wins over the system's language; English is as it was.
    let out = bad_date(&["--lang", "en"])
        .env("LANG", "es_US.UTF-8")
        .output()
        .unwrap();
    fails(&out, 4, "From: is not a date (use YYYY-MM-DD or M/D/YYYY)");
    // A store error, before any store exists.
    let out = f
        .cmd(&["caseload"])
        .env("PEERLOG_LANG", "es")
        .output()
        .unwrap();
    fails(
        &out,
        5,
        "Todavía no hay una bóveda de Peerlog en esta carpeta",
    );
    // A language Peerlog does not speak is a usage error.
    let out = f.run(&["--lang", "fr", "caseload"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use en (English) or es (español)"));
}

#[test]
fn export_help_says_how_the_language_is_chosen() {
    let f = Folder::new();
    let help = f.ok(&["export", "--help"]);
    assert!(help.contains("--lang <en|es>"), "{help}");
    assert!(help.contains("English unless --lang es"), "{help}");
}
