// Dates, times and numbers in the current language, through Intl (no
// hand-written month or day names). Dates are calendar dates as recorded,
// so they are built at local noon and never shifted by a time zone.
import { language } from "./language.svelte";

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language.locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language.locale, options);
    cache.set(key, format);
  }
  return format;
}

function calendarDate(y: number, m: number, d: number): Date {
  return new Date(y, m - 1, d, 12);
}

/** A calendar date: `Tue, Nov 18` in English, `mar, 18 nov` in Spanish,
 * with the year when `withYear`. */
export function formatCalendarDate(y: number, m: number, d: number, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric" };
  if (withYear) options.year = "numeric";
  return dateFormat(options).format(calendarDate(y, m, d));
}

/** A wall-clock time as recorded: `9:15` (24-hour, as the forms take it). */
export function formatClock(hours: number, minutes: number): string {
  return `${hours}:${String(minutes).padStart(2, "0")}`;
}

/** A long month and year, for chart axes and headings: `November 2026`. */
export function formatMonth(y: number, m: number): string {
  return dateFormat({ month: "long", year: "numeric" }).format(calendarDate(y, m, 1));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(language.locale).format(n);
}
