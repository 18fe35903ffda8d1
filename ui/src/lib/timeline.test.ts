import { afterEach, describe, expect, it } from "vitest";
import type { PlanVersion, TimelineItem } from "./bindings";
import { KIND_LABELS, TIMELINE_PAGE, byDay, describe as describeItem, kindLabel, mayHaveOlder } from "./timeline";
import { formatDate } from "./dates";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const contact: TimelineItem = {
  on: "2026-11-23",
  entry: {
    kind: "contact",
    contact: {
      id: "c1", participantId: "p", occurredAt: "2026-11-23T09:05:00-05:00", durationMinutes: 25,
      units: 2, mode: "phone", setting: null, services: ["check_in"], dimensions: [], narrative: "Talked.", format: "free", parts: [], goals: [], group: null,
      signature: null, addenda: [],
    },
  },
};
const boundary: TimelineItem = {
  on: "2026-11-23",
  entry: {
    kind: "boundary",
    note: {
      id: "b1", participantId: "p", category: "hours", text: "Calls 9 to 5.", agreedOn: "2026-11-23",
      reviewOn: null, updatedAt: "2026-11-23T09:00:00-05:00",
    },
  },
};
const followUp: TimelineItem = {
  on: "2026-11-20",
  entry: {
    kind: "followUp",
    followUp: {
      id: "f1", participantId: "p", contactId: null, dueOn: "2026-11-20", text: "Bus pass",
      status: "open", closedOn: null, createdAt: "2026-11-19T09:00:00-05:00",
    },
  },
};

describe("timeline entries", () => {
  it("describe a contact with its time, units and services", () => {
    const d = describeItem(contact, null);
    expect(d.title).toBe("phone · 25 min");
    expect(d.meta).toEqual(["9:05", "2 units", "check_in"]);
    expect(d.body).toBe("Talked.");
    expect(d.private).toBe(false);
  });

  it("read in Spanish, with the vocabulary's own labels", () => {
    language.value = "es";
    const vocabulary = { contactModes: [{ code: "phone", label: "Teléfono" }] } as unknown as Parameters<typeof describeItem>[1];
    expect(describeItem(contact, vocabulary).title).toBe("Teléfono · 25 min");
    expect(describeItem(boundary, null).title).toBe("Límite · hours");
    expect(describeItem(followUp, null).title).toBe("Seguimiento · open");
  });

  it("describe a check-in's average with one decimal, in either language", () => {
    const scores = {
      emotional: 3, environmental: 3, financial: 3, intellectual: 3,
      occupational: 3, physical: 3, social: 3, spiritual: 3,
    };
    const checkIn: TimelineItem = {
      on: "2026-11-23",
      entry: {
        kind: "checkIn",
        checkIn: {
          id: "k1", participantId: "p", occurredAt: "2026-11-23T09:00:00-05:00", scores,
          barc10: [5, 4, 4, 5, 5, 4, 3, 5, 4, 5], barc10Total: 44, note: null,
        },
      },
    };
    expect(describeItem(checkIn, null).title).toBe("Wellness check-in · average 3.0 of 5");
    expect(describeItem(checkIn, null).meta).toEqual(["BARC-10 44 of 60"]);
    language.value = "es";
    expect(describeItem(checkIn, null).title).toBe("Registro de bienestar · promedio 3.0 de 5");
  });

  it("name each kind in the filter in the current language", () => {
    expect(Object.keys(KIND_LABELS)).toEqual(["contact", "attendance", "checkIn", "boundary", "followUp", "referral", "plan"]);
    expect(kindLabel("plan")).toBe("Recovery plan");
    expect(kindLabel("checkIn")).toBe("Check-ins");
    language.value = "es";
    expect(kindLabel("checkIn")).toBe("Registros de bienestar");
  });

  it("describe a plan version written and signed, in either language", () => {
    const version: PlanVersion = {
      id: "v2", participantId: "p", version: 2, strengths: [], nextReviewOn: null,
      createdAt: "2026-11-23T09:00:00-05:00", signature: null,
      goals: [
        { id: "g1", key: "k1", number: 1, dimension: "social", words: "See my sister", steps: [], whoHelps: null, targetOn: null, status: "active" },
      ],
    };
    const written: TimelineItem = { on: "2026-11-23", entry: { kind: "plan", version, event: "created" } };
    const signed: TimelineItem = { on: "2026-11-23", entry: { kind: "plan", version, event: "signed" } };
    expect(describeItem(written, null).title).toBe("Recovery plan · version 2 written");
    expect(describeItem(written, null).meta).toEqual(["1 goal"]);
    expect(describeItem(signed, null).title).toBe("Recovery plan · version 2 signed");
    expect(describeItem(signed, null).private).toBe(false);
    language.value = "es";
    expect(describeItem(signed, null).title).toBe("Plan de recuperación · versión 2 firmada");
    expect(describeItem(written, null).meta).toEqual(["1 meta"]);
  });

  it("mark boundary notes private", () => {
    expect(describeItem(boundary, null).private).toBe(true);
  });

  it("group by day, keeping order", () => {
    const days = byDay([contact, boundary, followUp]);
    expect(days.map((d) => [d.on, d.items.length])).toEqual([
      ["2026-11-23", 2],
      ["2026-11-20", 1],
    ]);
  });
});

describe("timeline pages", () => {
  it("offers older entries only while a page comes back full", () => {
    expect(TIMELINE_PAGE).toBe(100);
    expect(mayHaveOlder(100, 100)).toBe(true);
    expect(mayHaveOlder(37, 100)).toBe(false);
    expect(mayHaveOlder(150, 200)).toBe(false);
  });
});

describe("a boundary's review date", () => {
  it("reads as a date, not as ISO", () => {
    if (boundary.entry.kind !== "boundary") throw new Error("a boundary");
    const withReview: TimelineItem = {
      ...boundary,
      entry: { kind: "boundary", note: { ...boundary.entry.note, reviewOn: "2027-01-04" } },
    };
    const meta = describeItem(withReview, null).meta;
    expect(meta).toEqual([`review ${formatDate("2027-01-04")}`]);
    expect(meta[0]).toMatch(/^review Mon, Jan 4/);
    expect(meta.join(" ")).not.toContain("2027-01-04");
  });
});
