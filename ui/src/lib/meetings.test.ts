import { afterEach, describe, expect, it } from "vitest";
import { firstOn, meetingDates, meetingTime, rhythmText, timeForCore } from "./meetings";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

// 2026-10-01 is a Thursday: a Tuesday meeting first meets on the 6th.
const tuesdays = (everyWeeks: number) => ({ weekday: "tuesday" as const, startsOn: "2026-10-01", everyWeeks });

describe("a meeting's days", () => {
  it("starts on its weekday on or after the start", () => {
    expect(firstOn(tuesdays(1))).toBe("2026-10-06");
    expect(firstOn({ weekday: "thursday", startsOn: "2026-10-01" })).toBe("2026-10-01");
  });

  it("offers days around today, today included, never before the first", () => {
    expect(meetingDates(tuesdays(1), "2026-10-20", 2, 2)).toEqual(["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27"]);
    expect(meetingDates(tuesdays(1), "2026-10-21", 1, 2)).toEqual(["2026-10-20", "2026-10-27", "2026-11-03"]);
    expect(meetingDates(tuesdays(1), "2026-09-01", 3, 2)).toEqual(["2026-10-06", "2026-10-13"]);
  });

  it("skips the off weeks of a fortnightly meeting", () => {
    expect(meetingDates(tuesdays(2), "2026-10-13", 1, 2)).toEqual(["2026-10-06", "2026-10-20", "2026-11-03"]);
  });
});

describe("a meeting's time and rhythm", () => {
  it("reads core's time as the forms write it, and sends it back with seconds", () => {
    expect(meetingTime("09:00:00")).toBe("9:00");
    expect(meetingTime("13:30:00")).toBe("13:30");
    expect(timeForCore("09:00")).toBe("09:00:00");
    expect(timeForCore("09:00:00")).toBe("09:00:00");
  });

  it("says how often, in each language", () => {
    expect(rhythmText({ weekday: "tuesday", time: "09:00:00", everyWeeks: 1 })).toBe("Tuesday at 9:00, every week");
    expect(rhythmText({ weekday: "tuesday", time: "09:00:00", everyWeeks: 2 })).toBe("Tuesday at 9:00, every 2 weeks");
    language.value = "es";
    expect(rhythmText({ weekday: "tuesday", time: "09:00:00", everyWeeks: 1 })).toBe("Martes a las 9:00, cada semana");
  });
});
