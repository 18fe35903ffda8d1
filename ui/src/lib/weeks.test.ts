import { describe, expect, it } from "vitest";
import type { WeekSummary } from "./bindings";
import { lastWeeks, weekRows } from "./weeks";

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
});
