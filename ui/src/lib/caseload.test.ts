import { describe, expect, it } from "vitest";
import type { CaseloadRow } from "./bindings";
import { applyCaseload, defaultFilter, matchesText, summarise } from "./caseload";

function row(name: string, over: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    participantId: name.toLowerCase(),
    externalId: `PD-${name.length}`,
    displayName: name,
    status: "active",
    program: null,
    lastContactAt: null,
    daysSinceSeen: 3,
    notSeenRecently: false,
    openFollowUps: 0,
    overdueFollowUps: 0,
    nextFollowUpOn: null,
    nextGroup: null,
    ...over,
  };
}

const rows = [
  row("Rowan Example", { daysSinceSeen: 20, notSeenRecently: true }),
  row("Amara Sample", { daysSinceSeen: 2, openFollowUps: 2, overdueFollowUps: 1 }),
  row("Jo Placeholder", { daysSinceSeen: null, notSeenRecently: true }),
  row("Kai Test", { status: "completed", daysSinceSeen: 90 }),
];

describe("caseload", () => {
  it("shows active people by default, longest unseen (never seen) first", () => {
    const shown = applyCaseload(rows, defaultFilter(), "notSeen").map((r) => r.displayName);
    expect(shown).toEqual(["Jo Placeholder", "Rowan Example", "Amara Sample"]);
  });

  it("sorts by follow-ups, overdue first", () => {
    const shown = applyCaseload(rows, { ...defaultFilter(), status: "all" }, "followUps");
    expect(shown[0]!.displayName).toBe("Amara Sample");
  });

  it("filters to the not-seen and the overdue", () => {
    const notSeen = applyCaseload(rows, { ...defaultFilter(), notSeenOnly: true }, "name");
    expect(notSeen.map((r) => r.displayName)).toEqual(["Jo Placeholder", "Rowan Example"]);
    const overdue = applyCaseload(rows, { ...defaultFilter(), overdueOnly: true }, "name");
    expect(overdue.map((r) => r.displayName)).toEqual(["Amara Sample"]);
  });

  it("finds by any part of name, case number or program, ignoring accents", () => {
    expect(matchesText(row("Zoë Example"), "zoe")).toBe(true);
    expect(matchesText(row("Rowan Example", { program: "Treatment court" }), "row court")).toBe(true);
    expect(matchesText(row("Rowan Example"), "amara")).toBe(false);
  });

  it("sums up the caseload", () => {
    expect(summarise(rows)).toEqual({ active: 3, notSeen: 2, overdue: 1 });
  });
});
