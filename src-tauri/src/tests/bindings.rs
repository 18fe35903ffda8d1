//! The UI's TypeScript types, generated from the Rust types with ts-rs into
//! `ui/src/lib/bindings.ts`. This test fails when the committed file is
//! stale; `UPDATE_BINDINGS=1 cargo test -p peerlog-desktop bindings`
//! rewrites it.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};
use ts_rs::{Config, TypeVisitor, TS};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings.ts");

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

fn generate() -> String {
    use crate::commands::backup::{BackupFile, BackupSecret, RestoreReport};
    use crate::commands::vault::{NewVault, VaultStatus};
    use crate::error::ApiError;
    use crate::idle::{LockReason, LockSoon};
    use peerlog_core::backup::{BackupStatus, BackupWritten};
    use peerlog_core::domain::boundary::{BoundaryInput, BoundaryNote};
    use peerlog_core::domain::consent::{Consent, ConsentInput};
    use peerlog_core::domain::contact::{Contact, ContactInput};
    use peerlog_core::domain::draft::Draft;
    use peerlog_core::domain::followup::{FollowUp, FollowUpInput, FollowUpStatus};
    use peerlog_core::domain::group::{
        AttendanceMark, Group, GroupInput, Roster, Session, SessionInput,
    };
    use peerlog_core::domain::participant::{Participant, ParticipantInput};
    use peerlog_core::domain::referral::{Referral, ReferralInput, ReferralOutcome};
    use peerlog_core::domain::selfcheck::{SelfCheck, SelfCheckInput};
    use peerlog_core::domain::wellness::{CheckIn, CheckInInput};
    use peerlog_core::domain::Vocabulary;
    use peerlog_core::export::disclosures::DisclosureRecord;
    use peerlog_core::export::not_offered::LeftOut;
    use peerlog_core::export::{Candidate, ExportFormat, ExportPreview, ExportRequest};
    use peerlog_core::ids::*;
    use peerlog_core::secret::PassphraseStrength;
    use peerlog_core::settings::Settings;
    use peerlog_core::views::caseload::CaseloadRow;
    use peerlog_core::views::followups::DueFollowUp;
    use peerlog_core::views::search::SearchHit;
    use peerlog_core::views::timeline::TimelineItem;
    use peerlog_core::views::trend::WellnessTrend;

    // serde_json writes 64-bit integers as plain numbers.
    let cfg = Config::new().with_large_int("number");
    let mut collect = Collect {
        cfg: &cfg,
        seen: HashSet::new(),
        decls: BTreeMap::new(),
    };
    macro_rules! roots {
        ($($t:ty),* $(,)?) => { $( collect.visit::<$t>(); )* };
    }
    roots!(
        ApiError,
        VaultStatus,
        NewVault,
        PassphraseStrength,
        LockReason,
        LockSoon,
        Draft,
        LeftOut,
        Settings,
        Vocabulary,
        CaseloadRow,
        Participant,
        ParticipantInput,
        TimelineItem,
        Contact,
        ContactInput,
        Group,
        GroupInput,
        Roster,
        Session,
        SessionInput,
        AttendanceMark,
        BoundaryNote,
        BoundaryInput,
        CheckIn,
        CheckInInput,
        WellnessTrend,
        DueFollowUp,
        FollowUp,
        FollowUpInput,
        FollowUpStatus,
        Referral,
        ReferralInput,
        ReferralOutcome,
        SelfCheck,
        SelfCheckInput,
        SearchHit,
        Consent,
        ConsentInput,
        Candidate,
        ExportRequest,
        ExportPreview,
        ExportFormat,
        DisclosureRecord,
        BackupStatus,
        BackupWritten,
        BackupFile,
        BackupSecret,
        RestoreReport,
        ParticipantId,
        ContactId,
        GroupId,
        SessionId,
        BoundaryId,
        CheckInId,
        FollowUpId,
        ReferralId,
        SelfCheckId,
        ConsentId,
        DisclosureId,
    );

    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/tests/bindings.rs (ts-rs).\n\
         // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p peerlog-desktop bindings`.\n\n",
    );
    for decl in collect.decls.values() {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push('\n');
    }
    out.push_str("\n/** Every command the shell offers (src-tauri/src/command_names.rs). */\n");
    out.push_str("export const COMMANDS = [\n");
    for name in crate::command_names::COMMANDS {
        out.push_str(&format!("  \"{name}\",\n"));
    }
    out.push_str("] as const;\n\nexport type CommandName = (typeof COMMANDS)[number];\n");
    out.push_str(&format!(
        "\n/** The event the shell sends when it locked itself while idle. */\nexport const LOCKED_EVENT = \"{}\";\n",
        crate::idle::LOCKED_EVENT
    ));
    out.push_str(&format!(
        "\n/** The event the shell sends a minute before it locks itself. */\nexport const LOCK_SOON_EVENT = \"{}\";\n",
        crate::idle::LOCK_SOON_EVENT
    ));
    out
}

#[test]
fn bindings_are_up_to_date() {
    let fresh = generate();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(PATH, &fresh).expect("write ui/src/lib/bindings.ts");
        return;
    }
    let committed = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test -p peerlog-desktop bindings`"
    );
}

#[test]
fn every_id_and_instant_is_a_named_string() {
    let fresh = generate();
    assert!(fresh.contains("export type ParticipantId = string;"));
    assert!(fresh.contains("export type Timestamp = string;"));
    // No 64-bit integer became a bigint the JSON can't carry.
    assert!(!fresh.contains("bigint"));
}
