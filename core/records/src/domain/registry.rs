//! Every kind of record a peer keeps, each defined once: where its rows
//! live, whether and how it shows in a participant's timeline, whether it is
//! searched, and which consent category lets it leave in an export. The
//! timeline, search, the integrity check, the export's read guard and the
//! demo's summary walk [`KINDS`] instead of naming each kind, and the tests
//! in `core/tests/it/registry.rs` fail when a kind is missing from any of
//! them. The list itself is `domain::KINDS`, beside the modules it names.
//! Adding a kind: CONTRIBUTING.md has the walkthrough.

use super::consent::ConsentCategory;
use super::recent::Recent;
use super::KINDS;
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use crate::views::search::SearchKind;
use crate::views::timeline::TimelineItem;

/// One kind of record.
#[derive(Debug)]
pub struct RecordKind {
    /// Stable and snake_case: tests and docs name the kind by it.
    pub name: &'static str,
    /// The tables its rows live in; the first is the main one.
    pub tables: &'static [&'static str],
    pub timeline: Timeline,
    pub search: Search,
    pub export: Export,
    pub demo: Demo,
}

impl RecordKind {
    /// The full-text index of an indexed kind: `<main table>_fts`, its
    /// rowid the main table's `rid`.
    pub fn search_index(&self) -> Option<String> {
        match self.search {
            Search::Indexed { .. } => Some(format!("{}_fts", self.tables[0])),
            Search::NotIndexed(_) => None,
        }
    }
}

/// How a kind shows in a participant's timeline.
#[derive(Debug, Clone, Copy)]
pub enum Timeline {
    /// Read newest first, at most as much as the window takes.
    Shown(fn(&Store, ParticipantId, Recent) -> Result<Vec<TimelineItem>>),
    /// Not shown, and why.
    NotShown(&'static str),
}

/// How a kind is found by search. An indexed kind keeps a full-text index
/// named `<main table>_fts`, whose rowid is the main table's `rid`.
#[derive(Debug, Clone, Copy)]
pub enum Search {
    Indexed {
        /// What its hits are called: the kind's name, unless its index
        /// holds a part of it (a recovery plan's goals are `plan_goal`).
        kind: SearchKind,
        /// SQL over the main table (alias `t`): the participant's id, or NULL.
        participant: &'static str,
        /// SQL: the record's day (`YYYY-MM-DD`) or UTC instant.
        date: &'static str,
        /// SQL: the instant's UTC offset in seconds, or NULL for a day.
        offset: &'static str,
    },
    /// Not searched, and why.
    NotIndexed(&'static str),
}

/// Whether, and under which consent, a kind may leave in an export.
#[derive(Debug, Clone, Copy)]
pub enum Export {
    /// Read for every export: who the participant is and what they agreed to.
    Basis,
    /// Read only when one of these categories is included.
    Under(&'static [ConsentCategory]),
    /// Never read while an export is built, and why.
    Never(&'static str),
}

/// Whether `peerlog demo` (and so the benchmark's dataset) makes records
/// of a kind.
#[derive(Debug, Clone, Copy)]
pub enum Demo {
    Generated,
    /// Not generated, and why.
    NotGenerated(&'static str),
}

/// Tables that hold no peer's record but the store's own bookkeeping and
/// the program's configuration.
pub const BOOKKEEPING_TABLES: &[&str] = &[
    "settings",
    "audit_log",
    "store_changes",
    "backups",
    "drafts",
    "payers",
    "disclosures",
    "disclosure_participants",
];

/// The program's rules an export applies (how a payer counts units): no
/// record of anyone, read for every export.
pub const EXPORT_RULE_TABLES: &[&str] = &["payers"];

/// What recording a disclosure writes (and reads) beside the content.
pub const DISCLOSURE_TABLES: &[&str] = &[
    "disclosures",
    "disclosure_participants",
    "audit_log",
    "store_changes",
];

/// The full-text indexes, one per indexed kind.
pub fn search_indexes() -> impl Iterator<Item = String> {
    KINDS.iter().filter_map(|k| k.search_index())
}

/// The tables an export may read when it includes `categories` (every
/// category when `None`): the basis, and each kind a category names.
pub fn export_reads(categories: Option<&[ConsentCategory]>) -> Vec<&'static str> {
    let wanted = |c: &ConsentCategory| categories.is_none_or(|list| list.contains(c));
    KINDS
        .iter()
        .filter(|k| match k.export {
            Export::Basis => true,
            Export::Under(named) => named.iter().any(wanted),
            Export::Never(_) => false,
        })
        .flat_map(|k| k.tables.iter().copied())
        .collect()
}
