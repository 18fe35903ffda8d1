//! Full-text search across everything a peer wrote, through the FTS5
//! indexes inside the encrypted store.

use super::followups::participant_names;
use crate::domain::registry::Search;
use crate::domain::KINDS;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use crate::time::Timestamp;
use chrono::NaiveDate;
use serde::Serialize;

/// What a search hit is: the kind an indexed kind declares in its module
/// (`Search::Indexed`), its code usually the kind's name. The list of them
/// is the registry's, so a new indexed kind names its hits where it is
/// defined; its label in other languages is `search-kind-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchKind {
    code: &'static str,
    label: &'static str,
}

impl SearchKind {
    /// The vocabulary's name, which its messages in other languages are
    /// filed under.
    pub const NAME: &'static str = "SearchKind";

    /// A hit's code (snake_case) and English label.
    pub const fn new(code: &'static str, label: &'static str) -> Self {
        SearchKind { code, label }
    }

    pub fn code(self) -> &'static str {
        self.code
    }

    /// The English label, as the command line prints it.
    pub fn label(self) -> &'static str {
        self.label
    }

    /// Every indexed kind's hits, in the registry's order.
    pub fn all() -> impl Iterator<Item = SearchKind> {
        KINDS.iter().filter_map(|kind| match kind.search {
            Search::Indexed { kind, .. } => Some(kind),
            Search::NotIndexed(_) => None,
        })
    }
}

impl std::fmt::Display for SearchKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label)
    }
}

/// Crosses IPC as its code.
impl Serialize for SearchKind {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}

/// In TypeScript, the union of every indexed kind's code, from the
/// registry, so the UI's type check fails where a new one has no label.
#[cfg(feature = "bindings")]
impl ts_rs::TS for SearchKind {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(_: &ts_rs::Config) -> String {
        Self::NAME.into()
    }
    fn inline(_: &ts_rs::Config) -> String {
        Self::all()
            .map(|kind| format!("\"{}\"", kind.code))
            .collect::<Vec<_>>()
            .join(" | ")
    }
    fn decl(cfg: &ts_rs::Config) -> String {
        format!("type {} = {};", Self::NAME, Self::inline(cfg))
    }
    fn decl_concrete(cfg: &ts_rs::Config) -> String {
        Self::decl(cfg)
    }
    fn output_path() -> Option<std::path::PathBuf> {
        Some("SearchKind.ts".into())
    }
}

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

/// Participants whose names match come first, then every other record,
/// newest first. Each index yields only its newest `limit` matches (FTS5
/// walks its rowids backwards and stops), with their snippets made in the
/// same pass, so a word in tens of thousands of notes costs about what a
/// rare one does.
pub fn search(store: &Store, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let Some(fts) = fts_query(query) else {
        return Ok(Vec::new());
    };
    let conn = store.conn();
    let names = participant_names(store)?;
    let mut hits = Vec::new();
    for record_kind in KINDS {
        let Search::Indexed {
            kind,
            participant,
            date,
            offset,
        } = record_kind.search
        else {
            continue;
        };
        let table = record_kind.tables[0];
        let index = record_kind
            .search_index()
            .expect("an indexed kind has an index");
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT t.id, {participant}, {date}, {offset}, m.snippet
             FROM (SELECT rowid, snippet({index}, -1, char(2), char(3), '…', 12) AS snippet
                   FROM {index} WHERE {index} MATCH ?1 ORDER BY rowid DESC LIMIT ?2) m
             JOIN {table} t ON t.rid = m.rowid"
        ))?;
        let rows = stmt.query_map(rusqlite::params![fts, limit as i64], |row| {
            let participant_id: Option<ParticipantId> = row.get(1)?;
            let date_text: Option<String> = row.get(2)?;
            let offset: Option<i32> = row.get(3)?;
            let snippet: String = row.get(4)?;
            Ok(SearchHit {
                kind,
                record_id: row.get(0)?,
                participant_name: participant_id.and_then(|id| names.get(&id).cloned()),
                participant_id,
                on: match (date_text, offset) {
                    (Some(utc), Some(offset)) => {
                        Timestamp::from_store(&utc, offset).map(|t| t.local_date())
                    }
                    (Some(date), None) => date.parse().ok(),
                    _ => None,
                },
                snippet: split_snippet(&snippet),
            })
        })?;
        for hit in rows {
            hits.push(hit?);
        }
    }
    hits.sort_by_key(|h| {
        (
            h.kind != crate::domain::participant::SEARCH_HIT,
            std::cmp::Reverse(h.on),
        )
    });
    hits.truncate(limit);
    Ok(hits)
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
