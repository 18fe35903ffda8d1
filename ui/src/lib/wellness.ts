// Helpers for the check-in form: which ratings are still missing, and the
// BARC-10 total as the peer fills it in.
import type { Choice, Dimension } from "./bindings";
import { t } from "./i18n";
import { vocab } from "./vocab.svelte";

export const DIMENSION_ORDER: readonly Dimension[] = [
  "emotional", "environmental", "financial", "intellectual",
  "occupational", "physical", "social", "spiritual",
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What is still unrated, in the current language. Dimensions are named
 * by `dimensions`, the shell's vocabulary already in the peer's language
 * (the one loaded, unless given); before it has loaded, by their code,
 * capitalised, which is how English names them. */
export function missingScores(
  scores: Readonly<Record<Dimension, number | null>>,
  barc: readonly (number | null)[] | null,
  dimensions: readonly Choice[] | undefined = vocab.value?.dimensions,
): string[] {
  const name = (d: Dimension) => dimensions?.find((c) => c.code === d)?.label ?? cap(d);
  const missing: string[] = DIMENSION_ORDER.filter((d) => scores[d] === null).map(name);
  if (barc) {
    const items = barc.map((v, i) => (v === null ? i + 1 : 0)).filter((n) => n > 0);
    if (items.length) {
      missing.push(t("participant-missing-barc-items", { count: items.length, items: items.join(", ") }));
    }
  }
  return missing;
}

/** The total when all ten are rated, else null. */
export function barcTotal(items: readonly (number | null)[]): number | null {
  if (items.length !== 10 || items.some((v) => v === null)) return null;
  return (items as number[]).reduce((a, b) => a + b, 0);
}
