import { afterEach, describe, expect, it } from "vitest";
import type { PlanGoal, PlanSignature, PlanVersion } from "./bindings";
import {
  earlierVersions, emptyGoal, goalInput, goalsByArea, lines, otherStatuses, planActions, reviewDue, rowOf, signatureLines,
} from "./plans";
import { formatDate } from "./dates";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const goal = (number: number, dimension: PlanGoal["dimension"], words = `Goal ${number}`): PlanGoal => ({
  id: `g${number}`, key: `k${number}`, number, dimension, words, steps: [], whoHelps: null, targetOn: null, status: "active",
});
const version = (n: number, signature: PlanSignature | null = null): PlanVersion => ({
  id: `v${n}`, participantId: "p", version: n, goals: [goal(1, "social")], strengths: [], nextReviewOn: null,
  createdAt: "2026-11-23T09:00:00-05:00", signature,
});
const signature: PlanSignature = {
  participant: { kind: "signed", name: "Rowan Example", on: "2026-11-23" },
  peerName: "Jordan Peer", peerCredential: "CPS", supervisor: null, signedAt: "2026-11-23T10:21:00-05:00",
  supervisorAddedAt: null,
};
const today = "2026-11-24";

describe("what a plan offers", () => {
  it("a first plan when there is none", () => {
    expect(planActions(null)).toEqual(["write"]);
  });

  it("editing and signing while unsigned", () => {
    expect(planActions(version(1))).toEqual(["edit", "sign", "print"]);
  });

  it("once signed, only changes that make a new version, and a supervisor's signature while none", () => {
    const actions = planActions(version(1, signature));
    expect(actions).toEqual(["status", "add-goal", "review", "countersign", "print"]);
    const supervised = { ...signature, supervisor: { name: "Morgan Lead", role: "LCSW", on: "2026-11-24" } };
    expect(planActions(version(1, supervised))).not.toContain("countersign");
    expect(actions).not.toContain("edit");
    expect(actions).not.toContain("sign");
  });

  it("a goal's other statuses", () => {
    expect(otherStatuses("active")).toEqual(["met", "changed", "set_aside"]);
    expect(otherStatuses("met")).toEqual(["changed", "set_aside", "active"]);
  });

  it("earlier versions are all but the first, newest first", () => {
    expect(earlierVersions([version(3), version(2), version(1)]).map((v) => v.version)).toEqual([2, 1]);
    expect(earlierVersions([version(1)])).toEqual([]);
  });
});

describe("a plan's review", () => {
  it("is due on or before today, never without a date", () => {
    expect(reviewDue("2026-11-24", today)).toBe(true);
    expect(reviewDue("2026-11-01", today)).toBe(true);
    expect(reviewDue("2026-11-25", today)).toBe(false);
    expect(reviewDue(null, today)).toBe(false);
  });
});

describe("who signed", () => {
  it("says not signed yet", () => {
    expect(signatureLines(null, today)).toEqual(["Not signed yet"]);
  });

  it("names the participant, the peer with credential and when", () => {
    expect(signatureLines(signature, today)).toEqual([
      `Signed by Rowan Example on ${formatDate("2026-11-23", today)}`,
      `Peer: Jordan Peer, CPS · ${formatDate("2026-11-23", today)}, 10:21`,
    ]);
  });

  it("a declined signature with its reason, and a supervisor", () => {
    const declined: PlanSignature = {
      ...signature,
      participant: { kind: "declined", reason: "Wants to read it at home first" },
      supervisor: { name: "Sam Lead", role: "LCSW", on: "2026-11-23" },
    };
    const got = signatureLines(declined, today);
    expect(got[0]).toBe("The participant declined to sign: Wants to read it at home first");
    expect(got[2]).toBe(`Sam Lead (LCSW) signed on ${formatDate("2026-11-23", today)}`);
  });

  it("in Spanish, the participant's words as they were", () => {
    language.value = "es";
    expect(signatureLines(null, today)).toEqual(["Aún sin firmar"]);
    const got = signatureLines({ ...signature, participant: { kind: "declined", reason: "I want to think" } }, today);
    expect(got[0]).toBe("La persona participante prefirió no firmar: I want to think");
    expect(got[1]).toMatch(/^Par: Jordan Peer, CPS · /);
  });
});

describe("goals by life area", () => {
  it("in the vocabulary's order, each area's goals by number", () => {
    const dims = [{ code: "emotional", label: "Emotional" }, { code: "social", label: "Social" }, { code: "physical", label: "Physical" }];
    const areas = goalsByArea([goal(3, "social"), goal(1, "physical"), goal(2, "social"), goal(4, "emotional")], dims);
    expect(areas.map((a) => [a.dimension, a.goals.map((g) => g.number)])).toEqual([
      ["emotional", [4]],
      ["social", [2, 3]],
      ["physical", [1]],
    ]);
  });
});

describe("the plan form", () => {
  it("reads steps and strengths one a line, blank lines dropped", () => {
    expect(lines("  Call the clinic \n\n Ask about the bus\r\n")).toEqual(["Call the clinic", "Ask about the bus"]);
    expect(lines("")).toEqual([]);
  });

  it("turns a row into core's input and back", () => {
    const row = { ...emptyGoal("social"), words: "See my sister", steps: "Call her\nPlan a visit", whoHelps: " ", targetOn: "" };
    const input = goalInput(row);
    expect(input).toEqual({
      dimension: "social", words: "See my sister", steps: ["Call her", "Plan a visit"], whoHelps: null, targetOn: null, status: "active",
    });
    const g: PlanGoal = { ...goal(1, "social", "See my sister"), steps: input.steps, whoHelps: "Aunt May", targetOn: "2027-01-10" };
    expect(rowOf(g)).toEqual({
      dimension: "social", words: "See my sister", steps: "Call her\nPlan a visit", whoHelps: "Aunt May", targetOn: "2027-01-10", status: "active",
    });
  });
});
