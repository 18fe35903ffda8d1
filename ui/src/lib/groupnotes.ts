// Group notes: how a session's notes read under the roster, the size
// warning a payer's limit gives before saving, and the members' own parts
// as core takes them.
import type { GroupSessionNotes, GroupSizeWarning, OwnPart, ParticipantId } from "./bindings";
import { t } from "./i18n";

/** "2 of 3 present have a note · 1 signed", or that none is written yet. */
export function notesLine(notes: GroupSessionNotes): string {
  const written = notes.members.filter((m) => m.contactId !== null).length;
  if (written === 0) return t("group-notes-none");
  const signed = notes.members.filter((m) => m.signed).length;
  return t("group-notes-written", { written, present: notes.members.length, signed });
}

/** Notes written and not signed: what "Sign the notes" would sign. */
export function unsignedCount(notes: GroupSessionNotes): number {
  return notes.members.filter((m) => m.contactId !== null && !m.signed).length;
}

/** One sentence per payer whose group size limit the session is over. */
export function sizeWarnings(over: readonly GroupSizeWarning[]): string[] {
  return over.map((w) => t("group-notes-over-limit", { present: w.present, payer: w.payer, limit: w.limit }));
}

/** The own parts to send: a member's words, trimmed, for notes not yet
 * signed (a signed note keeps what it says). */
export function ownPartsOf(
  notes: GroupSessionNotes,
  typed: ReadonlyMap<ParticipantId, string>,
): OwnPart[] {
  return notes.members
    .filter((m) => !m.signed)
    .map((m) => ({ participantId: m.participantId, text: (typed.get(m.participantId) ?? "").trim() }))
    .filter((p) => p.text.length > 0);
}
