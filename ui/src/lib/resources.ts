// The keys of everything the screens load, and, for each kind of save, the
// keys it changes: a saved boundary note reloads that person's boundary
// notes and timeline, not the caseload or anyone else's page.
import type { GroupId, MeetingId, ParticipantId } from "./bindings";
import { invalidate, type QueryKey } from "./query.svelte";

export type ParticipantPart =
  | "record"
  | "timeline"
  | "wellness"
  | "boundaries"
  | "groups"
  | "consents"
  | "followUps"
  | "referrals"
  | "disclosures"
  | "plan"
  | "reviews";

export const keys = {
  caseload: ["caseload"] as QueryKey,
  followUpsDue: ["followUpsDue"] as QueryKey,
  plansReviewDue: ["plansReviewDue"] as QueryKey,
  groups: ["groups"] as QueryKey,
  group: (id: GroupId): QueryKey => ["groups", id],
  selfChecks: ["selfChecks"] as QueryKey,
  participant: (id: ParticipantId): QueryKey => ["participant", id],
  part: (id: ParticipantId, part: ParticipantPart): QueryKey => ["participant", id, part],
  partners: ["partners"] as QueryKey,
  partnerList: ["partners", "list"] as QueryKey,
  agreements: ["partners", "agreements"] as QueryKey,
  agreementsExpiring: ["partners", "expiring"] as QueryKey,
  lookAlikes: ["partners", "review"] as QueryKey,
  meetings: ["meetings"] as QueryKey,
  upcomingMeetings: ["meetings", "upcoming"] as QueryKey,
  meetingDay: (id: MeetingId, heldOn: string, what: "offered" | "docket" | "decisions"): QueryKey => [
    "meetings",
    id,
    heldOn,
    what,
  ],
  restrictions: ["privacy", "restrictions"] as QueryKey,
  incidents: ["privacy", "incidents"] as QueryKey,
};

const part = keys.part;

/** What each kind of save changed, invalidated; each resolves when the
 * screens showing it have loaded again. */
export const changed = {
  /** A participant's record; a new status may take their plan off the
   * reviews due. */
  participant: (id: ParticipantId) => invalidate(part(id, "record"), keys.caseload, keys.plansReviewDue),
  /** A new participant, or one deleted: every list that names people. */
  caseloadPeople: () => invalidate(keys.caseload, keys.followUpsDue, keys.plansReviewDue, keys.groups),
  /** A contact logged or edited; it may have added a follow-up. */
  contact: (...ids: ParticipantId[]) =>
    invalidate(
      ...ids.flatMap((id) => [part(id, "timeline"), part(id, "followUps")]),
      keys.caseload,
      keys.followUpsDue,
    ),
  /** A note signed, amended or sent for review: only the timeline shows it. */
  note: (id: ParticipantId) => invalidate(part(id, "timeline"), part(id, "reviews")),
  checkIn: (id: ParticipantId) => invalidate(part(id, "wellness"), part(id, "timeline")),
  boundary: (id: ParticipantId) => invalidate(part(id, "boundaries"), part(id, "timeline")),
  followUp: (id: ParticipantId) =>
    invalidate(part(id, "followUps"), part(id, "timeline"), keys.caseload, keys.followUpsDue),
  referral: (id: ParticipantId) => invalidate(part(id, "referrals"), part(id, "timeline")),
  consent: (id: ParticipantId) => invalidate(part(id, "consents")),
  /** A plan written, edited, signed or changed: its versions, the
   * timeline that lists them, and whose review is due (the caseload's
   * badge, the Follow-ups list). */
  plan: (id: ParticipantId) =>
    invalidate(part(id, "plan"), part(id, "timeline"), keys.caseload, keys.plansReviewDue),
  /** A member added or taken off: the roster, the person's groups, and
   * the caseload's next group. */
  membership: (id: ParticipantId) => invalidate(keys.groups, part(id, "groups"), keys.caseload),
  /** Sessions and attendance: the roster, the caseload's next group, and
   * the members' timelines. */
  sessions: (groupId: GroupId) => invalidate(keys.group(groupId), keys.caseload, ["participant"]),
  group: () => invalidate(keys.groups, keys.caseload),
  selfCheck: () => invalidate(keys.selfChecks),
  /** A partner, an agreement or a merge: a merge moves meetings too, and
   * what is offered for a docket follows the agreements. */
  partners: () => invalidate(keys.partners, keys.meetings),
  meetings: () => invalidate(keys.meetings),
  /** A decision's follow-up lands in the participant's record. */
  decision: (id: MeetingId, heldOn: string, participant: ParticipantId) =>
    invalidate(
      keys.meetingDay(id, heldOn, "decisions"),
      part(participant, "followUps"),
      part(participant, "timeline"),
      keys.caseload,
      keys.followUpsDue,
    ),
  /** An accepted restriction changes what a docket may offer. */
  restrictions: () => invalidate(keys.restrictions, keys.meetings),
  incidents: () => invalidate(keys.incidents),
};
