// Dates and times as a peer reads and enters them. Instants come from the
// shell as RFC 3339 with the offset they were recorded in; they are shown
// as recorded (a contact logged at 9:00 reads 9:00), so they are read from
// the text rather than converted through the browser's time zone.

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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `Tue, Nov 18` (with the year when it isn't this year's). */
export function formatDate(iso: string, today: string = todayIso()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = DAYS[new Date(y, mo - 1, d).getDay()];
  const base = `${weekday}, ${MONTHS[mo - 1]} ${d}`;
  return today.startsWith(String(y)) ? base : `${base}, ${y}`;
}

/** `Tue, Nov 18 · 9:15` for an RFC 3339 instant, as recorded. */
export function formatInstant(rfc3339: string, today: string = todayIso()): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(rfc3339);
  if (!m) return rfc3339;
  return `${formatDate(m[1]!, today)} · ${Number(m[2])}:${m[3]}`;
}

/** The date part of an RFC 3339 instant, as recorded. */
export function instantDate(rfc3339: string): string {
  return rfc3339.slice(0, 10);
}

export function daysAgo(days: number | null): string {
  if (days === null) return "Never seen";
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days < 60) return `${days} days ago`;
  return `${Math.round(days / 30)} months ago`;
}

/** How a follow-up's due date reads, from days overdue (negative: ahead). */
export function dueText(daysOverdue: number): string {
  if (daysOverdue > 1) return `${daysOverdue} days overdue`;
  if (daysOverdue === 1) return "1 day overdue";
  if (daysOverdue === 0) return "Due today";
  if (daysOverdue === -1) return "Due tomorrow";
  return `Due in ${-daysOverdue} days`;
}
