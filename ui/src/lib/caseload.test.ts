import { afterEach, describe, expect, it } from "vitest";
import type { CaseloadRow } from "./bindings";
import {
  applyCaseload, defaultFilter, matchesText, overdueFilter, overdueTileText, planReviewBadge, reviewsDue, soonestGroup, summarise,
  toSign, toSignText,
} from "./caseload";
import { formatDate } from "./dates";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

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
    unsignedOverdue: 0,
    planReviewDueOn: null,
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
    expect(summarise(rows)).toEqual({ active: 3, notSeen: 2, overduePeople: 1, overdueFollowUps: 1 });
  });
});

describe("the overdue tile and its filter", () => {
  const many = [
    row("Rowan Example", { overdueFollowUps: 2, openFollowUps: 3 }),
    row("Amara Sample", { overdueFollowUps: 1, openFollowUps: 1 }),
    row("Jordan Reyes", { status: "paused", overdueFollowUps: 1, openFollowUps: 1 }),
    row("Casey Moreno", { openFollowUps: 1 }),
  ];

  it("counts people, and the filter it opens shows exactly those people", () => {
    const s = summarise(many);
    expect(s.overduePeople).toBe(3);
    expect(s.overdueFollowUps).toBe(4);
    expect(applyCaseload(many, overdueFilter(), "name").length).toBe(s.overduePeople);
  });

  it("says people, with the follow-ups beside them when there are more", () => {
    expect(overdueTileText(summarise(many))).toEqual({
      people: "people with overdue follow-ups",
      followUps: "4 follow-ups overdue in all",
    });
    expect(overdueTileText(summarise(many.slice(1, 2)))).toEqual({ people: "person with overdue follow-ups", followUps: null });
  });

  it("speaks Spanish, with plural forms", () => {
    language.value = "es";
    expect(overdueTileText(summarise(many))).toEqual({
      people: "personas con seguimientos vencidos",
      followUps: "4 seguimientos vencidos en total",
    });
    expect(overdueTileText(summarise(many.slice(1, 2))).people).toBe("persona con seguimientos vencidos");
  });
});

describe("notes to sign", () => {
  const waiting = [
    row("Rowan Example", { unsignedOverdue: 2 }),
    row("Casey Sample"),
    row("Avery Test", { unsignedOverdue: 1, status: "paused" }),
  ];

  it("counts the people and their notes", () => {
    expect(toSign(waiting)).toEqual({ people: 2, notes: 3 });
    expect(toSign([])).toEqual({ people: 0, notes: 0 });
  });

  it("says a row's notes calmly, or nothing", () => {
    expect(toSignText(waiting[0]!)).toBe("2 notes to sign");
    expect(toSignText(waiting[2]!)).toBe("1 note to sign");
    expect(toSignText(waiting[1]!)).toBeNull();
    language.value = "es";
    expect(toSignText(waiting[0]!)).toBe("2 notas por firmar");
  });

  it("filters to the people with notes to sign", () => {
    const shown = applyCaseload(waiting, { ...defaultFilter(), status: "all", toSignOnly: true }, "name");
    expect(shown.map((r) => r.displayName)).toEqual(["Avery Test", "Rowan Example"]);
  });
});

describe("plans due for review", () => {
  const today = "2026-12-03";
  const due = [
    row("Rowan Example", { planReviewDueOn: "2026-11-30" }),
    row("Casey Sample"),
    row("Avery Test", { planReviewDueOn: today }),
  ];

  it("counts the people whose plan is due", () => {
    expect(reviewsDue(due)).toBe(2);
    expect(reviewsDue([row("Casey Sample")])).toBe(0);
  });

  it("badges a row with the date in its whole sentence, or not at all", () => {
    expect(planReviewBadge(due[0]!, today)).toEqual({
      short: "Plan review due",
      full: "Plan review due Mon, Nov 30",
    });
    expect(planReviewBadge(due[1]!, today)).toBeNull();
    language.value = "es";
    expect(planReviewBadge(due[0]!, today)?.short).toBe("Revisión del plan pendiente");
    expect(planReviewBadge(due[0]!, today)?.full).toBe(`Revisión del plan pendiente: ${formatDate("2026-11-30", today)}`);
  });

  it("filters to the people whose plan is due", () => {
    const shown = applyCaseload(due, { ...defaultFilter(), reviewDueOnly: true }, "name");
    expect(shown.map((r) => r.displayName)).toEqual(["Avery Test", "Rowan Example"]);
  });
});

describe("the next group tile", () => {
  it("shows the soonest session anyone has, or none", () => {
    const at = (name: string, on: string) => row(name, { nextGroup: { groupId: `g-${on}`, name: `Group ${on}`, on } });
    expect(soonestGroup([])).toBeNull();
    expect(soonestGroup([row("Rowan Example")])).toBeNull();
    const soonest = soonestGroup([at("A B", "2026-12-10"), row("C D"), at("E F", "2026-12-08"), at("G H", "2026-12-09")]);
    expect(soonest?.on).toBe("2026-12-08");
  });
});
