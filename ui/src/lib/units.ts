// Medicaid peer support units (HCPCS H0038, 15 minutes each), shown while a
// peer types the duration. The same midpoint rule as core's
// `contact::units` (a unit counts once 8 of its 15 minutes were spent); the
// saved contact carries core's own count.
import { t } from "./i18n";

export function units(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 1) return 0;
  return Math.floor((Math.floor(minutes) + 7) / 15);
}

/** "2 units", in the peer's language. */
export function unitsText(minutes: number): string {
  return t("contact-units", { count: units(minutes) });
}
