import { afterEach, describe, expect, it } from "vitest";
import { offDayQuestion, weekdayName, weekdayOf } from "./groups";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

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
    expect(q?.cancel).toBe("Change the date");
  });

  it("names the days through Intl, in the current language", () => {
    expect(weekdayName("sunday")).toBe("Sunday");
    expect(weekdayName("saturday")).toBe("Saturday");
    language.value = "es";
    expect(weekdayName("wednesday")).toBe("miércoles");
    const q = offDayQuestion("2026-12-03", "tuesday");
    expect(q?.title).toBe("¿Registrar la sesión el jueves?");
    expect(q?.message).toBe("El jueves no es el día habitual de este grupo (martes). ¿Registrar la sesión el jueves?");
    expect(q?.confirm).toBe("Registrar el jueves");
  });

  it("doesn't ask on the usual day, for a group with no fixed day, or for a date that isn't one", () => {
    expect(offDayQuestion("2026-12-01", "tuesday")).toBeNull();
    expect(offDayQuestion("2026-12-03", null)).toBeNull();
    expect(offDayQuestion("2026-13-03", "tuesday")).toBeNull();
  });
});
