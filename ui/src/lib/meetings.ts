// Case conferences as the peer plans them: the days a recurring meeting
// is held around today (to open one), how its rhythm reads, and the time
// the form sends. Core decides which days are real (`require_held_on`);
// these are only offered.
import type { Meeting, Weekday } from "./bindings";
import { addDays } from "./dates";
import { weekdayName, weekdayOf } from "./groups";
import { formatClock, t } from "./i18n";

const DAYS: readonly Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

function daysBetween(from: string, to: string): number {
  const [a, b] = [from, to].map((iso) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  }) as [number, number];
  return Math.round((b - a) / 86_400_000);
}

/** The first day it is held: its weekday on or after `startsOn`. */
export function firstOn(m: Pick<Meeting, "weekday" | "startsOn">): string {
  const from = weekdayOf(m.startsOn);
  if (!from) return m.startsOn;
  const ahead = (DAYS.indexOf(m.weekday) - DAYS.indexOf(from) + 7) % 7;
  return addDays(m.startsOn, ahead);
}

/** The days it is held, up to `before` before `today` and `after` from
 * `today` on (today included), in order. */
export function meetingDates(
  m: Pick<Meeting, "weekday" | "startsOn" | "everyWeeks">,
  today: string,
  before = 4,
  after = 4,
): string[] {
  const first = firstOn(m);
  const step = 7 * Math.max(1, m.everyWeeks);
  const since = daysBetween(first, today);
  // The index of the first meeting on or after today.
  const next = since <= 0 ? 0 : Math.ceil(since / step);
  const out: string[] = [];
  for (let i = Math.max(0, next - before); i < next + after; i++) out.push(addDays(first, i * step));
  return out;
}

/** `9:00` from core's `09:00:00`. */
export function meetingTime(time: string): string {
  const [h, m] = time.split(":").map(Number);
  return formatClock(h ?? 0, m ?? 0);
}

/** The form's `09:00` as core reads a time, with its seconds. */
export function timeForCore(time: string): string {
  return /^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time;
}

/** "Tuesday at 9:00, every week" / "every 2 weeks"; it starts a table
 * cell, so Spanish's lowercase "martes" is capitalised too. */
export function rhythmText(m: Pick<Meeting, "weekday" | "time" | "everyWeeks">): string {
  const text = t("meetings-rhythm", { day: weekdayName(m.weekday), time: meetingTime(m.time), weeks: m.everyWeeks });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
