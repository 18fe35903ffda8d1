// How the peer's own record reads: hours typed and shown (1.5, 1,5), a
// training's category and a credential's standing in the peer's language,
// the presets' names, and which credentials the caseload reminds of.
import type { CredentialPreset, HoursLine, Progress, Standing } from "./bindings";
import { formatDate } from "./dates";
import { formatNumber, t, type MessageId } from "./i18n";

/** Categories the presets use, worded by the UI; a program's own code is
 * shown as typed. Fluent ids cannot hold `_`, so each code names its
 * message here. */
const CATEGORIES: Record<string, Extract<MessageId, `credentials-category-${string}`>> = {
  peer_support: "credentials-category-peer-support",
  ethics: "credentials-category-ethics",
  elective: "credentials-category-elective",
  supervision: "credentials-category-supervision",
};

export const KNOWN_CATEGORIES = Object.keys(CATEGORIES);

export function categoryLabel(code: string): string {
  const known = CATEGORIES[code];
  return known ? t(known) : code.replace(/_/g, " ");
}

/** A line of the hours: its category's minimum, or the rest of the total. */
export function lineLabel(line: Pick<HoursLine, "category">): string {
  return line.category === null ? t("credentials-open-hours") : categoryLabel(line.category);
}

/** Minutes as hours, in the language's digits: 90 → "1.5". */
export function hoursShown(minutes: number): string {
  return formatNumber(Math.round((minutes / 60) * 100) / 100);
}

/** Hours as typed ("1.5", "1,5", "2") in whole minutes; 0 for anything
 * else, which core refuses by its field ("hours"). */
export function minutesOf(typed: string): number {
  const text = typed.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(text)) return 0;
  return Math.round(Number(text) * 60);
}

/** A credential's standing in a few words. */
export function standingText(standing: Standing, today: string): string {
  switch (standing.status) {
    case "current":
      return t("credentials-standing-current");
    case "dueSoon":
      return t("credentials-standing-due-soon", { days: standing.daysLeft });
    case "inGrace":
      return t("credentials-standing-in-grace", { until: formatDate(standing.until, today) });
    case "lapsed":
      return t("credentials-standing-lapsed");
  }
}

/** Credentials the caseload reminds of: expiring within a reminder's days
 * (90, 30 or 7), in grace, or lapsed; the most pressing first. */
export function reminders(all: readonly Progress[]): Progress[] {
  const rank = (s: Standing) =>
    s.status === "lapsed" ? 0 : s.status === "inGrace" ? 1 : s.status === "dueSoon" ? 2 + s.daysLeft : Infinity;
  return all.filter((p) => p.standing.status !== "current").sort((a, b) => rank(a.standing) - rank(b.standing));
}

/** The caseload's sentence for one credential. */
export function reminderText(p: Progress, today: string): string {
  const name = p.credential.name;
  const s = p.standing;
  switch (s.status) {
    case "dueSoon":
      return t("credentials-reminder-due", { name, days: s.daysLeft });
    case "inGrace":
      return t("credentials-reminder-grace", { name, until: formatDate(s.until, today) });
    case "lapsed":
      return t("credentials-reminder-lapsed", { name });
    case "current":
      return "";
  }
}

/** Presets the UI words itself, by key; an unknown key shows core's name. */
const PRESETS: Record<string, Extract<MessageId, `credentials-preset-${string}`>> = {
  pennsylvania_cps: "credentials-preset-pennsylvania",
  wisconsin_cps: "credentials-preset-wisconsin",
  mental_health_first_aid: "credentials-preset-mhfa",
};

export function presetName(preset: Pick<CredentialPreset, "key" | "name">): string {
  const known = PRESETS[preset.key];
  return known ? t(known) : preset.name;
}

/** What a credential still needs, in one line. */
export function missingText(p: Progress): string {
  if (p.tally.requiredMinutes === 0) return t("credentials-no-hours");
  if (p.tally.missingMinutes === 0) return t("credentials-all-hours");
  return t("credentials-missing", { hours: hoursShown(p.tally.missingMinutes) });
}
