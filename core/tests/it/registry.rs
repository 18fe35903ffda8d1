//! The record registry (`domain::registry`) against the store it describes:
//! every table has a kind or is bookkeeping, every index belongs to an
//! indexed kind and finds its records, the timeline holds what each kind's
//! reader gives, the demo makes what it says it makes, and an export of one
//! category reads only the kinds that name it.

use crate::common::scratch;
use chrono::{Duration, NaiveDate};
use peerlog_core::domain::consent::{self, ConsentCategory, ConsentInput};
use peerlog_core::domain::participant;
use peerlog_core::domain::registry::{
    export_reads, search_indexes, Demo, Export, Search, Timeline, BOOKKEEPING_TABLES,
};
use peerlog_core::domain::KINDS;
use peerlog_core::export::{self, ExportRequest};
use peerlog_core::store::Store;
use peerlog_core::time::today;
use peerlog_core::views::search::{search, SearchKind};
use peerlog_core::views::timeline::timeline;
use peerlog_devtools::demo::{self, DemoSpec};
use std::collections::BTreeSet;

fn demo_store() -> crate::common::Scratch {
    let mut s = scratch();
    demo::load(s.peerlog.store_mut(), &DemoSpec::caseload(7, 6), today()).unwrap();
    s
}

fn names(store: &Store, sql: &str) -> BTreeSet<String> {
    let mut stmt = store.conn().prepare(sql).unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn every_table_belongs_to_one_kind_or_is_bookkeeping() {
    let s = scratch();
    let tables = names(
        s.peerlog.store(),
        "SELECT name FROM sqlite_schema WHERE type = 'table'
         AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*'",
    );
    let mut claimed: Vec<&str> = KINDS
        .iter()
        .flat_map(|k| k.tables.iter().copied())
        .collect();
    claimed.extend_from_slice(BOOKKEEPING_TABLES);
    let unique: BTreeSet<&str> = claimed.iter().copied().collect();
    assert_eq!(unique.len(), claimed.len(), "a table is claimed twice");
    let claimed: BTreeSet<String> = unique.into_iter().map(String::from).collect();
    assert_eq!(
        tables, claimed,
        "each table in the schema needs a kind in domain/registry.rs (or a place in BOOKKEEPING_TABLES)"
    );
    let kinds: BTreeSet<&str> = KINDS.iter().map(|k| k.name).collect();
    assert_eq!(kinds.len(), KINDS.len(), "two kinds share a name");
}

#[test]
fn the_search_indexes_are_exactly_the_indexed_kinds() {
    let s = scratch();
    let virtual_tables = names(
        s.peerlog.store(),
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
    );
    assert_eq!(virtual_tables, search_indexes().collect::<BTreeSet<_>>());

    let codes: Vec<&str> = SearchKind::all().map(|k| k.code()).collect();
    let distinct: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(
        codes.len(),
        distinct.len(),
        "two indexed kinds' hits share a code"
    );
    for code in codes {
        assert!(
            !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "a hit's code is snake_case: {code:?}"
        );
    }
}

#[test]
fn search_finds_a_record_of_every_indexed_kind() {
    let s = demo_store();
    let store = s.peerlog.store();
    for kind in KINDS {
        let (Search::Indexed { kind: wanted, .. }, Some(index)) =
            (kind.search, kind.search_index())
        else {
            continue;
        };
        // The newest written record's longest word: rare enough to come back.
        let mut stmt = store
            .conn()
            .prepare(&format!("SELECT * FROM {index} ORDER BY rowid DESC"))
            .unwrap();
        let columns = stmt.column_count();
        let texts = stmt
            .query_map([], |r| {
                let texts: Vec<Option<String>> =
                    (0..columns).map(|i| r.get(i)).collect::<Result<_, _>>()?;
                Ok(texts.into_iter().flatten().collect::<Vec<_>>().join(" "))
            })
            .unwrap()
            .map(Result::unwrap);
        let word = texts
            .filter_map(|text| {
                text.split(|c: char| !c.is_alphanumeric())
                    .max_by_key(|w| w.chars().count())
                    .filter(|w| w.chars().count() >= 3)
                    .map(String::from)
            })
            .next()
            .unwrap_or_else(|| panic!("{index} holds no words"));
        let hits = search(store, &word, 100_000).unwrap();
        assert!(
            hits.iter().any(|h| h.kind == wanted && h.on.is_some()),
            "searching {word:?} found no dated {} hit",
            kind.name
        );
    }
}

#[test]
fn the_timeline_holds_what_every_shown_kind_reads() {
    let s = demo_store();
    let store = s.peerlog.store();
    let mut shown_somewhere = BTreeSet::new();
    for person in participant::list(store).unwrap() {
        let whole = timeline(store, person.id, None).unwrap();
        let mut expected = 0;
        for kind in KINDS {
            let Timeline::Shown(read) = kind.timeline else {
                continue;
            };
            let items = read(store, person.id, Default::default()).unwrap();
            if !items.is_empty() {
                shown_somewhere.insert(kind.name);
            }
            for item in &items {
                assert!(whole.contains(item), "a {} is missing", kind.name);
            }
            expected += items.len();
        }
        assert_eq!(whole.len(), expected);
        // A page is the newest entries of the whole, in the same order.
        let page = timeline(store, person.id, Some(5)).unwrap();
        assert_eq!(page[..], whole[..page.len()]);
    }
    let shown: BTreeSet<&str> = KINDS
        .iter()
        .filter(|k| matches!(k.timeline, Timeline::Shown(_)))
        .map(|k| k.name)
        .collect();
    assert_eq!(shown_somewhere, shown, "a shown kind never appeared");
}

#[test]
fn the_demo_makes_every_kind_it_says_it_does() {
    let s = demo_store();
    for kind in KINDS {
        for table in kind.tables {
            let rows = count(s.peerlog.store(), table);
            match kind.demo {
                Demo::Generated => assert!(rows > 0, "the demo made no {table}"),
                Demo::NotGenerated(_) => assert_eq!(rows, 0, "the demo made {table}"),
            }
        }
    }
}

/// Consents to everything for one demo participant, so each category can
/// be exported alone.
fn consenting(s: &mut crate::common::Scratch) -> NaiveDate {
    let store = s.peerlog.store_mut();
    let person = participant::list(store).unwrap().remove(0);
    let signed = today() - Duration::days(200);
    consent::create(
        store,
        ConsentInput {
            participant_id: person.id,
            discloser: "Peer program".into(),
            recipient: "Registry court".into(),
            purpose: "Case conference".into(),
            categories: ConsentCategory::ALL.to_vec(),
            effective_on: signed,
            expires_on: None,
            expiry_event: Some("End of program".into()),
            signed_on: signed,
        },
    )
    .unwrap();
    signed
}

#[test]
fn an_export_of_one_category_reads_only_the_kinds_that_name_it() {
    let mut s = demo_store();
    let from = consenting(&mut s);
    for category in ConsentCategory::ALL {
        let namers: Vec<&str> = KINDS
            .iter()
            .filter(|k| matches!(k.export, Export::Under(named) if named.contains(category)))
            .map(|k| k.name)
            .collect();
        assert!(!namers.is_empty(), "no kind is exported under {category:?}");
        // Built under the database's guard: a read of any table the
        // category does not name fails the export.
        let request = ExportRequest {
            categories: Some(vec![*category]),
            ..ExportRequest::new("Registry court", from, today())
        };
        let preview = export::preview(s.peerlog.store_mut(), &request)
            .unwrap_or_else(|e| panic!("{category:?} read past what names it: {e:?}"));
        assert_eq!(preview.content.participants[0].categories, vec![*category]);
    }
}

#[test]
fn what_never_leaves_is_never_among_the_reads() {
    let reads = export_reads(None);
    for kind in KINDS {
        if let Export::Never(_) = kind.export {
            for table in kind.tables {
                assert!(!reads.contains(table), "{table} is readable by an export");
            }
        }
    }
    assert!(!reads.contains(&"drafts"));
    assert!(!reads.contains(&"audit_log"));
}

// A new kind declares its id beside its record, not in the leaf crate.
peerlog_base::id_type!(ToyId);

#[test]
fn an_id_declared_outside_the_leaf_crate_is_its_uuid_in_json_and_sqlite() {
    let id = ToyId::new();
    let json = serde_json::to_string(&id).unwrap();
    assert_eq!(json, format!("\"{id}\""));
    assert_eq!(serde_json::from_str::<ToyId>(&json).unwrap(), id);
    assert!(serde_json::from_str::<ToyId>("\"not an id\"").is_err());
    assert_eq!(ToyId::parse(&format!(" {id} ")), Some(id));
    assert_eq!(format!("{id:?}"), format!("ToyId({id})"));

    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let back: ToyId = conn.query_row("SELECT ?1", [id], |row| row.get(0)).unwrap();
    assert_eq!(back, id);
    let refused: rusqlite::Result<ToyId> = conn.query_row("SELECT 'x'", [], |row| row.get(0));
    assert!(refused.is_err());
}
