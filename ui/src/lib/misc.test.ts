import { afterEach, describe, expect, it, vi } from "vitest";
import { isCommand, isTyping, shortcutLabel } from "./keys";
import { throttle } from "./activity";
import { describeStrength, passphraseProblem } from "./strength";
import { followUpKey, modeForKey, modeKey } from "./contact";
import type { ContactMode } from "./bindings";
import { barcTotal, missingScores } from "./wellness";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe("shortcuts", () => {
  it("matches Ctrl or Cmd with the key, and nothing else", () => {
    expect(isCommand(key("n", { ctrlKey: true }), "n")).toBe(true);
    expect(isCommand(key("N", { metaKey: true }), "n")).toBe(true);
    expect(isCommand(key("n"), "n")).toBe(false);
    expect(isCommand(key("n", { ctrlKey: true, altKey: true }), "n")).toBe(false);
    expect(isCommand(key("Enter", { ctrlKey: true }), "Enter")).toBe(true);
  });

  it("labels shortcuts per platform", () => {
    expect(shortcutLabel("n", false)).toBe("Ctrl+N");
    expect(shortcutLabel("n", true)).toBe("⌘N");
  });

  it("knows when the peer is typing", () => {
    expect(isTyping(null)).toBe(false);
    expect(isTyping({ tagName: "TEXTAREA" } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: "INPUT", type: "checkbox" } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: "INPUT", type: "text" } as unknown as EventTarget)).toBe(true);
  });

  it("gives each contact mode its own letter, in each language, apart from the follow-up's", () => {
    const modes: ContactMode[] = ["in_person", "phone", "video", "text", "jail_visit", "court"];
    for (const lang of ["en", "es"] as const) {
      language.value = lang;
      const letters = modes.map(modeKey);
      expect(letters.every((l) => /^[a-zñ]$/.test(l)), lang).toBe(true);
      expect(new Set([...letters, followUpKey()]).size, lang).toBe(letters.length + 1);
      for (const mode of modes) expect(modeForKey(modeKey(mode).toUpperCase())).toBe(mode);
    }
    language.value = "en";
    expect(modeForKey("P")).toBe("phone");
    expect(modeForKey("j")).toBe("jail_visit");
    expect(modeForKey("x")).toBeNull();
    language.value = "es";
    expect(modeForKey("t"), "T de Teléfono").toBe("phone");
    expect(modeForKey("m"), "M de Mensaje de texto").toBe("text");
    language.value = "en";
  });
});

describe("activity", () => {
  it("reports at most once per interval", () => {
    const send = vi.fn();
    const report = throttle(1000, send);
    report(0);
    report(500);
    report(999);
    report(1000);
    report(1500);
    report(2100);
    expect(send).toHaveBeenCalledTimes(3);
  });
});

describe("passphrase strength", () => {
  it("describes core's score", () => {
    expect(describeStrength(null).filled).toBe(0);
    const weak = describeStrength({ score: 1, acceptable: false, hint: null });
    expect(weak).toMatchObject({ word: "Weak", filled: 2, tone: "danger" });
    const good = describeStrength({ score: 4, acceptable: true, hint: null });
    expect(good).toMatchObject({ word: "Very strong", filled: 5, tone: "ok" });
  });

  it("says what stops creation", () => {
    const strong = { score: 4, acceptable: true, hint: null };
    expect(passphraseProblem("", "", null)).toMatch(/Choose/);
    expect(passphraseProblem("abc", "abc", { score: 0, acceptable: false, hint: null })).toMatch(/stronger/);
    expect(passphraseProblem("tidal-quartz", "tidal-quart", strong)).toMatch(/match/);
    expect(passphraseProblem("tidal-quartz", "tidal-quartz", strong)).toBeNull();
  });

  it("speaks Spanish", () => {
    language.value = "es";
    expect(describeStrength({ score: 2, acceptable: false, hint: null })).toMatchObject({
      word: "Aceptable",
      verdict: "Todavía no es suficientemente fuerte.",
    });
    expect(passphraseProblem("", "", null)).toBe("Elija una frase de contraseña.");
    expect(passphraseProblem("tidal-quartz", "tidal", { score: 4, acceptable: true, hint: null })).toBe(
      "Las dos frases de contraseña todavía no coinciden.",
    );
  });
});

describe("check-in form", () => {
  const none = {
    emotional: null, environmental: null, financial: null, intellectual: null,
    occupational: null, physical: null, social: null, spiritual: null,
  };
  it("lists what is still to rate", () => {
    expect(missingScores({ ...none, emotional: 3 }, null)).toHaveLength(7);
    const full = Object.fromEntries(Object.keys(none).map((k) => [k, 3])) as unknown as typeof none;
    expect(missingScores(full, null)).toEqual([]);
    expect(missingScores(full, [1, null, 3, 4, 5, 6, 1, 2, null, 4])).toEqual(["BARC-10 items 2, 9"]);
  });

  it("totals the BARC-10 only when complete", () => {
    expect(barcTotal([5, 4, 4, 5, 5, 4, 3, 5, 4, 5])).toBe(44);
    expect(barcTotal([5, 4, null, 5, 5, 4, 3, 5, 4, 5])).toBeNull();
  });
});
