// How the team's things read: a fingerprint in its groups, a role, a sent
// message's kind.
import type { TeamRole } from "./bindings";
import { t, type MessageId } from "./i18n";

/** "12345 67890 …" as its groups of digits, to be read aloud one by one. */
export function fingerprintGroups(fingerprint: string): string[] {
  return fingerprint.split(/\s+/).filter((g) => g.length > 0);
}

const ROLE_WORDS = {
  peer: "team-role-peer",
  supervisor: "team-role-supervisor",
} as const satisfies Record<TeamRole, MessageId>;

export function roleLabel(role: TeamRole): string {
  return t(ROLE_WORDS[role]);
}

export const TEAM_ROLES = Object.keys(ROLE_WORDS) as TeamRole[];

const SENT_WORDS: Record<string, Extract<MessageId, `team-sent-kind-${string}`>> = {
  roster: "team-sent-kind-roster",
  review_request: "team-sent-kind-review-request",
  review_decision: "team-sent-kind-review-decision",
  supervision_session: "team-sent-kind-supervision-session",
  supervision_acknowledged: "team-sent-kind-supervision-acknowledged",
  week_summary: "team-sent-kind-week-summary",
};

/** A sent message's kind in words; a kind this UI does not know yet reads
 * as its code rather than not at all. */
export function sentKindLabel(kind: string): string {
  const id = SENT_WORDS[kind];
  return id ? t(id) : kind;
}
