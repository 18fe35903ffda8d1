// The attendance grid: members down the side, sessions across. Marks for
// one session are edited in place and saved as that session's whole roster.
import type { AttendanceMark, AttendanceStatus, ParticipantId, Roster, SessionId } from "./bindings";

/** Single keys that set a mark in the grid. */
export const KEY_TO_STATUS: Readonly<Record<string, AttendanceStatus>> = {
  p: "present",
  l: "late",
  e: "excused",
  a: "absent",
};

export const STATUS_ORDER: readonly AttendanceStatus[] = ["present", "late", "excused", "absent"];

/** What a marked cell shows: the key that sets the mark, the same in every
 * language (the grid's key hint names each status in words). */
export const STATUS_SHORT: Readonly<Record<AttendanceStatus, string>> = {
  present: "P",
  late: "L",
  excused: "E",
  absent: "A",
};

export type SessionMarks = Map<ParticipantId, AttendanceStatus>;

export function marksFor(roster: Roster, sessionId: SessionId): SessionMarks {
  const marks: SessionMarks = new Map();
  for (const m of roster.marks) {
    if (m.sessionId === sessionId) marks.set(m.participantId, m.status);
  }
  return marks;
}

/** Everyone on the roster marked `status`, keeping marks already set when
 * `keep` is true (so "mark the rest present" doesn't undo a late). */
export function markAll(
  roster: Roster,
  marks: SessionMarks,
  status: AttendanceStatus,
  keep = true,
): SessionMarks {
  const next: SessionMarks = new Map(marks);
  for (const m of roster.members) {
    if (!keep || !next.has(m.participantId)) next.set(m.participantId, status);
  }
  return next;
}

/** The next status when a cell is clicked: unmarked → present → late →
 * excused → absent → unmarked. */
export function cycle(status: AttendanceStatus | undefined): AttendanceStatus | undefined {
  if (status === undefined) return "present";
  const i = STATUS_ORDER.indexOf(status);
  return STATUS_ORDER[i + 1];
}

export function toMarks(marks: SessionMarks): AttendanceMark[] {
  return [...marks.entries()].map(([participantId, status]) => ({ participantId, status }));
}

/** How many of a member's marked sessions they attended (present or late). */
export function attendance(roster: Roster, participantId: ParticipantId): { attended: number; marked: number } {
  let attended = 0;
  let marked = 0;
  for (const m of roster.marks) {
    if (m.participantId !== participantId) continue;
    marked += 1;
    if (m.status === "present" || m.status === "late") attended += 1;
  }
  return { attended, marked };
}

export function sameMarks(a: SessionMarks, b: SessionMarks): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
