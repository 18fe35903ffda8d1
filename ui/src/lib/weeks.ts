// A peer's weekly counts as a supervisor reads them: one row per count,
// oldest week first, so each row can be drawn as a line.
import type { WeekSummary } from "./bindings";
import type { MessageId } from "./i18n";
import { placeY, type Box, type Placed } from "./chart";

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

/** A count's weeks placed in a small box, evenly spaced, zero at the
 * bottom; one week sits in the middle. The card draws a line through them
 * and a dot on the latest, so a peer's first week shows as more than an
 * empty cell. */
export function sparkPoints(values: readonly number[], box: Box): Placed[] {
  const max = Math.max(1, ...values);
  const inner = box.width - box.left - box.right;
  const step = values.length > 1 ? inner / (values.length - 1) : 0;
  return values.map((v, i) => ({
    x: values.length > 1 ? box.left + step * i : box.left + inner / 2,
    y: placeY(v, 0, max, box),
  }));
}
