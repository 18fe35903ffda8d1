// A referral's outcome, as the peer changes it: an explicit choice and
// save, with the date the peer gives. The date offered starts at the one
// already kept for that outcome (so choosing another outcome and back
// again doesn't restamp it), else today.
import type { Referral, ReferralOutcome } from "./bindings";

/** The outcome date a form offers for `outcome`; null for pending, which
 * has none. */
export function outcomeDateFor(referral: Referral, outcome: ReferralOutcome, today: string): string | null {
  if (outcome === "pending") return null;
  if (outcome === referral.outcome && referral.outcomeOn) return referral.outcomeOn;
  return today;
}
