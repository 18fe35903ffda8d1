//! The registers as a PDF in the reader's language, for an audit binder:
//! a heading, a sentence on what the register is, and one table.

use super::lines::RestrictionLine;
use super::Register;
use crate::i18n::Language;
use crate::partners::incident::Incident;
use crate::pdf::{Column, DocumentInfo, Face, Flow};
use crate::words::{args, words, words_with};
use chrono::NaiveDate;

pub fn restrictions(
    lines: &[RestrictionLine],
    language: Language,
    prepared_on: NaiveDate,
) -> Vec<u8> {
    let t = |id: &str| words(language, id);
    let mut flow = opened(Register::Restrictions, lines.len(), language, prepared_on);
    if lines.is_empty() {
        flow.paragraph(&t("register-restrictions-none"), Face::Regular, 9.0);
        return flow.finish().render();
    }
    let headings = [
        t("register-column-external-id"),
        t("register-column-partner"),
        t("register-column-categories"),
        t("register-column-requested"),
        t("register-column-decision"),
    ];
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|r| {
            let decision = match (r.decision, r.decided_on) {
                (Some(d), Some(on)) => {
                    let by = r.decided_by.as_deref().unwrap_or_default();
                    format!("{}\n{on}\n{by}", d.label_in(language))
                }
                (Some(d), None) => d.label_in(language),
                (None, _) => t("register-pending"),
            };
            vec![
                r.external_id.clone(),
                r.partner
                    .clone()
                    .unwrap_or_else(|| t("register-every-partner")),
                r.categories
                    .iter()
                    .map(|c| c.label_in(language))
                    .collect::<Vec<_>>()
                    .join(", "),
                r.requested_on.to_string(),
                decision,
            ]
        })
        .collect();
    flow.table(
        &[
            Column::whole(&headings[0], 1.0),
            Column::new(&headings[1], 1.6),
            Column::new(&headings[2], 2.0),
            Column::new(&headings[3], 1.0),
            Column::new(&headings[4], 1.6),
        ],
        &rows,
        8.5,
    );
    flow.finish().render()
}

pub fn incidents(lines: &[Incident], language: Language, prepared_on: NaiveDate) -> Vec<u8> {
    let t = |id: &str| words(language, id);
    let mut flow = opened(Register::Incidents, lines.len(), language, prepared_on);
    if lines.is_empty() {
        flow.paragraph(&t("register-incidents-none"), Face::Regular, 9.0);
        return flow.finish().render();
    }
    let headings = [
        t("register-column-summary"),
        t("register-column-happened"),
        t("register-column-discovered"),
        t("register-column-notified"),
        t("register-column-status"),
    ];
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|i| {
            let notified = match (&i.notified, i.notified_on) {
                (Some(who), Some(on)) => format!("{who}\n{on}"),
                (Some(who), None) => who.clone(),
                (None, Some(on)) => on.to_string(),
                (None, None) => "–".into(),
            };
            vec![
                i.summary.clone(),
                i.happened_on.to_string(),
                i.discovered_on.to_string(),
                notified,
                i.status.label_in(language),
            ]
        })
        .collect();
    flow.table(
        &[
            Column::new(&headings[0], 3.0),
            Column::new(&headings[1], 1.0),
            Column::new(&headings[2], 1.0),
            Column::new(&headings[3], 1.6),
            Column::new(&headings[4], 0.9),
        ],
        &rows,
        8.5,
    );
    flow.finish().render()
}

/// The page every register starts with: its title, and what it is.
fn opened(register: Register, lines: usize, language: Language, prepared_on: NaiveDate) -> Flow {
    let (title_id, intro_id) = match register {
        Register::Restrictions => ("register-restrictions-title", "register-restrictions-intro"),
        Register::Incidents => ("register-incidents-title", "register-incidents-intro"),
    };
    let title = words(language, title_id);
    let header = format!("{title} · {prepared_on}");
    let info = DocumentInfo {
        title: title.clone(),
        language,
        prepared_on,
    };
    let mut flow = Flow::new(info, &header, &words(language, "register-footer"), 7.5);
    flow.new_page();
    flow.heading(&title, 1, 20.0);
    flow.paragraph(
        &words_with(
            language,
            intro_id,
            &args![("lines", lines), ("prepared", prepared_on.to_string())],
        ),
        Face::Regular,
        9.5,
    );
    flow
}
