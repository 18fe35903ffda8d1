// The shell's whole IPC surface, declared once: every command the UI may
// call (grouped by its module under `commands/`, with what Tauri injects in
// brackets), every event the shell sends, and the error codes the shell
// answers with itself (core's come from `peerlog_core::Error::code`).
//
// From this: a Tauri command per line, calling the function of that name in
// its module (the argument names are the ones the UI sends), the invoke
// handler, the `allow-…` permissions and the
// `ui-commands` set the capability grants (`build.rs`), the TypeScript
// wrappers in `ui/src/lib/api.ts` and the types, events and error codes in
// `ui/src/lib/bindings.ts` (`UPDATE_BINDINGS=1 cargo test --release -p
// peerlog-desktop bindings`). Doc comments here become the wrappers' JSDoc.
//
// Plain comments only: `build.rs` includes this file as it is.

ipc_contract! {
    imports {
        use crate::commands::backup::{BackupFile, BackupSecret, RestoreReport};
        use crate::commands::team::TeamKey;
        use crate::commands::vault::{NewVault, VaultStatus};
        use crate::idle::{LockReason, LockSoon};
        use chrono::NaiveDate;
        use peerlog_core::backup::{BackupStatus, BackupWritten};
        use peerlog_core::billing::log::BillingLog;
        use peerlog_core::billing::presets::Preset;
        use peerlog_core::billing::{Payer, PayerProfile};
        use peerlog_core::credentials::certificate::CertificateInfo;
        use peerlog_core::credentials::presets::CredentialPreset;
        use peerlog_core::credentials::{Credential, CredentialInput, Progress, Training, TrainingInput};
        use peerlog_core::renewal::RenewalFormat;
        use peerlog_core::report::ReportFormat;
        use peerlog_core::domain::addendum::AddendumInput;
        use peerlog_core::domain::boundary::{BoundaryInput, BoundaryNote};
        use peerlog_core::domain::consent::{Consent, ConsentInput};
        use peerlog_core::domain::contact::{Contact, ContactInput};
        use peerlog_core::domain::draft::Draft;
        use peerlog_core::domain::note_format::NoteFormat;
        use peerlog_core::domain::followup::{FollowUp, FollowUpInput, FollowUpStatus};
        use peerlog_core::domain::group::{
            AttendanceMark, Group, GroupInput, Roster, Session, SessionInput,
        };
        use peerlog_core::domain::group_note::{GroupNotesInput, GroupSessionNotes};
        use peerlog_core::domain::participant::{Participant, ParticipantInput};
        use peerlog_core::domain::recovery_plan::{
            Cosigner, PlanChange, PlanInput, PlanVersion, ReviewDue, SignoffInput,
        };
        use peerlog_core::domain::referral::{Referral, ReferralInput, ReferralOutcome};
        use peerlog_core::domain::selfcheck::{SelfCheck, SelfCheckInput};
        use peerlog_core::domain::wellness::{CheckIn, CheckInInput};
        use peerlog_core::domain::Vocabulary;
        use peerlog_core::export::disclosures::DisclosureRecord;
        use peerlog_core::i18n::Language;
        use peerlog_core::export::not_offered::LeftOut;
        use peerlog_core::export::{Candidate, ExportFormat, ExportPreview, ExportRequest};
        use peerlog_core::ids::*;
        use peerlog_core::secret::PassphraseStrength;
        use peerlog_core::settings::{Settings, Signer};
        use peerlog_core::views::caseload::CaseloadRow;
        use peerlog_core::views::followups::DueFollowUp;
        use peerlog_core::views::search::SearchHit;
        use peerlog_core::views::timeline::TimelineItem;
        use peerlog_core::views::trend::WellnessTrend;
        use peerlog_core::supervision::Session as SupervisionSession;
        use peerlog_core::team::message::Decision;
        use peerlog_core::team::outbox::SentMessage;
        use peerlog_core::team::review::{QueuedReview, ReviewOfNote};
        use peerlog_core::team::roster::{NewMember, NewMemberSelf};
        use peerlog_core::team::summary::PeerWeeks;
        use peerlog_core::team::supervision::SessionWith;
        use peerlog_core::team::TeamStatus;
        use peerlog_core::domain::followup::FollowUpDraft;
        use peerlog_core::partners::agreement::{Agreement, AgreementInput, Expiring};
        use peerlog_core::partners::agreement_document::DocumentInfo;
        use peerlog_core::partners::docket::{DecisionLine, Offered};
        use peerlog_core::partners::incident::{Incident, IncidentInput};
        use peerlog_core::partners::meeting::{Meeting, MeetingInput, Upcoming};
        use peerlog_core::partners::partner::{Partner, PartnerInput};
        use peerlog_core::partners::restriction::{RestrictionDecision, RestrictionInput, RestrictionRequest};
        use peerlog_core::partners::review::LookAlike;
    }

    commands {
        vault {
            fn vault_status[state]() -> VaultStatus;
            fn passphrase_strength[state](passphrase: String) -> PassphraseStrength;
            /// Creates the vault and unlocks it; the recovery key is shown once.
            fn create_vault[state](passphrase: String) -> NewVault;
            /// Opens the save dialog; false when the peer cancelled.
            fn save_recovery_key[app, state]() -> bool;
            /// The peer has put the recovery key away: the shell forgets it.
            fn finish_setup[state]() -> ();
            fn unlock[state](passphrase: String) -> VaultStatus;
            fn unlock_with_keyring[state]() -> VaultStatus;
            /// Opens with the recovery key and sets a new passphrase at once.
            fn recover[state](recovery_key: String, new_passphrase: String) -> VaultStatus;
            fn lock[state]() -> ();
            fn change_passphrase[state](current: String, new_passphrase: String) -> ();
            fn set_keyring[state](enabled: bool) -> VaultStatus;
        }
        settings {
            fn get_settings[state]() -> Settings;
            fn set_auto_lock_minutes[state](minutes: u32) -> Settings;
            /// Who signs the peer's notes: a name and, where there is one, a credential.
            fn set_signer[state](signer: Signer) -> Settings;
            /// After this many days an unsigned note shows as overdue on the caseload.
            fn set_unsigned_note_days[state](days: u32) -> Settings;
            /// How new notes are structured (free text, GIRP, DAP); notes
            /// already written keep their own.
            fn set_note_format[state](format: NoteFormat) -> Settings;
            /// The peer is active: pushes the auto-lock back.
            fn touch[state]() -> ();
            fn vocabulary(language: Language) -> Vocabulary;
            /// The peer's chosen language, else the system's.
            fn language[state]() -> Language;
            /// Keeps the peer's choice; errors are worded in it from now on.
            fn set_language[state](language: Language) -> ();
        }
        participants {
            fn caseload[state]() -> Vec<CaseloadRow>;
            fn get_participant[state](id: ParticipantId) -> Participant;
            fn create_participant[state](input: ParticipantInput) -> Participant;
            fn update_participant[state](id: ParticipantId, input: ParticipantInput) -> Participant;
            fn delete_participant[state](id: ParticipantId) -> ();
            /// Newest first; at most `limit` entries when given.
            fn participant_timeline[state](id: ParticipantId, limit: Option<usize>) -> Vec<TimelineItem>;
        }
        contacts {
            fn log_contact[state](input: ContactInput) -> Contact;
            fn update_contact[state](id: ContactId, input: ContactInput) -> Contact;
            fn delete_contact[state](id: ContactId) -> ();
            /// Signs the note as the signer set in Settings; it is locked from then on.
            fn sign_note[state](id: ContactId) -> Contact;
            /// A signed, dated correction beneath a signed note.
            fn add_addendum[state](input: AddendumInput) -> Contact;
        }
        drafts {
            fn keep_draft[state](form: String, payload: serde_json::Value) -> Draft;
            fn drafts[state]() -> Vec<Draft>;
            fn discard_draft[state](form: String) -> ();
        }
        groups {
            fn list_groups[state]() -> Vec<Group>;
            fn participant_groups[state](participant_id: ParticipantId) -> Vec<Group>;
            fn create_group[state](input: GroupInput) -> Group;
            fn update_group[state](id: GroupId, input: GroupInput) -> Group;
            fn add_group_member[state](group_id: GroupId, participant_id: ParticipantId, joined_on: Option<NaiveDate>) -> ();
            fn remove_group_member[state](group_id: GroupId, participant_id: ParticipantId) -> ();
            fn add_session[state](input: SessionInput) -> Session;
            fn delete_session[state](id: SessionId) -> ();
            fn group_roster[state](group_id: GroupId, last_sessions: usize) -> Roster;
            fn record_attendance[state](session_id: SessionId, marks: Vec<AttendanceMark>) -> ();
            /// Who was there, their group notes, and any payer's size limit the group is over.
            fn group_session_notes[state](session_id: SessionId) -> GroupSessionNotes;
            /// A note in each present member's record, as one write.
            fn write_group_notes[state](input: GroupNotesInput) -> GroupSessionNotes;
            /// Signs the session's unsigned notes as the signer set in Settings.
            fn sign_group_notes[state](session_id: SessionId) -> GroupSessionNotes;
        }
        boundaries {
            fn list_boundaries[state](participant_id: ParticipantId) -> Vec<BoundaryNote>;
            fn create_boundary[state](input: BoundaryInput) -> BoundaryNote;
            fn update_boundary[state](id: BoundaryId, input: BoundaryInput) -> BoundaryNote;
            fn delete_boundary[state](id: BoundaryId) -> ();
        }
        wellness {
            fn record_check_in[state](input: CheckInInput) -> CheckIn;
            fn wellness_trend[state](participant_id: ParticipantId) -> WellnessTrend;
            fn delete_check_in[state](id: CheckInId) -> ();
        }
        followups {
            fn follow_ups_due[state](within_days: i64) -> Vec<DueFollowUp>;
            fn participant_open_follow_ups[state](participant_id: ParticipantId) -> Vec<FollowUp>;
            fn create_follow_up[state](input: FollowUpInput) -> FollowUp;
            fn set_follow_up_status[state](id: FollowUpId, status: FollowUpStatus) -> FollowUp;
        }
        referrals {
            fn participant_referrals[state](participant_id: ParticipantId) -> Vec<Referral>;
            fn create_referral[state](input: ReferralInput) -> Referral;
            fn set_referral_outcome[state](id: ReferralId, outcome: ReferralOutcome, outcome_on: Option<NaiveDate>) -> Referral;
        }
        selfcheck {
            fn record_self_check[state](input: SelfCheckInput) -> SelfCheck;
            fn recent_self_checks[state](limit: usize) -> Vec<SelfCheck>;
            fn delete_self_check[state](id: SelfCheckId) -> ();
        }
        credentials {
            /// Each credential with its period, standing and hours by category.
            fn credential_progress[state]() -> Vec<Progress>;
            /// Boards' published rules, to start a credential from.
            fn credential_presets() -> Vec<CredentialPreset>;
            fn add_credential[state](input: CredentialInput) -> Credential;
            /// Moves the expiry on (one period when none is given): a new period begins.
            fn renew_credential[state](id: CredentialId, expires_on: Option<NaiveDate>) -> Credential;
            fn list_trainings[state]() -> Vec<Training>;
            fn add_training[state](input: TrainingInput) -> Training;
            fn delete_training[state](id: TrainingId) -> ();
            /// Opens the open dialog and keeps the file inside the store; null when cancelled.
            fn attach_certificate[app, state](training_id: TrainingId) -> Option<CertificateInfo>;
            /// Opens the save dialog and writes the certificate out, on purpose; false when cancelled.
            fn save_certificate[app, state](training_id: TrainingId) -> bool;
            /// Opens the save dialog and writes the current period's packet; null when cancelled.
            fn save_renewal_packet[app, state](credential_id: CredentialId, format: RenewalFormat) -> Option<Progress>;
        }
        consents {
            /// Every consent, or one participant's.
            fn list_consents[state](participant_id: Option<ParticipantId>) -> Vec<Consent>;
            fn create_consent[state](input: ConsentInput) -> Consent;
            fn revoke_consent[state](id: ConsentId, revoked_on: Option<NaiveDate>) -> Consent;
        }
        export {
            fn export_recipients[state]() -> Vec<String>;
            fn export_candidates[state](recipient: String) -> Vec<Candidate>;
            fn export_not_offered[state](recipient: String) -> Vec<LeftOut>;
            fn export_preview[state](request: ExportRequest) -> ExportPreview;
            /// Opens the save dialog; null when the peer cancelled.
            fn export_save[app, state](request: ExportRequest, format: ExportFormat, digest: String, packet_passphrase: Option<String>) -> Option<DisclosureRecord>;
            fn list_disclosures[state](since: Option<NaiveDate>) -> Vec<DisclosureRecord>;
            fn participant_disclosures[state](participant_id: ParticipantId) -> Vec<DisclosureRecord>;
        }
        backup {
            fn backup_status[state]() -> BackupStatus;
            fn set_aside_backup_reminder[state]() -> BackupStatus;
            /// Opens the save dialog; null when the peer cancelled.
            fn backup_now[app, state]() -> Option<BackupWritten>;
            /// Opens the open dialog and describes the file; null when cancelled.
            fn choose_backup[app, state]() -> Option<BackupFile>;
            /// Restores the chosen file; closes the session first.
            fn restore_backup[state](secret: BackupSecret, force: bool) -> RestoreReport;
        }
        search {
            fn search[state](query: String) -> Vec<SearchHit>;
        }
        plans {
            /// Every version of the participant's plan, newest first (the first is current).
            fn plan_history[state](participant_id: ParticipantId) -> Vec<PlanVersion>;
            fn create_plan[state](input: PlanInput) -> PlanVersion;
            /// Rewrites the current version while no one has signed it.
            fn edit_plan[state](input: PlanInput) -> PlanVersion;
            /// A goal's status, a new goal or the next review: a new version.
            fn revise_plan[state](participant_id: ParticipantId, change: PlanChange) -> PlanVersion;
            /// Signs the current version; the peer signs as set in Settings.
            fn sign_plan[state](participant_id: ParticipantId, input: SignoffInput) -> PlanVersion;
            /// A supervisor's signature on a version the others signed already.
            fn countersign_plan[state](participant_id: ParticipantId, version: u32, cosigner: Cosigner) -> PlanVersion;
            fn plans_review_due[state](on: NaiveDate) -> Vec<ReviewDue>;
            /// Opens the save dialog and prints the plan in the participant's language; false when cancelled.
            fn print_plan[app, state](participant_id: ParticipantId) -> bool;
        }
        billing {
            fn list_payers[state]() -> Vec<Payer>;
            /// Payers whose published rules differ, to start a payer from.
            fn payer_presets() -> Vec<Preset>;
            fn add_payer[state](rules: PayerProfile) -> Payer;
            fn participant_payer[state](participant_id: ParticipantId) -> Option<Payer>;
            /// Units for the participant follow this payer (none: the standard rule).
            fn assign_payer[state](participant_id: ParticipantId, payer: Option<String>) -> ();
            /// The lines and checks for the period, nothing written.
            fn billing_preview[state](from: NaiveDate, to: NaiveDate, payer: Option<String>) -> BillingLog;
            /// Opens the save dialog; null when the peer cancelled.
            fn billing_save[app, state](from: NaiveDate, to: NaiveDate, payer: Option<String>, format: ReportFormat) -> Option<BillingLog>;
        }
        team {
            /// This store's key and fingerprint, made on first ask.
            fn team_key[state]() -> TeamKey;
            /// Null when this store is in no team.
            fn team_status[state]() -> Option<TeamStatus>;
            /// Opens the folder dialog; the folder is held for starting or
            /// joining a team. Null when the peer cancelled.
            fn choose_team_folder[app, state]() -> Option<String>;
            /// Starts a team in the chosen folder with this store as its admin.
            fn start_team[state](name: String, me: NewMemberSelf) -> Option<TeamStatus>;
            /// Joins the team through the chosen folder; its admin's roster names this store.
            fn join_team[state](admin_key: String) -> Option<TeamStatus>;
            fn add_team_member[state](member: NewMember) -> Option<TeamStatus>;
            fn remove_team_member[state](key: String) -> Option<TeamStatus>;
            /// The share of signed notes a peer's sample submits for review.
            fn set_review_sample[state](percent: u8) -> Option<TeamStatus>;
            /// Sends what waits and reads what arrived; not counted as the
            /// peer's activity. Null when this store is in no team.
            fn sync_team[state]() -> Option<TeamStatus>;
            /// What this store sent, newest first, exactly as it left.
            fn team_sent[state]() -> Vec<SentMessage>;
            /// A supervisor's view: each peer's weekly counts.
            fn peer_weeks[state]() -> Vec<PeerWeeks>;
        }
        review {
            /// Sends signed notes to the team's supervisors; how many went.
            fn submit_for_review[state](notes: Vec<ContactId>) -> u32;
            /// Where each of a participant's submitted notes stands.
            fn note_reviews[state](participant_id: ParticipantId) -> Vec<ReviewOfNote>;
            /// A supervisor's queue: notes waiting first.
            fn review_queue[state]() -> Vec<QueuedReview>;
            /// Approves (a co-signature) or asks for changes, with a comment saying which.
            fn decide_review[state](note_id: ContactId, decision: Decision, comment: Option<String>) -> ();
        }
        supervision {
            fn supervision_sessions[state]() -> Vec<SupervisionSession>;
            /// A supervisor records a session with a peer of the team; it is sent to them.
            fn record_supervision[state](input: SessionWith) -> SupervisionSession;
            /// The peer acknowledges a session; the acknowledgement goes back.
            fn acknowledge_supervision[state](id: SupervisionId) -> SupervisionSession;
            /// This side's private note on a session; it never leaves the store.
            fn set_supervision_note[state](id: SupervisionId, text: String) -> SupervisionSession;
        }
        partners {
            /// Every partner, by name.
            fn list_partners[state]() -> Vec<Partner>;
            fn add_partner[state](input: PartnerInput) -> Partner;
            fn edit_partner[state](id: PartnerId, input: PartnerInput) -> Partner;
            /// Partners whose names look like another's, for the peer to resolve once.
            fn partners_to_review[state]() -> Vec<LookAlike>;
            /// One organisation typed two ways: `from`'s consents, agreements and meetings move to `into`.
            fn merge_partners[state](from: PartnerId, into: PartnerId) -> Partner;
            /// Different organisations after all: none of the group stays flagged.
            fn keep_partners_apart[state](id: PartnerId) -> Vec<Partner>;
            /// Every agreement, or one partner's, the latest to end first.
            fn list_agreements[state](partner_id: Option<PartnerId>) -> Vec<Agreement>;
            fn add_agreement[state](input: AgreementInput) -> Agreement;
            /// Agreements in force ending within 30 days with no successor, soonest first.
            fn agreements_expiring[state]() -> Vec<Expiring>;
            /// Opens the open dialog and keeps the signed document inside the store; null when cancelled.
            fn attach_agreement_document[app, state](agreement_id: AgreementId) -> Option<DocumentInfo>;
            /// Opens the save dialog and writes a copy of the signed document; false when cancelled.
            fn save_agreement_document[app, state](agreement_id: AgreementId) -> bool;
        }
        meetings {
            fn list_meetings[state]() -> Vec<Meeting>;
            fn add_meeting[state](input: MeetingInput) -> Meeting;
            /// Every meeting with its next date, soonest first.
            fn upcoming_meetings[state]() -> Vec<Upcoming>;
            /// Who may be put on the meeting's docket today: consent and agreement in force.
            fn docket_offered[state](meeting_id: MeetingId) -> Vec<Offered>;
            fn docket_of[state](meeting_id: MeetingId, held_on: NaiveDate) -> Vec<ParticipantId>;
            /// Puts exactly these participants on the day's docket.
            fn set_docket[state](meeting_id: MeetingId, held_on: NaiveDate, participants: Vec<ParticipantId>) -> Vec<ParticipantId>;
            fn meeting_decisions[state](meeting_id: MeetingId, held_on: NaiveDate) -> Vec<DecisionLine>;
            /// Records a decision; a follow-up, when given, opens in the participant's record.
            fn record_decision[state](meeting_id: MeetingId, held_on: NaiveDate, participant_id: ParticipantId, text: String, follow_up: Option<FollowUpDraft>) -> Vec<DecisionLine>;
            /// Exactly what the meeting's export would hold: its docket, since the meeting before.
            fn meeting_export_preview[state](meeting_id: MeetingId, held_on: NaiveDate, language: Language) -> ExportPreview;
            /// Opens the save dialog; the disclosure names the meeting. Null when cancelled.
            fn meeting_export_save[app, state](meeting_id: MeetingId, held_on: NaiveDate, language: Language, format: ExportFormat, digest: String) -> Option<DisclosureRecord>;
        }
        privacy {
            /// Everyone's restriction requests, or one participant's, newest first.
            fn list_restrictions[state](participant_id: Option<ParticipantId>) -> Vec<RestrictionRequest>;
            fn add_restriction[state](input: RestrictionInput) -> RestrictionRequest;
            /// Accepted or refused, once; an accepted one is honoured by every export from that day.
            fn decide_restriction[state](id: RestrictionId, decision: RestrictionDecision, decided_on: Option<NaiveDate>, decided_by: String) -> RestrictionRequest;
            fn list_incidents[state]() -> Vec<Incident>;
            fn add_incident[state](input: IncidentInput) -> Incident;
            /// Who was told and when, where it stands: the whole line again, checked as a new one.
            fn update_incident[state](id: IncidentId, input: IncidentInput) -> Incident;
            /// Opens the save dialog and writes the restriction register (PDF in the app's language, or CSV); false when cancelled.
            fn save_restriction_register[app, state](format: ReportFormat) -> bool;
            /// Opens the save dialog and writes the incident log (PDF in the app's language, or CSV); false when cancelled.
            fn save_incident_log[app, state](format: ReportFormat) -> bool;
        }
    }

    events {
        /// The shell locked itself while idle; the UI forgets what it showed.
        LOCKED_EVENT = "locked": LockReason;
        /// The lock is near: the UI offers a way to stay.
        LOCK_SOON_EVENT = "lock-soon": LockSoon;
    }

    errors {
        /// No unlocked session: the app is locked (or locked itself while idle).
        LOCKED = "locked";
        /// The recovery key is held only until setup is finished.
        NO_RECOVERY_KEY = "no_recovery_key";
        /// Something failed inside the shell itself.
        INTERNAL = "internal";
        /// A restore asked for before a backup file was chosen.
        NO_BACKUP_CHOSEN = "no_backup_chosen";
        /// Another program has the store open; no `force` gets past it.
        STORE_IN_USE = "store_in_use";
    }
}
