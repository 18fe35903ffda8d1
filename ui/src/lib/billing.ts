// The billing log and payers' rules in words: the period a billing screen
// opens on, each payer's rules as a peer reads them, a check's sentence,
// and the totals under the lines. No narrative ever passes through here.
import type { BillingCheck, BillingLine, CheckKind, PayerProfile, Rounding } from "./bindings";
import { t, type MessageId } from "./i18n";

/** Last calendar month, first day to last: the period billing opens on. */
export function lastMonth(today: string): { from: string; to: string } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const days = new Date(year, month, 0).getDate();
  const mm = String(month).padStart(2, "0");
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(days).padStart(2, "0")}` };
}

/** The fewest minutes that make a unit under the midpoint rule: 8 of 15. */
export const midpointMinutes = (unitMinutes: number) => Math.floor(unitMinutes / 2) + 1;

/** How a part of a unit counts, in words: "8 of 15 minutes makes a unit". */
export function roundingText(rounding: Rounding, unitMinutes: number): string {
  switch (rounding) {
    case "midpoint":
      return t("payers-rounding-midpoint", { least: midpointMinutes(unitMinutes), minutes: unitMinutes });
    case "whole_units":
      return t("payers-rounding-whole-units");
    case "any_part":
      return t("payers-rounding-any-part");
  }
}

/** The rounding rules in the order a form offers them. */
export const ROUNDINGS: readonly Rounding[] = ["midpoint", "whole_units", "any_part"];

/** "H0038 HF", the code and every claim's modifiers as a claim writes them. */
export function codeText(code: string, modifiers: readonly string[]): string {
  return [code, ...modifiers].join(" ");
}

/** A payer's rules, each in a few words, for the list in Settings. */
export interface RulesText {
  code: string;
  groupModifiers: string | null;
  units: string;
  rounding: string;
  daily: string;
  yearly: string;
  group: string;
  extras: string[];
}

export function rulesText(p: PayerProfile): RulesText {
  const extras: string[] = [];
  if (p.documentationTimeBillable) extras.push(t("payers-documentation-billable"));
  if (p.planGoalRequired) extras.push(t("payers-plan-goal-required"));
  return {
    code: codeText(p.code, p.modifiers),
    groupModifiers: p.groupModifiers.length ? t("payers-group-modifiers", { modifiers: p.groupModifiers.join(" ") }) : null,
    units: t("payers-unit-length", { minutes: p.unitMinutes }),
    rounding: roundingText(p.rounding, p.unitMinutes),
    daily: p.dailyUnitCap === null ? t("payers-no-cap") : t("payers-daily-cap", { count: p.dailyUnitCap }),
    yearly: p.yearlyHoursCap === null ? t("payers-no-cap") : t("payers-yearly-cap", { count: p.yearlyHoursCap }),
    group: p.groupSizeLimit === null ? t("payers-no-cap") : t("payers-group-limit", { count: p.groupSizeLimit }),
    extras,
  };
}

/** "HF, HQ" or "HF HQ" typed in a field, as the list of modifiers core
 * checks (upper case, no blanks). */
export function parseModifiers(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean);
}

/** A number field's value as an optional cap: empty is no cap. Anything
 * else goes to core as typed (rounded), so core's rule names the field. */
export function capOf(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n) : NaN;
}

/** Presets the UI words itself, by key; an unknown key shows core's words.
 * Fluent ids cannot hold `_`, so each key names its messages here. */
const PRESETS: Record<
  string,
  { name: Extract<MessageId, `payers-preset-${string}`>; source: Extract<MessageId, `payers-source-${string}`> }
> = {
  standard: { name: "payers-preset-standard", source: "payers-source-standard" },
  virginia_medicaid: { name: "payers-preset-virginia-medicaid", source: "payers-source-virginia-medicaid" },
  new_jersey_horizon: { name: "payers-preset-new-jersey-horizon", source: "payers-source-new-jersey-horizon" },
  oregon_careoregon: { name: "payers-preset-oregon-careoregon", source: "payers-source-oregon-careoregon" },
  michigan_medicaid: { name: "payers-preset-michigan-medicaid", source: "payers-source-michigan-medicaid" },
};

export function presetName(preset: { key: string; profile: PayerProfile }): string {
  const known = PRESETS[preset.key];
  return known ? t(known.name) : preset.profile.name;
}

export function presetSource(preset: { key: string; source: string }): string {
  const known = PRESETS[preset.key];
  return known ? t(known.source) : preset.source;
}

/** What a check says, by its kind; the case id and date stand beside it. */
export function checkSentence(check: Pick<BillingCheck, "kind" | "amount">): string {
  const words: Record<CheckKind, () => string> = {
    unsigned: () => t("billing-check-unsigned"),
    no_plan_goal: () => t("billing-check-no-plan-goal"),
    over_daily_cap: () => t("billing-check-over-daily-cap", { amount: check.amount }),
    over_yearly_cap: () => t("billing-check-over-yearly-cap", { amount: check.amount }),
    group_over_limit: () => t("billing-check-group-over-limit", { amount: check.amount }),
  };
  return words[check.kind]();
}

/** Checks by case id, then date, then kind: how a biller goes through them. */
export function sortedChecks(checks: readonly BillingCheck[]): BillingCheck[] {
  return [...checks].sort(
    (a, b) => a.externalId.localeCompare(b.externalId) || a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind),
  );
}

export interface BillingTotals {
  services: number;
  minutes: number;
  units: number;
}

export function totals(lines: readonly BillingLine[]): BillingTotals {
  return {
    services: lines.length,
    minutes: lines.reduce((n, l) => n + l.minutes, 0),
    units: lines.reduce((n, l) => n + l.units, 0),
  };
}
