//! `external_id,first_name,last_name,preferred_name,pronouns,program,status,intake_date,phone,language`

use super::table::{self, invalid, problem};
use super::{ImportRejected, ImportSummary, RowProblem};
use crate::audit::{self, AuditAction};
use crate::domain::participant::{self, ParticipantInput, ParticipantStatus};
use crate::error::Result;
use crate::store::Store;
use crate::time::parse_date;
use crate::validate::label;
use chrono::NaiveDate;
use std::collections::HashMap;

const COLUMNS: &[&str] = &[
    "external_id",
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "program",
    "status",
    "intake_date",
    "phone",
    "language",
];
const EXTERNAL_ID: usize = 0;
const FIRST: usize = 1;
const LAST: usize = 2;
const PREFERRED: usize = 3;
const PRONOUNS: usize = 4;
const PROGRAM: usize = 5;
const STATUS: usize = 6;
const INTAKE: usize = 7;
const PHONE: usize = 8;
const LANGUAGE: usize = 9;

/// Imports a participants file whole, or refuses it whole.
pub fn import_participants(
    store: &mut Store,
    bytes: &[u8],
    today: NaiveDate,
) -> Result<ImportSummary> {
    let now = store.now();
    let inputs = {
        let store: &Store = store;
        parse_participants(bytes, today, &mut |external_id| {
            Ok(participant::find_by_external_id(store, external_id)?.is_some())
        })?
    };
    let rows = inputs.len();
    store.write(|tx| {
        for input in &inputs {
            participant::insert(tx, input, now)?;
        }
        audit::record(
            tx,
            now,
            AuditAction::Imported,
            &format!("{rows} participants from a CSV file"),
        )
    })?;
    Ok(ImportSummary {
        rows,
        duplicates: 0,
    })
}

/// Reads and checks every row of a participants file without writing:
/// `in_use` says whether an external id is taken already. Any problem
/// refuses the whole file with every bad row listed.
pub fn parse_participants(
    bytes: &[u8],
    today: NaiveDate,
    in_use: &mut dyn FnMut(&str) -> Result<bool>,
) -> Result<Vec<ParticipantInput>> {
    let table = table::read(bytes, COLUMNS, &["external_id"]).map_err(ImportRejected::new)?;
    let mut problems: Vec<RowProblem> = table.problems;
    let mut inputs = Vec::with_capacity(table.rows.len());
    let mut first_line_of: HashMap<String, u64> = HashMap::new();

    for row in &table.rows {
        let line = row.line;
        let mut row_problems = Vec::new();
        let status = match row.get(STATUS) {
            None => ParticipantStatus::Active,
            Some(text) => ParticipantStatus::parse(text).unwrap_or_else(|| {
                row_problems.push(problem(
                    line,
                    "status",
                    "unknown_value",
                    format!("Status: is not one of: {}", ParticipantStatus::expected()),
                ));
                ParticipantStatus::Active
            }),
        };
        let intake_date = row.get(INTAKE).and_then(|text| {
            let date = parse_date(text);
            if date.is_none() {
                row_problems.push(problem(
                    line,
                    "intake_date",
                    "not_a_date",
                    format!(
                        "{}: is not a date (use YYYY-MM-DD or M/D/YYYY)",
                        label("intake_date")
                    ),
                ));
            }
            date
        });
        let input = ParticipantInput {
            external_id: row.get(EXTERNAL_ID).unwrap_or_default().to_string(),
            first_name: row.get(FIRST).map(str::to_string),
            last_name: row.get(LAST).map(str::to_string),
            preferred_name: row.get(PREFERRED).map(str::to_string),
            pronouns: row.get(PRONOUNS).map(str::to_string),
            program: row.get(PROGRAM).map(str::to_string),
            status,
            intake_date,
            phone: row.get(PHONE).map(str::to_string),
            language: row.get(LANGUAGE).map(str::to_string),
            ..ParticipantInput::default()
        };
        match input.checked(today) {
            Ok(input) => {
                let key = crate::text::external_id_key(&input.external_id);
                if let Some(first) = first_line_of.get(&key) {
                    row_problems.push(problem(
                        line,
                        "external_id",
                        "duplicate",
                        format!("External id: repeats the one on line {first}"),
                    ));
                } else if in_use(&input.external_id)? {
                    row_problems.push(problem(
                        line,
                        "external_id",
                        "duplicate",
                        "External id: is already in use by a participant in Peerlog".into(),
                    ));
                } else {
                    first_line_of.insert(key, line);
                }
                if row_problems.is_empty() {
                    inputs.push(input);
                }
            }
            Err(e) => {
                // Parse problems are more specific than what `checked` sees.
                if !row_problems.iter().any(|p| p.field == e.field) {
                    row_problems.push(invalid(line, &e));
                }
            }
        }
        problems.extend(row_problems);
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportRejected::new(problems).into());
    }
    Ok(inputs)
}
