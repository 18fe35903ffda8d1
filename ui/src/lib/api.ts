// Typed wrappers over the shell's commands. Every type here is generated
// from Rust (bindings.ts); only the wrappers are written by hand. Command
// names are checked against the generated COMMANDS list.
import { invoke } from "@tauri-apps/api/core";
import type * as B from "./bindings";
import { toApiError } from "./errors";

let onLocked: (() => void) | null = null;

/** Called whenever a command answers `locked` (the shell locked itself). */
export function whenLocked(handler: () => void) {
  onLocked = handler;
}

async function call<T>(cmd: B.CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    const err = toApiError(e);
    if (err.code === "locked") onLocked?.();
    throw err;
  }
}

export const api = {
  // vault
  vaultStatus: () => call<B.VaultStatus>("vault_status"),
  passphraseStrength: (passphrase: string) =>
    call<B.PassphraseStrength>("passphrase_strength", { passphrase }),
  createVault: (passphrase: string) => call<B.NewVault>("create_vault", { passphrase }),
  saveRecoveryKey: () => call<boolean>("save_recovery_key"),
  finishSetup: () => call<null>("finish_setup"),
  unlock: (passphrase: string) => call<B.VaultStatus>("unlock", { passphrase }),
  unlockWithKeyring: () => call<B.VaultStatus>("unlock_with_keyring"),
  recover: (recoveryKey: string, newPassphrase: string) =>
    call<B.VaultStatus>("recover", { recoveryKey, newPassphrase }),
  lock: () => call<null>("lock"),
  changePassphrase: (current: string, next: string) =>
    call<null>("change_passphrase", { current, new: next }),
  setKeyring: (enabled: boolean) => call<B.VaultStatus>("set_keyring", { enabled }),

  // settings
  getSettings: () => call<B.Settings>("get_settings"),
  setAutoLockMinutes: (minutes: number) => call<B.Settings>("set_auto_lock_minutes", { minutes }),
  touch: () => call<null>("touch"),
  vocabulary: () => call<B.Vocabulary>("vocabulary"),

  // participants
  caseload: () => call<B.CaseloadRow[]>("caseload"),
  getParticipant: (id: B.ParticipantId) => call<B.Participant>("get_participant", { id }),
  createParticipant: (input: B.ParticipantInput) =>
    call<B.Participant>("create_participant", { input }),
  updateParticipant: (id: B.ParticipantId, input: B.ParticipantInput) =>
    call<B.Participant>("update_participant", { id, input }),
  deleteParticipant: (id: B.ParticipantId) => call<null>("delete_participant", { id }),
  timeline: (id: B.ParticipantId, limit: number | null = null) =>
    call<B.TimelineItem[]>("participant_timeline", { id, limit }),

  // contacts
  logContact: (input: B.ContactInput) => call<B.Contact>("log_contact", { input }),
  updateContact: (id: B.ContactId, input: B.ContactInput) =>
    call<B.Contact>("update_contact", { id, input }),
  deleteContact: (id: B.ContactId) => call<null>("delete_contact", { id }),
  keepDraft: (form: string, payload: Record<string, unknown>) => call<B.Draft>("keep_draft", { form, payload }),
  drafts: () => call<B.Draft[]>("drafts"),
  discardDraft: (form: string) => call<null>("discard_draft", { form }),

  // groups
  listGroups: () => call<B.Group[]>("list_groups"),
  participantGroups: (participantId: B.ParticipantId) =>
    call<B.Group[]>("participant_groups", { participantId }),
  createGroup: (input: B.GroupInput) => call<B.Group>("create_group", { input }),
  updateGroup: (id: B.GroupId, input: B.GroupInput) => call<B.Group>("update_group", { id, input }),
  addGroupMember: (groupId: B.GroupId, participantId: B.ParticipantId, joinedOn: string | null = null) =>
    call<null>("add_group_member", { groupId, participantId, joinedOn }),
  removeGroupMember: (groupId: B.GroupId, participantId: B.ParticipantId) =>
    call<null>("remove_group_member", { groupId, participantId }),
  addSession: (input: B.SessionInput) => call<B.Session>("add_session", { input }),
  deleteSession: (id: B.SessionId) => call<null>("delete_session", { id }),
  roster: (groupId: B.GroupId, lastSessions: number) =>
    call<B.Roster>("group_roster", { groupId, lastSessions }),
  recordAttendance: (sessionId: B.SessionId, marks: B.AttendanceMark[]) =>
    call<null>("record_attendance", { sessionId, marks }),

  // boundaries (private to the peer)
  listBoundaries: (participantId: B.ParticipantId) =>
    call<B.BoundaryNote[]>("list_boundaries", { participantId }),
  createBoundary: (input: B.BoundaryInput) => call<B.BoundaryNote>("create_boundary", { input }),
  updateBoundary: (id: B.BoundaryId, input: B.BoundaryInput) =>
    call<B.BoundaryNote>("update_boundary", { id, input }),
  deleteBoundary: (id: B.BoundaryId) => call<null>("delete_boundary", { id }),

  // wellness
  recordCheckIn: (input: B.CheckInInput) => call<B.CheckIn>("record_check_in", { input }),
  wellnessTrend: (participantId: B.ParticipantId) =>
    call<B.WellnessTrend>("wellness_trend", { participantId }),
  deleteCheckIn: (id: B.CheckInId) => call<null>("delete_check_in", { id }),

  // follow-ups and referrals
  followUpsDue: (withinDays: number) => call<B.DueFollowUp[]>("follow_ups_due", { withinDays }),
  openFollowUps: (participantId: B.ParticipantId) =>
    call<B.FollowUp[]>("participant_open_follow_ups", { participantId }),
  createFollowUp: (input: B.FollowUpInput) => call<B.FollowUp>("create_follow_up", { input }),
  setFollowUpStatus: (id: B.FollowUpId, status: B.FollowUpStatus) =>
    call<B.FollowUp>("set_follow_up_status", { id, status }),
  participantReferrals: (participantId: B.ParticipantId) =>
    call<B.Referral[]>("participant_referrals", { participantId }),
  createReferral: (input: B.ReferralInput) => call<B.Referral>("create_referral", { input }),
  setReferralOutcome: (id: B.ReferralId, outcome: B.ReferralOutcome, outcomeOn: string | null = null) =>
    call<B.Referral>("set_referral_outcome", { id, outcome, outcomeOn }),

  // the peer's own self-check
  recordSelfCheck: (input: B.SelfCheckInput) => call<B.SelfCheck>("record_self_check", { input }),
  recentSelfChecks: (limit: number) => call<B.SelfCheck[]>("recent_self_checks", { limit }),
  deleteSelfCheck: (id: B.SelfCheckId) => call<null>("delete_self_check", { id }),

  // consents and case-conference exports
  listConsents: (participantId: B.ParticipantId | null) =>
    call<B.Consent[]>("list_consents", { participantId }),
  createConsent: (input: B.ConsentInput) => call<B.Consent>("create_consent", { input }),
  revokeConsent: (id: B.ConsentId, revokedOn: string | null = null) =>
    call<B.Consent>("revoke_consent", { id, revokedOn }),
  exportRecipients: () => call<string[]>("export_recipients"),
  exportCandidates: (recipient: string) => call<B.Candidate[]>("export_candidates", { recipient }),
  exportNotOffered: (recipient: string) => call<B.LeftOut[]>("export_not_offered", { recipient }),
  exportPreview: (request: B.ExportRequest) => call<B.ExportPreview>("export_preview", { request }),
  /** Opens the save dialog; null when the peer cancelled. */
  exportSave: (request: B.ExportRequest, format: B.ExportFormat, digest: string, packetPassphrase: string | null) =>
    call<B.DisclosureRecord | null>("export_save", { request, format, digest, packetPassphrase }),
  listDisclosures: (since: string | null = null) => call<B.DisclosureRecord[]>("list_disclosures", { since }),
  participantDisclosures: (participantId: B.ParticipantId) =>
    call<B.DisclosureRecord[]>("participant_disclosures", { participantId }),

  // backups and restores
  backupStatus: () => call<B.BackupStatus>("backup_status"),
  setAsideBackupReminder: () => call<B.BackupStatus>("set_aside_backup_reminder"),
  /** Opens the save dialog; null when the peer cancelled. */
  backupNow: () => call<B.BackupWritten | null>("backup_now"),
  /** Opens the open dialog and describes the file; null when cancelled. */
  chooseBackup: () => call<B.BackupFile | null>("choose_backup"),
  /** Restores the chosen file; closes the session first. */
  restoreBackup: (secret: B.BackupSecret, force: boolean) =>
    call<B.RestoreReport>("restore_backup", { secret, force }),

  // search
  search: (query: string) => call<B.SearchHit[]>("search", { query }),
};
