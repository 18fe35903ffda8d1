// How a passphrase's strength (scored by core, zxcvbn 0–4) is shown.
import type { PassphraseStrength } from "./bindings";

export const STRENGTH_WORDS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

export function describeStrength(s: PassphraseStrength | null): {
  word: string;
  filled: number;
  tone: "danger" | "attention" | "ok";
  verdict: string;
} {
  if (!s) return { word: "", filled: 0, tone: "danger", verdict: "" };
  const score = Math.max(0, Math.min(4, s.score));
  return {
    word: STRENGTH_WORDS[score]!,
    filled: score + 1,
    tone: s.acceptable ? "ok" : score >= 2 ? "attention" : "danger",
    verdict: s.acceptable ? "Good: this passphrase will do." : "Not strong enough yet.",
  };
}

/** Why "Create" is not allowed yet, or null when it is. */
export function passphraseProblem(
  passphrase: string,
  confirm: string,
  strength: PassphraseStrength | null,
): string | null {
  if (!passphrase) return "Choose a passphrase.";
  if (!strength || !strength.acceptable) return "Make the passphrase stronger first.";
  if (passphrase !== confirm) return "The two passphrases don't match yet.";
  return null;
}
