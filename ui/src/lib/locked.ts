// What the lock screen says about the work the peer had open: "your work
// is saved" only when it is true. And how a kept draft is named.
import type { AtLock, ResumableForm } from "./drafts.svelte";

export type LockedBecause = "idle" | "manual";

/** How each form that can be continued is named: "You were {doing} Rowan
 * Example"; "{kept} is kept". */
export const DRAFT_WORDS: Readonly<Record<ResumableForm, { doing: string; kept: string }>> = {
  participant: { doing: "adding a participant", kept: "The participant you were adding" },
  contact: { doing: "logging a contact with", kept: "The contact you were logging" },
  boundary: { doing: "writing a boundary note for", kept: "The boundary note you were writing" },
  check_in: { doing: "recording a check-in with", kept: "The check-in you were recording" },
  follow_up: { doing: "adding a follow-up for", kept: "The follow-up you were adding" },
  referral: { doing: "making a referral for", kept: "The referral you were making" },
  consent: { doing: "recording a consent for", kept: "The consent you were recording" },
};

export function lockedMessage(because: LockedBecause, atLock: AtLock): string {
  const first = because === "idle" ? "Peerlog locked itself after a while without activity." : "Locked.";
  switch (atLock.kind) {
    case "nothing_unsaved":
      return `${first} Your work is saved.`;
    case "kept":
      return `${first} ${DRAFT_WORDS[atLock.form].kept} is kept, encrypted: you can continue it after you unlock.`;
    case "not_kept":
      return `${first} A form you had open was not saved, and could not be kept.`;
  }
}
