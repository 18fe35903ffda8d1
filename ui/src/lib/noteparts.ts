// Structured notes: the parts a program's note format asks for (GIRP:
// goal, intervention, response, plan; DAP: data, assessment, plan), what
// the contact form sends of them, and which field a part's error is about.
import type { NoteFormat, NotePart, NoteSection } from "./bindings";
import { t } from "./i18n";

/** Each format's parts, in the order they are written (as core keeps them). */
const PARTS: Readonly<Record<NoteFormat, readonly NotePart[]>> = {
  free: [],
  girp: ["goal", "intervention", "response", "plan"],
  dap: ["data", "assessment", "plan"],
};

export const NOTE_FORMATS: readonly NoteFormat[] = ["free", "girp", "dap"];
export const ALL_PARTS: readonly NotePart[] = ["goal", "intervention", "response", "data", "assessment", "plan"];

/** The text typed into each part's field; every part present, so a form's
 * snapshot reads the same whichever format it shows. */
export type PartTexts = Record<NotePart, string>;

export function partsOf(format: NoteFormat): readonly NotePart[] {
  return PARTS[format];
}

export function isStructured(format: NoteFormat): boolean {
  return PARTS[format].length > 0;
}

export function emptyPartTexts(): PartTexts {
  return { goal: "", intervention: "", response: "", data: "", assessment: "", plan: "" };
}

/** A saved note's parts as the form's fields. */
export function partTextsOf(sections: readonly NoteSection[]): PartTexts {
  const texts = emptyPartTexts();
  for (const s of sections) texts[s.part] = s.text;
  return texts;
}

/** What the input sends: the format's parts that hold words, in its order.
 * Text kept in a part the format lacks is not sent. */
export function sectionsToSend(format: NoteFormat, texts: Partial<PartTexts>): NoteSection[] {
  return PARTS[format]
    .map((part) => ({ part, text: texts[part] ?? "" }))
    .filter((s) => s.text.trim() !== "");
}

/** The field a part's error names (`invalid.part_plan` → `part_plan`). */
export function partField(part: NotePart): string {
  return `part_${part}`;
}

/** The fields a form in this format shows for its parts. */
export function partFieldsOf(format: NoteFormat): string[] {
  return PARTS[format].map(partField);
}

const HINT_IDS = {
  goal: "note-part-hint-goal",
  intervention: "note-part-hint-intervention",
  response: "note-part-hint-response",
  data: "note-part-hint-data",
  assessment: "note-part-hint-assessment",
  plan: "note-part-hint-plan",
} as const satisfies Readonly<Record<NotePart, string>>;

/** A part's hint in the peer's words: Intervention → "What you did". */
export function partHint(part: NotePart): string {
  return t(HINT_IDS[part]);
}
