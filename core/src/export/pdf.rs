//! The printable form of an export: a cover page, then each participant on
//! a page of their own (more when their records run long). The
//! redisclosure notice is the footer of every page.
//!
//! Every word is the export's language: headings, labels, table columns,
//! sentences, the running header and footer and the charts' descriptions
//! are `export-…` messages (`core/i18n/locales/`), and the vocabularies'
//! labels come through `label_in`. What the peer typed (names, narratives,
//! a consent's purpose) is shown as typed. Dates stay ISO 8601 in every
//! language, as the CSV tables and the app write them.

use super::content::{ExportContent, ParticipantSection, Wellness};
use crate::domain::consent::ConsentCategory;
use crate::domain::wellness::Dimension;
use crate::i18n::Language;
use crate::pdf::{Column, DocumentInfo, Face, Flow, Page};
use crate::words::{args, words, words_with};
use chrono::NaiveDate;

const BODY: f32 = 9.5;
const SMALL: f32 = 8.5;
const NOTICE_SIZE: f32 = 6.5;

/// The export as a tagged, archivable PDF in the content's language. The
/// notice is read once, on the cover; its copies in the footers are
/// artifacts.
pub fn render(content: &ExportContent) -> Vec<u8> {
    let language = content.language;
    let t = |id: &str| words(language, id);
    // The title in the file's metadata: no names.
    let title = t("export-title");
    let running = words_with(
        language,
        "export-running-header",
        &args![
            ("title", title.clone()),
            ("recipient", content.recipient.clone()),
            ("period", content.period.in_words(language))
        ],
    );
    let info = DocumentInfo {
        title: title.clone(),
        language,
        prepared_on: content.prepared_on,
    };
    // In the footer, the notice's parts (the line saying which text
    // governs, a translation, the English) follow each other without a
    // blank line between them, which would only take room from the page.
    let footer = content.notice.replace("\n\n", "\n");
    let mut flow = Flow::new(info, &running, &footer, NOTICE_SIZE);
    cover(&mut flow, content);
    for section in &content.participants {
        flow.set_header(&words_with(
            language,
            "export-participant-header",
            &args![
                ("name", section.name.clone()),
                ("id", section.external_id.clone()),
                ("title", title.clone()),
                ("recipient", content.recipient.clone())
            ],
        ));
        flow.new_page();
        participant(&mut flow, section, language);
    }
    flow.finish().render()
}

fn hours(minutes: u32) -> String {
    format!("{:.1}", minutes as f64 / 60.0)
}

fn date_or_dash(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn labels(categories: &[ConsentCategory], language: Language) -> String {
    categories
        .iter()
        .map(|c| c.label_in(language))
        .collect::<Vec<_>>()
        .join(", ")
}

fn cover(flow: &mut Flow, content: &ExportContent) {
    let language = content.language;
    let t = |id: &str| words(language, id);
    flow.new_page();
    flow.heading(&t("export-title"), 1, 20.0);
    flow.paragraph(&t("export-cover-intro"), Face::Regular, BODY);
    flow.space(8.0);
    let labels_of = [
        t("export-recipient"),
        t("export-purpose"),
        t("export-disclosed-by"),
        t("export-prepared-by"),
        t("export-prepared-on"),
        t("export-period-label"),
        t("export-participants"),
    ];
    let values = [
        content.recipient.clone(),
        content.purpose.clone(),
        content.discloser.clone(),
        content.prepared_by.clone(),
        content.prepared_on.to_string(),
        content.period.in_words(language),
        content.participants.len().to_string(),
    ];
    let mut pairs: Vec<(&str, String)> = labels_of.iter().map(String::as_str).zip(values).collect();
    let meeting_label = t("export-meeting");
    if let Some(meeting) = &content.meeting {
        pairs.insert(
            0,
            (
                meeting_label.as_str(),
                format!("{}, {}", meeting.name, meeting.held_on),
            ),
        );
    }
    flow.key_values(&pairs, BODY + 1.0);
    flow.space(10.0);
    flow.heading(&t("export-cover-included"), 2, 12.0);
    let rows: Vec<Vec<String>> = content
        .participants
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.external_id.clone(),
                consent_dates(s, language),
                labels(&s.categories, language),
            ]
        })
        .collect();
    let headings = [
        t("export-column-participant"),
        t("export-column-case-id"),
        t("export-column-consent"),
        t("export-column-information"),
    ];
    flow.table(
        &[
            Column::new(&headings[0], 2.0),
            Column {
                whole: true,
                ..Column::new(&headings[1], 1.2)
            },
            Column::new(&headings[2], 3.3),
            Column::new(&headings[3], 3.5),
        ],
        &rows,
        SMALL,
    );
    flow.space(12.0);
    flow.heading(&t("export-notice-heading"), 2, 10.0);
    // In another language than English: the line saying which text
    // governs, the translation and the English, each a paragraph.
    for part in content.notice.split("\n\n") {
        flow.paragraph(part, Face::Regular, SMALL);
    }
}

fn consent_dates(s: &ParticipantSection, language: Language) -> String {
    let end = match (&s.consent.expires_on, &s.consent.expiry_event) {
        (Some(date), Some(event)) => words_with(
            language,
            "export-consent-until-date-or-event",
            &args![("date", date.to_string()), ("event", event.clone())],
        ),
        (Some(date), None) => words_with(
            language,
            "export-consent-until-date",
            &args![("date", date.to_string())],
        ),
        (None, Some(event)) => words_with(
            language,
            "export-consent-until-event",
            &args![("event", event.clone())],
        ),
        (None, None) => String::new(),
    };
    let signed = words_with(
        language,
        "export-consent-signed",
        &args![
            ("signed", s.consent.signed_on.to_string()),
            ("effective", s.consent.effective_on.to_string())
        ],
    );
    format!("{signed} {end}").trim_end().to_string()
}

fn participant(flow: &mut Flow, s: &ParticipantSection, language: Language) {
    let t = |id: &str| words(language, id);
    flow.heading(&s.name, 2, 16.0);
    let case_id = t("export-case-id");
    let consent = t("export-consent");
    let consent_purpose = t("export-consent-purpose");
    let included = t("export-included");
    flow.key_values(
        &[
            (case_id.as_str(), s.external_id.clone()),
            (consent.as_str(), consent_dates(s, language)),
            (consent_purpose.as_str(), s.consent.purpose.clone()),
            (included.as_str(), labels(&s.categories, language)),
        ],
        BODY,
    );
    let left_out: Vec<ConsentCategory> = ConsentCategory::ALL
        .iter()
        .copied()
        .filter(|c| !s.categories.contains(c))
        .collect();
    if !left_out.is_empty() {
        flow.paragraph_at(
            &words_with(
                language,
                "export-not-included",
                &args![("categories", labels(&left_out, language))],
            ),
            Face::Regular,
            SMALL,
            0.0,
            0.35,
        );
    }

    if let Some(e) = &s.engagement {
        flow.heading(&t("export-engagement"), 3, 11.0);
        flow.paragraph(
            &words_with(
                language,
                "export-engagement-summary",
                &args![
                    ("contacts", e.contacts),
                    ("hours", hours(e.minutes)),
                    ("units", e.units),
                    ("last", date_or_dash(e.last_contact_on))
                ],
            ),
            Face::Regular,
            BODY,
        );
        if !e.by_mode.is_empty() {
            let rows: Vec<Vec<String>> = e
                .by_mode
                .iter()
                .map(|m| {
                    vec![
                        m.mode.label_in(language),
                        m.contacts.to_string(),
                        hours(m.minutes),
                        m.units.to_string(),
                    ]
                })
                .collect();
            let headings = [
                t("export-column-mode"),
                t("export-column-contacts"),
                t("export-column-hours"),
                t("export-column-units"),
            ];
            flow.table(
                &[
                    Column::new(&headings[0], 3.0),
                    Column::new(&headings[1], 1.0),
                    Column::new(&headings[2], 1.0),
                    Column::new(&headings[3], 1.0),
                ],
                &rows,
                SMALL,
            );
        }
    }

    if let Some(a) = &s.attendance {
        flow.heading(&t("export-attendance"), 3, 11.0);
        flow.paragraph(&a.summary_in(language), Face::Regular, BODY);
    }

    if let Some(w) = &s.wellness {
        flow.heading(&t("export-wellness"), 3, 11.0);
        wellness(flow, w, language);
    }

    if let Some(referrals) = &s.referrals {
        flow.heading(&t("export-referrals"), 3, 11.0);
        if referrals.is_empty() {
            flow.paragraph(&t("export-referrals-none"), Face::Regular, BODY);
        } else {
            let rows: Vec<Vec<String>> = referrals
                .iter()
                .map(|r| {
                    vec![
                        r.referred_on.to_string(),
                        r.resource_name.clone(),
                        r.resource_type.label_in(language),
                        r.outcome.label_in(language),
                        date_or_dash(r.outcome_on),
                    ]
                })
                .collect();
            let headings = [
                t("export-column-referred"),
                t("export-column-to"),
                t("export-column-type"),
                t("export-column-outcome"),
                t("export-column-outcome-on"),
            ];
            flow.table(
                &[
                    Column::new(&headings[0], 1.2),
                    Column::new(&headings[1], 3.0),
                    Column::new(&headings[2], 2.0),
                    Column::new(&headings[3], 1.4),
                    Column::new(&headings[4], 1.2),
                ],
                &rows,
                SMALL,
            );
        }
    }

    if let Some(follow_ups) = &s.follow_ups {
        flow.heading(&t("export-follow-ups"), 3, 11.0);
        if follow_ups.is_empty() {
            flow.paragraph(&t("export-follow-ups-none"), Face::Regular, BODY);
        } else {
            let rows: Vec<Vec<String>> = follow_ups
                .iter()
                .map(|f| vec![f.due_on.to_string(), f.text.clone()])
                .collect();
            let headings = [t("export-column-due"), t("export-column-follow-up")];
            flow.table(
                &[
                    Column::new(&headings[0], 1.0),
                    Column::new(&headings[1], 6.0),
                ],
                &rows,
                SMALL,
            );
        }
    }

    if let Some(contacts) = &s.contacts {
        let narratives = s.categories.contains(&ConsentCategory::ContactNarratives);
        let summaries = s.categories.contains(&ConsentCategory::ContactSummaries);
        flow.heading(
            &t(if narratives {
                "export-contacts-and-notes"
            } else {
                "export-contacts"
            }),
            3,
            11.0,
        );
        if contacts.is_empty() {
            flow.paragraph(&t("export-contacts-none"), Face::Regular, BODY);
            return;
        }
        let headings = [
            t("export-column-date"),
            t("export-column-mode"),
            t("export-column-minutes"),
            t("export-column-services"),
            t("export-column-narrative"),
        ];
        let mut columns = vec![Column::new(&headings[0], 1.1)];
        if summaries {
            columns.extend([
                Column::new(&headings[1], 1.2),
                Column::new(&headings[2], 0.6),
                Column::new(&headings[3], if narratives { 1.8 } else { 4.5 }),
            ]);
        }
        if narratives {
            columns.push(Column::new(&headings[4], 5.0));
        }
        let rows: Vec<Vec<String>> = contacts
            .iter()
            .map(|c| {
                let mut row = vec![c.date.to_string()];
                if summaries {
                    row.push(c.mode.map(|m| m.label_in(language)).unwrap_or_default());
                    row.push(c.minutes.map(|m| m.to_string()).unwrap_or_default());
                    row.push(
                        c.services
                            .as_ref()
                            .map(|list| {
                                list.iter()
                                    .map(|s| s.label_in(language))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            })
                            .unwrap_or_default(),
                    );
                }
                let signed = c.signed.as_ref().map(|signed| {
                    let mut line = words_with(
                        language,
                        "export-note-signed",
                        &args![
                            ("signer", signed.signer.clone()),
                            ("when", minute_of(signed.signed_at))
                        ],
                    );
                    if let (Some(cosigner), Some(at)) = (&signed.cosigner, signed.cosigned_at) {
                        line.push_str("; ");
                        line.push_str(&words_with(
                            language,
                            "export-note-cosigned",
                            &args![("signer", cosigner.clone()), ("when", minute_of(at))],
                        ));
                    }
                    line
                });
                if narratives {
                    // The note, who signed it, then each addendum beneath.
                    let mut cell = c.narrative.clone().unwrap_or_default();
                    for part in signed.into_iter().chain(c.addenda.iter().map(|a| {
                        words_with(
                            language,
                            "export-note-addendum",
                            &args![
                                ("when", minute_of(a.written_at)),
                                ("signer", a.signer.clone()),
                                ("reason", a.reason.clone()),
                                ("text", a.text.clone())
                            ],
                        )
                    })) {
                        if !cell.is_empty() {
                            cell.push('\n');
                        }
                        cell.push_str(&part);
                    }
                    row.push(cell);
                } else if let (Some(signed), Some(services)) = (signed, row.last_mut()) {
                    services.push('\n');
                    services.push_str(&signed);
                }
                row
            })
            .collect();
        flow.table(&columns, &rows, SMALL);
    }
}

fn wellness(flow: &mut Flow, w: &Wellness, language: Language) {
    let t = |id: &str| words(language, id);
    let Some(latest) = w.latest() else {
        flow.paragraph(&t("export-wellness-none"), Face::Regular, BODY);
        return;
    };
    let has_barc = w.points.iter().any(|p| p.barc10_total.is_some());
    let points: Vec<(NaiveDate, f64)> = w.points.iter().map(|p| (p.date, p.average)).collect();
    let barc: Vec<(NaiveDate, f64)> = w
        .points
        .iter()
        .filter_map(|p| p.barc10_total.map(|t| (p.date, t as f64)))
        .collect();
    let cutoff = w.barc10_cutoff as f64;
    let none = t("export-chart-none");
    let wellness_title = t("export-chart-wellness");
    let barc_title = words_with(
        language,
        "export-chart-barc10",
        &args![("cutoff", w.barc10_cutoff)],
    );
    flow.block(
        112.0,
        &charts_in_words(&points, &barc, w.barc10_cutoff, language),
        |page, left, top, width| {
            let chart_width = if has_barc {
                (width - 24.0) / 2.0
            } else {
                width * 0.6
            };
            chart(
                page,
                (left, top - 96.0, chart_width, 80.0),
                (&wellness_title, &none),
                &points,
                (1.0, 5.0, 4),
                None,
            );
            if has_barc {
                chart(
                    page,
                    (left + chart_width + 24.0, top - 96.0, chart_width, 80.0),
                    (&barc_title, &none),
                    &barc,
                    (10.0, 60.0, 5),
                    Some(cutoff),
                );
            }
        },
    );
    let mut row = Vec::new();
    for d in Dimension::ALL {
        row.push(latest.scores.get(*d).to_string());
    }
    flow.paragraph(
        &words_with(
            language,
            "export-latest-check-in",
            &args![("date", latest.date.to_string())],
        ),
        Face::Bold,
        SMALL,
    );
    let headings: Vec<String> = Dimension::ALL
        .iter()
        .map(|d| d.label_in(language))
        .collect();
    let columns: Vec<Column> = Dimension::ALL
        .iter()
        .zip(&headings)
        .map(|(d, heading)| {
            // The longest label gets room to stay on one line.
            Column::new(
                heading,
                if *d == Dimension::Environmental {
                    1.35
                } else {
                    1.0
                },
            )
        })
        .collect();
    flow.table(&columns, &[row], 7.5);
    let barc_line = match (w.barc10_latest, w.barc10_first, w.barc10_change) {
        (Some(latest), Some(first), Some(change)) => words_with(
            language,
            "export-barc10-change",
            &args![
                ("latest", latest),
                ("first", first),
                ("change", format!("{change:+}")),
                ("cutoff", w.barc10_cutoff)
            ],
        ),
        (Some(latest), _, _) => words_with(
            language,
            "export-barc10-one",
            &args![("latest", latest), ("cutoff", w.barc10_cutoff)],
        ),
        _ => t("export-barc10-none"),
    };
    flow.paragraph(&barc_line, Face::Regular, SMALL);
    flow.paragraph(
        &words_with(
            language,
            "export-check-ins",
            &args![("count", w.points.len())],
        ),
        Face::Regular,
        SMALL,
    );
}

/// What the wellness charts show, for a screen reader: each line's dates,
/// first, lowest, highest and latest value.
fn charts_in_words(
    wellness: &[(NaiveDate, f64)],
    barc: &[(NaiveDate, f64)],
    cutoff: u32,
    language: Language,
) -> String {
    let line = |name: &str, points: &[(NaiveDate, f64)], decimals: usize| -> String {
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            return words_with(language, "export-alt-none", &args![("name", name)]);
        };
        let low = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let high = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
        words_with(
            language,
            "export-alt-values",
            &args![
                ("name", name),
                ("count", points.len()),
                ("from", first.0.to_string()),
                ("to", last.0.to_string()),
                ("first", format!("{:.decimals$}", first.1)),
                ("lowest", format!("{low:.decimals$}")),
                ("highest", format!("{high:.decimals$}")),
                ("latest", format!("{:.decimals$}", last.1))
            ],
        )
    };
    let mut words = format!(
        "{} {}",
        crate::words::words(language, "export-alt-line-chart"),
        line(
            &crate::words::words(language, "export-alt-wellness"),
            wellness,
            2
        )
    );
    if !barc.is_empty() {
        words.push(' ');
        words.push_str(&line(
            &crate::words::words(language, "export-alt-barc10"),
            barc,
            0,
        ));
        words.push(' ');
        words.push_str(&words_with(
            language,
            "export-alt-cutoff",
            &args![("cutoff", cutoff)],
        ));
    }
    words
}

/// A small line chart: `area` is (left, bottom, width, height) of the plot.
/// `words` is the chart's title and what it says when it has no points.
fn chart(
    page: &mut Page,
    area: (f32, f32, f32, f32),
    words: (&str, &str),
    points: &[(NaiveDate, f64)],
    range: (f64, f64, u32),
    reference: Option<f64>,
) {
    let (low, high, steps) = range;
    let (left, bottom, width, height) = area;
    let (title, none) = words;
    page.text(Face::Bold, 7.5, left, bottom + height + 6.0, title);
    let y_of = |v: f64| bottom + ((v - low) / (high - low)) as f32 * height;
    // Frame and gridlines.
    page.line((left, bottom), (left + width, bottom), 0.5, 0.4);
    page.line((left, bottom), (left, bottom + height), 0.5, 0.4);
    for step in 0..=steps {
        let v = low + (high - low) * step as f64 / steps as f64;
        let y = y_of(v);
        if step > 0 {
            page.line((left, y), (left + width, y), 0.2, 0.85);
        }
        let label = if (v - v.round()).abs() < 0.01 {
            format!("{}", v.round() as i64)
        } else {
            format!("{v:.1}")
        };
        let w = Face::Regular.metrics().width(&label, 6.0);
        page.text_gray(Face::Regular, 6.0, left - w - 3.0, y - 2.0, 0.35, &label);
    }
    if let Some(r) = reference {
        page.dashed_line((left, y_of(r)), (left + width, y_of(r)), 0.6, 0.45);
    }
    if points.is_empty() {
        page.text_gray(
            Face::Regular,
            7.0,
            left + 6.0,
            bottom + height / 2.0,
            0.4,
            none,
        );
        return;
    }
    let first = points.first().expect("non-empty").0;
    let last = points.last().expect("non-empty").0;
    let span = (last - first).num_days().max(1) as f32;
    let x_of = |d: NaiveDate| {
        if first == last {
            left + width / 2.0
        } else {
            left + 6.0 + (d - first).num_days() as f32 / span * (width - 12.0)
        }
    };
    let xy: Vec<(f32, f32)> = points.iter().map(|(d, v)| (x_of(*d), y_of(*v))).collect();
    page.polyline(xy.clone(), 1.2, 0.1);
    for (x, y) in &xy {
        page.fill_rect(x - 1.6, y - 1.6, 3.2, 3.2, 0.1);
    }
    page.text_gray(
        Face::Regular,
        6.0,
        left,
        bottom - 9.0,
        0.35,
        &first.to_string(),
    );
    if first != last {
        let label = last.to_string();
        let w = Face::Regular.metrics().width(&label, 6.0);
        page.text_gray(
            Face::Regular,
            6.0,
            left + width - w,
            bottom - 9.0,
            0.35,
            &label,
        );
    }
}

/// A moment as the peer's clock showed it, to the minute.
fn minute_of(at: crate::time::Timestamp) -> String {
    at.fixed().format("%Y-%m-%d %H:%M").to_string()
}
