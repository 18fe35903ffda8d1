import { describe, expect, it } from "vitest";
import type { TimelineItem } from "./bindings";
import { TIMELINE_PAGE, byDay, describe as describeItem, mayHaveOlder } from "./timeline";
import { formatDate } from "./dates";

const contact: TimelineItem = {
  on: "2026-11-23",
  entry: {
    kind: "contact",
    contact: {
      id: "c1", participantId: "p", occurredAt: "2026-11-23T09:05:00-05:00", durationMinutes: 25,
      units: 2, mode: "phone", setting: null, services: ["check_in"], dimensions: [], narrative: "Talked.",
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
