// What the lock screen says about the work the peer had open: "your work
// is saved" only when it is true. And how a kept draft is named.
import type { AtLock, ResumableForm } from "./drafts.svelte";
import { t, type MessageId } from "./i18n";

export type LockedBecause = "idle" | "manual";

type DraftId = Extract<MessageId, `lock-draft-${string}`>;

const DRAFT_IDS: Readonly<Record<ResumableForm, { doing: DraftId; kept: DraftId }>> = {
  participant: { doing: "lock-draft-doing-participant", kept: "lock-draft-kept-participant" },
  contact: { doing: "lock-draft-doing-contact", kept: "lock-draft-kept-contact" },
  boundary: { doing: "lock-draft-doing-boundary", kept: "lock-draft-kept-boundary" },
  check_in: { doing: "lock-draft-doing-check-in", kept: "lock-draft-kept-check-in" },
  follow_up: { doing: "lock-draft-doing-follow-up", kept: "lock-draft-kept-follow-up" },
  referral: { doing: "lock-draft-doing-referral", kept: "lock-draft-kept-referral" },
  consent: { doing: "lock-draft-doing-consent", kept: "lock-draft-kept-consent" },
};

/** How each form that can be continued is named: "You were {doing} Rowan
 * Example"; "{kept} is kept". Getters, so the words are looked up in the
 * current language each time they are shown. */
export const DRAFT_WORDS: Readonly<Record<ResumableForm, { readonly doing: string; readonly kept: string }>> =
  Object.fromEntries(
    Object.entries(DRAFT_IDS).map(([form, ids]) => [
      form,
      {
        get doing() {
          return t(ids.doing);
        },
        get kept() {
          return t(ids.kept);
        },
      },
    ]),
  ) as Record<ResumableForm, { readonly doing: string; readonly kept: string }>;

export function lockedMessage(because: LockedBecause, atLock: AtLock): string {
  const first = t(because === "idle" ? "lock-why-idle" : "lock-why-manual");
  switch (atLock.kind) {
    case "nothing_unsaved":
      return `${first} ${t("lock-saved")}`;
    case "kept":
      return `${first} ${t("lock-kept", { draft: DRAFT_WORDS[atLock.form].kept })}`;
    case "not_kept":
      return `${first} ${t("lock-not-kept")}`;
  }
}
