// Recovery groups: which day of the week a date falls on, and the one
// question asked when a session is recorded on a day the group doesn't
// usually meet.
import type { Weekday } from "./bindings";
import { language, t } from "./i18n";

const ORDER: readonly Weekday[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A weekday's name in the current language, from Intl (`Thursday`,
 * `jueves`): 2023-01-01 was a Sunday, so the days after it name the rest. */
export function weekdayName(day: Weekday): string {
  const date = Date.UTC(2023, 0, 1 + ORDER.indexOf(day), 12);
  return new Intl.DateTimeFormat(language.locale, { weekday: "long", timeZone: "UTC" }).format(date);
}

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
  const on = weekdayName(day);
  return {
    title: t("groups-off-day-title", { day: on }),
    message: t("groups-off-day-message", { day: on, usual: weekdayName(usual) }),
    confirm: t("groups-off-day-confirm", { day: on }),
    cancel: t("groups-off-day-cancel"),
  };
}
