//! The billing log as CSV (English columns, for billing software) and as a
//! PDF in the reader's language: the lines, then the checks.

use crate::billing::log::{BillingCheck, BillingLog, CheckKind};
use crate::export::csv::text;
use crate::i18n::Language;
use crate::pdf::{Column, DocumentInfo, Face, Flow};
use crate::words::{args, words, words_with};
use chrono::NaiveDate;

pub fn csv(log: &BillingLog) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row = |cells: Vec<String>| writer.write_record(cells).expect("in memory");
    row([
        "external_id",
        "payer",
        "date",
        "start",
        "end",
        "code",
        "modifiers",
        "minutes",
        "units",
        "signed_by",
        "signed_at",
    ]
    .map(String::from)
    .to_vec());
    for line in &log.lines {
        row(vec![
            text(&line.external_id),
            text(&line.payer),
            line.date.to_string(),
            line.start.clone(),
            line.end.clone(),
            line.code.clone(),
            line.modifiers.join(";"),
            line.minutes.to_string(),
            line.units.to_string(),
            text(&line.signer),
            line.signed_at.to_string(),
        ]);
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(writer.into_inner().expect("in memory"));
    bytes
}

/// One check in words: "Not signed, so not billed".
pub fn check_in(check: &BillingCheck, language: Language) -> String {
    let id = match check.kind {
        CheckKind::Unsigned => "billing-check-unsigned",
        CheckKind::NoPlanGoal => "billing-check-no-plan-goal",
        CheckKind::OverDailyCap => "billing-check-over-daily-cap",
        CheckKind::OverYearlyCap => "billing-check-over-yearly-cap",
        CheckKind::GroupOverLimit => "billing-check-group-over-limit",
    };
    words_with(language, id, &args![("amount", check.amount)])
}

pub fn pdf(log: &BillingLog, language: Language, prepared_on: NaiveDate) -> Vec<u8> {
    let t = |id: &str| words(language, id);
    let title = t("billing-title");
    let period = format!("{} – {}", log.from, log.to);
    let payer = log
        .payer
        .clone()
        .unwrap_or_else(|| t("billing-every-payer"));
    let header = words_with(
        language,
        "billing-header",
        &args![
            ("title", title.clone()),
            ("period", period.clone()),
            ("payer", payer.clone())
        ],
    );
    let info = DocumentInfo {
        title: title.clone(),
        language,
        prepared_on,
    };
    let footer = t("billing-footer");
    let mut flow = Flow::new(info, &header, &footer, 7.5);
    flow.new_page();
    flow.heading(&title, 1, 20.0);
    flow.paragraph(
        &words_with(
            language,
            "billing-intro",
            &args![
                ("from", log.from.to_string()),
                ("to", log.to.to_string()),
                ("payer", payer),
                ("lines", log.lines.len()),
                ("units", log.units()),
                ("prepared", prepared_on.to_string())
            ],
        ),
        Face::Regular,
        9.5,
    );

    flow.heading(&t("billing-checks"), 2, 11.0);
    if log.checks.is_empty() {
        flow.paragraph(&t("billing-checks-none"), Face::Regular, 9.0);
    } else {
        let headings = [
            t("billing-column-date"),
            t("billing-column-external-id"),
            t("billing-column-check"),
        ];
        let rows: Vec<Vec<String>> = log
            .checks
            .iter()
            .map(|c| {
                vec![
                    c.date.to_string(),
                    c.external_id.clone(),
                    check_in(c, language),
                ]
            })
            .collect();
        flow.table(
            &[
                Column::new(&headings[0], 1.0),
                Column::whole(&headings[1], 1.2),
                Column::new(&headings[2], 4.0),
            ],
            &rows,
            8.5,
        );
    }

    flow.heading(&t("billing-lines"), 2, 11.0);
    if log.lines.is_empty() {
        flow.paragraph(&t("billing-lines-none"), Face::Regular, 9.0);
    } else {
        let headings = [
            t("billing-column-external-id"),
            t("billing-column-date"),
            t("billing-column-time"),
            t("billing-column-code"),
            t("billing-column-units"),
            t("billing-column-signed-by"),
        ];
        let rows: Vec<Vec<String>> = log
            .lines
            .iter()
            .map(|l| {
                let code = if l.modifiers.is_empty() {
                    l.code.clone()
                } else {
                    format!("{} {}", l.code, l.modifiers.join(" "))
                };
                vec![
                    l.external_id.clone(),
                    l.date.to_string(),
                    format!("{}–{}", l.start, l.end),
                    code,
                    l.units.to_string(),
                    format!(
                        "{}\n{}",
                        l.signer,
                        l.signed_at.fixed().format("%Y-%m-%d %H:%M")
                    ),
                ]
            })
            .collect();
        flow.table(
            &[
                Column::whole(&headings[0], 1.2),
                Column::new(&headings[1], 1.0),
                Column::new(&headings[2], 1.0),
                Column::new(&headings[3], 1.1),
                Column::new(&headings[4], 0.6),
                Column::new(&headings[5], 2.2),
            ],
            &rows,
            8.5,
        );
    }
    flow.finish().render()
}
