// A peer's weekly counts as a supervisor reads them: one row per count,
// oldest week first, so each row can be drawn as a line.
import type { WeekSummary } from "./bindings";
import type { MessageId } from "./i18n";

export type WeekCount = Extract<MessageId, `weeks-count-${string}`>;

export interface WeekRow {
  label: WeekCount;
  values: number[];
}

/** The counts shown, in the order a supervisor scans them: the caseload's
 * health first, then the week's work. */
const COUNTS: readonly [WeekCount, (w: WeekSummary) => number][] = [
  ["weeks-count-active", (w) => w.activeParticipants],
  ["weeks-count-not-seen", (w) => w.notSeen14Days],
  ["weeks-count-overdue", (w) => w.overdueFollowups],
  ["weeks-count-plan-reviews", (w) => w.planReviewsDue],
  ["weeks-count-unsigned", (w) => w.unsignedNotes],
  ["weeks-count-units", (w) => w.unitsByPayer.reduce((sum, p) => sum + p.units, 0)],
  ["weeks-count-group-sessions", (w) => w.groupSessions],
  ["weeks-count-attendance", (w) => w.groupAttendance],
];

/** The last `max` weeks, oldest first, whatever order they came in. */
export function lastWeeks(weeks: readonly WeekSummary[], max: number): WeekSummary[] {
  return [...weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart)).slice(-max);
}

export function weekRows(weeks: readonly WeekSummary[]): WeekRow[] {
  return COUNTS.map(([label, of]) => ({ label, values: weeks.map(of) }));
}
