// Recovery plans: how a version's signatures read, what a version offers,
// when its review is due, and the plan form's lines. A plan is kept in
// versions; the current one is rewritten while nobody has signed it, and a
// signed one is read-only: a change makes the next version.
import type { Choice, Dimension, GoalStatus, PlanGoal, PlanSignature, PlanVersion } from "./bindings";
import { formatDate, todayIso } from "./dates";
import { signerText, noteWhen } from "./notes";
import { t } from "./i18n";

export type PlanAction = "write" | "edit" | "sign" | "countersign" | "status" | "add-goal" | "review" | "print";

/** What the current version offers, in the order its buttons show: a
 * first plan with none yet; edit and sign while unsigned; once signed,
 * only the changes that make a new version, and a supervisor's signature
 * while none has signed. Printing always, once there is a plan. */
export function planActions(current: Pick<PlanVersion, "signature"> | null): PlanAction[] {
  if (!current) return ["write"];
  if (!current.signature) return ["edit", "sign", "print"];
  const countersign: PlanAction[] = current.signature.supervisor ? [] : ["countersign"];
  return ["status", "add-goal", "review", ...countersign, "print"];
}

/** Whether the version may still be rewritten in place. */
export function isSigned(version: Pick<PlanVersion, "signature">): boolean {
  return version.signature !== null;
}

/** The next review is due on or before `today` (core's rule); a plan with
 * no review date is never due. */
export function reviewDue(nextReviewOn: string | null, today: string = todayIso()): boolean {
  return nextReviewOn !== null && nextReviewOn <= today;
}

/** Who signed the version and when, a line each: the participant (or that
 * they declined, and why), the peer, and a supervisor or professional
 * where one signed. One line, "Not signed yet", while nobody has. */
export function signatureLines(signature: PlanSignature | null, today: string = todayIso()): string[] {
  if (!signature) return [t("plan-unsigned")];
  const p = signature.participant;
  const lines = [
    p.kind === "signed"
      ? t("plan-signed-participant", { name: p.name, date: formatDate(p.on, today) })
      : t("plan-declined-participant", { reason: p.reason }),
    t("plan-signed-peer", {
      signer: signerText(signature.peerName, signature.peerCredential),
      when: noteWhen(signature.signedAt, today),
    }),
  ];
  const s = signature.supervisor;
  if (s) lines.push(t("plan-signed-supervisor", { name: s.name, role: s.role, date: formatDate(s.on, today) }));
  return lines;
}

/** Goals by life area, in the vocabulary's order of the eight dimensions
 * (a dimension the vocabulary lacks comes last), each area's goals by
 * number. */
export function goalsByArea(
  goals: readonly PlanGoal[],
  dimensions: readonly Choice[] | undefined,
): { dimension: Dimension; goals: PlanGoal[] }[] {
  const order = (d: string) => {
    const i = dimensions?.findIndex((c) => c.code === d) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const areas = new Map<Dimension, PlanGoal[]>();
  for (const g of [...goals].sort((a, b) => a.number - b.number)) {
    const list = areas.get(g.dimension) ?? [];
    list.push(g);
    areas.set(g.dimension, list);
  }
  return [...areas.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([dimension, list]) => ({ dimension, goals: list }));
}

/** The other versions, newest first, for "earlier versions: 2, 1". */
export function earlierVersions(history: readonly PlanVersion[]): PlanVersion[] {
  return history.slice(1);
}

/** The statuses a goal of a signed version may move to (each makes a new
 * version): every one but the one it has. */
export function otherStatuses(status: GoalStatus): GoalStatus[] {
  return (["met", "changed", "set_aside", "active"] as const).filter((s) => s !== status);
}

/** A textarea's lines as a list: trimmed, blank lines dropped (steps and
 * strengths are written one a line). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** What the plan form does: write the first plan, rewrite the unsigned
 * current version, or add a goal to a signed one (a new version). */
export type PlanFormMode =
  | { kind: "write" }
  | { kind: "edit"; version: PlanVersion }
  | { kind: "add-goal"; version: PlanVersion };

/** A goal row of the plan form, as typed. */
export interface GoalRow {
  dimension: Dimension;
  words: string;
  steps: string;
  whoHelps: string;
  targetOn: string;
  status: GoalStatus;
}

export function emptyGoal(dimension: Dimension = "emotional"): GoalRow {
  return { dimension, words: "", steps: "", whoHelps: "", targetOn: "", status: "active" };
}

/** A goal of a version as a form row, to edit it. */
export function rowOf(goal: PlanGoal): GoalRow {
  return {
    dimension: goal.dimension,
    words: goal.words,
    steps: goal.steps.join("\n"),
    whoHelps: goal.whoHelps ?? "",
    targetOn: goal.targetOn ?? "",
    status: goal.status,
  };
}

/** A form row as core takes it: the words as typed (core trims and checks
 * them), steps one a line, blanks as null. */
export function goalInput(row: GoalRow) {
  return {
    dimension: row.dimension,
    words: row.words,
    steps: lines(row.steps),
    whoHelps: row.whoHelps.trim() || null,
    targetOn: row.targetOn || null,
    status: row.status,
  };
}
