import { afterEach, describe, expect, it } from "vitest";
import { changedSince, discardTitle, formSnapshot } from "./dirty";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

describe("unsaved changes", () => {
  const opened = { who: null, minutes: 15, notes: "", services: ["check_in"], followUp: false };
  const initial = formSnapshot(opened);

  it("an untouched form has no changes", () => {
    expect(changedSince(initial, { ...opened })).toBe(false);
  });

  it("blank and missing are the same, and a number field's text equals its number", () => {
    expect(changedSince(initial, { ...opened, notes: null as unknown as string })).toBe(false);
    expect(changedSince(initial, { ...opened, minutes: "15" as unknown as number })).toBe(false);
    expect(changedSince(initial, { followUp: false, services: ["check_in"], notes: "", minutes: 15, who: null })).toBe(false);
  });

  it("typing, picking or ticking is a change", () => {
    expect(changedSince(initial, { ...opened, notes: "Talked through the week" })).toBe(true);
    expect(changedSince(initial, { ...opened, minutes: 25 })).toBe(true);
    expect(changedSince(initial, { ...opened, who: "0190-abc" })).toBe(true);
    expect(changedSince(initial, { ...opened, services: ["check_in", "advocacy"] })).toBe(true);
    expect(changedSince(initial, { ...opened, followUp: true })).toBe(true);
    expect(changedSince(initial, { ...opened, services: [] })).toBe(true);
  });

  it("a change undone is no change", () => {
    expect(changedSince(initial, { ...opened, notes: "" })).toBe(false);
  });

  it("asks in the form's own words", () => {
    expect(discardTitle("contact")).toBe("Discard this contact?");
    expect(discardTitle("boundary")).toBe("Discard this boundary note?");
    expect(discardTitle("check_in")).toBe("Discard this check-in?");
    expect(discardTitle("form")).toBe("Discard this form?");
  });

  it("asks with each language's own grammar", () => {
    language.value = "es";
    expect(discardTitle("contact")).toBe("¿Descartar este contacto?");
    expect(discardTitle("boundary")).toBe("¿Descartar esta nota de límites?");
    expect(discardTitle("form")).toBe("¿Descartar este formulario?");
  });
});
