import { afterEach, describe, expect, it } from "vitest";
import type { Dimension } from "./bindings";
import { DIMENSION_ORDER, missingScores } from "./wellness";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const unrated = Object.fromEntries(DIMENSION_ORDER.map((d) => [d, null])) as Record<Dimension, number | null>;
const rated = Object.fromEntries(DIMENSION_ORDER.map((d) => [d, 3])) as Record<Dimension, number | null>;

describe("what is still to rate", () => {
  it("names dimensions as English does without the vocabulary, and by its labels with it", () => {
    expect(missingScores({ ...rated, social: null }, null)).toEqual(["Social"]);
    const labels = [{ code: "social", label: "Social (es)" }];
    expect(missingScores({ ...rated, social: null, physical: null }, null, labels)).toEqual(["Physical", "Social (es)"]);
    expect(missingScores(unrated, null)).toHaveLength(8);
  });

  it("counts BARC-10 items in the current language", () => {
    const barc = [1, null, 3, 4, 5, 6, 1, 2, 3, 4];
    expect(missingScores(rated, barc)).toEqual(["BARC-10 item 2"]);
    language.value = "es";
    expect(missingScores(rated, barc)).toEqual(["ítem 2 del BARC-10"]);
    expect(missingScores(rated, [null, null, 3, 4, 5, 6, 1, 2, 3, 4])).toEqual(["ítems 1, 2 del BARC-10"]);
  });
});
