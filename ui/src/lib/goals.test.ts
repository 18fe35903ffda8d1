import { afterEach, describe, expect, it } from "vitest";
import type { GoalStatus, PlanGoal, PlanVersion } from "./bindings";
import { goalOptionLabel, goalsByKey, goalsToOffer, keptGoals, towardGoalsText } from "./goals";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const goal = (number: number, words: string, status: GoalStatus = "active", key = `k${number}`): PlanGoal => ({
  id: `${key}-${status}`, key, number, dimension: "social", words, steps: [], whoHelps: null, targetOn: null, status,
});
const version = (n: number, goals: PlanGoal[]): PlanVersion => ({
  id: `v${n}`, participantId: "p", version: n, goals, strengths: [], nextReviewOn: null,
  createdAt: "2026-11-23T09:00:00-05:00", signature: null,
});

// Newest first: goal 1 was met in version 2, goal 3 was added then.
const history = [
  version(2, [goal(1, "Keep my job", "met"), goal(2, "See my daughter"), goal(3, "Find housing")]),
  version(1, [goal(1, "Keep my job"), goal(2, "See my daughter")]),
];

describe("the goals a contact offers", () => {
  it("offers the current version's active goals, by number", () => {
    expect(goalsToOffer(history, []).map((g) => g.key)).toEqual(["k2", "k3"]);
  });

  it("also offers a goal the note already names, as the plan has it now", () => {
    const offered = goalsToOffer(history, ["k1"]);
    expect(offered.map((g) => [g.number, g.status])).toEqual([[1, "met"], [2, "active"], [3, "active"]]);
  });

  it("offers nothing without a plan, and ignores keys no version holds", () => {
    expect(goalsToOffer([], ["k1"])).toEqual([]);
    expect(goalsToOffer(history, ["elsewhere"]).map((g) => g.key)).toEqual(["k2", "k3"]);
  });

  it("drops choices the form no longer offers (another participant)", () => {
    const offered = goalsToOffer(history, []);
    expect(keptGoals(["k1", "k3", "someone-else"], offered)).toEqual(["k3"]);
    expect(keptGoals(["k2"], [])).toEqual([]);
  });

  it("labels each goal by number and words, with the status when not active", () => {
    expect(goalOptionLabel(goal(1, "Keep my job"), "Active")).toBe("Goal 1 · Keep my job");
    expect(goalOptionLabel(goal(1, "Keep my job", "met"), "Met")).toBe("Goal 1 · Keep my job · Met");
    language.value = "es";
    expect(goalOptionLabel(goal(2, "Ver a mi hija"), "Activa")).toBe("Meta 2 · Ver a mi hija");
  });
});

describe("how a note names its goals", () => {
  it("reads each key from the newest version holding it", () => {
    const byKey = goalsByKey(history);
    expect(byKey.get("k1")?.status).toBe("met");
    expect(byKey.size).toBe(3);
  });

  it("says one goal, or several by number, in the participant's words", () => {
    const byKey = goalsByKey(history);
    expect(towardGoalsText(["k1"], byKey)).toBe("Toward goal 1: Keep my job");
    expect(towardGoalsText(["k3", "k1"], byKey)).toBe("Toward goals 1: Keep my job; 3: Find housing");
    language.value = "es";
    expect(towardGoalsText(["k2"], byKey)).toBe("Hacia la meta 2: See my daughter");
  });

  it("says nothing for no goals, or before the plan is loaded", () => {
    expect(towardGoalsText([], goalsByKey(history))).toBeNull();
    expect(towardGoalsText(["k1"], new Map())).toBeNull();
  });
});
