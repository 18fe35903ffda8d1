import { describe, expect, it } from "vitest";
import type { WeekSummary } from "./bindings";
import { lastWeeks, sparkPoints, weekRows } from "./weeks";

const week = (weekStart: string, active: number, units: number[]): WeekSummary => ({
  weekStart,
  activeParticipants: active,
  notSeen14Days: 1,
  overdueFollowups: 0,
  planReviewsDue: 2,
  unsignedNotes: 3,
  unitsByPayer: units.map((u, i) => ({ payer: `Payer ${i}`, units: u })),
  groupSessions: 1,
  groupAttendance: 7,
});

describe("a peer's weeks", () => {
  it("keeps the last weeks, oldest first", () => {
    const weeks = [week("2026-11-23", 9, []), week("2026-11-09", 7, []), week("2026-11-16", 8, [])];
    expect(lastWeeks(weeks, 2).map((w) => w.weekStart)).toEqual(["2026-11-16", "2026-11-23"]);
  });

  it("adds units across payers and keeps each count in week order", () => {
    const rows = weekRows([week("2026-11-16", 8, [4, 6]), week("2026-11-23", 9, [])]);
    expect(rows.find((r) => r.label === "weeks-count-units")?.values).toEqual([10, 0]);
    expect(rows.find((r) => r.label === "weeks-count-active")?.values).toEqual([8, 9]);
    expect(rows).toHaveLength(8);
  });

  it("places a count's weeks in the spark's box, a single week in the middle", () => {
    const box = { width: 110, height: 28, left: 4, right: 4, top: 4, bottom: 4 };
    expect(sparkPoints([0, 2, 4], box)).toEqual([
      { x: 4, y: 24 },
      { x: 55, y: 14 },
      { x: 106, y: 4 },
    ]);
    // The first week a peer sends is a dot, not nothing.
    expect(sparkPoints([3], box)).toEqual([{ x: 55, y: 4 }]);
    // All zero sits on the floor rather than dividing by zero.
    expect(sparkPoints([0, 0], box).map((p) => p.y)).toEqual([24, 24]);
  });
});
