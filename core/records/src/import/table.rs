//! Reading a CSV file into rows keyed by known column names: headings in any
//! case and order, quoted fields with commas and newlines. What Excel writes
//! is read as it is: UTF-8 with or without a BOM, UTF-16 with a BOM (LE or
//! BE; "Unicode text", which is tab-separated), and fields separated by
//! commas, tabs or semicolons (told apart on the heading row). Any other
//! encoding is refused with the reason named, never guessed at.

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
    let text = decode(bytes).map_err(|problem| vec![problem])?;
    // The csv crate counts a CRLF row's line one short (it is at the `\r`
    // when the next record starts), and Excel ends every row with CRLF: so
    // the rows are read with LF alone, which also drops the CR of a CRLF
    // inside a quoted note.
    let text = if text.windows(2).any(|pair| pair == b"\r\n") {
        std::borrow::Cow::Owned(crlf_to_lf(&text))
    } else {
        text
    };
    let bytes: &[u8] = &text;
    let delimiter = delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
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
        let Ok(heading) = std::str::from_utf8(heading) else {
            problems.push(problem(
                1,
                "heading",
                "not_utf8",
                format!("column {}: the heading {NOT_UTF8}", index + 1),
            ));
            mapping.push(None);
            continue;
        };
        let name = column_name(heading);
        if delimiter == b',' && mixes_separators(heading, known) {
            return Err(vec![problem(
                1,
                "file",
                "mixed_separators",
                "the heading row is separated by semicolons as well as commas: \
                 use one separator (save the file as CSV UTF-8)"
                    .into(),
            )]);
        }
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
                        format!("{}: {NOT_UTF8}", label(known[*column])),
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

/// What a field that is not UTF-8 is told: the file was saved in another
/// encoding (Excel's "CSV" is the Windows code page; "CSV UTF-8" is right).
const NOT_UTF8: &str =
    "is not UTF-8 text: the file was saved in another encoding (such as ANSI or Windows-1252); \
     save it as CSV UTF-8";
/// What a file saved as UTF-16 without a byte-order mark is told.
const UTF16_WITHOUT_BOM: &str = "the file was saved as UTF-16 without a byte-order mark, \
     which can't be read reliably: save it as CSV UTF-8";

fn column_name(heading: &str) -> String {
    heading.trim().to_ascii_lowercase().replace([' ', '-'], "_")
}

/// A heading such as `external_id;date` in a comma-separated heading row:
/// the file's separators are mixed, so no reading of it is safe.
fn mixes_separators(heading: &str, known: &[&str]) -> bool {
    heading.contains(';')
        && heading
            .split(';')
            .filter(|part| !part.trim().is_empty())
            .any(|part| known.contains(&column_name(part).as_str()))
}

/// The file's bytes as UTF-8: a UTF-8 BOM is dropped and UTF-16 with a BOM
/// (LE or BE) is decoded. UTF-16 without a BOM (many NUL bytes) and UTF-32
/// are refused with the reason named; other 8-bit encodings are left for
/// the fields to report as not UTF-8, by line and column.
fn decode(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, RowProblem> {
    let refuse = |message: &str| problem(1, "file", "encoding", message.to_string());
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(refuse("the file was saved as UTF-32: save it as CSV UTF-8"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(std::borrow::Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(std::borrow::Cow::Owned);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Text in UTF-16 has a NUL in every other byte of its ASCII; text in
    // any 8-bit encoding has none.
    let sample = &bytes[..bytes.len().min(4096)];
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    if nuls > 0 && nuls * 4 >= sample.len() {
        return Err(refuse(UTF16_WITHOUT_BOM));
    }
    Ok(std::borrow::Cow::Borrowed(bytes))
}

/// Decodes UTF-16 (its BOM already dropped) to UTF-8 bytes, refusing a file
/// that is cut in the middle of a character or holds an unpaired surrogate.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<Vec<u8>, RowProblem> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Err(broken_utf16(&text)),
        }
    }
    if !bytes.len().is_multiple_of(2) {
        return Err(broken_utf16(&text));
    }
    Ok(text.into_bytes())
}

fn broken_utf16(read_so_far: &str) -> RowProblem {
    let line = read_so_far.matches('\n').count() as u64 + 1;
    problem(
        line,
        "file",
        "encoding",
        "the file is marked as UTF-16 but is not valid UTF-16 from this line on: \
         save it again as CSV UTF-8"
            .into(),
    )
}

fn crlf_to_lf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(b);
        }
    }
    out
}

/// The field separator, read from the heading row: a comma when it has one;
/// else a tab (Excel's "Unicode text"); else a semicolon (Excel's "CSV" where
/// the decimal mark is a comma); else a comma (a file with one column).
fn delimiter(text: &[u8]) -> u8 {
    let heading = text.split(|&b| b == b'\n').next().unwrap_or_default();
    [b',', b'\t', b';']
        .into_iter()
        .find(|separator| heading.contains(separator))
        .unwrap_or(b',')
}

fn csv_problem(line: u64, error: &csv::Error) -> RowProblem {
    let message = match error.kind() {
        csv::ErrorKind::Io(_) => "the file could not be read".to_string(),
        _ => "the row is not valid CSV (check the quotes)".to_string(),
    };
    problem(line, "row", "bad_csv", message)
}
