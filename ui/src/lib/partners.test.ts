import { afterEach, describe, expect, it } from "vitest";
import type { Agreement, Partner } from "./bindings";
import {
  agreementStatus, attendeesLines, attendeesText, expiringText, lapsedPartners, parseAttendees,
} from "./partners";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const partner = (id: string, name: string): Partner => ({
  id,
  name,
  partnerType: "court",
  attendees: [],
  handover: null,
  needsReview: false,
  createdAt: "2026-01-01T09:00:00+00:00",
  updatedAt: "2026-01-01T09:00:00+00:00",
});

const agreement = (partnerId: string, title: string, effectiveOn: string, expiresOn: string): Agreement => ({
  id: `A-${title}`,
  partnerId,
  title,
  purpose: "Case conference coordination",
  categories: ["attendance"],
  effectiveOn,
  expiresOn,
  document: null,
  createdAt: "2026-01-01T09:00:00+00:00",
});

describe("an agreement's status", () => {
  const a = { effectiveOn: "2026-01-01", expiresOn: "2026-12-31" };

  it("is in force between its dates, both included, and ends soon within 30 days", () => {
    expect(agreementStatus(a, "2025-12-31")).toBe("notYet");
    expect(agreementStatus(a, "2026-01-01")).toBe("inForce");
    expect(agreementStatus(a, "2026-11-30")).toBe("inForce");
    expect(agreementStatus(a, "2026-12-01")).toBe("expiring");
    expect(agreementStatus(a, "2026-12-31")).toBe("expiring");
    expect(agreementStatus(a, "2027-01-01")).toBe("expired");
  });
});

describe("partners whose agreements ended", () => {
  const court = partner("P1", "Treatment Court");
  const sheriff = partner("P2", "County Sheriff");
  const clinic = partner("P3", "Clinic");

  it("names the last agreement that ended, and only when none is in force", () => {
    const agreements = [
      agreement("P1", "MOU 2024", "2024-01-01", "2024-12-31"),
      agreement("P1", "MOU 2025", "2025-01-01", "2025-12-31"),
      agreement("P2", "MOU old", "2024-01-01", "2025-06-30"),
      agreement("P2", "MOU new", "2025-07-01", "2026-06-30"),
    ];
    expect(lapsedPartners([court, sheriff, clinic], agreements, "2026-03-01")).toEqual([
      { partnerId: "P1", partner: "Treatment Court", title: "MOU 2025", expiredOn: "2025-12-31" },
    ]);
  });

  it("leaves out a partner with no agreement, or one not started yet", () => {
    const agreements = [agreement("P3", "Future", "2026-06-01", "2027-05-31")];
    expect(lapsedPartners([court, clinic], agreements, "2026-03-01")).toEqual([]);
  });
});

describe("words", () => {
  it("says when an agreement ends, in each language", () => {
    expect(expiringText({ partner: "Treatment Court", daysLeft: 12 }, "Dec 16")).toBe(
      "The agreement with Treatment Court ends on Dec 16 (in 12 days).",
    );
    expect(expiringText({ partner: "Treatment Court", daysLeft: 0 }, "Dec 4")).toContain("(today)");
    language.value = "es";
    expect(expiringText({ partner: "Tribunal", daysLeft: 1 }, "5 dic")).toBe(
      "El acuerdo con Tribunal vence el 5 dic (mañana).",
    );
  });
});

describe("attendees", () => {
  it("reads one a line, the role after the first comma", () => {
    expect(parseAttendees("Jordan Reyes, coordinator\n\n  Sam Ortiz  \nAlex Kim, judge, presiding")).toEqual([
      { name: "Jordan Reyes", role: "coordinator" },
      { name: "Sam Ortiz", role: null },
      { name: "Alex Kim", role: "judge, presiding" },
    ]);
  });

  it("writes back what it reads, and lists them for the card", () => {
    const p = { attendees: [{ name: "Jordan Reyes", role: "coordinator" }, { name: "Sam Ortiz", role: null }] };
    expect(parseAttendees(attendeesLines(p))).toEqual(p.attendees);
    expect(attendeesText(p)).toBe("Jordan Reyes (coordinator), Sam Ortiz");
  });
});
