import { afterEach, describe, expect, it } from "vitest";
import type { BillingCheck, BillingLine, PayerProfile } from "./bindings";
import {
  capOf, checkSentence, codeText, lastMonth, midpointMinutes, parseModifiers, presetName, presetSource, roundingText,
  rulesText, sortedChecks, totals,
} from "./billing";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const standard: PayerProfile = {
  name: "Medicaid",
  code: "H0038",
  modifiers: [],
  groupModifiers: [],
  unitMinutes: 15,
  rounding: "midpoint",
  dailyUnitCap: null,
  yearlyHoursCap: null,
  groupSizeLimit: null,
  documentationTimeBillable: false,
  planGoalRequired: false,
};

describe("the period billing opens on", () => {
  it("is last calendar month, first day to last", () => {
    expect(lastMonth("2026-03-14")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(lastMonth("2028-03-01")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(lastMonth("2026-01-31")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });
});

describe("a payer's rules in words", () => {
  it("says how a part of a unit counts", () => {
    expect(midpointMinutes(15)).toBe(8);
    expect(midpointMinutes(30)).toBe(16);
    expect(roundingText("midpoint", 15)).toBe("8 of 15 minutes makes a unit");
    expect(roundingText("whole_units", 15)).toBe("only whole units");
    expect(roundingText("any_part", 15)).toBe("any part of a unit counts as one");
    language.value = "es";
    expect(roundingText("midpoint", 15)).toBe("8 de 15 minutos hacen una unidad");
    expect(roundingText("whole_units", 15)).toBe("solo unidades completas");
  });

  it("writes the code with its modifiers, caps or none", () => {
    const virginia = rulesText({
      ...standard, modifiers: ["HF"], groupModifiers: ["HQ"], dailyUnitCap: 16, yearlyHoursCap: 900, groupSizeLimit: 10,
      planGoalRequired: true,
    });
    expect(virginia.code).toBe("H0038 HF");
    expect(virginia.groupModifiers).toBe("groups: + HQ");
    expect(virginia.units).toBe("15-minute units");
    expect(virginia.daily).toBe("16 units a day");
    expect(virginia.yearly).toBe("900 hours a year");
    expect(virginia.group).toBe("10 people");
    expect(virginia.extras).toEqual(["each note needs a plan goal"]);
    const plain = rulesText(standard);
    expect(plain.groupModifiers).toBeNull();
    expect([plain.daily, plain.yearly, plain.group]).toEqual(["no cap", "no cap", "no cap"]);
    expect(plain.extras).toEqual([]);
    expect(rulesText({ ...standard, dailyUnitCap: 1 }).daily).toBe("1 unit a day");
  });

  it("reads modifiers and caps as typed", () => {
    expect(parseModifiers(" hf, HQ ;u1 ")).toEqual(["HF", "HQ", "U1"]);
    expect(parseModifiers("")).toEqual([]);
    expect(capOf("")).toBeNull();
    expect(capOf(null)).toBeNull();
    expect(capOf(16)).toBe(16);
    expect(capOf("12.6")).toBe(13);
    // Not a number: left for core to refuse by its field.
    expect(capOf("x")).toBeNaN();
    expect(codeText("H0038", [])).toBe("H0038");
  });

  it("words known presets in the peer's language, others as core does", () => {
    const virginia = { key: "virginia_medicaid", profile: { ...standard, name: "Virginia Medicaid" }, source: "DMAS" };
    language.value = "es";
    expect(presetName(virginia)).toBe("Medicaid de Virginia");
    expect(presetSource(virginia)).toMatch(/^Servicios de apoyo de pares/);
    const unknown = { key: "ohio", profile: { ...standard, name: "Ohio Medicaid" }, source: "Ohio's manual" };
    expect(presetName(unknown)).toBe("Ohio Medicaid");
    expect(presetSource(unknown)).toBe("Ohio's manual");
  });
});

describe("the billing log's checks and totals", () => {
  const check = (over: Partial<BillingCheck>): BillingCheck => ({
    kind: "unsigned", externalId: "PD-1", date: "2026-02-03", amount: 0, ...over,
  });

  it("says each kind of check as a sentence", () => {
    expect(checkSentence(check({}))).toBe("Note not signed, so it is not billed");
    expect(checkSentence(check({ kind: "no_plan_goal" }))).toBe("Note names no recovery-plan goal, which the payer needs");
    expect(checkSentence(check({ kind: "over_daily_cap", amount: 1 }))).toBe(
      "1 unit over the daily cap, cut from the day's later services",
    );
    expect(checkSentence(check({ kind: "over_daily_cap", amount: 3 }))).toMatch(/^3 units over/);
    expect(checkSentence(check({ kind: "over_yearly_cap", amount: 1 }))).toBe(
      "1 unit over the payer's yearly hours cap, not billed",
    );
    expect(checkSentence(check({ kind: "over_yearly_cap", amount: 4 }))).toMatch(/^4 units over the payer's yearly/);
    expect(checkSentence(check({ kind: "group_over_limit", amount: 12 }))).toBe(
      "Group session with 12 members present, more than the payer allows",
    );
    language.value = "es";
    expect(checkSentence(check({}))).toBe("Nota sin firmar, por eso no se factura");
    expect(checkSentence(check({ kind: "over_yearly_cap", amount: 2 }))).toBe(
      "2 unidades por encima del máximo anual de horas del pagador, sin facturar",
    );
  });

  it("lists checks by case id, then date", () => {
    const sorted = sortedChecks([
      check({ externalId: "PD-2", date: "2026-02-01" }),
      check({ externalId: "PD-1", date: "2026-02-09" }),
      check({ externalId: "PD-1", date: "2026-02-02" }),
    ]);
    expect(sorted.map((c) => `${c.externalId} ${c.date}`)).toEqual(["PD-1 2026-02-02", "PD-1 2026-02-09", "PD-2 2026-02-01"]);
  });

  it("adds up services, minutes and units", () => {
    const line = (minutes: number, units: number): BillingLine => ({
      externalId: "PD-1", payer: "Medicaid", date: "2026-02-03", start: "10:00", end: "10:30", code: "H0038",
      modifiers: [], minutes, units, signer: "Jordan Peer, CPS", signedAt: "2026-02-03T11:00:00-05:00",
    });
    expect(totals([line(30, 2), line(45, 3)])).toEqual({ services: 2, minutes: 75, units: 5 });
    expect(totals([])).toEqual({ services: 0, minutes: 0, units: 0 });
  });
});
