// How an export's preview reads: one line per included section.
import type {
  CaseloadRow, ConsentCategory, ExportFormat, LeftOut, LeftOutReason, ParticipantId, ParticipantSection, ParticipantStatus,
} from "./bindings";
import { t } from "./i18n";

/** How each export format is named for a peer. Each read is a message in
 * the current language, so a template showing one redraws on a switch. */
export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  get pdf() {
    return t("export-format-pdf");
  },
  get csv() {
    return t("export-format-csv");
  },
  get pack() {
    return t("export-format-pack");
  },
};

export function hoursAndMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t("export-duration-minutes", { minutes: m });
  return m === 0 ? t("export-duration-hours", { hours: h }) : t("export-duration-hours-minutes", { hours: h, minutes: m });
}

export function sectionLines(s: ParticipantSection): string[] {
  const lines: string[] = [];
  if (s.engagement) {
    const e = s.engagement;
    lines.push(t("export-line-engagement", { contacts: e.contacts, duration: hoursAndMinutes(e.minutes), units: e.units }));
  } else if (s.contacts) {
    lines.push(t("export-line-contact-notes", { count: s.contacts.length }));
  }
  if (s.contacts?.some((c) => c.narrative)) lines.push(t("export-line-narratives"));
  if (s.attendance) {
    const a = s.attendance;
    const held = a.present + a.late + a.excused + a.absent;
    const attended = a.present + a.late;
    if (held === 0) lines.push(t("export-line-no-sessions"));
    else if (a.ratePercent === null) lines.push(t("export-line-attendance", { attended, held }));
    else lines.push(t("export-line-attendance-rate", { attended, held, rate: a.ratePercent }));
  }
  if (s.wellness) lines.push(t("export-line-wellness", { count: s.wellness.points.length }));
  if (s.referrals) lines.push(t("export-line-referrals", { count: s.referrals.length }));
  if (s.followUps) lines.push(t("export-line-follow-ups", { count: s.followUps.length }));
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

/** Why someone on the caseload is not offered for a recipient, in the
 * current language on each read (as FORMAT_LABELS). */
export const LEFT_OUT_REASONS: Readonly<Record<LeftOutReason, string>> = {
  get no_consent() {
    return t("export-reason-no-consent");
  },
  get revoked() {
    return t("export-reason-revoked");
  },
  get expired() {
    return t("export-reason-expired");
  },
  get not_yet_effective() {
    return t("export-reason-not-yet-effective");
  },
};

/** "12 on your caseload have no consent for this recipient; 3 consents
 * ended", or null when nobody is left out. */
export function notOfferedSummary(leftOut: readonly LeftOut[]): string | null {
  const count = (...reasons: LeftOutReason[]) => leftOut.filter((l) => reasons.includes(l.reason)).length;
  const none = count("no_consent");
  const ended = count("revoked", "expired");
  const later = count("not_yet_effective");
  const parts: string[] = [];
  if (none > 0) parts.push(t("export-left-out-no-consent", { count: none }));
  if (ended > 0) parts.push(t("export-left-out-ended", { count: ended }));
  if (later > 0) parts.push(t("export-left-out-later", { count: later }));
  return parts.length ? parts.join("; ") : null;
}
