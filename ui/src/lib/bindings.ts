// Generated from src-tauri/src/contract.rs by src-tauri/src/tests/bindings.rs.
// Do not edit: run `UPDATE_BINDINGS=1 cargo test --release -p peerlog-desktop bindings`.

export type Addendum = { id: AddendumId, contactId: ContactId, writtenAt: Timestamp, 
/**
 * Why the note needed it: "wrong date", "late entry", "clarification".
 */
reason: string, text: string, signerName: string, signerCredential: string | null, };
export type AddendumId = string;
export type AddendumInput = { contactId: ContactId, reason: string, text: string, };
export type AddendumLine = { writtenAt: Timestamp, signer: string, reason: string, text: string, };
export type Agreement = { id: AgreementId, partnerId: PartnerId, 
/**
 * How the program names the document: "MOU 2026–2027".
 */
title: string, purpose: string, 
/**
 * What it allows to be shared.
 */
categories: Array<ConsentCategory>, effectiveOn: string, 
/**
 * The last day it is in force.
 */
expiresOn: string, 
/**
 * The signed document kept with it, if any.
 */
document: DocumentInfo | null, createdAt: Timestamp, };
export type AgreementId = string;
export type AgreementInput = { partnerId: PartnerId, title: string, purpose: string, categories: Array<ConsentCategory>, effectiveOn: string, expiresOn: string, };
export type ApiError = { 
/**
 * One of core's codes or the shell's own (`contract.rs`); the bindings
 * name the union of both.
 */
code: ErrorCode, message: string, };
export type Attendance = { present: number, late: number, excused: number, absent: number, 
/**
 * Present or late, of the sessions not excused; `None` without any.
 */
ratePercent: number | null, sessions: Array<AttendanceLine>, };
export type AttendanceLine = { date: string, group: string, status: AttendanceStatus, };
export type AttendanceMark = { participantId: ParticipantId, status: AttendanceStatus, };
export type AttendanceStatus = "present" | "late" | "excused" | "absent";
export type Attendee = { name: string, role: string | null, };
export type BackupFile = { info: BackupInfo, 
/**
 * The file's size on disk.
 */
bytes: number, };
export type BackupInfo = { format: string, vaultId: string, 
/**
 * When the snapshot was taken.
 */
takenAt: Timestamp, 
/**
 * When the store's contents last changed before the snapshot.
 */
changedAt: string, schemaVersion: number, appVersion: string, storeBytes: number, };
export type BackupRecord = { 
/**
 * `written` or `restored`.
 */
kind: string, 
/**
 * When it was recorded.
 */
at: Timestamp, 
/**
 * When its snapshot was taken.
 */
takenAt: Timestamp, sha256: string, bytes: number, };
export type BackupSecret = { "kind": "passphrase", "secret": string } | { "kind": "recoveryKey", "secret": string };
export type BackupStatus = { 
/**
 * The most recent backup of this store's contents (written from it,
 * or the one it was restored from); `None` if there has never been one.
 */
last: BackupRecord | null, 
/**
 * No backup yet, or the last is older than `remindAfterDays`.
 */
due: boolean, remindAfterDays: number, 
/**
 * The latest backups written or restored, newest first.
 */
history: Array<BackupRecord>, 
/**
 * The day the peer set the caseload's reminder aside ("Not now"): it
 * stays away for the rest of that day.
 */
reminderSetAsideOn: string | null, };
export type BackupWritten = { info: BackupInfo, sha256: string, bytes: number, };
export type BillingCheck = { date: string, externalId: string, kind: CheckKind, 
/**
 * Units cut (over a cap), or members present (group), else 0.
 */
amount: number, };
export type BillingLine = { externalId: string, payer: string, date: string, 
/**
 * The service's start and end on the peer's clock, `HH:MM`.
 */
start: string, end: string, code: string, modifiers: Array<string>, minutes: number, 
/**
 * Units billed: the payer's rounding, less what a daily cap cuts.
 */
units: number, 
/**
 * "Sam Rivera, CPS".
 */
signer: string, signedAt: Timestamp, };
export type BillingLog = { from: string, to: string, 
/**
 * The payer asked for, or every payer.
 */
payer: string | null, lines: Array<BillingLine>, checks: Array<BillingCheck>, };
export type BoundariesHeld = "yes" | "mostly" | "no";
export type BoundaryCategory = "hours" | "channels" | "money" | "rides" | "topics" | "dual_relationships" | "other";
export type BoundaryId = string;
export type BoundaryInput = { participantId: ParticipantId, category: BoundaryCategory, text: string, agreedOn: string, reviewOn: string | null, };
export type BoundaryNote = { id: BoundaryId, participantId: ParticipantId, category: BoundaryCategory, text: string, agreedOn: string, reviewOn: string | null, updatedAt: Timestamp, };
export type Candidate = { participantId: ParticipantId, externalId: string, name: string, consent: ConsentUsed, };
export type CaseloadRow = { participantId: ParticipantId, externalId: string, displayName: string, status: ParticipantStatus, program: string | null, lastContactAt: Timestamp | null, 
/**
 * Days since the last contact (or since intake, if never contacted).
 */
daysSinceSeen: number | null, 
/**
 * Active and not seen for 14 days or more (or never).
 */
notSeenRecently: boolean, openFollowUps: number, overdueFollowUps: number, nextFollowUpOn: string | null, nextGroup: NextGroup | null, 
/**
 * Notes of services since signing began, unsigned past the program's limit.
 */
unsignedOverdue: number, 
/**
 * The review date of the current recovery plan, once it has come.
 */
planReviewDueOn: string | null, };
export type CertificateInfo = { mediaType: MediaType, size: number, };
export type CheckIn = { id: CheckInId, participantId: ParticipantId, occurredAt: Timestamp, scores: WellnessScores, 
/**
 * The ten BARC-10 item ratings, when the scale was used.
 */
barc10: Array<number> | null, 
/**
 * 10–60.
 */
barc10Total: number | null, note: string | null, };
export type CheckInId = string;
export type CheckInInput = { participantId: ParticipantId, occurredAt: Timestamp, scores: WellnessScores, barc10: Array<number> | null, note: string | null, };
export type CheckKind = "unsigned" | "no_plan_goal" | "over_daily_cap" | "over_yearly_cap" | "group_over_limit";
export type Choice = { code: string, label: string, };
export type Consent = { id: ConsentId, participantId: ParticipantId, 
/**
 * Who may disclose: the peer's program.
 */
discloser: string, 
/**
 * Who may receive, as the consent was written: a partner such as a
 * treatment court docket. Kept for display; [`partner_id`](Self::partner_id)
 * is what an export matches.
 */
recipient: string, 
/**
 * The partner the recipient resolved to.
 */
partnerId: PartnerId, purpose: string, 
/**
 * Only these kinds of information may go to the recipient.
 */
categories: Array<ConsentCategory>, effectiveOn: string, 
/**
 * The last day the consent is in force, if it ends on a date.
 */
expiresOn: string | null, 
/**
 * The event or condition that ends it, if it ends on one.
 */
expiryEvent: string | null, signedOn: string, 
/**
 * From this day on, the consent no longer allows any disclosure.
 */
revokedOn: string | null, createdAt: Timestamp, 
/**
 * The day the participant left the program (completed, discharged or
 * transferred) on or after the consent took effect, if they have. A
 * consent that ends on an event is no longer in force from that day.
 * Read from the participant's status history; never written.
 */
programExitOn: string | null, };
export type ConsentCategory = "attendance" | "contact_summaries" | "contact_narratives" | "wellness" | "referrals" | "follow_ups";
export type ConsentId = string;
export type ConsentInput = { participantId: ParticipantId, discloser: string, recipient: string, purpose: string, categories: Array<ConsentCategory>, effectiveOn: string, expiresOn: string | null, expiryEvent: string | null, signedOn: string, };
export type ConsentUsed = { id: ConsentId, discloser: string, purpose: string, categories: Array<ConsentCategory>, signedOn: string, effectiveOn: string, expiresOn: string | null, expiryEvent: string | null, };
export type Contact = { id: ContactId, participantId: ParticipantId, occurredAt: Timestamp, durationMinutes: number, units: number, mode: ContactMode, setting: string | null, services: Array<Service>, dimensions: Array<Dimension>, 
/**
 * What was done, how the person responded, the plan; under a
 * structured format, anything the parts do not hold.
 */
narrative: string, 
/**
 * The structure the note was written in.
 */
format: NoteFormat, 
/**
 * The format's parts that hold words, in the format's order.
 */
parts: Array<NoteSection>, 
/**
 * The recovery-plan goals the service worked toward, by their key (the
 * same goal in every plan version).
 */
goals: Array<PlanGoalKey>, 
/**
 * For a group note: the session and the part every present member's
 * note shares (`narrative` is then this member's own part).
 */
group: GroupPart | null, 
/**
 * Set once the peer signs the note; from then on it is never changed.
 */
signature: NoteSignature | null, 
/**
 * Corrections beneath a signed note, oldest first.
 */
addenda: Array<Addendum>, };
export type ContactId = string;
export type ContactInput = { participantId: ParticipantId, occurredAt: Timestamp, durationMinutes: number, mode: ContactMode, setting: string | null, services: Array<Service>, dimensions: Array<Dimension>, narrative: string, format: NoteFormat, 
/**
 * The parts of a structured note; none under free text.
 */
parts: Array<NoteSection>, 
/**
 * Goals of the participant's recovery plan this service worked toward.
 */
goals: Array<PlanGoalKey>, 
/**
 * A follow-up to open with this contact, in the same transaction.
 */
followUp: FollowUpDraft | null, };
export type ContactLine = { date: string, minutes: number | null, units: number | null, mode: ContactMode | null, services: Array<Service> | null, narrative: string | null, 
/**
 * Who signed the note and when; a payer's auditor reads it beside the
 * service, so it comes with either contact category.
 */
signed: SignatureLine | null, 
/**
 * Corrections beneath a signed note, with the narratives only.
 */
addenda: Array<AddendumLine>, };
export type ContactMode = "in_person" | "phone" | "video" | "text" | "jail_visit" | "court";
export type Cosignature = { name: string, credential: string | null, at: Timestamp, };
export type Cosigner = { name: string, 
/**
 * Their role or credential: "Clinical supervisor", "LCSW".
 */
role: string, on: string, };
export type Credential = { id: CredentialId, name: string, board: string | null, number: string | null, issuedOn: string, 
/**
 * The last day it is valid.
 */
expiresOn: string, rule: RenewalRule, };
export type CredentialId = string;
export type CredentialInput = { name: string, board: string | null, number: string | null, issuedOn: string, 
/**
 * As printed on the certificate; without it, one period after issue.
 */
expiresOn: string | null, rule: RenewalRule, };
export type CredentialPeriod = { from: string, to: string, };
export type CredentialPreset = { key: string, name: string, board: string, rule: RenewalRule, source: string, };
export type Decision = "approved" | "changes_requested";
export type DecisionId = string;
export type DecisionLine = { id: DecisionId, participantId: ParticipantId, text: string, followUpId: FollowUpId | null, createdAt: Timestamp, };
export type Dimension = "emotional" | "environmental" | "financial" | "intellectual" | "occupational" | "physical" | "social" | "spiritual";
export type DimensionChange = { dimension: Dimension, first: number, latest: number, change: number, };
export type DisclosedParticipant = { participantId: ParticipantId, externalId: string, consentId: ConsentId, categories: Array<ConsentCategory>, };
export type DisclosureId = string;
export type DisclosureRecord = { id: DisclosureId, 
/**
 * When the export was written.
 */
at: Timestamp, recipient: string, purpose: string, preparedBy: string, period: Period, format: ExportFormat, 
/**
 * SHA-256 of the file as written, hex.
 */
sha256: string, bytes: number, participants: Array<DisclosedParticipant>, 
/**
 * The case conference the export was made for, if any.
 */
meeting: MeetingAt | null, };
export type DocumentInfo = { mediaType: MediaType, size: number, };
export type Draft = { 
/**
 * Which form: `contact`, `participant`, `check_in` …
 */
form: string, 
/**
 * The form's fields as the form holds them.
 */
payload: Record<string, unknown>, savedAt: Timestamp, };
export type DueFollowUp = { followUp: FollowUp, participantName: string, 
/**
 * Positive when overdue, 0 when due today, negative when still ahead.
 */
daysOverdue: number, };
export type Engagement = { contacts: number, minutes: number, 
/**
 * HCPCS H0038 15-minute units, counted per contact.
 */
units: number, byMode: Array<ModeCount>, lastContactOn: string | null, };
export type Expiring = { agreementId: AgreementId, title: string, partnerId: PartnerId, partner: string, expiresOn: string, daysLeft: number, };
export type ExportContent = { recipient: string, purpose: string, 
/**
 * Who discloses: the program named in the consents.
 */
discloser: string, preparedBy: string, preparedOn: string, period: Period, 
/**
 * The language the documents are written in, as the request chose.
 */
language: Language, 
/**
 * The case conference it was made for, if any.
 */
meeting: MeetingLine | null, 
/**
 * The 42 CFR §2.32 notice that travels with every disclosure, as the
 * documents carry it: in English, the regulation's text; in another
 * language, a line saying the English governs, the translation and the
 * English, separated by blank lines (`notice::notice_in`).
 */
notice: string, participants: Array<ParticipantSection>, };
export type ExportFormat = "pdf" | "csv" | "pack";
export type ExportPreview = { content: ExportContent, 
/**
 * Pass it to [`write`] to be sure the file holds what was previewed.
 */
digest: string, };
export type ExportRequest = { 
/**
 * Matched against the consents' recipients without regard to case.
 */
recipient: string, 
/**
 * First day of the period reported on.
 */
from: string, 
/**
 * Last day of the period, included.
 */
to: string, 
/**
 * Only these participants; `None` means everyone with a consent in
 * force for the recipient today. Listing someone without one is refused.
 */
participants: Array<ParticipantId> | null, 
/**
 * Only these categories, where a consent allows them.
 */
categories: Array<ConsentCategory> | null, 
/**
 * The purpose shown on the cover; by default the consents' purposes.
 */
purpose: string | null, 
/**
 * Who prepared it, for the cover; by default the disclosing program.
 */
preparedBy: string | null, 
/**
 * The language the documents are written in (the PDF, the CSV
 * folder's README and notice): the recipient's, English unless the
 * peer picks another. Absent means English.
 */
language: Language, 
/**
 * The case conference it is made for: its cover names the meeting and
 * the accounting of disclosures links to it. The period must be the
 * meeting's (`export::meeting::request_for` makes one).
 */
meeting: MeetingAt | null, };
export type FollowUp = { id: FollowUpId, participantId: ParticipantId, 
/**
 * The contact it came from, if any.
 */
contactId: ContactId | null, dueOn: string, text: string, status: FollowUpStatus, closedOn: string | null, createdAt: Timestamp, };
export type FollowUpDraft = { dueOn: string, text: string, };
export type FollowUpId = string;
export type FollowUpInput = { participantId: ParticipantId, dueOn: string, text: string, };
export type FollowUpLine = { dueOn: string, text: string, };
export type FollowUpStatus = "open" | "done" | "dropped";
export type GoalInput = { dimension: Dimension, words: string, steps: Array<string>, whoHelps: string | null, targetOn: string | null, status: GoalStatus, };
export type GoalStatus = "active" | "met" | "changed" | "set_aside";
export type Group = { id: GroupId, name: string, description: string | null, 
/**
 * The day the group meets each week, if it meets weekly.
 */
weekday: Weekday | null, 
/**
 * `HH:MM`, 24-hour.
 */
startTime: string | null, location: string | null, active: boolean, memberCount: number, };
export type GroupId = string;
export type GroupInput = { name: string, description: string | null, weekday: Weekday | null, startTime: string | null, location: string | null, active: boolean, };
export type GroupMemberNote = { participantId: ParticipantId, displayName: string, contactId: ContactId | null, ownPart: string | null, signed: boolean, };
export type GroupNotesInput = { sessionId: SessionId, 
/**
 * `HH:MM` on the peer's clock.
 */
startTime: string, durationMinutes: number, mode: ContactMode, services: Array<Service>, 
/**
 * Written into every present member's note: about the group, naming
 * no one.
 */
shared: string, 
/**
 * Members' own parts; a member without one gets the shared part alone.
 */
ownParts: Array<OwnPart>, };
export type GroupPart = { sessionId: SessionId, shared: string, };
export type GroupSessionNotes = { session: Session, 
/**
 * Present or late, by name.
 */
members: Array<GroupMemberNote>, 
/**
 * Empty when no present member's payer limits the group's size.
 */
overLimit: Array<GroupSizeWarning>, };
export type GroupSizeWarning = { payer: string, limit: number, present: number, };
export type HoursLine = { category: string | null, requiredMinutes: number, earnedMinutes: number, missingMinutes: number, };
export type Incident = { id: IncidentId, summary: string, happenedOn: string, discoveredOn: string, 
/**
 * Who was told (the privacy officer, the partner, the people affected).
 */
notified: string | null, notifiedOn: string | null, status: IncidentStatus, createdAt: Timestamp, updatedAt: Timestamp, };
export type IncidentId = string;
export type IncidentInput = { summary: string, happenedOn: string, discoveredOn: string, notified: string | null, notifiedOn: string | null, status: IncidentStatus, };
export type IncidentStatus = "open" | "notified" | "closed";
export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;
export type Language = "en" | "es";
export type LeftOut = { participantId: ParticipantId, externalId: string, name: string, status: ParticipantStatus, reason: LeftOutReason, };
export type LeftOutReason = "no_consent" | "revoked" | "expired" | "not_yet_effective";
export type LockReason = "idle";
export type LockSoon = { secondsLeft: number, };
export type LookAlike = { partner: Partner, 
/**
 * How many consents name it.
 */
consents: number, lookAlikes: Array<Partner>, };
export type MediaType = "application/pdf" | "image/png" | "image/jpeg";
export type Meeting = { id: MeetingId, partnerId: PartnerId, name: string, weekday: Weekday, time: string, everyWeeks: number, 
/**
 * Meetings are held from the first `weekday` on or after this day.
 */
startsOn: string, createdAt: Timestamp, };
export type MeetingAt = { id: MeetingId, heldOn: string, };
export type MeetingId = string;
export type MeetingInput = { partnerId: PartnerId, name: string, weekday: Weekday, time: string, everyWeeks: number, startsOn: string, };
export type MeetingLine = { id: MeetingId, name: string, heldOn: string, };
export type Member = { participantId: ParticipantId, displayName: string, 
/**
 * `None` for someone who dropped in without joining.
 */
joinedOn: string | null, };
export type Minimum = { category: string, hours: number, };
export type ModeCount = { mode: ContactMode, contacts: number, minutes: number, units: number, };
export type NewMember = { key: string, name: string, role: TeamRole, credential: string | null, };
export type NewMemberSelf = { name: string, role: TeamRole, credential: string | null, };
export type NewVault = { 
/**
 * Eight groups of four, e.g. `K7QF-M2XA-…`. Shown once.
 */
recoveryKey: string, };
export type NextGroup = { groupId: GroupId, name: string, on: string, };
export type NoteFormat = "free" | "girp" | "dap";
export type NotePart = "goal" | "intervention" | "response" | "data" | "assessment" | "plan";
export type NoteReview = { submittedAt: Timestamp, status: ReviewStatus, reviewerName: string | null, reviewerCredential: string | null, decidedAt: Timestamp | null, comment: string | null, };
export type NoteSection = { part: NotePart, text: string, };
export type NoteSignature = { signerName: string, signerCredential: string | null, signedAt: Timestamp, 
/**
 * A supervisor's co-signature, once the note was approved in review
 * (`peerlog_core::team::review`); kept for good, like the signature.
 */
cosigned: Cosignature | null, };
export type Offered = { participantId: ParticipantId, consentId: ConsentId, 
/**
 * What may go to the partner about them today.
 */
categories: Array<ConsentCategory>, };
export type OwnPart = { participantId: ParticipantId, text: string, };
export type Participant = { id: ParticipantId, 
/**
 * The program's own case number, used to match spreadsheets and exports.
 */
externalId: string, firstName: string | null, lastName: string | null, preferredName: string | null, pronouns: string | null, program: string | null, docket: string | null, status: ParticipantStatus, intakeDate: string | null, phone: string | null, email: string | null, contactPreferences: string | null, language: string | null, goals: string | null, displayName: string, createdAt: Timestamp, updatedAt: Timestamp, };
export type ParticipantId = string;
export type ParticipantInput = { externalId: string, firstName: string | null, lastName: string | null, preferredName: string | null, pronouns: string | null, program: string | null, docket: string | null, status: ParticipantStatus, intakeDate: string | null, phone: string | null, email: string | null, contactPreferences: string | null, language: string | null, goals: string | null, };
export type ParticipantSection = { participantId: ParticipantId, externalId: string, name: string, consent: ConsentUsed, 
/**
 * What is included: the consent's categories, less any the peer left out.
 */
categories: Array<ConsentCategory>, 
/**
 * With contact summaries.
 */
engagement: Engagement | null, 
/**
 * With contact summaries (date, length, mode, services) and/or
 * narratives; each line carries only what is included.
 */
contacts: Array<ContactLine> | null, attendance: Attendance | null, wellness: Wellness | null, referrals: Array<ReferralLine> | null, 
/**
 * Follow-ups open on the export date.
 */
followUps: Array<FollowUpLine> | null, };
export type ParticipantSignoff = { "kind": "signed", name: string, on: string, } | { "kind": "declined", reason: string, };
export type ParticipantStatus = "active" | "paused" | "completed" | "discharged" | "transferred";
export type Partner = { id: PartnerId, name: string, partnerType: PartnerType, attendees: Array<Attendee>, 
/**
 * How packets are handed over.
 */
handover: string | null, 
/**
 * Another partner's name looks like this one's: the peer decides
 * whether they are one (`review::merge`) or two (`review::confirm_separate`).
 */
needsReview: boolean, createdAt: Timestamp, updatedAt: Timestamp, };
export type PartnerId = string;
export type PartnerInput = { name: string, partnerType: PartnerType, attendees: Array<Attendee>, handover: string | null, };
export type PartnerType = "court" | "sheriff" | "behavioral_health" | "peer_run" | "probation" | "other";
export type PassphraseStrength = { 
/**
 * 0 (guessed at once) to 4 (very hard to guess).
 */
score: number, acceptable: boolean, 
/**
 * A short hint for making it stronger, when there is one.
 */
hint: string | null, };
export type Payer = { id: PayerId, rules: PayerProfile, };
export type PayerId = string;
export type PayerProfile = { 
/**
 * How the peer knows the payer: "Medicaid (state plan)", a plan's name.
 */
name: string, 
/**
 * The procedure code billed for peer support (H0038 by default).
 */
code: string, 
/**
 * Modifiers on every claim to this payer (e.g. HF).
 */
modifiers: Array<string>, 
/**
 * Modifiers added on a group session's claim (e.g. HQ).
 */
groupModifiers: Array<string>, 
/**
 * The length of one unit, in minutes (15 for "per 15 minutes" codes).
 */
unitMinutes: number, rounding: Rounding, 
/**
 * At most this many units for one participant on one day.
 */
dailyUnitCap: number | null, 
/**
 * At most this many hours for one participant in a calendar year.
 */
yearlyHoursCap: number | null, 
/**
 * At most this many participants in a billed group session.
 */
groupSizeLimit: number | null, 
/**
 * Whether time spent writing the note may be billed with the service.
 */
documentationTimeBillable: boolean, 
/**
 * Whether each billed note must link to a recovery-plan goal.
 */
planGoalRequired: boolean, };
export type PayerUnits = { 
/**
 * The payer's name as the program set it.
 */
payer: string, units: number, };
export type PeerWeeks = { name: string, fingerprint: string, weeks: Array<WeekSummary>, lastReceived: Timestamp | null, };
export type Period = { from: string, to: string, };
export type PlanChange = { "kind": "goalStatus", goal: number, status: GoalStatus, } | { "kind": "addGoal", goal: GoalInput, } | { "kind": "nextReview", on: string | null, };
export type PlanEvent = "created" | "signed";
export type PlanGoal = { id: PlanGoalId, 
/**
 * The same goal in every version it is carried into.
 */
key: PlanGoalKey, 
/**
 * 1, 2, …: how the peer and the printed plan call it.
 */
number: number, dimension: Dimension, 
/**
 * The goal in the participant's own words.
 */
words: string, steps: Array<string>, whoHelps: string | null, targetOn: string | null, status: GoalStatus, };
export type PlanGoalId = string;
export type PlanGoalKey = string;
export type PlanInput = { participantId: ParticipantId, goals: Array<GoalInput>, strengths: Array<string>, nextReviewOn: string | null, };
export type PlanSignature = { participant: ParticipantSignoff, peerName: string, peerCredential: string | null, supervisor: Cosigner | null, signedAt: Timestamp, 
/**
 * When a supervisor's signature was added after the others signed.
 */
supervisorAddedAt: Timestamp | null, };
export type PlanVersion = { id: PlanVersionId, participantId: ParticipantId, version: number, goals: Array<PlanGoal>, strengths: Array<string>, nextReviewOn: string | null, createdAt: Timestamp, signature: PlanSignature | null, };
export type PlanVersionId = string;
export type Preset = { key: string, profile: PayerProfile, source: string, };
export type Progress = { credential: Credential, period: CredentialPeriod, standing: Standing, tally: Tally, 
/**
 * The trainings counted, oldest first (certificates' bytes not read).
 */
trainings: Array<Training>, 
/**
 * The supervision sessions counted, oldest first: received and
 * acknowledged, held in the period. Their shared part only, so no
 * private note can reach a packet made from this.
 */
supervision: Array<SupervisionShared>, };
export type QueuedReview = { fromName: string, note: SubmittedNote, receivedAt: Timestamp, decision: Decision | null, comment: string | null, decidedAt: Timestamp | null, };
export type ReadReport = { folderAvailable: boolean, 
/**
 * Messages applied now.
 */
applied: number, 
/**
 * Copies of messages applied before, left alone.
 */
repeated: number, 
/**
 * Files that could not be opened yet: still syncing, cut short or
 * altered. Tried again on the next read.
 */
unreadable: number, 
/**
 * Files refused for good: a forged signature, a removed member, a
 * sender whose role cannot send that kind, another team.
 */
refused: number, 
/**
 * Files from a key the team does not list (yet): tried again once the
 * admin's roster names it.
 */
fromUnknown: number, };
export type Referral = { id: ReferralId, participantId: ParticipantId, resourceType: ResourceType, 
/**
 * The agency or program referred to.
 */
resourceName: string, referredOn: string, outcome: ReferralOutcome, outcomeOn: string | null, note: string | null, };
export type ReferralId = string;
export type ReferralInput = { participantId: ParticipantId, resourceType: ResourceType, resourceName: string, referredOn: string, note: string | null, };
export type ReferralLine = { referredOn: string, resourceType: ResourceType, resourceName: string, outcome: ReferralOutcome, outcomeOn: string | null, };
export type ReferralOutcome = "pending" | "connected" | "not_connected" | "declined";
export type RenewalFormat = "pdf" | "csv" | "zip";
export type RenewalRule = { 
/**
 * How long one period lasts: a credential is renewed every this many
 * months (24 for a two-year renewal).
 */
periodMonths: number, 
/**
 * Hours of training needed in each period, all categories together;
 * 0 when the credential asks for none (a certificate that simply ends).
 */
totalHours: number, 
/**
 * Hours needed in particular categories, counted within the total.
 */
minimums: Array<Minimum>, 
/**
 * Days after expiry during which the credential may still be renewed
 * as usual.
 */
graceDays: number, 
/**
 * The category supervision hours count as, if the board counts them;
 * `None`: they are shown but count toward nothing.
 */
supervisionCountsAs: string | null, 
/**
 * What happens once the grace period is over ("a late fee, then the
 * exam again"), as the board says it.
 */
afterGrace: string | null, };
export type ReportFormat = "pdf" | "csv";
export type ResourceType = "housing" | "treatment" | "mental_health" | "health_care" | "employment" | "education" | "id_documents" | "benefits" | "legal" | "food" | "transportation" | "mutual_aid" | "other";
export type RestoreReport = { 
/**
 * When the restored backup was taken.
 */
takenAt: Timestamp, 
/**
 * The same store was here and its vault was kept: the passphrase used
 * here until now opens it. Otherwise the passphrase it had when the
 * backup was written (or the recovery key) does.
 */
keptVault: boolean, 
/**
 * The store it replaced was kept beside it in the data folder.
 */
keptPrevious: boolean, };
export type RestrictionDecision = "accepted" | "refused";
export type RestrictionId = string;
export type RestrictionInput = { participantId: ParticipantId, partnerId: PartnerId | null, categories: Array<ConsentCategory>, requestedOn: string, };
export type RestrictionRequest = { id: RestrictionId, participantId: ParticipantId, 
/**
 * `None`: every partner.
 */
partnerId: PartnerId | null, categories: Array<ConsentCategory>, requestedOn: string, decision: RestrictionDecision | null, decidedOn: string | null, 
/**
 * Who decided, by role or name (the privacy officer, the peer).
 */
decidedBy: string | null, createdAt: Timestamp, };
export type ReviewDue = { participantId: ParticipantId, externalId: string, displayName: string, version: number, nextReviewOn: string, };
export type ReviewOfNote = { noteId: ContactId, review: NoteReview, };
export type ReviewStatus = "submitted" | "approved" | "changes_requested";
export type Roster = { group: Group, members: Array<Member>, 
/**
 * Oldest first.
 */
sessions: Array<Session>, marks: Array<RosterMark>, };
export type RosterMark = { sessionId: SessionId, participantId: ParticipantId, status: AttendanceStatus, };
export type Rounding = "midpoint" | "whole_units" | "any_part";
export type SearchHit = { kind: SearchKind, 
/**
 * The id of the record that matched.
 */
recordId: string, participantId: ParticipantId | null, participantName: string | null, on: string | null, snippet: Array<SnippetPart>, };
export type SearchKind = "participant" | "contact" | "group_session" | "boundary" | "check_in" | "follow_up" | "referral" | "plan_goal";
export type SelfCheck = { id: SelfCheckId, occurredAt: Timestamp, 
/**
 * 1 (drained) to 5 (full of energy).
 */
energy: number, 
/**
 * 1 (calm) to 5 (overwhelmed).
 */
stress: number, boundariesHeld: BoundariesHeld, supportNeeded: boolean, note: string | null, };
export type SelfCheckId = string;
export type SelfCheckInput = { energy: number, stress: number, boundariesHeld: BoundariesHeld, supportNeeded: boolean, note: string | null, };
export type SentMessage = { kind: string, 
/**
 * The message's body as JSON, exactly what its recipients read.
 */
body: string, recipients: Array<string>, queuedAt: Timestamp, deliveredAt: Timestamp | null, };
export type Service = "check_in" | "court_accompaniment" | "crisis_support" | "linkage_referral" | "transportation" | "recovery_planning" | "advocacy" | "system_navigation" | "skill_building" | "family_support" | "other";
export type Session = { id: SessionId, groupId: GroupId, heldOn: string, topic: string | null, 
/**
 * The session's note: once group notes are written, the part every
 * present member's note shares.
 */
note: string | null, 
/**
 * `HH:MM` on the peer's clock, set when group notes are written.
 */
startTime: string | null, durationMinutes: number | null, };
export type SessionId = string;
export type SessionInput = { groupId: GroupId, heldOn: string, topic: string | null, note: string | null, };
export type SessionWith = { 
/**
 * The peer's member key.
 */
peer: string, heldOn: string, minutes: number, kind: SupervisionKind, topics: Array<SupervisionTopic>, privateNote: string | null, };
export type Settings = { 
/**
 * Minutes of inactivity before the app locks itself.
 */
autoLockMinutes: number, 
/**
 * Who signs the peer's notes, as a payer's auditor reads it; none
 * until the peer sets it.
 */
signer: Signer | null, 
/**
 * Days after which an unsigned note shows as overdue.
 */
unsignedNoteDays: number, 
/**
 * When the signer was first set: notes logged before it were never
 * meant to be signed and are not counted as overdue.
 */
signingSince: Timestamp | null, 
/**
 * How new notes are structured: free text, GIRP or DAP, as the program
 * (or its payer) asks.
 */
noteFormat: NoteFormat, };
export type SignatureLine = { 
/**
 * The name, with the credential after a comma: "Sam Rivera, CPS".
 */
signer: string, signedAt: Timestamp, 
/**
 * The supervisor who co-signed it in review, and when.
 */
cosigner: string | null, cosignedAt: Timestamp | null, };
export type Signer = { 
/**
 * The peer's name as it appears on a claim.
 */
name: string, 
/**
 * The peer's certification, e.g. "CPS" or "CPRS"; some programs have none.
 */
credential: string | null, };
export type SignoffInput = { participant: ParticipantSignoff, supervisor: Cosigner | null, };
export type SnippetPart = { text: string, 
/**
 * Whether this part matched the query.
 */
hit: boolean, };
export type Standing = { "status": "current" } | { "status": "dueSoon", reminder: number, daysLeft: number, } | { "status": "inGrace", until: string, } | { "status": "lapsed" };
export type SubmittedAddendum = { writtenAt: Timestamp, reason: string, text: string, };
export type SubmittedNote = { noteId: ContactId, participantInitials: string, occurredAt: Timestamp, durationMinutes: number, mode: string, services: Array<string>, note: string, goals: Array<string>, signer: string, signedAt: Timestamp, addenda: Array<SubmittedAddendum>, };
export type SupervisionId = string;
export type SupervisionKind = "individual" | "group";
export type SupervisionSession = { id: SupervisionId, heldOn: string, minutes: number, kind: SupervisionKind, topics: Array<SupervisionTopic>, supervisorName: string, supervisorCredential: string | null, peerName: string, 
/**
 * The other side's member key in the team; set by the team layer.
 */
counterpart: string | null, side: SupervisionSide, 
/**
 * This side's own note: never sent, editable by its owner at any time.
 */
privateNote: string | null, 
/**
 * When the peer acknowledged it; from then on it is locked.
 */
acknowledgedAt: Timestamp | null, recordedAt: Timestamp, };
export type SupervisionShared = { id: SupervisionId, heldOn: string, minutes: number, kind: SupervisionKind, topics: Array<SupervisionTopic>, supervisorName: string, supervisorCredential: string | null, peerName: string, };
export type SupervisionSide = "as_supervisor" | "as_peer";
export type SupervisionTopic = "boundaries" | "burnout" | "ethics" | "documentation" | "career";
export type Tally = { 
/**
 * The minimums in the rule's order, then the open hours if any.
 */
lines: Array<HoursLine>, requiredMinutes: number, 
/**
 * Every counted minute in the period.
 */
earnedMinutes: number, 
/**
 * What is still needed: each minimum's shortfall and the open hours'.
 */
missingMinutes: number, 
/**
 * Supervision hours in the period, whether or not the rule counts them.
 */
supervisionMinutes: number, };
export type Team = { 
/**
 * None until the admin's first roster reaches a store that joined.
 */
id: string | null, name: string | null, folder: string, admin: string, rosterVersion: number, reviewSamplePercent: number, };
export type TeamKey = { key: string, fingerprint: string, };
export type TeamMember = { key: string, fingerprint: string, name: string, role: TeamRole, credential: string | null, isMe: boolean, };
export type TeamRole = "peer" | "supervisor";
export type TeamStatus = { team: Team, members: Array<TeamMember>, 
/**
 * Whether the admin's roster has named this store yet.
 */
admitted: boolean, folderAvailable: boolean, 
/**
 * Messages sealed and waiting for the folder.
 */
waiting: number, lastRead: ReadReport | null, };
export type TimelineEntry = { "kind": "contact", contact: Contact, } | { "kind": "attendance", session: Session, groupName: string, status: AttendanceStatus, } | { "kind": "checkIn", checkIn: CheckIn, } | { "kind": "boundary", note: BoundaryNote, } | { "kind": "followUp", followUp: FollowUp, } | { "kind": "referral", referral: Referral, } | { "kind": "plan", version: PlanVersion, event: PlanEvent, };
export type TimelineItem = { 
/**
 * The day it happened (or is due), where it was recorded.
 */
on: string, entry: TimelineEntry, };
export type Timestamp = string;
export type Training = { id: TrainingId, title: string, provider: string | null, completedOn: string, 
/**
 * Its length in whole minutes (1.5 hours is 90).
 */
minutes: number, category: string, 
/**
 * The credential it is for; none counts toward every credential.
 */
credentialId: CredentialId | null, 
/**
 * The certificate's type and size, never its bytes.
 */
certificate: CertificateInfo | null, };
export type TrainingId = string;
export type TrainingInput = { title: string, provider: string | null, completedOn: string, minutes: number, category: string, credentialId: CredentialId | null, };
export type TrendPoint = { at: Timestamp, scores: WellnessScores, 
/**
 * The mean of the eight ratings.
 */
average: number, barc10Total: number | null, };
export type Upcoming = { meeting: Meeting, nextOn: string, };
export type VaultStatus = { 
/**
 * Whether this data folder holds a vault yet (if not: first run).
 */
exists: boolean, unlocked: boolean, 
/**
 * Quick unlock through the OS keyring is set up.
 */
keyringEnabled: boolean, 
/**
 * The data folder, for support staff (Settings shows it).
 */
dataDir: string, };
export type Vocabulary = { participantStatuses: Array<Choice>, contactModes: Array<Choice>, services: Array<Choice>, dimensions: Array<Choice>, attendanceStatuses: Array<Choice>, boundaryCategories: Array<Choice>, followUpStatuses: Array<Choice>, resourceTypes: Array<Choice>, referralOutcomes: Array<Choice>, goalStatuses: Array<Choice>, noteFormats: Array<Choice>, noteParts: Array<Choice>, consentCategories: Array<Choice>, partnerTypes: Array<Choice>, restrictionDecisions: Array<Choice>, incidentStatuses: Array<Choice>, boundariesHeld: Array<Choice>, barc10Items: Array<string>, supervisionKinds: Array<Choice>, supervisionTopics: Array<Choice>, };
export type WeekSummary = { 
/**
 * The Monday the week starts on.
 */
weekStart: string, 
/**
 * Participants whose status is active on the day it is made.
 */
activeParticipants: number, 
/**
 * Active participants not seen for 14 days or more that day (or never
 * seen since intake): the caseload's "not seen" flag.
 */
notSeen14Days: number, 
/**
 * Open follow-ups, of any participant, due before that day.
 */
overdueFollowups: number, 
/**
 * Active participants whose current recovery plan's review date has
 * come by that day.
 */
planReviewsDue: number, 
/**
 * Notes of services dated in the week not signed yet: the billing
 * log's "unsigned" check, so notes it would not bill.
 */
unsignedNotes: number, 
/**
 * Units of the signed services dated in the week, by payer, as the
 * billing log counts them (each payer's rounding and caps); payers in
 * name order, none with no units.
 */
unitsByPayer: Array<PayerUnits>, 
/**
 * Recovery group sessions dated in the week.
 */
groupSessions: number, 
/**
 * Attendance marks present or late at those sessions.
 */
groupAttendance: number, };
export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
export type Wellness = { 
/**
 * Check-ins in the period, oldest first.
 */
points: Array<WellnessPoint>, barc10First: number | null, barc10Latest: number | null, 
/**
 * Latest minus first, with two or more BARC-10 totals in the period.
 */
barc10Change: number | null, barc10Cutoff: number, };
export type WellnessPoint = { date: string, scores: WellnessScores, 
/**
 * Mean of the eight ratings, to two decimals.
 */
average: number, barc10Total: number | null, };
export type WellnessScores = { emotional: number, environmental: number, financial: number, intellectual: number, occupational: number, physical: number, social: number, spiritual: number, };
export type WellnessTrend = { 
/**
 * Oldest first.
 */
points: Array<TrendPoint>, 
/**
 * Empty until there are two check-ins.
 */
changes: Array<DimensionChange>, barc10First: number | null, barc10Latest: number | null, barc10Cutoff: number, };

/** Every code a command can fail with: core's and the shell's own. */
export type ErrorCode =
  | "agreement_expired"
  | "database"
  | "disk_full"
  | "file_damaged"
  | "file_exists"
  | "file_too_new"
  | "file_truncated"
  | "import_rejected"
  | "internal"
  | "io"
  | "keyring_unavailable"
  | "locked"
  | "no_backup_chosen"
  | "no_recovery_key"
  | "no_team"
  | "no_vault"
  | "not_a_peerlog_file"
  | "not_found"
  | "note_not_signed"
  | "note_signed"
  | "output_in_data_folder"
  | "plan_not_signed"
  | "plan_signed"
  | "preview_outdated"
  | "restore_refused"
  | "schema_too_new"
  | "signed_notes_kept"
  | "signed_plan_kept"
  | "store_damaged"
  | "store_in_use"
  | "supervision_acknowledged"
  | "supervision_own_session"
  | "team_role_required"
  | "vault_changed"
  | "vault_damaged"
  | "vault_exists"
  | "wrong_passphrase"
  | "wrong_recovery_key"
  | `invalid.${string}`;

/** Every command the shell offers. */
export type CommandName =
  | "vault_status"
  | "passphrase_strength"
  | "create_vault"
  | "save_recovery_key"
  | "finish_setup"
  | "unlock"
  | "unlock_with_keyring"
  | "recover"
  | "lock"
  | "change_passphrase"
  | "set_keyring"
  | "get_settings"
  | "set_auto_lock_minutes"
  | "set_signer"
  | "set_unsigned_note_days"
  | "set_note_format"
  | "touch"
  | "vocabulary"
  | "language"
  | "set_language"
  | "caseload"
  | "get_participant"
  | "create_participant"
  | "update_participant"
  | "delete_participant"
  | "participant_timeline"
  | "log_contact"
  | "update_contact"
  | "delete_contact"
  | "sign_note"
  | "add_addendum"
  | "keep_draft"
  | "drafts"
  | "discard_draft"
  | "list_groups"
  | "participant_groups"
  | "create_group"
  | "update_group"
  | "add_group_member"
  | "remove_group_member"
  | "add_session"
  | "delete_session"
  | "group_roster"
  | "record_attendance"
  | "group_session_notes"
  | "write_group_notes"
  | "sign_group_notes"
  | "list_boundaries"
  | "create_boundary"
  | "update_boundary"
  | "delete_boundary"
  | "record_check_in"
  | "wellness_trend"
  | "delete_check_in"
  | "follow_ups_due"
  | "participant_open_follow_ups"
  | "create_follow_up"
  | "set_follow_up_status"
  | "participant_referrals"
  | "create_referral"
  | "set_referral_outcome"
  | "record_self_check"
  | "recent_self_checks"
  | "delete_self_check"
  | "credential_progress"
  | "credential_presets"
  | "add_credential"
  | "renew_credential"
  | "list_trainings"
  | "add_training"
  | "delete_training"
  | "attach_certificate"
  | "save_certificate"
  | "save_renewal_packet"
  | "list_consents"
  | "create_consent"
  | "revoke_consent"
  | "export_recipients"
  | "export_candidates"
  | "export_not_offered"
  | "export_preview"
  | "export_save"
  | "list_disclosures"
  | "participant_disclosures"
  | "backup_status"
  | "set_aside_backup_reminder"
  | "backup_now"
  | "choose_backup"
  | "restore_backup"
  | "search"
  | "plan_history"
  | "create_plan"
  | "edit_plan"
  | "revise_plan"
  | "sign_plan"
  | "countersign_plan"
  | "plans_review_due"
  | "print_plan"
  | "list_payers"
  | "payer_presets"
  | "add_payer"
  | "participant_payer"
  | "assign_payer"
  | "billing_preview"
  | "billing_save"
  | "team_key"
  | "team_status"
  | "choose_team_folder"
  | "start_team"
  | "join_team"
  | "add_team_member"
  | "remove_team_member"
  | "set_review_sample"
  | "sync_team"
  | "team_sent"
  | "peer_weeks"
  | "submit_for_review"
  | "note_reviews"
  | "review_queue"
  | "decide_review"
  | "supervision_sessions"
  | "record_supervision"
  | "acknowledge_supervision"
  | "set_supervision_note"
  | "list_partners"
  | "add_partner"
  | "edit_partner"
  | "partners_to_review"
  | "merge_partners"
  | "keep_partners_apart"
  | "list_agreements"
  | "add_agreement"
  | "agreements_expiring"
  | "attach_agreement_document"
  | "save_agreement_document"
  | "list_meetings"
  | "add_meeting"
  | "upcoming_meetings"
  | "docket_offered"
  | "docket_of"
  | "set_docket"
  | "meeting_decisions"
  | "record_decision"
  | "meeting_export_preview"
  | "meeting_export_save"
  | "list_restrictions"
  | "add_restriction"
  | "decide_restriction"
  | "list_incidents"
  | "add_incident"
  | "update_incident"
  | "save_restriction_register"
  | "save_incident_log";

/** The shell locked itself while idle; the UI forgets what it showed. */
export const LOCKED_EVENT = "locked";

/** The lock is near: the UI offers a way to stay. */
export const LOCK_SOON_EVENT = "lock-soon";

/** Every event the shell sends, with its payload. */
export type Events = {
  "locked": LockReason;
  "lock-soon": LockSoon;
};
