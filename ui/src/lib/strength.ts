// How a passphrase's strength (scored by core, zxcvbn 0–4) is shown. The
// hint that may come with the score is worded by the shell.
import type { PassphraseStrength } from "./bindings";
import { t, type MessageId } from "./i18n";

const STRENGTH_WORDS: readonly Extract<MessageId, `strength-${string}`>[] = [
  "strength-very-weak",
  "strength-weak",
  "strength-fair",
  "strength-strong",
  "strength-very-strong",
];

export function describeStrength(s: PassphraseStrength | null): {
  word: string;
  filled: number;
  tone: "danger" | "attention" | "ok";
  verdict: string;
} {
  if (!s) return { word: "", filled: 0, tone: "danger", verdict: "" };
  const score = Math.max(0, Math.min(4, s.score));
  return {
    word: t(STRENGTH_WORDS[score]!),
    filled: score + 1,
    tone: s.acceptable ? "ok" : score >= 2 ? "attention" : "danger",
    verdict: t(s.acceptable ? "strength-good" : "strength-not-enough"),
  };
}

/** Why "Create" is not allowed yet, or null when it is. */
export function passphraseProblem(
  passphrase: string,
  confirm: string,
  strength: PassphraseStrength | null,
): string | null {
  if (!passphrase) return t("strength-choose");
  if (!strength || !strength.acceptable) return t("strength-stronger");
  if (passphrase !== confirm) return t("strength-mismatch");
  return null;
}
