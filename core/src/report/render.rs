//! The program report as CSV rows and as a PDF.

use super::ProgramReport;
use crate::i18n::Language;
use crate::pdf::{Column, DocumentInfo, Face, Flow};
use crate::words::{args, words, words_with};

fn opt(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.2}")).unwrap_or_default()
}

/// The report's lines as (section, measure, value), worded in `language`.
/// The CSV is always English (its columns are read by programs); the PDF
/// is in the reader's language.
pub fn rows_in(r: &ProgramReport, language: Language) -> Vec<(String, String, String)> {
    let w = |id: &str| words(language, id);
    let labelled = |id: &str, label: String| words_with(language, id, &args![("label", label)]);
    let mut out: Vec<(String, String, String)> = Vec::new();
    let mut push = |section: &str, measure: String, value: String| {
        out.push((w(section), measure, value));
    };
    push(
        "report-section-period",
        w("report-from"),
        r.period.from.to_string(),
    );
    push(
        "report-section-period",
        w("report-to"),
        r.period.to.to_string(),
    );
    push(
        "report-section-period",
        w("report-prepared-on"),
        r.prepared_on.to_string(),
    );

    let p = &r.participants;
    push(
        "report-section-participants",
        w("report-served"),
        p.served.to_string(),
    );
    push(
        "report-section-participants",
        w("report-new"),
        p.new.to_string(),
    );
    push(
        "report-section-participants",
        w("report-completed"),
        p.completed.to_string(),
    );
    for s in &p.served_by_status {
        let label = s.status.label_in(language).to_lowercase();
        push(
            "report-section-participants",
            labelled("report-served-now", label),
            s.participants.to_string(),
        );
    }

    let c = &r.contacts;
    push(
        "report-section-contacts",
        w("report-contacts"),
        c.contacts.to_string(),
    );
    push(
        "report-section-contacts",
        w("report-participants-contacted"),
        c.participants_contacted.to_string(),
    );
    push(
        "report-section-contacts",
        w("report-hours"),
        hours(c.minutes),
    );
    push(
        "report-section-contacts",
        w("report-units"),
        c.units.to_string(),
    );
    for m in &c.by_mode {
        let mode = m.mode.label_in(language).to_lowercase();
        let section = "report-section-by-mode";
        push(
            section,
            labelled("report-of-contacts", mode.clone()),
            m.contacts.to_string(),
        );
        push(
            section,
            labelled("report-of-hours", mode.clone()),
            hours(m.minutes),
        );
        push(
            section,
            labelled("report-of-units", mode),
            m.units.to_string(),
        );
    }
    for s in &c.by_service {
        push(
            "report-section-by-service",
            s.service.label_in(language).to_lowercase(),
            s.contacts.to_string(),
        );
    }

    let g = &r.groups;
    let section = "report-section-groups";
    push(
        section,
        w("report-sessions-held"),
        g.sessions_held.to_string(),
    );
    push(
        section,
        w("report-groups-meeting"),
        g.groups_meeting.to_string(),
    );
    push(section, w("report-present"), g.present.to_string());
    push(section, w("report-late"), g.late.to_string());
    push(section, w("report-excused"), g.excused.to_string());
    push(section, w("report-absent"), g.absent.to_string());
    push(
        section,
        w("report-attendance-rate"),
        g.attendance_rate_percent
            .map(|p| p.to_string())
            .unwrap_or_default(),
    );
    push(
        section,
        w("report-distinct-attendees"),
        g.distinct_attendees.to_string(),
    );

    let f = &r.referrals;
    let section = "report-section-referrals";
    push(section, w("report-made"), f.made.to_string());
    push(section, w("report-connected"), f.connected.to_string());
    push(section, w("report-pending"), f.pending.to_string());
    push(
        section,
        w("report-not-connected"),
        f.not_connected.to_string(),
    );
    push(section, w("report-declined"), f.declined.to_string());
    for t in &f.by_type {
        let kind = t.resource_type.label_in(language).to_lowercase();
        let section = "report-section-referrals-by-type";
        push(
            section,
            labelled("report-of-made", kind.clone()),
            t.made.to_string(),
        );
        push(
            section,
            labelled("report-of-connected", kind),
            t.connected.to_string(),
        );
    }
    for (section, change) in [
        ("report-section-wellness", &r.wellness),
        ("report-section-barc10", &r.barc10),
    ] {
        push(section, w("report-measured"), change.measured.to_string());
        push(
            section,
            w("report-measured-twice"),
            change.measured_twice.to_string(),
        );
        push(section, w("report-mean-first"), opt(change.mean_first));
        push(section, w("report-mean-latest"), opt(change.mean_latest));
        push(section, w("report-mean-change"), opt(change.mean_change));
        push(section, w("report-improved"), change.improved.to_string());
        push(section, w("report-unchanged"), change.unchanged.to_string());
        push(
            section,
            w("report-declined-change"),
            change.declined.to_string(),
        );
    }
    push(
        "report-section-barc10",
        words_with(
            language,
            "report-at-or-above",
            &args![("cutoff", r.barc10_cutoff)],
        ),
        r.barc10_at_or_above_cutoff.to_string(),
    );
    out
}

fn hours(minutes: u32) -> String {
    format!("{:.2}", minutes as f64 / 60.0)
}

/// The report's lines in English, as the CSV holds them.
pub fn rows(r: &ProgramReport) -> Vec<(String, String, String)> {
    rows_in(r, Language::English)
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
    let title = words(language, "report-title");
    let header = words_with(
        language,
        "report-header",
        &args![
            ("title", title.clone()),
            ("period", report.period.to_string())
        ],
    );
    let info = DocumentInfo {
        title: title.clone(),
        language,
        prepared_on: report.prepared_on,
    };
    let footer = words(language, "report-footer");
    let mut flow = Flow::new(info, &header, &footer, 7.5);
    // The caution about small counts is only in the footer: read it once.
    flow.read_footer_at_end();
    flow.new_page();
    flow.heading(&title, 1, 20.0);
    flow.paragraph(
        &words_with(
            language,
            "report-intro",
            &args![
                ("from", report.period.from.to_string()),
                ("to", report.period.to.to_string()),
                ("prepared", report.prepared_on.to_string())
            ],
        ),
        Face::Regular,
        9.5,
    );
    let all = rows_in(report, language);
    let period = words(language, "report-section-period");
    let mut sections: Vec<&str> = Vec::new();
    for (section, _, _) in &all {
        if *section != period && !sections.contains(&section.as_str()) {
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
        let (measure, value) = (
            words(language, "report-measure"),
            words(language, "report-value"),
        );
        flow.table(
            &[
                Column {
                    heading: &measure,
                    share: 4.0,
                    whole: false,
                },
                Column {
                    heading: &value,
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
