// Sorting and filtering the caseload on the home screen.
import type { CaseloadRow, NextGroup, ParticipantStatus } from "./bindings";
import { formatDate, todayIso } from "./dates";
import { t } from "./i18n";

export type CaseloadSort = "name" | "notSeen" | "followUps";

export interface CaseloadFilter {
  text: string;
  status: ParticipantStatus | "all";
  notSeenOnly: boolean;
  overdueOnly: boolean;
  /** Only people with notes to sign past the program's limit. */
  toSignOnly: boolean;
  /** Only people whose recovery plan is due for review. */
  reviewDueOnly: boolean;
}

export const defaultFilter = (): CaseloadFilter => ({
  text: "",
  status: "active",
  notSeenOnly: false,
  overdueOnly: false,
  toSignOnly: false,
  reviewDueOnly: false,
});

function norm(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function matchesText(row: CaseloadRow, text: string): boolean {
  const words = norm(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = norm(`${row.displayName} ${row.externalId} ${row.program ?? ""}`);
  return words.every((w) => hay.includes(w));
}

// One collator for every comparison: localeCompare with options builds a
// new one each call, which made sorting 500 people take tens of
// milliseconds.
const names = new Intl.Collator(undefined, { sensitivity: "base" });

/** Never seen counts as the longest. */
const unseenDays = (r: CaseloadRow) => (r.daysSinceSeen === null ? Infinity : r.daysSinceSeen);

export function applyCaseload(
  rows: readonly CaseloadRow[],
  filter: CaseloadFilter,
  sort: CaseloadSort,
): CaseloadRow[] {
  const kept = rows.filter(
    (r) =>
      (filter.status === "all" || r.status === filter.status) &&
      (!filter.notSeenOnly || r.notSeenRecently) &&
      (!filter.overdueOnly || r.overdueFollowUps > 0) &&
      (!filter.toSignOnly || r.unsignedOverdue > 0) &&
      (!filter.reviewDueOnly || r.planReviewDueOn !== null) &&
      matchesText(r, filter.text),
  );
  const byName = (a: CaseloadRow, b: CaseloadRow) => names.compare(a.displayName, b.displayName);
  const compare: Record<CaseloadSort, (a: CaseloadRow, b: CaseloadRow) => number> = {
    name: byName,
    notSeen: (a, b) => unseenDays(b) - unseenDays(a) || byName(a, b),
    followUps: (a, b) =>
      b.overdueFollowUps - a.overdueFollowUps ||
      b.openFollowUps - a.openFollowUps ||
      byName(a, b),
  };
  return [...kept].sort((a, b) => {
    const c = compare[sort](a, b);
    return Number.isNaN(c) ? 0 : c;
  });
}

export interface CaseloadSummary {
  active: number;
  notSeen: number;
  /** People with at least one overdue follow-up, whatever their status:
   * the rows the overdue tile's filter shows. */
  overduePeople: number;
  /** Their overdue follow-ups, in all. */
  overdueFollowUps: number;
}

export function summarise(rows: readonly CaseloadRow[]): CaseloadSummary {
  return {
    active: rows.filter((r) => r.status === "active").length,
    notSeen: rows.filter((r) => r.notSeenRecently).length,
    overduePeople: rows.filter((r) => r.overdueFollowUps > 0).length,
    overdueFollowUps: rows.reduce((n, r) => n + r.overdueFollowUps, 0),
  };
}

/** The filter the overdue tile opens: exactly the people it counts. */
export function overdueFilter(): CaseloadFilter {
  return { ...defaultFilter(), status: "all", overdueOnly: true };
}

/** The overdue tile's words in the current language: people first,
 * follow-ups beside them. */
export function overdueTileText(s: CaseloadSummary): { people: string; followUps: string | null } {
  const people = t("caseload-overdue-people", { count: s.overduePeople });
  const followUps =
    s.overdueFollowUps > s.overduePeople
      ? t("caseload-overdue-follow-ups", { count: s.overdueFollowUps })
      : null;
  return { people, followUps };
}

/** People with notes waiting to be signed past the program's limit, and
 * those notes in all: what the notes-to-sign filter shows. */
export function toSign(rows: readonly CaseloadRow[]): { people: number; notes: number } {
  const waiting = rows.filter((r) => r.unsignedOverdue > 0);
  return { people: waiting.length, notes: waiting.reduce((n, r) => n + r.unsignedOverdue, 0) };
}

/** A row's notes to sign, calmly: "2 notes to sign"; null when none. */
export function toSignText(row: Pick<CaseloadRow, "unsignedOverdue">): string | null {
  return row.unsignedOverdue > 0 ? t("caseload-row-to-sign", { count: row.unsignedOverdue }) : null;
}

/** How many people's recovery plans are due for review: the plan-review
 * filter is offered once there is one. */
export function reviewsDue(rows: readonly CaseloadRow[]): number {
  return rows.filter((r) => r.planReviewDueOn !== null).length;
}

/** A row's plan-review badge: the short words it shows, and the whole
 * sentence with the date for its title and a screen reader; null when the
 * plan is not due. */
export function planReviewBadge(
  row: Pick<CaseloadRow, "planReviewDueOn">,
  today: string = todayIso(),
): { short: string; full: string } | null {
  if (row.planReviewDueOn === null) return null;
  return {
    short: t("caseload-row-plan-review"),
    full: t("caseload-row-plan-review-on", { date: formatDate(row.planReviewDueOn, today) }),
  };
}

/** The soonest group session anyone on the caseload has next: one pass,
 * comparing ISO days as text (no collator, no sort of hundreds of rows). */
export function soonestGroup(rows: readonly CaseloadRow[]): NextGroup | null {
  let soonest: NextGroup | null = null;
  for (const r of rows) {
    if (r.nextGroup && (soonest === null || r.nextGroup.on < soonest.on)) soonest = r.nextGroup;
  }
  return soonest;
}
