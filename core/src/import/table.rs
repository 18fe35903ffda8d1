//! Reading a CSV file into rows keyed by known column names: headings in any
//! case and order, UTF-8 with or without a BOM, quoted fields with commas
//! and newlines.

use super::RowProblem;
use crate::validate::{label, ValidationError};

pub struct Table {
    pub rows: Vec<Row>,
    /// Rows that could not be read at all (bad quoting, wrong field count,
    /// not UTF-8); the caller adds its own problems to these.
    pub problems: Vec<RowProblem>,
}

pub struct Row {
    pub line: u64,
    /// Values by column index in the caller's `known` list; `None` when the
    /// column is absent from the file or the cell is blank.
    values: Vec<Option<String>>,
}

impl Row {
    pub fn get(&self, column: usize) -> Option<&str> {
        self.values[column].as_deref()
    }
}

pub fn problem(line: u64, field: &str, code: &str, message: String) -> RowProblem {
    RowProblem {
        line,
        field: field.to_string(),
        code: code.to_string(),
        message,
    }
}

pub fn invalid(line: u64, error: &ValidationError) -> RowProblem {
    problem(line, error.field, error.problem.code(), error.to_string())
}

/// Reads `bytes` as a table with the given known columns, of which
/// `required` must be present. Problems with the headings fail at once;
/// problems with rows are kept in the table.
pub fn read(bytes: &[u8], known: &[&str], required: &[&str]) -> Result<Table, Vec<RowProblem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => return Err(vec![csv_problem(1, &e)]),
        None => {
            return Err(vec![problem(
                1,
                "file",
                "empty",
                "the file is empty: expected a heading row".into(),
            )]);
        }
    };

    let mut problems = Vec::new();
    let mut mapping: Vec<Option<usize>> = Vec::with_capacity(header.len());
    for (index, heading) in header.iter().enumerate() {
        let name = std::str::from_utf8(heading)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
            .replace([' ', '-'], "_");
        match known.iter().position(|k| *k == name) {
            Some(column) if mapping.contains(&Some(column)) => problems.push(problem(
                1,
                known[column],
                "duplicate_column",
                format!("{}: the column appears twice", label(known[column])),
            )),
            Some(column) => mapping.push(Some(column)),
            None => {
                // The heading itself is not echoed: in a file without a
                // heading row it would be a participant's data.
                problems.push(problem(
                    1,
                    "heading",
                    "unknown_column",
                    format!(
                        "column {} has a heading that is not one of: {}",
                        index + 1,
                        known.join(", ")
                    ),
                ));
                mapping.push(None);
            }
        }
    }
    for needed in required {
        let column = known
            .iter()
            .position(|k| k == needed)
            .expect("required is known");
        if !mapping.contains(&Some(column)) {
            problems.push(problem(
                1,
                needed,
                "missing_column",
                format!("{}: the column is missing", label(needed)),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                problems.push(csv_problem(line, &e));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record
            .iter()
            .all(|field| field.iter().all(u8::is_ascii_whitespace))
        {
            continue; // blank lines between rows are harmless
        }
        if record.len() != mapping.len() {
            problems.push(problem(
                line,
                "row",
                "wrong_field_count",
                format!(
                    "the row has {} fields; the heading has {}",
                    record.len(),
                    mapping.len()
                ),
            ));
            continue;
        }
        let mut values: Vec<Option<String>> = vec![None; known.len()];
        let mut readable = true;
        for (field, column) in record.iter().zip(&mapping) {
            let Some(column) = column else { continue };
            match std::str::from_utf8(field) {
                Ok(text) => {
                    let text = text.trim();
                    values[*column] = (!text.is_empty()).then(|| text.to_string());
                }
                Err(_) => {
                    readable = false;
                    problems.push(problem(
                        line,
                        known[*column],
                        "not_utf8",
                        format!("{}: is not UTF-8 text", label(known[*column])),
                    ));
                }
            }
        }
        if readable {
            rows.push(Row { line, values });
        }
    }
    Ok(Table { rows, problems })
}

fn csv_problem(line: u64, error: &csv::Error) -> RowProblem {
    let message = match error.kind() {
        csv::ErrorKind::Io(_) => "the file could not be read".to_string(),
        _ => "the row is not valid CSV (check the quotes)".to_string(),
    };
    problem(line, "row", "bad_csv", message)
}
