import { afterEach, describe, expect, it } from "vitest";
import { contactSavedMessage, DEFAULT_MODE, FOLLOW_UP_KEY, MODE_KEYS } from "./contact";
import { language } from "./i18n";
import { altLabel, isAlt } from "./keys";
import { unitsText } from "./units";

const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}, code?: string) => ({
  key: k, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

afterEach(() => {
  language.value = "en";
});

describe("the contact dialog", () => {
  it("starts at one predictable mode, which has a letter key", () => {
    expect(DEFAULT_MODE).toBe("phone");
    expect(MODE_KEYS[DEFAULT_MODE]).toBe("p");
  });

  it("says when a follow-up was created with the contact", () => {
    expect(contactSavedMessage("Rowan Example", "2 units")).toBe("Contact with Rowan Example logged · 2 units");
    expect(contactSavedMessage("Rowan Example", "2 units", { followUpDue: "Thu, Dec 10" })).toBe(
      "Contact with Rowan Example logged · 2 units · follow-up created, due Thu, Dec 10",
    );
    expect(contactSavedMessage("Rowan Example", "2 units", { edited: true })).toBe("Contact with Rowan Example updated");
  });

  it("says it in Spanish when the peer reads Spanish", () => {
    language.value = "es";
    expect(contactSavedMessage("Rowan Example", unitsText(30))).toBe("Contacto con Rowan Example registrado · 2 unidades");
    expect(contactSavedMessage("Rowan Example", unitsText(15), { followUpDue: "jue, 10 dic" })).toBe(
      "Contacto con Rowan Example registrado · 1 unidad · seguimiento creado, vence jue, 10 dic",
    );
    expect(contactSavedMessage("Rowan Example", "", { edited: true })).toBe("Contacto con Rowan Example actualizado");
  });

  it("reaches the follow-up with Alt+F (Option+F on a Mac), and nothing else", () => {
    expect(isAlt(key("f", { altKey: true }), FOLLOW_UP_KEY)).toBe(true);
    expect(isAlt(key("ƒ", { altKey: true }, "KeyF"), FOLLOW_UP_KEY)).toBe(true);
    expect(isAlt(key("f"), FOLLOW_UP_KEY)).toBe(false);
    expect(isAlt(key("f", { altKey: true, ctrlKey: true }), FOLLOW_UP_KEY)).toBe(false);
    expect(isAlt(key("g", { altKey: true }, "KeyG"), FOLLOW_UP_KEY)).toBe(false);
    expect(altLabel(FOLLOW_UP_KEY, false)).toBe("Alt+F");
    expect(altLabel(FOLLOW_UP_KEY, true)).toBe("⌥F");
  });
});
