import { afterEach, describe, expect, it } from "vitest";
import { dayNumber, labelIndexes, pathThrough, placeX, placeY, signed, withoutWeekday, type Box } from "./chart";
import { formatDate } from "./dates";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const box: Box = { width: 100, height: 60, left: 10, right: 10, top: 5, bottom: 5 };

describe("chart geometry", () => {
  it("spreads points by time", () => {
    const xs = placeX(["2026-01-01", "2026-01-02", "2026-01-11"], box);
    expect(xs).toEqual([10, 18, 90]);
  });

  it("centres a single point and spaces same-day points evenly", () => {
    expect(placeX(["2026-01-01"], box)).toEqual([50]);
    expect(placeX(["2026-01-01", "2026-01-01", "2026-01-01"], box)).toEqual([10, 50, 90]);
    expect(placeX([], box)).toEqual([]);
  });

  it("puts higher values higher, clamped to the scale", () => {
    expect(placeY(5, 1, 5, box)).toBe(5);
    expect(placeY(1, 1, 5, box)).toBe(55);
    expect(placeY(3, 1, 5, box)).toBe(30);
    expect(placeY(9, 1, 5, box)).toBe(5);
  });

  it("draws a path and picks labels", () => {
    expect(pathThrough([{ x: 1, y: 2 }, { x: 3.25, y: 4 }])).toBe("M1.0 2.0 L3.3 4.0");
    expect(labelIndexes(3, 5)).toEqual([0, 1, 2]);
    expect(labelIndexes(10, 4)).toEqual([0, 3, 6, 9]);
    expect(dayNumber("2026-01-02") - dayNumber("2025-12-31")).toBe(2);
  });

  it("labels an axis date without its weekday, in either language", () => {
    expect(withoutWeekday(formatDate("2026-11-18", "2026-12-01"))).toBe("Nov 18");
    expect(withoutWeekday(formatDate("2025-11-18", "2026-12-01"))).toBe("Nov 18, 2025");
    language.value = "es";
    // Wednesday is "mié", which a plain \w would not have matched.
    const label = withoutWeekday(formatDate("2026-11-18", "2026-12-01"));
    expect(label).not.toMatch(/mié/);
    expect(label).toMatch(/^18/);
  });

  it("signs changes", () => {
    expect(signed(2)).toBe("+2");
    expect(signed(0)).toBe("0");
    expect(signed(-1)).toBe("−1");
  });
});
