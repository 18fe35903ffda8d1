import { describe, expect, it } from "vitest";
import { offDayQuestion, weekdayOf } from "./groups";

describe("a group's usual day", () => {
  it("reads the weekday of a calendar date", () => {
    expect(weekdayOf("2026-12-01")).toBe("tuesday");
    expect(weekdayOf("2026-12-03")).toBe("thursday");
    expect(weekdayOf("2027-01-03")).toBe("sunday");
    expect(weekdayOf("2028-02-29")).toBe("tuesday");
    expect(weekdayOf("2026-02-30")).toBeNull();
    expect(weekdayOf("")).toBeNull();
  });

  it("asks when the session is on another day, naming both days", () => {
    const q = offDayQuestion("2026-12-03", "tuesday");
    expect(q?.message).toBe("Thursday isn't this group's usual day (Tuesday). Record the session on Thursday?");
    expect(q?.title).toBe("Record the session on Thursday?");
    expect(q?.confirm).toBe("Record on Thursday");
  });

  it("doesn't ask on the usual day, for a group with no fixed day, or for a date that isn't one", () => {
    expect(offDayQuestion("2026-12-01", "tuesday")).toBeNull();
    expect(offDayQuestion("2026-12-03", null)).toBeNull();
    expect(offDayQuestion("2026-13-03", "tuesday")).toBeNull();
  });
});
