import { describe, expect, it } from "vitest";
import { FormState } from "./form.svelte";

describe("a form's errors", () => {
  it("an error about a field the form shows is that field's, not general", () => {
    const form = new FormState(["narrative"]);
    form.error = { code: "invalid.narrative", message: "Narrative: too long" };
    expect(form.errorFor("narrative")).toBe("Narrative: too long.");
    expect(form.general).toBeNull();
  });

  it("fields given as a function follow what the form shows now", () => {
    let shown = ["part_plan"];
    const form = new FormState(() => shown);
    form.error = { code: "invalid.part_plan", message: "Plan: too long" };
    expect(form.general).toBeNull();
    // The form no longer shows a Plan box: the peer still reads the problem.
    shown = [];
    expect(form.general).toBe("Plan: too long.");
  });
});
