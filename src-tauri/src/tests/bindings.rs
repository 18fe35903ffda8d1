//! The UI's side of the IPC contract, generated from `contract.rs` and the
//! Rust types (ts-rs): the types, error codes, command names and events in
//! `ui/src/lib/bindings.ts`, and the command wrappers in `ui/src/lib/api.ts`.
//! These tests fail when a committed file is stale;
//! `UPDATE_BINDINGS=1 cargo test --release -p peerlog-desktop bindings`
//! rewrites them.

use crate::contract_macro::described::{Command, Contract};
use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use ts_rs::{Config, TypeVisitor, TS};

const BINDINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings.ts");
const API: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/api.ts");

const GENERATED: &str =
    "// Generated from src-tauri/src/contract.rs by src-tauri/src/tests/bindings.rs.\n\
     // Do not edit: run `UPDATE_BINDINGS=1 cargo test --release -p peerlog-desktop bindings`.\n\n";

fn config() -> Config {
    // serde_json writes 64-bit integers as plain numbers.
    Config::new().with_large_int("number")
}

/// Collects the declaration of every named type reachable from the roots.
struct Collect<'a> {
    cfg: &'a Config,
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, String>,
}

impl TypeVisitor for Collect<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let decl = T::decl(self.cfg);
            self.decls.insert(T::ident(self.cfg), decl);
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// Every named type the contract reaches, by name, with its declaration.
fn declarations(cfg: &Config) -> BTreeMap<String, String> {
    let mut collect = Collect {
        cfg,
        seen: HashSet::new(),
        decls: BTreeMap::new(),
    };
    crate::contract::visit_types(&mut collect);
    // Crosses IPC as every command's rejection, which no signature names.
    collect.visit::<crate::error::ApiError>();
    collect.decls
}

fn bindings(contract: &Contract, cfg: &Config) -> String {
    let mut out = String::from(GENERATED);
    for decl in declarations(cfg).values() {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push('\n');
    }

    out.push_str("\n/** Every code a command can fail with: core's and the shell's own. */\n");
    let codes = super::error_codes::every_code();
    let mut union: Vec<String> = codes
        .iter()
        .filter(|c| !c.starts_with("invalid."))
        .map(|c| format!("\"{c}\""))
        .collect();
    if codes.iter().any(|c| c.starts_with("invalid.")) {
        // A validation error names its field.
        union.push("`invalid.${string}`".into());
    }
    out.push_str(&format!(
        "export type ErrorCode =\n  | {};\n",
        union.join("\n  | ")
    ));

    out.push_str("\n/** Every command the shell offers. */\nexport type CommandName =\n");
    for command in &contract.commands {
        out.push_str(&format!("  | \"{}\"\n", command.name));
    }
    out.pop();
    out.push_str(";\n");

    for event in &contract.events {
        out.push('\n');
        out.push_str(&jsdoc(event.docs, ""));
        out.push_str(&format!(
            "export const {} = \"{}\";\n",
            event.constant, event.name
        ));
    }
    out.push_str(
        "\n/** Every event the shell sends, with its payload. */\nexport type Events = {\n",
    );
    for event in &contract.events {
        out.push_str(&format!(
            "  \"{}\": {};\n",
            event.name,
            (event.payload)(cfg)
        ));
    }
    out.push_str("};\n");
    out
}

fn api(contract: &Contract, cfg: &Config) -> String {
    let mut body = String::from("export const api = {\n");
    let mut module = "";
    for command in &contract.commands {
        if command.module != module {
            if !module.is_empty() {
                body.push('\n');
            }
            module = command.module;
            body.push_str(&format!("  // {module}\n"));
        }
        body.push_str(&jsdoc(command.docs, "  "));
        body.push_str(&wrapper(command, cfg));
    }
    body.push_str("};\n");

    let declared = declarations(cfg);
    let used: BTreeSet<&str> = body
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|word| declared.contains_key(*word))
        .collect();
    let mut out = String::from(GENERATED);
    out.push_str(&format!(
        "import type {{ {} }} from \"./bindings\";\nimport {{ call }} from \"./ipc\";\n\n",
        used.into_iter().collect::<Vec<_>>().join(", ")
    ));
    out.push_str(&body);
    out
}

/// `name: (args) => call<Answer>("command", { args }),`. Trailing arguments
/// that may be null may be left out.
fn wrapper(command: &Command, cfg: &Config) -> String {
    let types: Vec<String> = command.args.iter().map(|a| (a.ts)(cfg)).collect();
    let optional_from = types
        .iter()
        .rposition(|t| !t.ends_with("| null"))
        .map_or(0, |last_required| last_required + 1);
    let params: Vec<String> = command
        .args
        .iter()
        .zip(&types)
        .enumerate()
        .map(|(i, (arg, ty))| {
            let default = if i >= optional_from { " = null" } else { "" };
            format!("{}: {ty}{default}", camel(arg.name))
        })
        .collect();
    let keys: Vec<String> = command.args.iter().map(|a| camel(a.name)).collect();
    let args = if keys.is_empty() {
        String::new()
    } else {
        format!(", {{ {} }}", keys.join(", "))
    };
    format!(
        "  {}: ({}) => call<{}>(\"{}\"{args}),\n",
        camel(command.name),
        params.join(", "),
        (command.returns)(cfg),
        command.name
    )
}

/// Tauri's name for an argument, and the wrapper's for a command.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn jsdoc(docs: &[&str], indent: &str) -> String {
    let lines: Vec<&str> = docs.iter().map(|d| d.trim()).collect();
    match lines.as_slice() {
        [] => String::new(),
        [line] => format!("{indent}/** {line} */\n"),
        _ => {
            let mut out = format!("{indent}/**\n");
            for line in lines {
                out.push_str(&format!("{indent} * {line}\n"));
            }
            out.push_str(&format!("{indent} */\n"));
            out
        }
    }
}

#[test]
fn bindings_are_up_to_date() {
    let (contract, cfg) = (crate::contract::described(), config());
    let mut stale = Vec::new();
    for (path, fresh) in [
        (BINDINGS, bindings(&contract, &cfg)),
        (API, api(&contract, &cfg)),
    ] {
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(path, &fresh).unwrap_or_else(|e| panic!("write {path}: {e}"));
        } else if std::fs::read_to_string(path).unwrap_or_default() != fresh {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} stale: run `UPDATE_BINDINGS=1 cargo test --release -p peerlog-desktop bindings`"
    );
}

#[test]
fn every_id_and_instant_is_a_named_string() {
    let fresh = bindings(&crate::contract::described(), &config());
    assert!(fresh.contains("export type ParticipantId = string;"));
    assert!(fresh.contains("export type Timestamp = string;"));
    // No 64-bit integer became a bigint the JSON can't carry.
    assert!(!fresh.contains("bigint"));
}

#[test]
fn wrappers_send_camel_case_keys_and_may_leave_out_trailing_nulls() {
    let api = api(&crate::contract::described(), &config());
    assert!(api.contains(
        "  participantTimeline: (id: ParticipantId, limit: number | null = null) => \
         call<Array<TimelineItem>>(\"participant_timeline\", { id, limit }),\n"
    ));
    assert!(api.contains(
        "  changePassphrase: (current: string, newPassphrase: string) => \
         call<null>(\"change_passphrase\", { current, newPassphrase }),\n"
    ));
}
