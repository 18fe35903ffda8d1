// Helpers for the check-in form: which ratings are still missing, and the
// BARC-10 total as the peer fills it in.
import type { Dimension } from "./bindings";

export const DIMENSION_ORDER: readonly Dimension[] = [
  "emotional", "environmental", "financial", "intellectual",
  "occupational", "physical", "social", "spiritual",
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function missingScores(
  scores: Readonly<Record<Dimension, number | null>>,
  barc: readonly (number | null)[] | null,
): string[] {
  const missing: string[] = DIMENSION_ORDER.filter((d) => scores[d] === null).map(cap);
  if (barc) {
    const items = barc.map((v, i) => (v === null ? i + 1 : 0)).filter((n) => n > 0);
    if (items.length) missing.push(`BARC-10 item${items.length > 1 ? "s" : ""} ${items.join(", ")}`);
  }
  return missing;
}

/** The total when all ten are rated, else null. */
export function barcTotal(items: readonly (number | null)[]): number | null {
  if (items.length !== 10 || items.some((v) => v === null)) return null;
  return (items as number[]).reduce((a, b) => a + b, 0);
}
