// Recovery groups: which day of the week a date falls on, and the one
// question asked when a session is recorded on a day the group doesn't
// usually meet.
import type { Weekday } from "./bindings";

const ORDER: readonly Weekday[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export const WEEKDAY_NAME: Readonly<Record<Weekday, string>> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};

/** The weekday of a YYYY-MM-DD date (as a calendar date, whatever the
 * time zone); null when it isn't one. */
export function weekdayOf(iso: string): Weekday | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return ORDER[d.getUTCDay()]!;
}

export interface OffDayQuestion {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
}

/** The question for a session on `heldOn` when the group usually meets on
 * `usual`; null when it is the usual day, the group has no fixed day, or
 * the date isn't a date (the store's own check answers that). */
export function offDayQuestion(heldOn: string, usual: Weekday | null): OffDayQuestion | null {
  const day = weekdayOf(heldOn);
  if (!usual || !day || day === usual) return null;
  const on = WEEKDAY_NAME[day];
  return {
    title: `Record the session on ${on}?`,
    message: `${on} isn't this group's usual day (${WEEKDAY_NAME[usual]}). Record the session on ${on}?`,
    confirm: `Record on ${on}`,
    cancel: "Change the date",
  };
}
