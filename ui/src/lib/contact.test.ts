import { afterEach, describe, expect, it } from "vitest";
import { contactSavedMessage, DEFAULT_MODE, followUpKey, modeKey } from "./contact";
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
    expect(modeKey(DEFAULT_MODE)).toBe("p");
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
    expect(isAlt(key("f", { altKey: true }), followUpKey())).toBe(true);
    expect(isAlt(key("ƒ", { altKey: true }, "KeyF"), followUpKey())).toBe(true);
    expect(isAlt(key("f"), followUpKey())).toBe(false);
    expect(isAlt(key("f", { altKey: true, ctrlKey: true }), followUpKey())).toBe(false);
    expect(isAlt(key("g", { altKey: true }, "KeyG"), followUpKey())).toBe(false);
    expect(altLabel(followUpKey(), false)).toBe("Alt+F");
    expect(altLabel(followUpKey(), true)).toBe("⌥F");
    language.value = "es";
    expect(altLabel(followUpKey(), false), "S de Seguimiento").toBe("Alt+S");
  });
});
