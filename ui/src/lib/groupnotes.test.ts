import { describe, expect, it } from "vitest";
import type { GroupMemberNote, GroupSessionNotes, ParticipantId } from "./bindings";
import { notesLine, ownPartsOf, sizeWarnings, unsignedCount } from "./groupnotes";

const pid = (n: number) => `p${n}` as ParticipantId;

function member(n: number, written: boolean, signed = false): GroupMemberNote {
  return {
    participantId: pid(n),
    displayName: `Member ${n}`,
    contactId: written ? (`c${n}` as GroupMemberNote["contactId"]) : null,
    ownPart: null,
    signed,
  };
}

function notes(members: GroupMemberNote[]): GroupSessionNotes {
  return {
    session: {
      id: "s1" as GroupSessionNotes["session"]["id"],
      groupId: "g1" as GroupSessionNotes["session"]["groupId"],
      heldOn: "2026-11-30",
      topic: null,
      note: null,
      startTime: null,
      durationMinutes: null,
    },
    members,
    overLimit: [],
  };
}

describe("group notes", () => {
  it("says none is written until one is, then counts written and signed", () => {
    expect(notesLine(notes([member(1, false), member(2, false)]))).toMatch(/No group notes/);
    const line = notesLine(notes([member(1, true, true), member(2, true), member(3, false)]));
    expect(line).toBe("2 of 3 present have a note · 1 signed");
  });

  it("counts only written, unsigned notes as what signing would sign", () => {
    expect(unsignedCount(notes([member(1, true, true), member(2, true), member(3, false)]))).toBe(1);
  });

  it("words one warning per payer over its limit", () => {
    const [w] = sizeWarnings([{ payer: "Virginia Medicaid", limit: 10, present: 11 }]);
    expect(w).toContain("11 people");
    expect(w).toContain("Virginia Medicaid");
    expect(w).toContain("at most 10");
  });

  it("sends trimmed own parts, none for a blank box or a signed note", () => {
    const typed = new Map([
      [pid(1), "  Named a sponsor. "],
      [pid(2), "   "],
      [pid(3), "Locked words"],
    ]);
    const parts = ownPartsOf(notes([member(1, true), member(2, true), member(3, true, true)]), typed);
    expect(parts).toEqual([{ participantId: pid(1), text: "Named a sponsor." }]);
  });
});
