// A consent's standing on a date, as core's `Consent::status_on` decides it:
// revoked from its revocation date; in force from `effectiveOn` through
// `expiresOn`, both days included; one that ends on an event has expired
// from the day the participant left the program (`programExitOn`). Dates are
// ISO strings, which compare in date order.
import type { Consent } from "./bindings";
import { t } from "./i18n";

export type ConsentStanding = "active" | "expired" | "revoked" | "not_yet_effective";

export function standingOn(
  c: Pick<Consent, "revokedOn" | "effectiveOn" | "expiresOn" | "expiryEvent" | "programExitOn">,
  date: string,
): ConsentStanding {
  if (c.revokedOn !== null && date >= c.revokedOn) return "revoked";
  if (date < c.effectiveOn) return "not_yet_effective";
  if (c.expiresOn !== null && date > c.expiresOn) return "expired";
  if (c.expiryEvent !== null && c.programExitOn !== null && date >= c.programExitOn) return "expired";
  return "active";
}

/** Each standing's label in the current language. Getters, not strings,
 * so every read (in a template) speaks the language chosen at that moment
 * and a switch redraws it. */
export const STANDING_LABEL: Readonly<Record<ConsentStanding, string>> = {
  get active() {
    return t("card-consent-active");
  },
  get expired() {
    return t("card-consent-expired");
  },
  get revoked() {
    return t("card-consent-revoked");
  },
  get not_yet_effective() {
    return t("card-consent-not-yet-effective");
  },
};
