// Dates and times as a peer reads and enters them. Instants come from the
// shell as RFC 3339 with the offset they were recorded in; they are shown
// as recorded (a contact logged at 9:00 reads 9:00), so they are read from
// the text rather than converted through the browser's time zone.

import { formatCalendarDate, formatClock, t } from "./i18n";

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD for a local Date. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** HH:MM for a local Date. */
export function isoTime(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return isoDate(new Date(y, m - 1, d + days));
}

/** A local wall-clock date and time as RFC 3339 with this machine's offset
 * at that moment: `2026-11-23T09:15:00-05:00`. Null when either is not
 * valid. */
export function toRfc3339(date: string, time: string): string | null {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!dm || !tm) return null;
  const [y, mo, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  const [h, mi] = [Number(tm[1]), Number(tm[2])];
  if (h > 23 || mi > 59) return null;
  const local = new Date(y, mo - 1, d, h, mi);
  if (local.getMonth() !== mo - 1 || local.getDate() !== d) return null;
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${isoDate(local)}T${isoTime(local)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `Tue, Nov 18` in the peer's language (with the year when it isn't this
 * year's). */
export function formatDate(iso: string, today: string = todayIso()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return formatCalendarDate(y, mo, d, !today.startsWith(String(y)));
}

/** `Tue, Nov 18 · 9:15` for an RFC 3339 instant, as recorded. */
export function formatInstant(rfc3339: string, today: string = todayIso()): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(rfc3339);
  if (!m) return rfc3339;
  return `${formatDate(m[1]!, today)} · ${formatClock(Number(m[2]), Number(m[3]))}`;
}

/** The date part of an RFC 3339 instant, as recorded. */
export function instantDate(rfc3339: string): string {
  return rfc3339.slice(0, 10);
}

export function daysAgo(days: number | null): string {
  if (days === null) return t("days-ago-never");
  if (days < 60) return t("days-ago", { days: Math.max(days, 0) });
  return t("months-ago", { months: Math.round(days / 30) });
}

/** How a follow-up's due date reads, from days overdue (negative: ahead). */
export function dueText(daysOverdue: number): string {
  return daysOverdue > 0
    ? t("due-overdue", { days: daysOverdue })
    : t("due-ahead", { days: -daysOverdue });
}
