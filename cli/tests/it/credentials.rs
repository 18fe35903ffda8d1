//! The peer's own record from the CLI: a credential from a preset, a
//! training with its certificate kept in the store, progress by category
//! that ignores the day before the period, the certificate saved back on
//! purpose byte for byte, and a renewal packet that names no participant.
//! Bad input exits 4 naming the field.

use crate::common::*;

const CERTIFICATE: &[u8] = b"%PDF-1.4\n% synthetic certificate\n\x00\xff\x10\n%%EOF\n";

/// A store with two participants (whose names must never reach the
/// packet) and a Pennsylvania CPS issued 2025-03-01, so its period runs to
/// 2027-02-28. Returns the credential's short id.
fn with_credential(folder: &Folder) -> String {
    folder.init();
    let people = folder.file(
        "participants.csv",
        "external_id,first_name,last_name,intake_date\n\
P-CANARY-1,Quillon,Vantreese,2026-01-05\n\
P-CANARY-2,Marisol,Ketteridge,2026-01-06\n",
    );
    folder.ok(&["import", "participants", path(&people)]);
    let out = folder.ok(&[
        "credential",
        "add",
        "--preset",
        "pennsylvania_cps",
        "--number",
        "CPS-TEST-0001",
        "--issued-on",
        "2025-03-01",
    ]);
    assert!(out.contains("expires 2027-02-28"), "{out}");
    let list = folder.ok(&["credential", "list"]);
    let row = list.lines().nth(1).unwrap();
    assert!(row.contains("CPS-TEST-0001"), "{list}");
    row.split_whitespace().next().unwrap().to_string()
}

#[test]
fn a_training_with_its_certificate_counts_toward_its_category_in_the_period() {
    let folder = Folder::new();
    let id = with_credential(&folder);
    let presets = folder.ok(&["credential", "presets"]);
    for key in [
        "pennsylvania_cps",
        "wisconsin_cps",
        "mental_health_first_aid",
    ] {
        assert!(presets.contains(key), "{presets}");
    }
    let certificate = folder.temp.path().join("certificate.pdf");
    std::fs::write(&certificate, CERTIFICATE).unwrap();
    let out = folder.ok(&[
        "training",
        "add",
        "--title",
        "Wellness Recovery Action Plan",
        "--provider",
        "Synthetic Training Institute",
        "--on",
        "2025-03-01",
        "--hours",
        "1.5",
        "--category",
        "peer_support",
        "--credential",
        &id,
        "--certificate",
        path(&certificate),
    ]);
    assert!(
        out.contains("1.5 hours of peer_support, certificate kept"),
        "{out}"
    );
    // The day before the period: kept, but not counted.
    folder.ok(&[
        "training",
        "add",
        "--title",
        "Before the period",
        "--on",
        "2025-02-28",
        "--hours",
        "10",
        "--category",
        "peer_support",
    ]);
    let list = folder.ok(&["training", "list"]);
    assert!(list.contains("Wellness Recovery Action Plan"), "{list}");
    assert!(
        list.contains(&format!("pdf {} B", CERTIFICATE.len())),
        "{list}"
    );

    let progress = folder.ok(&["credential", "progress", "--credential", &id]);
    assert!(
        progress.contains("Period: 2025-03-01 to 2027-02-28"),
        "{progress}"
    );
    let line = progress
        .lines()
        .find(|l| l.starts_with("peer_support"))
        .unwrap();
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>(),
        ["peer_support", "24", "1.5", "22.5"]
    );
    let credentials = folder.ok(&["credential", "list"]);
    assert!(credentials.contains("1.5/36"), "{credentials}");

    // The certificate comes back out only on purpose, byte for byte.
    let training_id = list
        .lines()
        .find(|l| l.contains("Wellness"))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let saved = folder.temp.path().join("saved.pdf");
    folder.ok(&[
        "training",
        "certificate",
        "--training",
        &training_id,
        "--out",
        path(&saved),
    ]);
    assert_eq!(std::fs::read(&saved).unwrap(), CERTIFICATE);

    // The packet lists the hours and names no participant.
    let packet = folder.temp.path().join("renewal.pdf");
    let out = folder.ok(&["renewal", "--credential", &id, "--out", path(&packet)]);
    assert!(out.contains("1 trainings, 1.5 of 36 hours"), "{out}");
    let text = pdf_text(&packet);
    assert!(text.contains("Renewal packet"), "{text}");
    assert!(text.contains("Wellness Recovery Action Plan"), "{text}");
    assert!(!text.contains("Before the period"), "{text}");
    for canary in ["P-CANARY", "Quillon", "Vantreese", "Marisol", "Ketteridge"] {
        assert!(!text.contains(canary), "{canary} in the packet");
    }
    let spanish = folder.temp.path().join("renovacion.pdf");
    folder.ok(&[
        "renewal",
        "--credential",
        &id,
        "--out",
        path(&spanish),
        "--language",
        "es",
    ]);
    assert!(pdf_text(&spanish).contains("Paquete de renovación"));
    let csv = folder.temp.path().join("renewal.csv");
    folder.ok(&[
        "renewal",
        "--credential",
        &id,
        "--out",
        path(&csv),
        "--format",
        "csv",
    ]);
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.contains(",peer_support,1.5,24,22.5,"), "{written}");
}

#[test]
fn bad_input_exits_4_naming_the_field() {
    let folder = Folder::new();
    let id = with_credential(&folder);
    let training = |extra: &[&str]| {
        let mut args = vec![
            "training",
            "add",
            "--title",
            "Course",
            "--on",
            "2026-01-05",
            "--hours",
            "2",
            "--category",
            "ethics",
        ];
        args.extend_from_slice(extra);
        folder.run(&args)
    };
    let gif = folder.file("certificate.gif", "GIF89a synthetic");
    assert_failure(&training(&["--certificate", path(&gif)]), 4, "Certificate");
    assert_failure(&training(&["--credential", "ffffffff"]), 4, "Credential");
    let out = folder.run(&[
        "training",
        "add",
        "--title",
        "Course",
        "--on",
        "2026-01-05",
        "--hours",
        "1.555",
        "--category",
        "ethics",
    ]);
    assert_failure(&out, 4, "Hours");
    let out = folder.run(&[
        "credential",
        "add",
        "--name",
        "Own",
        "--issued-on",
        "2026-01-05",
    ]);
    assert_failure(&out, 4, "Period months: is required");
    let out = folder.run(&[
        "credential",
        "add",
        "--preset",
        "nowhere",
        "--issued-on",
        "2026-01-05",
    ]);
    assert_failure(&out, 4, "Preset: is not one of");
    let out = folder.run(&[
        "credential",
        "add",
        "--name",
        "Own",
        "--issued-on",
        "2026-01-05",
        "--period-months",
        "12",
        "--total-hours",
        "2",
        "--minimum",
        "ethics:3",
    ]);
    assert_failure(&out, 4, "Total hours");
    // Nothing above was kept.
    let list = folder.ok(&["training", "list"]);
    assert!(list.contains("No trainings yet"), "{list}");
    let out = folder.run(&[
        "renewal",
        "--credential",
        &id,
        "--out",
        "/nonexistent-dir/x.pdf",
    ]);
    assert_ne!(out.status.code(), Some(0));
}
