import { afterEach, describe, expect, it } from "vitest";
import { daysAgo, dueText, formatDate, formatInstant } from "../dates";
import { language, t, tIn } from "./index";

afterEach(() => {
  language.value = "en";
});

describe("messages", () => {
  it("speak the current language and switch without a reload", () => {
    expect(t("days-ago", { days: 3 })).toBe("3 days ago");
    language.value = "es";
    expect(t("days-ago", { days: 3 })).toBe("Hace 3 días");
    expect(tIn("en", "days-ago", { days: 1 })).toBe("Yesterday");
  });

  it("choose plural forms by number", () => {
    expect(dueText(1)).toBe("1 day overdue");
    expect(dueText(4)).toBe("4 days overdue");
    expect(dueText(0)).toBe("Due today");
    language.value = "es";
    expect(dueText(-1)).toBe("Vence mañana");
    expect(daysAgo(null)).toBe("Sin contacto");
  });
});

describe("dates through Intl", () => {
  it("read as before in English", () => {
    expect(formatDate("2026-11-18", "2026-12-01")).toBe("Wed, Nov 18");
    expect(formatDate("2025-11-18", "2026-12-01")).toBe("Tue, Nov 18, 2025");
    expect(formatInstant("2026-11-18T09:15:00-05:00", "2026-12-01")).toBe("Wed, Nov 18 · 9:15");
  });

  it("use Spanish day and month names in Spanish", () => {
    language.value = "es";
    const text = formatDate("2026-11-18", "2026-12-01");
    expect(text).toMatch(/mié/);
    expect(text).toMatch(/nov/);
    expect(text).toMatch(/18/);
  });
});
