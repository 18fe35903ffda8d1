// What the lock screen says about the work the peer had open: "your work
// is saved" only when it is true.
import type { AtLock } from "./drafts.svelte";

export type LockedBecause = "idle" | "manual";

export function lockedMessage(because: LockedBecause, atLock: AtLock): string {
  const first = because === "idle" ? "Peerlog locked itself after a while without activity." : "Locked.";
  switch (atLock) {
    case "nothing_unsaved":
      return `${first} Your work is saved.`;
    case "kept":
      return `${first} The contact you were logging is kept, encrypted: you can continue it after you unlock.`;
    case "not_kept":
      return `${first} A form you had open was not saved, and could not be kept.`;
  }
}
