// Generated from src-tauri/src/contract.rs by src-tauri/src/tests/bindings.rs.
// Do not edit: run `UPDATE_BINDINGS=1 cargo test --release -p peerlog-desktop bindings`.

import type { AddendumInput, Agreement, AgreementId, AgreementInput, AttendanceMark, BackupFile, BackupSecret, BackupStatus, BackupWritten, BillingLog, BoundaryId, BoundaryInput, BoundaryNote, Candidate, CaseloadRow, CertificateInfo, CheckIn, CheckInId, CheckInInput, Consent, ConsentId, ConsentInput, Contact, ContactId, ContactInput, Cosigner, Credential, CredentialId, CredentialInput, CredentialPreset, Decision, DecisionLine, DisclosureRecord, DocumentInfo, Draft, DueFollowUp, Expiring, ExportFormat, ExportPreview, ExportRequest, FollowUp, FollowUpDraft, FollowUpId, FollowUpInput, FollowUpStatus, Group, GroupId, GroupInput, GroupNotesInput, GroupSessionNotes, Incident, IncidentId, IncidentInput, JsonValue, Language, LeftOut, LookAlike, Meeting, MeetingId, MeetingInput, NewMember, NewMemberSelf, NewVault, NoteFormat, Offered, Participant, ParticipantId, ParticipantInput, Partner, PartnerId, PartnerInput, PassphraseStrength, Payer, PayerProfile, PeerWeeks, PlanChange, PlanInput, PlanVersion, Preset, Progress, QueuedReview, Referral, ReferralId, ReferralInput, ReferralOutcome, RenewalFormat, ReportFormat, RestoreReport, RestrictionDecision, RestrictionId, RestrictionInput, RestrictionRequest, ReviewDue, ReviewOfNote, Roster, SearchHit, SelfCheck, SelfCheckId, SelfCheckInput, SentMessage, Session, SessionId, SessionInput, SessionWith, Settings, Signer, SignoffInput, SupervisionId, SupervisionSession, TeamKey, TeamStatus, TimelineItem, Training, TrainingId, TrainingInput, Upcoming, VaultStatus, Vocabulary, WellnessTrend } from "./bindings";
import { call } from "./ipc";

export const api = {
  // vault
  vaultStatus: () => call<VaultStatus>("vault_status"),
  passphraseStrength: (passphrase: string) => call<PassphraseStrength>("passphrase_strength", { passphrase }),
  /** Creates the vault and unlocks it; the recovery key is shown once. */
  createVault: (passphrase: string) => call<NewVault>("create_vault", { passphrase }),
  /** Opens the save dialog; false when the peer cancelled. */
  saveRecoveryKey: () => call<boolean>("save_recovery_key"),
  /** The peer has put the recovery key away: the shell forgets it. */
  finishSetup: () => call<null>("finish_setup"),
  unlock: (passphrase: string) => call<VaultStatus>("unlock", { passphrase }),
  unlockWithKeyring: () => call<VaultStatus>("unlock_with_keyring"),
  /** Opens with the recovery key and sets a new passphrase at once. */
  recover: (recoveryKey: string, newPassphrase: string) => call<VaultStatus>("recover", { recoveryKey, newPassphrase }),
  lock: () => call<null>("lock"),
  changePassphrase: (current: string, newPassphrase: string) => call<null>("change_passphrase", { current, newPassphrase }),
  setKeyring: (enabled: boolean) => call<VaultStatus>("set_keyring", { enabled }),

  // settings
  getSettings: () => call<Settings>("get_settings"),
  setAutoLockMinutes: (minutes: number) => call<Settings>("set_auto_lock_minutes", { minutes }),
  /** Who signs the peer's notes: a name and, where there is one, a credential. */
  setSigner: (signer: Signer) => call<Settings>("set_signer", { signer }),
  /** After this many days an unsigned note shows as overdue on the caseload. */
  setUnsignedNoteDays: (days: number) => call<Settings>("set_unsigned_note_days", { days }),
  /**
   * How new notes are structured (free text, GIRP, DAP); notes
   * already written keep their own.
   */
  setNoteFormat: (format: NoteFormat) => call<Settings>("set_note_format", { format }),
  /** The peer is active: pushes the auto-lock back. */
  touch: () => call<null>("touch"),
  vocabulary: (language: Language) => call<Vocabulary>("vocabulary", { language }),
  /** The peer's chosen language, else the system's. */
  language: () => call<Language>("language"),
  /** Keeps the peer's choice; errors are worded in it from now on. */
  setLanguage: (language: Language) => call<null>("set_language", { language }),

  // participants
  caseload: () => call<Array<CaseloadRow>>("caseload"),
  getParticipant: (id: ParticipantId) => call<Participant>("get_participant", { id }),
  createParticipant: (input: ParticipantInput) => call<Participant>("create_participant", { input }),
  updateParticipant: (id: ParticipantId, input: ParticipantInput) => call<Participant>("update_participant", { id, input }),
  deleteParticipant: (id: ParticipantId) => call<null>("delete_participant", { id }),
  /** Newest first; at most `limit` entries when given. */
  participantTimeline: (id: ParticipantId, limit: number | null = null) => call<Array<TimelineItem>>("participant_timeline", { id, limit }),

  // contacts
  logContact: (input: ContactInput) => call<Contact>("log_contact", { input }),
  updateContact: (id: ContactId, input: ContactInput) => call<Contact>("update_contact", { id, input }),
  deleteContact: (id: ContactId) => call<null>("delete_contact", { id }),
  /** Signs the note as the signer set in Settings; it is locked from then on. */
  signNote: (id: ContactId) => call<Contact>("sign_note", { id }),
  /** A signed, dated correction beneath a signed note. */
  addAddendum: (input: AddendumInput) => call<Contact>("add_addendum", { input }),

  // drafts
  keepDraft: (form: string, payload: JsonValue) => call<Draft>("keep_draft", { form, payload }),
  drafts: () => call<Array<Draft>>("drafts"),
  discardDraft: (form: string) => call<null>("discard_draft", { form }),

  // groups
  listGroups: () => call<Array<Group>>("list_groups"),
  participantGroups: (participantId: ParticipantId) => call<Array<Group>>("participant_groups", { participantId }),
  createGroup: (input: GroupInput) => call<Group>("create_group", { input }),
  updateGroup: (id: GroupId, input: GroupInput) => call<Group>("update_group", { id, input }),
  addGroupMember: (groupId: GroupId, participantId: ParticipantId, joinedOn: string | null = null) => call<null>("add_group_member", { groupId, participantId, joinedOn }),
  removeGroupMember: (groupId: GroupId, participantId: ParticipantId) => call<null>("remove_group_member", { groupId, participantId }),
  addSession: (input: SessionInput) => call<Session>("add_session", { input }),
  deleteSession: (id: SessionId) => call<null>("delete_session", { id }),
  groupRoster: (groupId: GroupId, lastSessions: number) => call<Roster>("group_roster", { groupId, lastSessions }),
  recordAttendance: (sessionId: SessionId, marks: Array<AttendanceMark>) => call<null>("record_attendance", { sessionId, marks }),
  /** Who was there, their group notes, and any payer's size limit the group is over. */
  groupSessionNotes: (sessionId: SessionId) => call<GroupSessionNotes>("group_session_notes", { sessionId }),
  /** A note in each present member's record, as one write. */
  writeGroupNotes: (input: GroupNotesInput) => call<GroupSessionNotes>("write_group_notes", { input }),
  /** Signs the session's unsigned notes as the signer set in Settings. */
  signGroupNotes: (sessionId: SessionId) => call<GroupSessionNotes>("sign_group_notes", { sessionId }),

  // boundaries
  listBoundaries: (participantId: ParticipantId) => call<Array<BoundaryNote>>("list_boundaries", { participantId }),
  createBoundary: (input: BoundaryInput) => call<BoundaryNote>("create_boundary", { input }),
  updateBoundary: (id: BoundaryId, input: BoundaryInput) => call<BoundaryNote>("update_boundary", { id, input }),
  deleteBoundary: (id: BoundaryId) => call<null>("delete_boundary", { id }),

  // wellness
  recordCheckIn: (input: CheckInInput) => call<CheckIn>("record_check_in", { input }),
  wellnessTrend: (participantId: ParticipantId) => call<WellnessTrend>("wellness_trend", { participantId }),
  deleteCheckIn: (id: CheckInId) => call<null>("delete_check_in", { id }),

  // followups
  followUpsDue: (withinDays: number) => call<Array<DueFollowUp>>("follow_ups_due", { withinDays }),
  participantOpenFollowUps: (participantId: ParticipantId) => call<Array<FollowUp>>("participant_open_follow_ups", { participantId }),
  createFollowUp: (input: FollowUpInput) => call<FollowUp>("create_follow_up", { input }),
  setFollowUpStatus: (id: FollowUpId, status: FollowUpStatus) => call<FollowUp>("set_follow_up_status", { id, status }),

  // referrals
  participantReferrals: (participantId: ParticipantId) => call<Array<Referral>>("participant_referrals", { participantId }),
  createReferral: (input: ReferralInput) => call<Referral>("create_referral", { input }),
  setReferralOutcome: (id: ReferralId, outcome: ReferralOutcome, outcomeOn: string | null = null) => call<Referral>("set_referral_outcome", { id, outcome, outcomeOn }),

  // selfcheck
  recordSelfCheck: (input: SelfCheckInput) => call<SelfCheck>("record_self_check", { input }),
  recentSelfChecks: (limit: number) => call<Array<SelfCheck>>("recent_self_checks", { limit }),
  deleteSelfCheck: (id: SelfCheckId) => call<null>("delete_self_check", { id }),

  // credentials
  /** Each credential with its period, standing and hours by category. */
  credentialProgress: () => call<Array<Progress>>("credential_progress"),
  /** Boards' published rules, to start a credential from. */
  credentialPresets: () => call<Array<CredentialPreset>>("credential_presets"),
  addCredential: (input: CredentialInput) => call<Credential>("add_credential", { input }),
  /** Moves the expiry on (one period when none is given): a new period begins. */
  renewCredential: (id: CredentialId, expiresOn: string | null = null) => call<Credential>("renew_credential", { id, expiresOn }),
  listTrainings: () => call<Array<Training>>("list_trainings"),
  addTraining: (input: TrainingInput) => call<Training>("add_training", { input }),
  deleteTraining: (id: TrainingId) => call<null>("delete_training", { id }),
  /** Opens the open dialog and keeps the file inside the store; null when cancelled. */
  attachCertificate: (trainingId: TrainingId) => call<CertificateInfo | null>("attach_certificate", { trainingId }),
  /** Opens the save dialog and writes the certificate out, on purpose; false when cancelled. */
  saveCertificate: (trainingId: TrainingId) => call<boolean>("save_certificate", { trainingId }),
  /** Opens the save dialog and writes the current period's packet; null when cancelled. */
  saveRenewalPacket: (credentialId: CredentialId, format: RenewalFormat) => call<Progress | null>("save_renewal_packet", { credentialId, format }),

  // consents
  /** Every consent, or one participant's. */
  listConsents: (participantId: ParticipantId | null = null) => call<Array<Consent>>("list_consents", { participantId }),
  createConsent: (input: ConsentInput) => call<Consent>("create_consent", { input }),
  revokeConsent: (id: ConsentId, revokedOn: string | null = null) => call<Consent>("revoke_consent", { id, revokedOn }),

  // export
  exportRecipients: () => call<Array<string>>("export_recipients"),
  exportCandidates: (recipient: string) => call<Array<Candidate>>("export_candidates", { recipient }),
  exportNotOffered: (recipient: string) => call<Array<LeftOut>>("export_not_offered", { recipient }),
  exportPreview: (request: ExportRequest) => call<ExportPreview>("export_preview", { request }),
  /** Opens the save dialog; null when the peer cancelled. */
  exportSave: (request: ExportRequest, format: ExportFormat, digest: string, packetPassphrase: string | null = null) => call<DisclosureRecord | null>("export_save", { request, format, digest, packetPassphrase }),
  listDisclosures: (since: string | null = null) => call<Array<DisclosureRecord>>("list_disclosures", { since }),
  participantDisclosures: (participantId: ParticipantId) => call<Array<DisclosureRecord>>("participant_disclosures", { participantId }),

  // backup
  backupStatus: () => call<BackupStatus>("backup_status"),
  setAsideBackupReminder: () => call<BackupStatus>("set_aside_backup_reminder"),
  /** Opens the save dialog; null when the peer cancelled. */
  backupNow: () => call<BackupWritten | null>("backup_now"),
  /** Opens the open dialog and describes the file; null when cancelled. */
  chooseBackup: () => call<BackupFile | null>("choose_backup"),
  /** Restores the chosen file; closes the session first. */
  restoreBackup: (secret: BackupSecret, force: boolean) => call<RestoreReport>("restore_backup", { secret, force }),

  // search
  search: (query: string) => call<Array<SearchHit>>("search", { query }),

  // plans
  /** Every version of the participant's plan, newest first (the first is current). */
  planHistory: (participantId: ParticipantId) => call<Array<PlanVersion>>("plan_history", { participantId }),
  createPlan: (input: PlanInput) => call<PlanVersion>("create_plan", { input }),
  /** Rewrites the current version while no one has signed it. */
  editPlan: (input: PlanInput) => call<PlanVersion>("edit_plan", { input }),
  /** A goal's status, a new goal or the next review: a new version. */
  revisePlan: (participantId: ParticipantId, change: PlanChange) => call<PlanVersion>("revise_plan", { participantId, change }),
  /** Signs the current version; the peer signs as set in Settings. */
  signPlan: (participantId: ParticipantId, input: SignoffInput) => call<PlanVersion>("sign_plan", { participantId, input }),
  /** A supervisor's signature on a version the others signed already. */
  countersignPlan: (participantId: ParticipantId, version: number, cosigner: Cosigner) => call<PlanVersion>("countersign_plan", { participantId, version, cosigner }),
  plansReviewDue: (on: string) => call<Array<ReviewDue>>("plans_review_due", { on }),
  /** Opens the save dialog and prints the plan in the participant's language; false when cancelled. */
  printPlan: (participantId: ParticipantId) => call<boolean>("print_plan", { participantId }),

  // billing
  listPayers: () => call<Array<Payer>>("list_payers"),
  /** Payers whose published rules differ, to start a payer from. */
  payerPresets: () => call<Array<Preset>>("payer_presets"),
  addPayer: (rules: PayerProfile) => call<Payer>("add_payer", { rules }),
  participantPayer: (participantId: ParticipantId) => call<Payer | null>("participant_payer", { participantId }),
  /** Units for the participant follow this payer (none: the standard rule). */
  assignPayer: (participantId: ParticipantId, payer: string | null = null) => call<null>("assign_payer", { participantId, payer }),
  /** The lines and checks for the period, nothing written. */
  billingPreview: (from: string, to: string, payer: string | null = null) => call<BillingLog>("billing_preview", { from, to, payer }),
  /** Opens the save dialog; null when the peer cancelled. */
  billingSave: (from: string, to: string, payer: string | null, format: ReportFormat) => call<BillingLog | null>("billing_save", { from, to, payer, format }),

  // team
  /** This store's key and fingerprint, made on first ask. */
  teamKey: () => call<TeamKey>("team_key"),
  /** Null when this store is in no team. */
  teamStatus: () => call<TeamStatus | null>("team_status"),
  /**
   * Opens the folder dialog; the folder is held for starting or
   * joining a team. Null when the peer cancelled.
   */
  chooseTeamFolder: () => call<string | null>("choose_team_folder"),
  /** Starts a team in the chosen folder with this store as its admin. */
  startTeam: (name: string, me: NewMemberSelf) => call<TeamStatus | null>("start_team", { name, me }),
  /** Joins the team through the chosen folder; its admin's roster names this store. */
  joinTeam: (adminKey: string) => call<TeamStatus | null>("join_team", { adminKey }),
  addTeamMember: (member: NewMember) => call<TeamStatus | null>("add_team_member", { member }),
  removeTeamMember: (key: string) => call<TeamStatus | null>("remove_team_member", { key }),
  /** The share of signed notes a peer's sample submits for review. */
  setReviewSample: (percent: number) => call<TeamStatus | null>("set_review_sample", { percent }),
  /**
   * Sends what waits and reads what arrived; not counted as the
   * peer's activity. Null when this store is in no team.
   */
  syncTeam: () => call<TeamStatus | null>("sync_team"),
  /** What this store sent, newest first, exactly as it left. */
  teamSent: () => call<Array<SentMessage>>("team_sent"),
  /** A supervisor's view: each peer's weekly counts. */
  peerWeeks: () => call<Array<PeerWeeks>>("peer_weeks"),

  // review
  /** Sends signed notes to the team's supervisors; how many went. */
  submitForReview: (notes: Array<ContactId>) => call<number>("submit_for_review", { notes }),
  /** Where each of a participant's submitted notes stands. */
  noteReviews: (participantId: ParticipantId) => call<Array<ReviewOfNote>>("note_reviews", { participantId }),
  /** A supervisor's queue: notes waiting first. */
  reviewQueue: () => call<Array<QueuedReview>>("review_queue"),
  /** Approves (a co-signature) or asks for changes, with a comment saying which. */
  decideReview: (noteId: ContactId, decision: Decision, comment: string | null = null) => call<null>("decide_review", { noteId, decision, comment }),

  // supervision
  supervisionSessions: () => call<Array<SupervisionSession>>("supervision_sessions"),
  /** A supervisor records a session with a peer of the team; it is sent to them. */
  recordSupervision: (input: SessionWith) => call<SupervisionSession>("record_supervision", { input }),
  /** The peer acknowledges a session; the acknowledgement goes back. */
  acknowledgeSupervision: (id: SupervisionId) => call<SupervisionSession>("acknowledge_supervision", { id }),
  /** This side's private note on a session; it never leaves the store. */
  setSupervisionNote: (id: SupervisionId, text: string) => call<SupervisionSession>("set_supervision_note", { id, text }),

  // partners
  /** Every partner, by name. */
  listPartners: () => call<Array<Partner>>("list_partners"),
  addPartner: (input: PartnerInput) => call<Partner>("add_partner", { input }),
  editPartner: (id: PartnerId, input: PartnerInput) => call<Partner>("edit_partner", { id, input }),
  /** Partners whose names look like another's, for the peer to resolve once. */
  partnersToReview: () => call<Array<LookAlike>>("partners_to_review"),
  /** One organisation typed two ways: `from`'s consents, agreements and meetings move to `into`. */
  mergePartners: (from: PartnerId, into: PartnerId) => call<Partner>("merge_partners", { from, into }),
  /** Different organisations after all: none of the group stays flagged. */
  keepPartnersApart: (id: PartnerId) => call<Array<Partner>>("keep_partners_apart", { id }),
  /** Every agreement, or one partner's, the latest to end first. */
  listAgreements: (partnerId: PartnerId | null = null) => call<Array<Agreement>>("list_agreements", { partnerId }),
  addAgreement: (input: AgreementInput) => call<Agreement>("add_agreement", { input }),
  /** Agreements in force ending within 30 days with no successor, soonest first. */
  agreementsExpiring: () => call<Array<Expiring>>("agreements_expiring"),
  /** Opens the open dialog and keeps the signed document inside the store; null when cancelled. */
  attachAgreementDocument: (agreementId: AgreementId) => call<DocumentInfo | null>("attach_agreement_document", { agreementId }),
  /** Opens the save dialog and writes a copy of the signed document; false when cancelled. */
  saveAgreementDocument: (agreementId: AgreementId) => call<boolean>("save_agreement_document", { agreementId }),

  // meetings
  listMeetings: () => call<Array<Meeting>>("list_meetings"),
  addMeeting: (input: MeetingInput) => call<Meeting>("add_meeting", { input }),
  /** Every meeting with its next date, soonest first. */
  upcomingMeetings: () => call<Array<Upcoming>>("upcoming_meetings"),
  /** Who may be put on the meeting's docket today: consent and agreement in force. */
  docketOffered: (meetingId: MeetingId) => call<Array<Offered>>("docket_offered", { meetingId }),
  docketOf: (meetingId: MeetingId, heldOn: string) => call<Array<ParticipantId>>("docket_of", { meetingId, heldOn }),
  /** Puts exactly these participants on the day's docket. */
  setDocket: (meetingId: MeetingId, heldOn: string, participants: Array<ParticipantId>) => call<Array<ParticipantId>>("set_docket", { meetingId, heldOn, participants }),
  meetingDecisions: (meetingId: MeetingId, heldOn: string) => call<Array<DecisionLine>>("meeting_decisions", { meetingId, heldOn }),
  /** Records a decision; a follow-up, when given, opens in the participant's record. */
  recordDecision: (meetingId: MeetingId, heldOn: string, participantId: ParticipantId, text: string, followUp: FollowUpDraft | null = null) => call<Array<DecisionLine>>("record_decision", { meetingId, heldOn, participantId, text, followUp }),
  /** Exactly what the meeting's export would hold: its docket, since the meeting before. */
  meetingExportPreview: (meetingId: MeetingId, heldOn: string, language: Language) => call<ExportPreview>("meeting_export_preview", { meetingId, heldOn, language }),
  /** Opens the save dialog; the disclosure names the meeting. Null when cancelled. */
  meetingExportSave: (meetingId: MeetingId, heldOn: string, language: Language, format: ExportFormat, digest: string) => call<DisclosureRecord | null>("meeting_export_save", { meetingId, heldOn, language, format, digest }),

  // privacy
  /** Everyone's restriction requests, or one participant's, newest first. */
  listRestrictions: (participantId: ParticipantId | null = null) => call<Array<RestrictionRequest>>("list_restrictions", { participantId }),
  addRestriction: (input: RestrictionInput) => call<RestrictionRequest>("add_restriction", { input }),
  /** Accepted or refused, once; an accepted one is honoured by every export from that day. */
  decideRestriction: (id: RestrictionId, decision: RestrictionDecision, decidedOn: string | null, decidedBy: string) => call<RestrictionRequest>("decide_restriction", { id, decision, decidedOn, decidedBy }),
  listIncidents: () => call<Array<Incident>>("list_incidents"),
  addIncident: (input: IncidentInput) => call<Incident>("add_incident", { input }),
  /** Who was told and when, where it stands: the whole line again, checked as a new one. */
  updateIncident: (id: IncidentId, input: IncidentInput) => call<Incident>("update_incident", { id, input }),
  /** Opens the save dialog and writes the restriction register (PDF in the app's language, or CSV); false when cancelled. */
  saveRestrictionRegister: (format: ReportFormat) => call<boolean>("save_restriction_register", { format }),
  /** Opens the save dialog and writes the incident log (PDF in the app's language, or CSV); false when cancelled. */
  saveIncidentLog: (format: ReportFormat) => call<boolean>("save_incident_log", { format }),
};
