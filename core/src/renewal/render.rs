//! The renewal packet as CSV (English columns, one row per training and
//! per acknowledged supervision session, then one per category and the
//! total) and as a PDF in the reader's language.

use crate::credentials::category;
use crate::credentials::certificate::{CertificateInfo, MediaType};
use crate::credentials::hours::shown;
use crate::credentials::progress::{Progress, Standing};
use crate::domain::note_signature::signer_line;
use crate::export::csv::text;
use crate::i18n::Language;
use crate::pdf::{Column, DocumentInfo, Face, Flow};
use crate::words::{args, words, words_with};
use chrono::NaiveDate;

pub fn csv(progress: &Progress) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row = |cells: Vec<String>| writer.write_record(cells).expect("in memory");
    row([
        "row",
        "credential",
        "period_from",
        "period_to",
        "date",
        "title",
        "provider",
        "category",
        "hours",
        "required_hours",
        "missing_hours",
        "certificate_type",
        "certificate_bytes",
    ]
    .map(String::from)
    .to_vec());
    let c = &progress.credential;
    let (from, to) = (
        progress.period.from.to_string(),
        progress.period.to.to_string(),
    );
    let base = |kind: &str| vec![kind.to_string(), text(&c.name), from.clone(), to.clone()];
    for t in &progress.trainings {
        let mut cells = base("training");
        cells.extend([
            t.completed_on.to_string(),
            text(&t.title),
            text(t.provider.as_deref().unwrap_or("")),
            t.category.clone(),
            shown(t.minutes),
            String::new(),
            String::new(),
            t.certificate
                .map(|i| i.media_type.code().to_string())
                .unwrap_or_default(),
            t.certificate
                .map(|i| i.size.to_string())
                .unwrap_or_default(),
        ]);
        row(cells);
    }
    // A session's kind stands where a training's title does, and its
    // supervisor where the provider does: who gave the hours.
    for s in &progress.supervision {
        let mut cells = base("supervision_session");
        cells.extend([
            s.held_on.to_string(),
            s.kind.code().to_string(),
            text(&signer_line(
                &s.supervisor_name,
                s.supervisor_credential.as_deref(),
            )),
            category::SUPERVISION.to_string(),
            shown(s.minutes),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
        row(cells);
    }
    for line in &progress.tally.lines {
        let mut cells = base("category");
        cells.extend([
            String::new(),
            String::new(),
            String::new(),
            line.category.clone().unwrap_or_else(|| "any".into()),
            shown(line.earned_minutes),
            shown(line.required_minutes),
            shown(line.missing_minutes),
            String::new(),
            String::new(),
        ]);
        row(cells);
    }
    let tally = &progress.tally;
    for (kind, category, earned, required, missing) in [
        (
            "supervision",
            category::SUPERVISION,
            tally.supervision_minutes,
            None,
            None,
        ),
        (
            "total",
            "",
            tally.earned_minutes,
            Some(tally.required_minutes),
            Some(tally.missing_minutes),
        ),
    ] {
        let mut cells = base(kind);
        cells.extend([
            String::new(),
            String::new(),
            String::new(),
            category.to_string(),
            shown(earned),
            required.map(shown).unwrap_or_default(),
            missing.map(shown).unwrap_or_default(),
            String::new(),
            String::new(),
        ]);
        row(cells);
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(writer.into_inner().expect("in memory"));
    bytes
}

/// A category's name in `language`: the presets' own, else the code a
/// program gave it.
fn category_in(code: Option<&str>, language: Language) -> String {
    let id = match code {
        None => "renewal-category-open",
        Some(category::PEER_SUPPORT) => "renewal-category-peer-support",
        Some(category::ETHICS) => "renewal-category-ethics",
        Some(category::ELECTIVE) => "renewal-category-elective",
        Some(category::SUPERVISION) => "renewal-category-supervision",
        Some(other) => return other.replace('_', " "),
    };
    words(language, id)
}

/// 900 → "900 B", 12_345 → "12.1 KB", 3_500_000 → "3.3 MB".
pub fn size_shown(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

fn certificate_in(info: CertificateInfo, language: Language) -> String {
    let id = match info.media_type {
        MediaType::Pdf => "renewal-type-pdf",
        MediaType::Png => "renewal-type-png",
        MediaType::Jpeg => "renewal-type-jpeg",
    };
    format!("{}, {}", words(language, id), size_shown(info.size))
}

fn standing_in(standing: Standing, language: Language) -> String {
    match standing {
        Standing::Current => words(language, "renewal-standing-current"),
        Standing::DueSoon {
            reminder,
            days_left,
        } => words_with(
            language,
            "renewal-standing-due-soon",
            &args![("days", days_left), ("reminder", reminder)],
        ),
        Standing::InGrace { until } => words_with(
            language,
            "renewal-standing-in-grace",
            &args![("until", until.to_string())],
        ),
        Standing::Lapsed => words(language, "renewal-standing-lapsed"),
    }
}

fn rule_in(progress: &Progress, language: Language) -> String {
    let rule = &progress.credential.rule;
    let mut text = if rule.total_hours > 0 {
        words_with(
            language,
            "renewal-rule-hours",
            &args![("hours", rule.total_hours), ("months", rule.period_months)],
        )
    } else {
        words_with(
            language,
            "renewal-rule-no-hours",
            &args![("months", rule.period_months)],
        )
    };
    if rule.grace_days > 0 {
        text.push_str("; ");
        text.push_str(&words_with(
            language,
            "renewal-rule-grace",
            &args![("days", rule.grace_days)],
        ));
    }
    if let Some(after) = &rule.after_grace {
        text.push_str("; ");
        text.push_str(after);
    }
    text
}

pub fn pdf(progress: &Progress, language: Language, prepared_on: NaiveDate) -> Vec<u8> {
    let t = |id: &str| words(language, id);
    let c = &progress.credential;
    let tally = &progress.tally;
    let title = t("renewal-title");
    let period = words_with(
        language,
        "renewal-period-value",
        &args![
            ("from", progress.period.from.to_string()),
            ("to", progress.period.to.to_string())
        ],
    );
    let header = words_with(
        language,
        "renewal-header",
        &args![
            ("title", title.clone()),
            ("credential", c.name.clone()),
            ("period", period.clone())
        ],
    );
    let info = DocumentInfo {
        title: title.clone(),
        language,
        prepared_on,
    };
    let mut flow = Flow::new(info, &header, &t("renewal-footer"), 7.5);
    flow.new_page();
    flow.heading(&title, 1, 20.0);
    flow.paragraph(
        &words_with(
            language,
            "renewal-intro",
            &args![
                ("credential", c.name.clone()),
                ("period", period.clone()),
                ("prepared", prepared_on.to_string())
            ],
        ),
        Face::Regular,
        9.5,
    );
    let dash = || "—".to_string();
    let pairs = [
        (t("renewal-credential"), c.name.clone()),
        (t("renewal-board"), c.board.clone().unwrap_or_else(dash)),
        (t("renewal-number"), c.number.clone().unwrap_or_else(dash)),
        (t("renewal-issued-on"), c.issued_on.to_string()),
        (t("renewal-expires-on"), c.expires_on.to_string()),
        (t("renewal-period"), period),
        (
            t("renewal-status"),
            standing_in(progress.standing, language),
        ),
        (t("renewal-rule"), rule_in(progress, language)),
    ];
    let pairs: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    flow.key_values(&pairs, 9.5);

    flow.heading(&t("renewal-hours"), 2, 11.0);
    let mut rows: Vec<Vec<String>> = tally
        .lines
        .iter()
        .map(|l| {
            vec![
                category_in(l.category.as_deref(), language),
                shown(l.required_minutes),
                shown(l.earned_minutes),
                shown(l.missing_minutes),
            ]
        })
        .collect();
    rows.push(vec![
        t("renewal-total"),
        shown(tally.required_minutes),
        shown(tally.earned_minutes),
        shown(tally.missing_minutes),
    ]);
    let headings = [
        t("renewal-column-category"),
        t("renewal-column-required"),
        t("renewal-column-earned"),
        t("renewal-column-missing"),
    ];
    flow.table(
        &[
            Column::new(&headings[0], 3.0),
            Column::new(&headings[1], 1.0),
            Column::new(&headings[2], 1.0),
            Column::new(&headings[3], 1.0),
        ],
        &rows,
        8.5,
    );
    let supervision = match &c.rule.supervision_counts_as {
        Some(counted) => words_with(
            language,
            "renewal-supervision-counted",
            &args![
                ("hours", shown(tally.supervision_minutes)),
                ("category", category_in(Some(counted), language))
            ],
        ),
        None => words_with(
            language,
            "renewal-supervision-not-counted",
            &args![("hours", shown(tally.supervision_minutes))],
        ),
    };
    flow.paragraph(&supervision, Face::Regular, 9.0);

    flow.heading(&t("renewal-trainings"), 2, 11.0);
    if progress.trainings.is_empty() {
        flow.paragraph(&t("renewal-trainings-none"), Face::Regular, 9.0);
    } else {
        let headings = [
            t("renewal-column-date"),
            t("renewal-column-title"),
            t("renewal-column-provider"),
            t("renewal-column-hours"),
            t("renewal-column-category"),
            t("renewal-column-certificate"),
        ];
        let rows: Vec<Vec<String>> = progress
            .trainings
            .iter()
            .map(|tr| {
                vec![
                    tr.completed_on.to_string(),
                    tr.title.clone(),
                    tr.provider.clone().unwrap_or_else(dash),
                    shown(tr.minutes),
                    category_in(Some(&tr.category), language),
                    tr.certificate
                        .map(|i| certificate_in(i, language))
                        .unwrap_or_else(dash),
                ]
            })
            .collect();
        flow.table(
            &[
                Column::new(&headings[0], 1.0),
                Column::new(&headings[1], 2.4),
                Column::new(&headings[2], 1.6),
                Column::new(&headings[3], 0.6),
                Column::new(&headings[4], 1.3),
                Column::new(&headings[5], 1.2),
            ],
            &rows,
            8.5,
        );
    }

    flow.heading(&t("renewal-supervision-sessions"), 2, 11.0);
    if progress.supervision.is_empty() {
        flow.paragraph(&t("renewal-supervision-sessions-none"), Face::Regular, 9.0);
    } else {
        let headings = [
            t("renewal-column-date"),
            t("renewal-column-length"),
            t("renewal-column-kind"),
            t("renewal-column-supervisor"),
        ];
        let rows: Vec<Vec<String>> = progress
            .supervision
            .iter()
            .map(|s| {
                vec![
                    s.held_on.to_string(),
                    shown(s.minutes),
                    s.kind.label_in(language),
                    signer_line(&s.supervisor_name, s.supervisor_credential.as_deref()),
                ]
            })
            .collect();
        flow.table(
            &[
                Column::new(&headings[0], 1.0),
                Column::new(&headings[1], 1.0),
                Column::new(&headings[2], 1.2),
                Column::new(&headings[3], 3.0),
            ],
            &rows,
            8.5,
        );
    }

    flow.heading(&t("renewal-certificates"), 2, 11.0);
    let attached: Vec<_> = progress
        .trainings
        .iter()
        .filter_map(|tr| tr.certificate.map(|i| (tr, i)))
        .collect();
    if attached.is_empty() {
        flow.paragraph(&t("renewal-certificates-none"), Face::Regular, 9.0);
    } else {
        flow.paragraph(
            &words_with(
                language,
                "renewal-certificates-intro",
                &args![("count", attached.len())],
            ),
            Face::Regular,
            9.0,
        );
        for (tr, info) in attached {
            flow.paragraph(
                &words_with(
                    language,
                    "renewal-certificate-line",
                    &args![
                        ("date", tr.completed_on.to_string()),
                        ("title", tr.title.clone()),
                        ("certificate", certificate_in(info, language))
                    ],
                ),
                Face::Regular,
                9.0,
            );
        }
    }
    flow.finish().render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_shown(900), "900 B");
        assert_eq!(size_shown(12_345), "12.1 KB");
        assert_eq!(size_shown(3_500_000), "3.3 MB");
    }
}
