//! The printable form of an export: a cover page, then each participant on
//! a page of their own (more when their records run long). The
//! redisclosure notice is the footer of every page.

use super::content::{ExportContent, ParticipantSection, Wellness};
use crate::domain::consent::ConsentCategory;
use crate::domain::wellness::Dimension;
use crate::pdf::{Column, DocumentInfo, Face, Flow, Language, Page};
use chrono::NaiveDate;

const BODY: f32 = 9.5;
const SMALL: f32 = 8.5;
const NOTICE_SIZE: f32 = 6.5;

/// Title in the file's metadata: no names.
pub const TITLE: &str = "Case-conference summary";

/// The export as a tagged, archivable PDF in `language`. The notice is
/// read once, on the cover; its copies in the footers are artifacts.
pub fn render(content: &ExportContent, language: Language) -> Vec<u8> {
    let running = format!(
        "Confidential · {TITLE} for {} · {}",
        content.recipient, content.period
    );
    let info = DocumentInfo {
        title: TITLE.to_string(),
        language,
        prepared_on: content.prepared_on,
    };
    let mut flow = Flow::new(info, &running, &content.notice, NOTICE_SIZE);
    cover(&mut flow, content);
    for section in &content.participants {
        flow.set_header(&format!(
            "Confidential · {} ({}) · {TITLE} for {}",
            section.name, section.external_id, content.recipient
        ));
        flow.new_page();
        participant(&mut flow, section);
    }
    flow.finish().render()
}

fn hours(minutes: u32) -> String {
    format!("{:.1}", minutes as f64 / 60.0)
}

fn date_or_dash(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn labels(categories: &[ConsentCategory]) -> String {
    categories
        .iter()
        .map(|c| c.label())
        .collect::<Vec<_>>()
        .join(", ")
}

fn cover(flow: &mut Flow, content: &ExportContent) {
    flow.new_page();
    flow.heading(TITLE, 1, 20.0);
    flow.paragraph(
        "Confidential: disclosed under the participants' written consents. Only the participants \
         and the kinds of information those consents name are included.",
        Face::Regular,
        BODY,
    );
    flow.space(8.0);
    flow.key_values(
        &[
            ("Recipient", content.recipient.clone()),
            ("Purpose", content.purpose.clone()),
            ("Disclosed by", content.discloser.clone()),
            ("Prepared by", content.prepared_by.clone()),
            ("Prepared on", content.prepared_on.to_string()),
            ("Period", content.period.to_string()),
            ("Participants", content.participants.len().to_string()),
        ],
        BODY + 1.0,
    );
    flow.space(10.0);
    flow.heading("Included", 2, 12.0);
    let rows: Vec<Vec<String>> = content
        .participants
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.external_id.clone(),
                consent_dates(s),
                labels(&s.categories),
            ]
        })
        .collect();
    flow.table(
        &[
            Column {
                heading: "Participant",
                share: 2.0,
                whole: false,
            },
            Column {
                heading: "Case id",
                share: 1.2,
                whole: true,
            },
            Column {
                heading: "Consent",
                share: 3.3,
                whole: false,
            },
            Column {
                heading: "Information included",
                share: 3.5,
                whole: false,
            },
        ],
        &rows,
        SMALL,
    );
    flow.space(12.0);
    flow.heading(
        "Notice of prohibition on redisclosure (42 CFR 2.32)",
        2,
        10.0,
    );
    flow.paragraph(&content.notice, Face::Regular, SMALL);
}

fn consent_dates(s: &ParticipantSection) -> String {
    let end = match (&s.consent.expires_on, &s.consent.expiry_event) {
        (Some(date), Some(event)) => format!("until {date} or {event}"),
        (Some(date), None) => format!("until {date}"),
        (None, Some(event)) => format!("until {event}"),
        (None, None) => String::new(),
    };
    format!(
        "signed {}, from {} {end}",
        s.consent.signed_on, s.consent.effective_on
    )
    .trim_end()
    .to_string()
}

fn participant(flow: &mut Flow, s: &ParticipantSection) {
    flow.heading(&s.name, 2, 16.0);
    flow.key_values(
        &[
            ("Case id", s.external_id.clone()),
            ("Consent", consent_dates(s)),
            ("Consent purpose", s.consent.purpose.clone()),
            ("Included", labels(&s.categories)),
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
            &format!("Not included: {}.", labels(&left_out)),
            Face::Regular,
            SMALL,
            0.0,
            0.35,
        );
    }

    if let Some(e) = &s.engagement {
        flow.heading("Engagement in the period", 3, 11.0);
        flow.paragraph(
            &format!(
                "{} contacts · {} hours · {} units of 15 minutes · last contact {}",
                e.contacts,
                hours(e.minutes),
                e.units,
                date_or_dash(e.last_contact_on)
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
                        m.mode.label().to_string(),
                        m.contacts.to_string(),
                        hours(m.minutes),
                        m.units.to_string(),
                    ]
                })
                .collect();
            flow.table(
                &[
                    Column {
                        heading: "Mode",
                        share: 3.0,
                        whole: false,
                    },
                    Column {
                        heading: "Contacts",
                        share: 1.0,
                        whole: false,
                    },
                    Column {
                        heading: "Hours",
                        share: 1.0,
                        whole: false,
                    },
                    Column {
                        heading: "Units",
                        share: 1.0,
                        whole: false,
                    },
                ],
                &rows,
                SMALL,
            );
        }
    }

    if let Some(a) = &s.attendance {
        flow.heading("Recovery group attendance", 3, 11.0);
        flow.paragraph(&a.summary(), Face::Regular, BODY);
    }

    if let Some(w) = &s.wellness {
        flow.heading("Wellness check-ins", 3, 11.0);
        wellness(flow, w);
    }

    if let Some(referrals) = &s.referrals {
        flow.heading("Referrals made or resolved in the period", 3, 11.0);
        if referrals.is_empty() {
            flow.paragraph("No referrals in the period.", Face::Regular, BODY);
        } else {
            let rows: Vec<Vec<String>> = referrals
                .iter()
                .map(|r| {
                    vec![
                        r.referred_on.to_string(),
                        r.resource_name.clone(),
                        r.resource_type.label().to_string(),
                        r.outcome.label().to_string(),
                        date_or_dash(r.outcome_on),
                    ]
                })
                .collect();
            flow.table(
                &[
                    Column {
                        heading: "Referred",
                        share: 1.2,
                        whole: false,
                    },
                    Column {
                        heading: "To",
                        share: 3.0,
                        whole: false,
                    },
                    Column {
                        heading: "Type",
                        share: 2.0,
                        whole: false,
                    },
                    Column {
                        heading: "Outcome",
                        share: 1.4,
                        whole: false,
                    },
                    Column {
                        heading: "On",
                        share: 1.2,
                        whole: false,
                    },
                ],
                &rows,
                SMALL,
            );
        }
    }

    if let Some(follow_ups) = &s.follow_ups {
        flow.heading("Open follow-ups", 3, 11.0);
        if follow_ups.is_empty() {
            flow.paragraph("No open follow-ups.", Face::Regular, BODY);
        } else {
            let rows: Vec<Vec<String>> = follow_ups
                .iter()
                .map(|f| vec![f.due_on.to_string(), f.text.clone()])
                .collect();
            flow.table(
                &[
                    Column {
                        heading: "Due",
                        share: 1.0,
                        whole: false,
                    },
                    Column {
                        heading: "Follow-up",
                        share: 6.0,
                        whole: false,
                    },
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
            if narratives {
                "Contacts and notes"
            } else {
                "Contacts"
            },
            3,
            11.0,
        );
        if contacts.is_empty() {
            flow.paragraph("No contacts in the period.", Face::Regular, BODY);
            return;
        }
        let mut columns = vec![Column {
            heading: "Date",
            share: 1.1,
            whole: false,
        }];
        if summaries {
            columns.extend([
                Column {
                    heading: "Mode",
                    share: 1.2,
                    whole: false,
                },
                Column {
                    heading: "Min",
                    share: 0.6,
                    whole: false,
                },
                Column {
                    heading: "Services",
                    share: if narratives { 1.8 } else { 4.5 },
                    whole: false,
                },
            ]);
        }
        if narratives {
            columns.push(Column {
                heading: "Narrative",
                share: 5.0,
                whole: false,
            });
        }
        let rows: Vec<Vec<String>> = contacts
            .iter()
            .map(|c| {
                let mut row = vec![c.date.to_string()];
                if summaries {
                    row.push(c.mode.map(|m| m.label().to_string()).unwrap_or_default());
                    row.push(c.minutes.map(|m| m.to_string()).unwrap_or_default());
                    row.push(
                        c.services
                            .as_ref()
                            .map(|list| {
                                list.iter()
                                    .map(|s| s.label())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            })
                            .unwrap_or_default(),
                    );
                }
                if narratives {
                    row.push(c.narrative.clone().unwrap_or_default());
                }
                row
            })
            .collect();
        flow.table(&columns, &rows, SMALL);
    }
}

fn wellness(flow: &mut Flow, w: &Wellness) {
    let Some(latest) = w.latest() else {
        flow.paragraph("No wellness check-ins in the period.", Face::Regular, BODY);
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
    flow.block(
        112.0,
        &charts_in_words(&points, &barc, w.barc10_cutoff),
        |page, left, top, width| {
            let chart_width = if has_barc {
                (width - 24.0) / 2.0
            } else {
                width * 0.6
            };
            chart(
                page,
                (left, top - 96.0, chart_width, 80.0),
                "Wellness (mean of eight dimensions, 1 to 5)",
                &points,
                (1.0, 5.0, 4),
                None,
            );
            if has_barc {
                chart(
                    page,
                    (left + chart_width + 24.0, top - 96.0, chart_width, 80.0),
                    "BARC-10 total (10 to 60; dashed: 47)",
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
        &format!("Latest check-in, {}:", latest.date),
        Face::Bold,
        SMALL,
    );
    let columns: Vec<Column> = Dimension::ALL
        .iter()
        .map(|d| Column {
            heading: d.label(),
            // The longest label gets room to stay on one line.
            share: if *d == Dimension::Environmental {
                1.35
            } else {
                1.0
            },
            whole: false,
        })
        .collect();
    flow.table(&columns, &[row], 7.5);
    let barc_line = match (w.barc10_latest, w.barc10_first, w.barc10_change) {
        (Some(latest), Some(first), Some(change)) => format!(
            "BARC-10 total: {latest} (first in the period {first}, change {change:+}). \
             A total of {} or more was associated with sustained remission (Vilsaint et al., 2017).",
            w.barc10_cutoff
        ),
        (Some(latest), _, _) => format!(
            "BARC-10 total: {latest} (one in the period). A total of {} or more was \
             associated with sustained remission (Vilsaint et al., 2017).",
            w.barc10_cutoff
        ),
        _ => "BARC-10: not taken in the period.".to_string(),
    };
    flow.paragraph(&barc_line, Face::Regular, SMALL);
    flow.paragraph(
        &format!("{} check-ins in the period.", w.points.len()),
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
) -> String {
    let line = |name: &str, points: &[(NaiveDate, f64)], decimals: usize| -> String {
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            return format!("{name}: none in the period.");
        };
        let low = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let high = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
        format!(
            "{name}: {} from {} to {}; first {:.decimals$}, lowest {low:.decimals$}, \
             highest {high:.decimals$}, latest {:.decimals$}.",
            match points.len() {
                1 => "one value".to_string(),
                n => format!("{n} values"),
            },
            first.0,
            last.0,
            first.1,
            last.1,
        )
    };
    let mut words = format!(
        "Line chart. {}",
        line(
            "Wellness, mean of eight dimensions from 1 to 5",
            wellness,
            2
        )
    );
    if !barc.is_empty() {
        words.push(' ');
        words.push_str(&line("BARC-10 total from 10 to 60", barc, 0));
        words.push_str(&format!(" A dashed line marks {cutoff}."));
    }
    words
}

/// A small line chart: `area` is (left, bottom, width, height) of the plot.
fn chart(
    page: &mut Page,
    area: (f32, f32, f32, f32),
    title: &str,
    points: &[(NaiveDate, f64)],
    range: (f64, f64, u32),
    reference: Option<f64>,
) {
    let (low, high, steps) = range;
    let (left, bottom, width, height) = area;
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
            "none in the period",
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
