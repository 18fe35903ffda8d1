import { afterEach, describe, expect, it } from "vitest";
import type { SearchHit, TimelineItem } from "./bindings";
import { entryOf, inTimeline, isEntry, matchCountText, refKey, refOf } from "./search";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const hit = (kind: SearchHit["kind"], recordId: string): SearchHit => ({
  kind, recordId, participantId: "p1", participantName: "Rowan Example", on: "2026-11-20", snippet: [],
});

const contact: TimelineItem = {
  on: "2026-11-23",
  entry: {
    kind: "contact",
    contact: {
      id: "c1", participantId: "p1", occurredAt: "2026-11-23T09:05:00-05:00", durationMinutes: 25,
      units: 2, mode: "phone", setting: null, services: [], dimensions: [], narrative: "Talked.", format: "free", parts: [], goals: [], group: null,
      signature: null, addenda: [],
    },
  },
};

describe("search results", () => {
  it("say how many matched", () => {
    expect(matchCountText(0)).toBe("No matches");
    expect(matchCountText(1)).toBe("1 match");
    expect(matchCountText(7)).toBe("7 matches");
    expect(matchCountText(50)).toBe("50 matches shown, the newest. Add a word to narrow it down.");
    expect(matchCountText(1, 1)).toBe("1 match");
  });

  it("say how many matched in Spanish", () => {
    language.value = "es";
    expect(matchCountText(0)).toBe("Sin coincidencias");
    expect(matchCountText(1)).toBe("1 coincidencia");
    expect(matchCountText(7)).toBe("7 coincidencias");
    expect(matchCountText(50)).toBe("Se muestran 50 coincidencias, las más recientes. Agregue una palabra para acotar la búsqueda.");
  });

  it("open at the entry that matched", () => {
    const ref = entryOf(hit("contact", "c1"));
    expect(ref).toEqual({ kind: "contact", id: "c1" });
    expect(isEntry(contact, ref!)).toBe(true);
    expect(isEntry(contact, { kind: "contact", id: "c2" })).toBe(false);
    expect(isEntry(contact, { kind: "follow_up", id: "c1" })).toBe(false);
    expect(refKey(refOf(contact)!)).toBe("contact:c1");
  });

  it("a participant or a group session opens the page itself", () => {
    expect(entryOf(hit("participant", "p1"))).toBeNull();
    expect(entryOf(hit("group_session", "s1"))).toBeNull();
  });

  it("a plan goal opens the page at the plan card, not in the timeline", () => {
    const ref = entryOf(hit("plan_goal", "g1"))!;
    expect(ref).toEqual({ kind: "plan_goal", id: "g1" });
    expect(inTimeline(ref)).toBe(false);
    expect(inTimeline(entryOf(hit("contact", "c1"))!)).toBe(true);
  });
});
