import { afterEach, describe, expect, it } from "vitest";
import { language } from "./i18n";
import { units, unitsText } from "./units";

afterEach(() => {
  language.value = "en";
});

describe("15-minute units (H0038)", () => {
  it("counts a unit once 8 of its 15 minutes were spent", () => {
    // The same cases as core's contact::units.
    expect(units(7)).toBe(0);
    expect(units(8)).toBe(1);
    expect(units(15)).toBe(1);
    expect(units(22)).toBe(1);
    expect(units(23)).toBe(2);
    expect(units(25)).toBe(2);
    expect(units(60)).toBe(4);
    expect(units(720)).toBe(48);
  });

  it("is zero for nothing sensible", () => {
    expect(units(0)).toBe(0);
    expect(units(-5)).toBe(0);
    expect(units(Number.NaN)).toBe(0);
  });

  it("reads naturally", () => {
    expect(unitsText(15)).toBe("1 unit");
    expect(unitsText(30)).toBe("2 units");
    expect(unitsText(0)).toBe("0 units");
  });

  it("reads naturally in Spanish", () => {
    language.value = "es";
    expect(unitsText(15)).toBe("1 unidad");
    expect(unitsText(30)).toBe("2 unidades");
    expect(unitsText(0)).toBe("0 unidades");
  });
});
