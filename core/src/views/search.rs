//! Full-text search across everything a peer wrote, through the FTS5
//! indexes inside the encrypted store.

use super::followups::participant_names;
use crate::domain::vocabulary::text_enum;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use crate::time::Timestamp;
use chrono::NaiveDate;
use serde::Serialize;

text_enum!(SearchKind {
    Participant = "participant" / "Participant",
    Contact = "contact" / "Contact",
    GroupSession = "group_session" / "Group session",
    Boundary = "boundary" / "Boundary note",
    CheckIn = "check_in" / "Check-in",
    FollowUp = "follow_up" / "Follow-up",
    Referral = "referral" / "Referral",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SnippetPart {
    pub text: String,
    /// Whether this part matched the query.
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The id of the record that matched.
    pub record_id: String,
    pub participant_id: Option<ParticipantId>,
    pub participant_name: Option<String>,
    pub on: Option<NaiveDate>,
    pub snippet: Vec<SnippetPart>,
}

const HIT_START: char = '\u{2}';
const HIT_END: char = '\u{3}';

/// Turns what a peer typed into a safe FTS5 query: every word must match,
/// the last one as a prefix (so results come while typing). FTS5 syntax in
/// the input is treated as plain text.
pub fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut query = rest.join(" ");
    if !query.is_empty() {
        query.push(' ');
    }
    query.push_str(last);
    query.push('*');
    Some(query)
}

/// Search each table's index; `(kind, table, id column, participant column,
/// date column, offset column or NULL)`.
const SOURCES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "participant",
        "participants",
        "t.id",
        "t.intake_date",
        "NULL",
    ),
    (
        "contact",
        "contacts",
        "t.participant_id",
        "t.at_utc",
        "t.at_offset",
    ),
    (
        "group_session",
        "group_sessions",
        "NULL",
        "t.held_on",
        "NULL",
    ),
    (
        "boundary",
        "boundary_notes",
        "t.participant_id",
        "t.agreed_on",
        "NULL",
    ),
    (
        "check_in",
        "checkins",
        "t.participant_id",
        "t.at_utc",
        "t.at_offset",
    ),
    (
        "follow_up",
        "follow_ups",
        "t.participant_id",
        "t.due_on",
        "NULL",
    ),
    (
        "referral",
        "referrals",
        "t.participant_id",
        "t.referred_on",
        "NULL",
    ),
];

fn search_sql() -> String {
    let parts: Vec<String> = SOURCES
        .iter()
        .map(|(kind, table, participant, date, offset)| {
            format!(
                "SELECT '{kind}', t.id, {participant}, {date}, {offset},
                        snippet({table}_fts, -1, char(2), char(3), '…', 12), bm25({table}_fts)
                 FROM {table}_fts JOIN {table} t ON t.rid = {table}_fts.rowid
                 WHERE {table}_fts MATCH ?1"
            )
        })
        .collect();
    format!("{} ORDER BY 7 LIMIT ?2", parts.join(" UNION ALL "))
}

pub fn search(store: &Store, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let Some(fts) = fts_query(query) else {
        return Ok(Vec::new());
    };
    let names = participant_names(store)?;
    let mut stmt = store.conn().prepare_cached(&search_sql())?;
    let rows = stmt.query_map(rusqlite::params![fts, limit as i64], |row| {
        let kind: SearchKind = row.get(0)?;
        let participant_id: Option<ParticipantId> = row.get(2)?;
        let date_text: Option<String> = row.get(3)?;
        let offset: Option<i32> = row.get(4)?;
        let on = match (date_text, offset) {
            (Some(utc), Some(offset)) => {
                Timestamp::from_store(&utc, offset).map(|t| t.local_date())
            }
            (Some(date), None) => date.parse().ok(),
            _ => None,
        };
        let snippet: String = row.get(5)?;
        Ok(SearchHit {
            kind,
            record_id: row.get(1)?,
            participant_name: participant_id.and_then(|id| names.get(&id).cloned()),
            participant_id,
            on,
            snippet: split_snippet(&snippet),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn split_snippet(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in snippet.chars() {
        if c == HIT_START || c == HIT_END {
            if !current.is_empty() {
                parts.push(SnippetPart {
                    text: std::mem::take(&mut current),
                    hit,
                });
            }
            hit = c == HIT_START;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart { text: current, hit });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_quoted_words_with_a_prefix_on_the_last() {
        assert_eq!(fts_query("court date"), Some("\"court\" \"date\"*".into()));
        assert_eq!(fts_query("  "), None);
        // FTS5 operators and quotes are just text.
        assert_eq!(
            fts_query("NEAR(\"x\" OR y)"),
            Some("\"NEAR\" \"x\" \"OR\" \"y\"*".into())
        );
    }

    #[test]
    fn snippets_split_into_hits_and_plain_text() {
        let parts = split_snippet("went to \u{2}court\u{3} today");
        assert_eq!(
            parts,
            vec![
                SnippetPart {
                    text: "went to ".into(),
                    hit: false
                },
                SnippetPart {
                    text: "court".into(),
                    hit: true
                },
                SnippetPart {
                    text: " today".into(),
                    hit: false
                },
            ]
        );
    }
}
