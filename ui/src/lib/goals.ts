// A note's recovery-plan goals: which goals the contact form offers, and
// how a note names its goals back to the peer. A goal's key is the same
// goal in every version of the plan; its number and words are read from
// the newest version that holds it, so a note keeps naming a goal the
// plan has since marked met or set aside.
import type { PlanGoal, PlanGoalKey, PlanVersion } from "./bindings";
import { t } from "./i18n";

/** Every goal of the plan by key, as the newest version holding it has it
 * (`history` newest first, as core gives it). */
export function goalsByKey(history: readonly PlanVersion[]): Map<PlanGoalKey, PlanGoal> {
  const goals = new Map<PlanGoalKey, PlanGoal>();
  for (const version of history) {
    for (const goal of version.goals) if (!goals.has(goal.key)) goals.set(goal.key, goal);
  }
  return goals;
}

/** The goals the contact form offers, by number: the current version's
 * active goals, and any goal the note already names whatever its status
 * now (unticking it is the peer's choice, not the form's). No plan, no
 * goals. */
export function goalsToOffer(history: readonly PlanVersion[], named: readonly PlanGoalKey[]): PlanGoal[] {
  const current = history[0];
  if (!current) return [];
  const byKey = goalsByKey(history);
  const offered = new Map(current.goals.filter((g) => g.status === "active").map((g) => [g.key, g]));
  for (const key of named) {
    const goal = byKey.get(key);
    if (goal && !offered.has(key)) offered.set(key, goal);
  }
  return [...offered.values()].sort((a, b) => a.number - b.number);
}

/** The chosen goals the form still offers: after the participant changed,
 * none of the last person's goals stay ticked. */
export function keptGoals(chosen: readonly PlanGoalKey[], offered: readonly PlanGoal[]): PlanGoalKey[] {
  const keys = new Set(offered.map((g) => g.key));
  return chosen.filter((k) => keys.has(k));
}

/** A goal's checkbox in the contact form: "Goal 1 · Keep my job", with
 * its status ("Met") when it is no longer active. */
export function goalOptionLabel(goal: Pick<PlanGoal, "number" | "words" | "status">, statusLabel: string): string {
  return goal.status === "active"
    ? t("contact-goal-option", { number: goal.number, words: goal.words })
    : t("contact-goal-option-status", { number: goal.number, words: goal.words, status: statusLabel });
}

/** The line under a note: "Toward goal 1: Keep my job", several goals by
 * number; null when the note names none the plan knows (or the plan is
 * not loaded yet). */
export function towardGoalsText(named: readonly PlanGoalKey[], byKey: ReadonlyMap<PlanGoalKey, PlanGoal>): string | null {
  const goals = named
    .map((k) => byKey.get(k))
    .filter((g): g is PlanGoal => g !== undefined)
    .sort((a, b) => a.number - b.number);
  if (goals.length === 0) return null;
  const list = goals.map((g) => t("timeline-goal-named", { number: g.number, words: g.words })).join("; ");
  return t("timeline-toward-goals", { count: goals.length, goals: list });
}
