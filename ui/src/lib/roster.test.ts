import { describe, expect, it } from "vitest";
import type { Roster } from "./bindings";
import { KEY_TO_STATUS, attendance, cycle, markAll, marksFor, sameMarks, toMarks } from "./roster";

const roster: Roster = {
  group: {
    id: "g", name: "Circle", description: null, weekday: "tuesday", startTime: "18:00",
    location: null, active: true, memberCount: 3,
  },
  members: [
    { participantId: "a", displayName: "A", joinedOn: null },
    { participantId: "b", displayName: "B", joinedOn: null },
    { participantId: "c", displayName: "C", joinedOn: null },
  ],
  sessions: [
    { id: "s1", groupId: "g", heldOn: "2026-11-10", topic: null, note: null, startTime: null, durationMinutes: null },
    { id: "s2", groupId: "g", heldOn: "2026-11-17", topic: null, note: null, startTime: null, durationMinutes: null },
  ],
  marks: [
    { sessionId: "s1", participantId: "a", status: "present" },
    { sessionId: "s1", participantId: "b", status: "absent" },
    { sessionId: "s2", participantId: "a", status: "late" },
  ],
};

describe("roster grid", () => {
  it("reads one session's marks", () => {
    const m = marksFor(roster, "s2");
    expect([...m.entries()]).toEqual([["a", "late"]]);
  });

  it("marks everyone else present without undoing a mark", () => {
    const all = markAll(roster, marksFor(roster, "s2"), "present");
    expect(all.get("a")).toBe("late");
    expect(all.get("b")).toBe("present");
    expect(all.get("c")).toBe("present");
    const overwrite = markAll(roster, marksFor(roster, "s2"), "absent", false);
    expect(overwrite.get("a")).toBe("absent");
  });

  it("maps single keys and cycles through the statuses", () => {
    expect(KEY_TO_STATUS["p"]).toBe("present");
    expect(KEY_TO_STATUS["a"]).toBe("absent");
    expect(cycle(undefined)).toBe("present");
    expect(cycle("present")).toBe("late");
    expect(cycle("absent")).toBeUndefined();
  });

  it("counts attendance: present and late count, excused and absent don't", () => {
    expect(attendance(roster, "a")).toEqual({ attended: 2, marked: 2 });
    expect(attendance(roster, "b")).toEqual({ attended: 0, marked: 1 });
    expect(attendance(roster, "c")).toEqual({ attended: 0, marked: 0 });
  });

  it("turns marks into the command's input and compares them", () => {
    const m = marksFor(roster, "s1");
    expect(toMarks(m)).toEqual([
      { participantId: "a", status: "present" },
      { participantId: "b", status: "absent" },
    ]);
    expect(sameMarks(m, marksFor(roster, "s1"))).toBe(true);
    expect(sameMarks(m, marksFor(roster, "s2"))).toBe(false);
  });
});
