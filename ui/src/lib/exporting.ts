// How an export's preview reads: one line per included section.
import type { CaseloadRow, ConsentCategory, ExportFormat, ParticipantId, ParticipantSection, ParticipantStatus } from "./bindings";

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
