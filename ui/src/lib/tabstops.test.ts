import { describe, expect, it } from "vitest";
import { step, tabOrder } from "./tabstops";

describe("one Tab stop per date field", () => {
  it("follows the document, positive tabindex first, skipping -1", () => {
    expect(tabOrder([{ tabIndex: 0 }, { tabIndex: -1 }, { tabIndex: 2 }, { tabIndex: 0 }, { tabIndex: 1 }])).toEqual([4, 2, 0, 3]);
  });

  it("stops once per radio group, at the checked one", () => {
    const r = (name: string, checked = false) => ({ tabIndex: 0, radio: { name, checked } });
    expect(tabOrder([{ tabIndex: 0 }, r("mode"), r("mode", true), r("mode"), r("kind"), r("kind"), { tabIndex: 0 }])).toEqual([0, 2, 4, 6]);
  });

  it("steps forward and back, wrapping at the ends", () => {
    const order = [0, 2, 3];
    expect(step(order, 2, false)).toBe(3);
    expect(step(order, 2, true)).toBe(0);
    expect(step(order, 3, false)).toBe(0);
    expect(step(order, 0, true)).toBe(3);
    expect(step([], 0, false)).toBeNull();
  });
});
