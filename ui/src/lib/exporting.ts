// How an export's preview reads: one line per included section.
import type {
  CaseloadRow, ConsentCategory, ExportFormat, LeftOut, LeftOutReason, ParticipantId, ParticipantSection, ParticipantStatus,
} from "./bindings";

/** How each export format is named for a peer. */
export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  pdf: "PDF",
  csv: "CSV tables",
  pack: "Sealed packet",
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function hoursAndMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function sectionLines(s: ParticipantSection): string[] {
  const lines: string[] = [];
  if (s.engagement) {
    const e = s.engagement;
    lines.push(`${plural(e.contacts, "contact")}, ${hoursAndMinutes(e.minutes)} (${plural(e.units, "unit")})`);
  } else if (s.contacts) {
    lines.push(plural(s.contacts.length, "contact note"));
  }
  if (s.contacts?.some((c) => c.narrative)) lines.push("with contact narratives");
  if (s.attendance) {
    const a = s.attendance;
    const held = a.present + a.late + a.excused + a.absent;
    lines.push(
      held === 0
        ? "no group sessions"
        : `group attendance ${a.present + a.late} of ${held}${a.ratePercent === null ? "" : ` (${a.ratePercent}%)`}`,
    );
  }
  if (s.wellness) lines.push(plural(s.wellness.points.length, "wellness check-in"));
  if (s.referrals) lines.push(plural(s.referrals.length, "referral"));
  if (s.followUps) lines.push(plural(s.followUps.length, "open follow-up"));
  return lines;
}

/** The first 12 hex digits, grouped, for showing a file's SHA-256. */
export function shortHash(hex: string): string {
  return hex.slice(0, 12).replace(/(.{4})(?=.)/g, "$1 ");
}

/** The categories an export starts with: what the consents allow, except
 * contact narratives, which the peer ticks on purpose or not at all. */
export function startingCategories(allowed: readonly ConsentCategory[]): ConsentCategory[] {
  return allowed.filter((c) => c !== "contact_narratives");
}

/** Each participant's status, from the caseload the app already loads. */
export function statusById(rows: readonly Pick<CaseloadRow, "participantId" | "status">[]): Map<ParticipantId, ParticipantStatus> {
  return new Map(rows.map((r) => [r.participantId, r.status]));
}

/** Why someone on the caseload is not offered for a recipient. */
export const LEFT_OUT_REASONS: Readonly<Record<LeftOutReason, string>> = {
  no_consent: "no consent for this recipient",
  revoked: "consent revoked",
  expired: "consent ended",
  not_yet_effective: "consent not in force yet",
};

/** "12 on your caseload have no consent for this recipient; 3 consents
 * ended", or null when nobody is left out. */
export function notOfferedSummary(leftOut: readonly LeftOut[]): string | null {
  const count = (...reasons: LeftOutReason[]) => leftOut.filter((l) => reasons.includes(l.reason)).length;
  const none = count("no_consent");
  const ended = count("revoked", "expired");
  const later = count("not_yet_effective");
  const parts: string[] = [];
  if (none > 0) parts.push(`${none} on your caseload ${none === 1 ? "has" : "have"} no consent for this recipient`);
  if (ended > 0) parts.push(`${plural(ended, "consent")} ended`);
  if (later > 0) parts.push(`${later} ${later === 1 ? "consent starts" : "consents start"} later`);
  return parts.length ? parts.join("; ") : null;
}
