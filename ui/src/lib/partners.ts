// Partners and their agreements as the peer reads them: whether an
// agreement is in force, ending soon or over, and which partners no
// longer have one in force (an export to them is blocked until renewed).
// The rules are core's (`partners::agreement`); this only words them.
import type { Agreement, Expiring, Partner, PartnerId } from "./bindings";
import { addDays } from "./dates";
import { t } from "./i18n";

/** How long before an agreement ends the caseload warns (core's WARN_DAYS). */
export const WARN_DAYS = 30;

export type AgreementStatus = "notYet" | "inForce" | "expiring" | "expired";

export function agreementStatus(a: Pick<Agreement, "effectiveOn" | "expiresOn">, today: string): AgreementStatus {
  if (today < a.effectiveOn) return "notYet";
  if (a.expiresOn < today) return "expired";
  return a.expiresOn <= addDays(today, WARN_DAYS) ? "expiring" : "inForce";
}

export function agreementStatusText(status: AgreementStatus): string {
  switch (status) {
    case "notYet":
      return t("partners-agreement-not-yet");
    case "inForce":
      return t("partners-agreement-in-force");
    case "expiring":
      return t("partners-agreement-expiring");
    case "expired":
      return t("partners-agreement-expired");
  }
}

/** A partner whose agreements have all ended: nothing may go to them. */
export interface Lapsed {
  partnerId: PartnerId;
  partner: string;
  title: string;
  expiredOn: string;
}

/** Partners with an agreement that started, none in force on `today`,
 * naming the last to end (core's `Standing::Expired`), by name. */
export function lapsedPartners(partners: readonly Partner[], agreements: readonly Agreement[], today: string): Lapsed[] {
  const out: Lapsed[] = [];
  for (const p of partners) {
    const started = agreements.filter((a) => a.partnerId === p.id && a.effectiveOn <= today);
    if (started.length === 0 || started.some((a) => a.expiresOn >= today)) continue;
    const last = started.reduce((x, y) => (y.expiresOn > x.expiresOn ? y : x));
    out.push({ partnerId: p.id, partner: p.name, title: last.title, expiredOn: last.expiresOn });
  }
  return out;
}

/** The caseload's sentence for an agreement ending soon. */
export function expiringText(e: Pick<Expiring, "partner" | "daysLeft">, date: string): string {
  return t("partners-warning-expiring", { partner: e.partner, date, days: e.daysLeft });
}

/** Attendees as the list shows them: "Jordan Reyes (coordinator), Sam Ortiz". */
export function attendeesText(p: Pick<Partner, "attendees">): string {
  return p.attendees.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(", ");
}

/** Attendees typed one a line, "Name, role": the role after the first comma. */
export function parseAttendees(text: string): { name: string; role: string | null }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const comma = line.indexOf(",");
      if (comma < 0) return { name: line, role: null };
      const role = line.slice(comma + 1).trim();
      return { name: line.slice(0, comma).trim(), role: role || null };
    });
}

/** The reverse of `parseAttendees`, to edit a partner's list. */
export function attendeesLines(p: Pick<Partner, "attendees">): string {
  return p.attendees.map((a) => (a.role ? `${a.name}, ${a.role}` : a.name)).join("\n");
}
