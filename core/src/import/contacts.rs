//! `external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date`

use super::table::{self, invalid, problem};
use super::{ImportRejected, ImportSummary, RowProblem};
use crate::audit::{self, AuditAction};
use crate::domain::contact::{self, ContactInput, ContactMode, Service};
use crate::domain::followup::FollowUpDraft;
use crate::domain::participant;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use crate::time::{parse_date, parse_time, Timestamp};
use crate::validate::label;
use chrono::NaiveTime;
use std::collections::HashMap;

const COLUMNS: &[&str] = &[
    "external_id",
    "date",
    "start_time",
    "duration_minutes",
    "mode",
    "setting",
    "services",
    "note",
    "follow_up_date",
];
const EXTERNAL_ID: usize = 0;
const DATE: usize = 1;
const START: usize = 2;
const DURATION: usize = 3;
const MODE: usize = 4;
const SETTING: usize = 5;
const SERVICES: usize = 6;
const NOTE: usize = 7;
const FOLLOW_UP: usize = 8;

/// A contact imported without a start time is placed at noon.
const DEFAULT_TIME: NaiveTime = NaiveTime::from_hms_opt(12, 0, 0).expect("valid");
/// The follow-up text for a row that only gives a date.
const FOLLOW_UP_TEXT: &str = "Follow up (from imported contact)";

/// Imports a contacts file whole, or refuses it whole.
pub fn import_contacts(store: &mut Store, bytes: &[u8], now: Timestamp) -> Result<ImportSummary> {
    let inputs = {
        let store: &Store = store;
        parse_contacts(bytes, now, &mut |external_id| {
            Ok(participant::find_by_external_id(store, external_id)?.map(|p| p.id))
        })?
    };
    let rows = inputs.len();
    store.write(|tx| {
        for input in &inputs {
            contact::insert(tx, input, now)?;
        }
        audit::record(
            tx,
            AuditAction::Imported,
            &format!("{rows} contacts from a CSV file"),
        )
    })?;
    Ok(ImportSummary { rows })
}

/// Reads and checks every row of a contacts file without writing: `find`
/// maps an external id to its participant. Any problem refuses the whole
/// file with every bad row listed.
pub fn parse_contacts(
    bytes: &[u8],
    now: Timestamp,
    find: &mut dyn FnMut(&str) -> Result<Option<ParticipantId>>,
) -> Result<Vec<ContactInput>> {
    let table = table::read(
        bytes,
        COLUMNS,
        &["external_id", "date", "duration_minutes", "mode"],
    )
    .map_err(|problems| ImportRejected { problems })?;
    let mut ids: HashMap<String, Option<ParticipantId>> = HashMap::new();
    let mut problems: Vec<RowProblem> = table.problems;
    let mut inputs = Vec::with_capacity(table.rows.len());

    for row in &table.rows {
        let line = row.line;
        let mut row_problems = Vec::new();
        let missing = |field: &str| {
            problem(
                line,
                field,
                "required",
                format!("{}: is required", label(field)),
            )
        };

        let participant_id = match row.get(EXTERNAL_ID) {
            None => {
                row_problems.push(missing("external_id"));
                None
            }
            Some(external_id) => {
                let key = external_id.to_lowercase();
                if !ids.contains_key(&key) {
                    let found = find(external_id)?;
                    ids.insert(key.clone(), found);
                }
                let found = ids[&key];
                if found.is_none() {
                    row_problems.push(problem(
                        line,
                        "external_id",
                        "no_such_record",
                        "External id: does not match any participant (import participants first)"
                            .into(),
                    ));
                }
                found
            }
        };
        let date = match row.get(DATE) {
            None => {
                row_problems.push(missing("date"));
                None
            }
            Some(text) => {
                let date = parse_date(text);
                if date.is_none() {
                    row_problems.push(problem(
                        line,
                        "date",
                        "not_a_date",
                        "Date: is not a date (use YYYY-MM-DD or M/D/YYYY)".into(),
                    ));
                }
                date
            }
        };
        let time = match row.get(START) {
            None => Some(DEFAULT_TIME),
            Some(text) => {
                let time = parse_time(text);
                if time.is_none() {
                    row_problems.push(problem(
                        line,
                        "start_time",
                        "not_a_time",
                        "Start time: is not a time (use HH:MM, 24-hour)".into(),
                    ));
                }
                time
            }
        };
        let duration = match row.get(DURATION) {
            None => {
                row_problems.push(missing("duration_minutes"));
                None
            }
            Some(text) => {
                let minutes = text.parse::<u32>().ok();
                if minutes.is_none() {
                    row_problems.push(problem(
                        line,
                        "duration_minutes",
                        "not_a_number",
                        "Duration minutes: is not a whole number".into(),
                    ));
                }
                minutes
            }
        };
        let mode = match row.get(MODE) {
            None => {
                row_problems.push(missing("mode"));
                None
            }
            Some(text) => {
                let mode = ContactMode::parse(text);
                if mode.is_none() {
                    row_problems.push(problem(
                        line,
                        "mode",
                        "unknown_value",
                        format!("Mode: is not one of: {}", ContactMode::expected()),
                    ));
                }
                mode
            }
        };
        let mut services = Vec::new();
        for part in row.get(SERVICES).unwrap_or_default().split(';') {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            match Service::parse(part) {
                Some(service) => services.push(service),
                None => row_problems.push(problem(
                    line,
                    "services",
                    "unknown_value",
                    format!("Services: each must be one of: {}", Service::expected()),
                )),
            }
        }
        let follow_up = match row.get(FOLLOW_UP) {
            None => None,
            Some(text) => match parse_date(text) {
                Some(due_on) => Some(FollowUpDraft {
                    due_on,
                    text: FOLLOW_UP_TEXT.into(),
                }),
                None => {
                    row_problems.push(problem(
                        line,
                        "follow_up_date",
                        "not_a_date",
                        "Follow up date: is not a date (use YYYY-MM-DD or M/D/YYYY)".into(),
                    ));
                    None
                }
            },
        };

        if let (Some(participant_id), Some(date), Some(time), Some(duration), Some(mode), true) = (
            participant_id,
            date,
            time,
            duration,
            mode,
            row_problems.is_empty(),
        ) {
            let input = ContactInput {
                participant_id,
                occurred_at: Timestamp::from_local(date, time),
                duration_minutes: duration,
                mode,
                setting: row.get(SETTING).map(str::to_string),
                services,
                dimensions: Vec::new(),
                narrative: row.get(NOTE).unwrap_or_default().to_string(),
                follow_up,
            };
            match input.checked(now) {
                Ok(input) => inputs.push(input),
                Err(e) => {
                    let mut p = invalid(line, &e);
                    // Name the CSV's own columns, not the API's.
                    p.field = match e.field {
                        "occurred_at" => "date".into(),
                        "narrative" => "note".into(),
                        "follow_up_due_on" => "follow_up_date".into(),
                        other => other.into(),
                    };
                    p.message = format!("{}: {}", label(&p.field), e.problem);
                    row_problems.push(p);
                }
            }
        }
        problems.extend(row_problems);
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportRejected { problems }.into());
    }
    Ok(inputs)
}
