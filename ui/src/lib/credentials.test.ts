import { afterEach, describe, expect, it } from "vitest";
import type { Progress, Standing } from "./bindings";
import {
  categoryLabel, hoursShown, lineLabel, minutesOf, missingText, presetName, reminders, reminderText, standingText,
} from "./credentials";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const progress = (name: string, standing: Standing, missing = 0, required = 36 * 60): Progress => ({
  credential: {
    id: `CR-${name}`,
    name,
    board: null,
    number: null,
    issuedOn: "2025-01-01",
    expiresOn: "2026-12-31",
    rule: { periodMonths: 24, totalHours: 36, minimums: [], graceDays: 0, supervisionCountsAs: null, afterGrace: null },
  },
  period: { from: "2025-01-01", to: "2026-12-31" },
  standing,
  tally: { lines: [], requiredMinutes: required, earnedMinutes: required - missing, missingMinutes: missing, supervisionMinutes: 0 },
  trainings: [],
  supervision: [],
}) as Progress;

describe("hours", () => {
  it("reads what the peer types, a decimal point or a comma, in whole minutes", () => {
    expect(minutesOf("1.5")).toBe(90);
    expect(minutesOf(" 1,5 ")).toBe(90);
    expect(minutesOf("2")).toBe(120);
    expect(minutesOf("0.25")).toBe(15);
  });

  it("gives 0 for anything else, for core to refuse by its field", () => {
    for (const bad of ["", "abc", "-1", "1.5.2", "1 h"]) expect(minutesOf(bad)).toBe(0);
  });

  it("shows minutes as hours in the language's digits", () => {
    expect(hoursShown(90)).toBe("1.5");
    expect(hoursShown(36 * 60)).toBe("36");
    // US Spanish, as the app speaks it, writes a decimal point too.
    language.value = "es";
    expect(hoursShown(90)).toBe("1.5");
  });
});

describe("words", () => {
  it("names the usual categories and shows a program's own as typed", () => {
    expect(categoryLabel("ethics")).toBe("Ethics");
    expect(categoryLabel("harm_reduction")).toBe("harm reduction");
    expect(lineLabel({ category: null })).toBe("Any category (elective)");
    language.value = "es";
    expect(categoryLabel("peer_support")).toBe("Apoyo entre pares y recuperación");
  });

  it("words a preset by its key, and an unknown one by core's name", () => {
    expect(presetName({ key: "wisconsin_cps", name: "x" })).toBe("Certified Peer Specialist (Wisconsin)");
    expect(presetName({ key: "oregon", name: "Oregon PSS" })).toBe("Oregon PSS");
  });

  it("says what is still missing", () => {
    expect(missingText(progress("A", { status: "current" }, 270))).toBe("4.5 hours still to go");
    expect(missingText(progress("A", { status: "current" }, 0))).toBe("All the hours are in.");
    expect(missingText(progress("A", { status: "current" }, 0, 0))).toBe("No hours are needed to renew.");
  });
});

describe("the caseload's reminder", () => {
  const due = (days: number): Standing => ({ status: "dueSoon", reminder: days <= 7 ? 7 : days <= 30 ? 30 : 90, daysLeft: days });

  it("reminds of credentials near or past expiry, the most pressing first, and not of current ones", () => {
    const all = [
      progress("Far", { status: "current" }),
      progress("Month", due(20)),
      progress("Week", due(5)),
      progress("Grace", { status: "inGrace", until: "2026-12-20" }),
      progress("Gone", { status: "lapsed" }),
    ];
    expect(reminders(all).map((p) => p.credential.name)).toEqual(["Gone", "Grace", "Week", "Month"]);
  });

  it("words each standing", () => {
    const today = "2026-12-03";
    expect(reminderText(progress("CPS", due(20)), today)).toBe("Your CPS expires in 20 days");
    expect(reminderText(progress("CPS", due(1)), today)).toBe("Your CPS expires tomorrow");
    expect(reminderText(progress("CPS", { status: "lapsed" }), today)).toBe("Your CPS has lapsed");
    expect(standingText(due(0), today)).toBe("Expires today");
    language.value = "es";
    expect(reminderText(progress("CPS", due(20)), today)).toBe("Su CPS vence en 20 días");
    expect(standingText({ status: "lapsed" }, today)).toBe("Caducada");
  });
});
