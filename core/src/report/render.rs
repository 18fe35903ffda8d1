//! The program report as CSV rows and as a PDF.

use super::{ChangeSummary, ProgramReport};
use crate::i18n::Language;
use crate::pdf::{Column, DocumentInfo, Face, Flow};

const FOOTER: &str =
    "De-identified counts for program reporting: no names, case ids, narratives or \
    dates tied to a person. Small counts can still point to someone; share this report with care.";

fn opt(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.2}")).unwrap_or_default()
}

fn change_rows(out: &mut Vec<(String, String, String)>, section: &str, c: &ChangeSummary) {
    let mut push = |measure: &str, value: String| {
        out.push((section.to_string(), measure.to_string(), value));
    };
    push("people measured", c.measured.to_string());
    push(
        "people measured twice or more",
        c.measured_twice.to_string(),
    );
    push("mean first", opt(c.mean_first));
    push("mean latest", opt(c.mean_latest));
    push("mean change", opt(c.mean_change));
    push("improved", c.improved.to_string());
    push("unchanged", c.unchanged.to_string());
    push("declined", c.declined.to_string());
}

pub fn rows(r: &ProgramReport) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    let mut push = |section: &str, measure: String, value: String| {
        out.push((section.to_string(), measure, value));
    };
    push("period", "from".into(), r.period.from.to_string());
    push("period", "to".into(), r.period.to.to_string());
    push("period", "prepared on".into(), r.prepared_on.to_string());

    push(
        "participants",
        "served".into(),
        r.participants.served.to_string(),
    );
    push(
        "participants",
        "new (intake in period)".into(),
        r.participants.new.to_string(),
    );
    push(
        "participants",
        "completed (status changed in period)".into(),
        r.participants.completed.to_string(),
    );
    for s in &r.participants.served_by_status {
        push(
            "participants",
            format!("served, now {}", s.status.label().to_lowercase()),
            s.participants.to_string(),
        );
    }

    let c = &r.contacts;
    push("contacts", "contacts".into(), c.contacts.to_string());
    push(
        "contacts",
        "participants contacted".into(),
        c.participants_contacted.to_string(),
    );
    push(
        "contacts",
        "hours".into(),
        format!("{:.2}", c.minutes as f64 / 60.0),
    );
    push(
        "contacts",
        "units (15 minutes, H0038)".into(),
        c.units.to_string(),
    );
    for m in &c.by_mode {
        let mode = m.mode.label().to_lowercase();
        push(
            "contacts by mode",
            format!("{mode}: contacts"),
            m.contacts.to_string(),
        );
        push(
            "contacts by mode",
            format!("{mode}: hours"),
            format!("{:.2}", m.minutes as f64 / 60.0),
        );
        push(
            "contacts by mode",
            format!("{mode}: units"),
            m.units.to_string(),
        );
    }
    for s in &c.by_service {
        push(
            "contacts by service",
            s.service.label().to_lowercase(),
            s.contacts.to_string(),
        );
    }

    let g = &r.groups;
    push(
        "groups",
        "sessions held".into(),
        g.sessions_held.to_string(),
    );
    push(
        "groups",
        "groups meeting".into(),
        g.groups_meeting.to_string(),
    );
    push("groups", "present".into(), g.present.to_string());
    push("groups", "late".into(), g.late.to_string());
    push("groups", "excused".into(), g.excused.to_string());
    push("groups", "absent".into(), g.absent.to_string());
    push(
        "groups",
        "attendance rate (%)".into(),
        g.attendance_rate_percent
            .map(|p| p.to_string())
            .unwrap_or_default(),
    );
    push(
        "groups",
        "distinct attendees".into(),
        g.distinct_attendees.to_string(),
    );

    let f = &r.referrals;
    push("referrals", "made".into(), f.made.to_string());
    push("referrals", "connected".into(), f.connected.to_string());
    push("referrals", "pending".into(), f.pending.to_string());
    push(
        "referrals",
        "not connected".into(),
        f.not_connected.to_string(),
    );
    push("referrals", "declined".into(), f.declined.to_string());
    for t in &f.by_type {
        let kind = t.resource_type.label().to_lowercase();
        push(
            "referrals by type",
            format!("{kind}: made"),
            t.made.to_string(),
        );
        push(
            "referrals by type",
            format!("{kind}: connected"),
            t.connected.to_string(),
        );
    }
    change_rows(&mut out, "wellness (mean of eight, 1-5)", &r.wellness);
    change_rows(&mut out, "BARC-10 total (10-60)", &r.barc10);
    out.push((
        "BARC-10 total (10-60)".into(),
        format!("latest at or above {}", r.barc10_cutoff),
        r.barc10_at_or_above_cutoff.to_string(),
    ));
    out
}

pub fn csv(report: &ProgramReport) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record(["section", "measure", "value"])
        .expect("in memory");
    for (section, measure, value) in rows(report) {
        writer
            .write_record([section, measure, value])
            .expect("in memory");
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(writer.into_inner().expect("in memory"));
    bytes
}

/// The report as a tagged, archivable PDF in `language`.
pub fn pdf(report: &ProgramReport, language: Language) -> Vec<u8> {
    let title = "Program report";
    let header = format!("{title} · {} · de-identified", report.period);
    let info = DocumentInfo {
        title: title.to_string(),
        language,
        prepared_on: report.prepared_on,
    };
    let mut flow = Flow::new(info, &header, FOOTER, 7.5);
    // The caution about small counts is only in the footer: read it once.
    flow.read_footer_at_end();
    flow.new_page();
    flow.heading(title, 1, 20.0);
    flow.paragraph(
        &format!(
            "Peer support services from {} to {}, prepared on {}. Counts only: no names, case ids or notes.",
            report.period.from, report.period.to, report.prepared_on
        ),
        Face::Regular,
        9.5,
    );
    let all = rows(report);
    let mut sections: Vec<&str> = Vec::new();
    for (section, _, _) in &all {
        if section != "period" && !sections.contains(&section.as_str()) {
            sections.push(section);
        }
    }
    for section in sections {
        flow.heading(&capitalise(section), 2, 11.0);
        let table: Vec<Vec<String>> = all
            .iter()
            .filter(|(s, _, _)| s == section)
            .map(|(_, m, v)| {
                vec![
                    capitalise(m),
                    if v.is_empty() { "-".into() } else { v.clone() },
                ]
            })
            .collect();
        flow.table(
            &[
                Column {
                    heading: "Measure",
                    share: 4.0,
                    whole: false,
                },
                Column {
                    heading: "Value",
                    share: 1.0,
                    whole: false,
                },
            ],
            &table,
            8.5,
        );
    }
    flow.finish().render()
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
