import { afterEach, describe, expect, it } from "vitest";
import {
  ALL_PARTS, NOTE_FORMATS, emptyPartTexts, isStructured, partField, partFieldsOf, partHint, partTextsOf, partsOf,
  sectionsToSend,
} from "./noteparts";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

describe("the parts of a note format", () => {
  it("GIRP and DAP list their parts in the order they are written; free text has none", () => {
    expect(partsOf("girp")).toEqual(["goal", "intervention", "response", "plan"]);
    expect(partsOf("dap")).toEqual(["data", "assessment", "plan"]);
    expect(partsOf("free")).toEqual([]);
    expect(isStructured("free")).toBe(false);
    expect(isStructured("girp")).toBe(true);
  });

  it("every part belongs to some format", () => {
    for (const part of ALL_PARTS) expect(NOTE_FORMATS.some((f) => partsOf(f).includes(part))).toBe(true);
  });
});

describe("what the contact form sends", () => {
  it("only parts with words, in the format's order, as typed", () => {
    const texts = { ...emptyPartTexts(), plan: "Call Friday.", goal: "Keep the job", response: "   ", intervention: " Drove them. " };
    expect(sectionsToSend("girp", texts)).toEqual([
      { part: "goal", text: "Keep the job" },
      { part: "intervention", text: " Drove them. " },
      { part: "plan", text: "Call Friday." },
    ]);
  });

  it("nothing of a part the format lacks, and nothing at all for free text", () => {
    const texts = { ...emptyPartTexts(), goal: "Keep the job", data: "Met at court.", plan: "Call Friday." };
    expect(sectionsToSend("dap", texts)).toEqual([
      { part: "data", text: "Met at court." },
      { part: "plan", text: "Call Friday." },
    ]);
    expect(sectionsToSend("free", texts)).toEqual([]);
  });

  it("a saved note's parts fill their fields, the rest empty", () => {
    const texts = partTextsOf([{ part: "response", text: "Relieved." }, { part: "plan", text: "Ride Tuesday." }]);
    expect(texts).toEqual({ ...emptyPartTexts(), response: "Relieved.", plan: "Ride Tuesday." });
    expect(sectionsToSend("girp", texts)).toEqual([
      { part: "response", text: "Relieved." },
      { part: "plan", text: "Ride Tuesday." },
    ]);
  });
});

describe("a part's error and hint", () => {
  it("an error names the part's field, as core does", () => {
    expect(partField("plan")).toBe("part_plan");
    expect(partFieldsOf("dap")).toEqual(["part_data", "part_assessment", "part_plan"]);
    expect(partFieldsOf("free")).toEqual([]);
  });

  it("each part has a hint in the peer's language", () => {
    expect(partHint("intervention")).toBe("What you did");
    language.value = "es";
    expect(partHint("intervention")).toBe("Lo que usted hizo");
    for (const part of ALL_PARTS) expect(partHint(part)).not.toBe("");
  });
});
