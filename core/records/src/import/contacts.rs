//! `external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date`

use super::table::{self, invalid, problem};
use super::{ImportRejected, ImportSummary, RowProblem};
use crate::audit::{self, AuditAction};
use crate::domain::contact::{self, ContactInput, ContactMode, Service};
use crate::domain::followup::FollowUpDraft;
use crate::domain::participant;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::rejection::{DUPLICATE_IN_FILE, DUPLICATE_IN_STORE};
use crate::store::Store;
use crate::time::{parse_date, parse_time, Timestamp};
use crate::validate::label;
use chrono::{NaiveDateTime, NaiveTime, Timelike};
use std::collections::{HashMap, HashSet};

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

/// How a contacts file is imported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContactImportOptions {
    /// Import rows that repeat another row of the file or a contact already
    /// in the store (the same participant, start, duration and mode; see
    /// [`import_contacts`]). Off by default: a file imported
    /// twice would otherwise bill every H0038 unit twice, silently.
    pub allow_duplicates: bool,
}

/// What makes two contacts the same encounter, for an import: the same
/// participant, the same start as the peer wrote it (the local date and
/// time, to the minute; a row without a time starts at noon), the same
/// duration and the same mode. Setting, services, note and follow-up are
/// left out on purpose: a file exported again after a note was edited still
/// describes the same encounter, and would still bill its units twice.
///
/// The start is the wall clock, not the UTC instant, so a file imported
/// again on a laptop set to another time zone (or across a DST change) is
/// still recognised. Two genuinely separate contacts can match (two calls
/// without a start time on one day, say): that is what
/// [`ContactImportOptions::allow_duplicates`] is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Identity {
    participant_id: ParticipantId,
    start: NaiveDateTime,
    duration_minutes: u32,
    mode: ContactMode,
}

impl Identity {
    fn of(
        participant_id: ParticipantId,
        at: Timestamp,
        duration_minutes: u32,
        mode: ContactMode,
    ) -> Self {
        let local = at.fixed().naive_local();
        let start = local
            .with_second(0)
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(local);
        Identity {
            participant_id,
            start,
            duration_minutes,
            mode,
        }
    }
}

/// How far a stored contact's UTC instant can be from an imported one with
/// the same wall clock: the widest gap between two UTC offsets (−12:00 to
/// +14:00), and an hour more.
const WALL_CLOCK_REACH_MINUTES: i64 = 27 * 60;

/// Imports a contacts file whole, or refuses it whole. Rows that repeat
/// another row or a stored contact refuse it too, unless
/// `options.allow_duplicates`.
pub fn import_contacts(
    store: &mut Store,
    bytes: &[u8],
    now: Timestamp,
    options: ContactImportOptions,
) -> Result<ImportSummary> {
    let (inputs, mut problems) = {
        let store: &Store = store;
        read_rows(bytes, now, &mut |external_id| {
            Ok(participant::find_by_external_id(store, external_id)?.map(|p| p.id))
        })?
    };
    let duplicates = duplicates(store, &inputs)?;
    let repeated = duplicates.len();
    if !options.allow_duplicates {
        problems.extend(duplicates);
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportRejected::new(problems).into());
    }
    let rows = inputs.len();
    store.write(|tx| {
        for (_, input) in &inputs {
            contact::insert(tx, input, now)?;
        }
        let detail = if repeated == 0 {
            format!("{rows} contacts from a CSV file")
        } else {
            format!(
                "{rows} contacts from a CSV file, {repeated} of them repeating a contact (allowed)"
            )
        };
        audit::record(tx, now, AuditAction::Imported, &detail)
    })?;
    Ok(ImportSummary {
        rows,
        duplicates: repeated,
    })
}

/// One problem for each row that is the same contact (see [`Identity`]) as
/// one already in the store, or else as an earlier row of the file.
fn duplicates(store: &Store, inputs: &[Numbered]) -> Result<Vec<RowProblem>> {
    let mut problems = Vec::new();
    let (Some(earliest), Some(latest)) = (
        inputs.iter().map(|(_, i)| i.occurred_at.utc()).min(),
        inputs.iter().map(|(_, i)| i.occurred_at.utc()).max(),
    ) else {
        return Ok(problems);
    };
    let from =
        Timestamp::from_fixed(earliest.fixed_offset()).plus_minutes(-WALL_CLOCK_REACH_MINUTES);
    let to = Timestamp::from_fixed(latest.fixed_offset()).plus_minutes(WALL_CLOCK_REACH_MINUTES);
    let stored: HashSet<Identity> = contact::list_between(store, from, to)?
        .into_iter()
        .map(|c| Identity::of(c.participant_id, c.occurred_at, c.duration_minutes, c.mode))
        .collect();
    let mut first_line_of: HashMap<Identity, u64> = HashMap::new();
    for (line, input) in inputs {
        let identity = Identity::of(
            input.participant_id,
            input.occurred_at,
            input.duration_minutes,
            input.mode,
        );
        let first = *first_line_of.entry(identity).or_insert(*line);
        if stored.contains(&identity) {
            problems.push(problem(
                *line,
                "row",
                DUPLICATE_IN_STORE,
                format!("already in the store: the same contact ({SAME})"),
            ));
        } else if first != *line {
            problems.push(problem(
                *line,
                "row",
                DUPLICATE_IN_FILE,
                format!("the same contact as line {first} ({SAME})"),
            ));
        }
    }
    Ok(problems)
}

/// The fields that make a contact the same one, as a peer reads them.
const SAME: &str = "same participant, date, start time, duration and mode";

/// Reads and checks every row of a contacts file without writing: `find`
/// maps an external id to its participant. Any problem refuses the whole
/// file with every bad row listed. Repeated contacts are not looked for
/// here: that needs the store, and [`import_contacts`] does it.
pub fn parse_contacts(
    bytes: &[u8],
    now: Timestamp,
    find: &mut dyn FnMut(&str) -> Result<Option<ParticipantId>>,
) -> Result<Vec<ContactInput>> {
    let (inputs, mut problems) = read_rows(bytes, now, find)?;
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportRejected::new(problems).into());
    }
    Ok(inputs.into_iter().map(|(_, input)| input).collect())
}

/// A good row's contact, with the line where the row starts.
type Numbered = (u64, ContactInput);

/// Every good row with its line, and every problem with the others. A file
/// whose headings are wrong is refused at once.
fn read_rows(
    bytes: &[u8],
    now: Timestamp,
    find: &mut dyn FnMut(&str) -> Result<Option<ParticipantId>>,
) -> Result<(Vec<Numbered>, Vec<RowProblem>)> {
    let table = table::read(
        bytes,
        COLUMNS,
        &["external_id", "date", "duration_minutes", "mode"],
    )
    .map_err(ImportRejected::new)?;
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
                let key = crate::text::external_id_key(external_id);
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
                goals: Vec::new(),
                format: Default::default(),
                parts: Vec::new(),
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
                Ok(input) => inputs.push((line, input)),
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
    Ok((inputs, problems))
}
