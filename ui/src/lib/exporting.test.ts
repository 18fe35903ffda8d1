import { afterEach, describe, expect, it } from "vitest";
import type { LeftOut, ParticipantSection } from "./bindings";
import {
  FORMAT_LABELS, hoursAndMinutes, LEFT_OUT_REASONS, notOfferedSummary, sectionLines, shortHash, startingCategories, statusById,
} from "./exporting";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const base: ParticipantSection = {
  participantId: "p", externalId: "PD-1", name: "Rowan Example",
  consent: {
    id: "c", discloser: "Peer program", purpose: "Case conference", categories: ["contact_summaries"],
    signedOn: "2026-01-01", effectiveOn: "2026-01-01", expiresOn: null, expiryEvent: "Discharge",
  },
  categories: ["contact_summaries"],
  engagement: null, contacts: null, attendance: null, wellness: null, referrals: null, followUps: null,
};

describe("export preview lines", () => {
  it("says only what is included", () => {
    expect(sectionLines(base)).toEqual([]);
    const s = {
      ...base,
      engagement: { contacts: 3, minutes: 130, units: 9, byMode: [], lastContactOn: "2026-11-20" },
      attendance: { present: 4, late: 1, excused: 1, absent: 0, ratePercent: 100, sessions: [] },
      followUps: [{ dueOn: "2026-11-30", text: "x" }],
    };
    expect(sectionLines(s)).toEqual([
      "3 contacts, 2 h 10 min (9 units)",
      "group attendance 5 of 6 (100%)",
      "1 open follow-up",
    ]);
  });

  it("says it in Spanish, with Spanish plurals", () => {
    language.value = "es";
    const s = {
      ...base,
      engagement: { contacts: 1, minutes: 45, units: 3, byMode: [], lastContactOn: "2026-11-20" },
      attendance: { present: 0, late: 0, excused: 0, absent: 0, ratePercent: null, sessions: [] },
      referrals: [],
      followUps: [{ dueOn: "2026-11-30", text: "x" }, { dueOn: "2026-12-02", text: "y" }],
    };
    expect(sectionLines(s)).toEqual([
      "1 contacto, 45 min (3 unidades)",
      "ninguna sesión de grupo",
      "0 referidos",
      "2 seguimientos abiertos",
    ]);
  });

  it("formats durations and hashes", () => {
    expect(hoursAndMinutes(45)).toBe("45 min");
    expect(hoursAndMinutes(120)).toBe("2 h");
    expect(shortHash("0123456789abcdef")).toBe("0123 4567 89ab");
  });
});

describe("an export starts narrow", () => {
  it("never pre-ticks contact narratives, and keeps the rest the consents allow", () => {
    expect(startingCategories(["attendance", "contact_summaries", "contact_narratives", "wellness"])).toEqual([
      "attendance", "contact_summaries", "wellness",
    ]);
    expect(startingCategories(["contact_narratives"])).toEqual([]);
  });

  it("knows each participant's status", () => {
    const m = statusById([
      { participantId: "a", status: "active" },
      { participantId: "b", status: "paused" },
    ]);
    expect(m.get("a")).toBe("active");
    expect(m.get("b")).toBe("paused");
    expect(m.get("c")).toBeUndefined();
  });
});

describe("who an export leaves out", () => {
  const left = (reason: LeftOut["reason"], n: number): LeftOut[] =>
    Array.from({ length: n }, (_, i) => ({
      participantId: `${reason}-${i}`, externalId: `X-${i}`, name: "Someone Example", status: "active", reason,
    }));

  it("counts them in words, by reason", () => {
    expect(notOfferedSummary([])).toBeNull();
    expect(notOfferedSummary(left("no_consent", 1))).toBe("1 on your caseload has no consent for this recipient");
    expect(notOfferedSummary([...left("no_consent", 12), ...left("expired", 2), ...left("revoked", 1)])).toBe(
      "12 on your caseload have no consent for this recipient; 3 consents ended",
    );
    expect(notOfferedSummary(left("not_yet_effective", 2))).toBe("2 consents start later");
  });

  it("in Spanish too, and names formats and reasons in the current language", () => {
    expect(FORMAT_LABELS.csv).toBe("CSV tables");
    expect(LEFT_OUT_REASONS.revoked).toBe("consent revoked");
    language.value = "es";
    expect(notOfferedSummary([...left("no_consent", 1), ...left("expired", 2)])).toBe(
      "1 persona de su carga de casos no tiene consentimiento para este destinatario; 2 consentimientos terminaron",
    );
    expect(FORMAT_LABELS.pack).toBe("Paquete sellado");
    expect(LEFT_OUT_REASONS.not_yet_effective).toBe("consentimiento aún no vigente");
  });
});
