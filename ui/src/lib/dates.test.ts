import { describe, expect, it } from "vitest";
import { addDays, daysAgo, dueText, formatDate, formatInstant, isoDate, toRfc3339 } from "./dates";

describe("toRfc3339", () => {
  it("writes the local wall clock with this machine's offset", () => {
    const text = toRfc3339("2026-03-07", "9:05");
    expect(text).toMatch(/^2026-03-07T09:05:00[+-]\d{2}:\d{2}$/);
    // Reading it back gives the same instant as the local Date.
    expect(new Date(text!).getTime()).toBe(new Date(2026, 2, 7, 9, 5).getTime());
  });

  it("refuses what isn't a date and a time", () => {
    expect(toRfc3339("2026-02-30", "10:00")).toBeNull();
    expect(toRfc3339("3/7/2026", "10:00")).toBeNull();
    expect(toRfc3339("2026-03-07", "24:00")).toBeNull();
    expect(toRfc3339("2026-03-07", "")).toBeNull();
  });
});

describe("reading dates", () => {
  it("formats dates with the weekday, and the year only when it differs", () => {
    expect(formatDate("2026-11-24", "2026-11-23")).toBe("Tue, Nov 24");
    expect(formatDate("2025-11-24", "2026-11-23")).toBe("Mon, Nov 24, 2025");
  });

  it("shows an instant as it was recorded, not converted", () => {
    expect(formatInstant("2026-11-23T09:15:00-05:00", "2026-11-23")).toBe("Mon, Nov 23 · 9:15");
    expect(formatInstant("2026-11-23T21:40:00+09:00", "2026-11-23")).toBe("Mon, Nov 23 · 21:40");
  });

  it("adds days across month ends", () => {
    expect(addDays("2026-11-28", 7)).toBe("2026-12-05");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(isoDate(new Date(2026, 0, 5))).toBe("2026-01-05");
  });

  it("says how long ago and how due", () => {
    expect(daysAgo(null)).toBe("Never seen");
    expect(daysAgo(0)).toBe("Today");
    expect(daysAgo(1)).toBe("Yesterday");
    expect(daysAgo(15)).toBe("15 days ago");
    expect(daysAgo(95)).toBe("3 months ago");
    expect(dueText(3)).toBe("3 days overdue");
    expect(dueText(1)).toBe("1 day overdue");
    expect(dueText(0)).toBe("Due today");
    expect(dueText(-1)).toBe("Due tomorrow");
    expect(dueText(-6)).toBe("Due in 6 days");
  });
});
