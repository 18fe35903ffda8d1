// Every command the shell offers. `build.rs` turns each into an `allow-…`
// permission (so none is reachable without one), the capability in
// `capabilities/main.json` grants them to the main window, and the bindings
// test writes the list into the UI's generated types so a misspelt command
// name fails the UI's type check. Keep the list in the order of the modules.

/// The command names, as the UI invokes them.
pub const COMMANDS: &[&str] = &[
    // vault
    "vault_status",
    "passphrase_strength",
    "create_vault",
    "save_recovery_key",
    "finish_setup",
    "unlock",
    "unlock_with_keyring",
    "recover",
    "lock",
    "change_passphrase",
    "set_keyring",
    // settings
    "get_settings",
    "set_auto_lock_minutes",
    "touch",
    "vocabulary",
    // participants
    "caseload",
    "get_participant",
    "create_participant",
    "update_participant",
    "delete_participant",
    "participant_timeline",
    // contacts
    "log_contact",
    "update_contact",
    "delete_contact",
    // drafts
    "keep_draft",
    "drafts",
    "discard_draft",
    // groups
    "list_groups",
    "participant_groups",
    "create_group",
    "update_group",
    "add_group_member",
    "remove_group_member",
    "add_session",
    "delete_session",
    "group_roster",
    "record_attendance",
    // boundaries
    "list_boundaries",
    "create_boundary",
    "update_boundary",
    "delete_boundary",
    // wellness
    "record_check_in",
    "wellness_trend",
    "delete_check_in",
    // follow-ups
    "follow_ups_due",
    "participant_open_follow_ups",
    "create_follow_up",
    "set_follow_up_status",
    // referrals
    "participant_referrals",
    "create_referral",
    "set_referral_outcome",
    // the peer's self-check
    "record_self_check",
    "recent_self_checks",
    "delete_self_check",
    // consents and exports
    "list_consents",
    "create_consent",
    "revoke_consent",
    "export_recipients",
    "export_candidates",
    "export_not_offered",
    "export_preview",
    "export_save",
    "list_disclosures",
    "participant_disclosures",
    // backups and restores
    "backup_status",
    "set_aside_backup_reminder",
    "backup_now",
    "choose_backup",
    "restore_backup",
    // search
    "search",
];
