// The log-a-contact form: letter keys for the modes, the mode a new
// contact starts at, and the follow-up shortcut.
import type { ContactMode } from "./bindings";
import { t } from "./i18n";

export const MODE_KEYS: Readonly<Record<ContactMode, string>> = {
  in_person: "i",
  phone: "p",
  video: "v",
  text: "t",
  jail_visit: "j",
  court: "c",
};

export function modeForKey(key: string): ContactMode | null {
  const k = key.toLowerCase();
  for (const [mode, letter] of Object.entries(MODE_KEYS) as [ContactMode, string][]) {
    if (letter === k) return mode;
  }
  return null;
}

/** How a new contact starts, every time the dialog opens: never carried
 * over from the last contact, so the same keystrokes always record the
 * same thing. The peer changes it with a letter key or a click. */
export const DEFAULT_MODE: ContactMode = "phone";

/** The follow-up shortcut inside the contact dialog: Alt+F (⌥F). */
export const FOLLOW_UP_KEY = "f";

/** What the peer reads after saving a contact: who, the billing units, and
 * the follow-up created with it, if any (its due date as `formatDate`
 * shows it). */
export function contactSavedMessage(
  who: string,
  units: string,
  opts: { edited?: boolean; followUpDue?: string | null } = {},
): string {
  if (opts.edited) return t("contact-updated", { who });
  return opts.followUpDue
    ? t("contact-saved-with-follow-up", { who, units, due: opts.followUpDue })
    : t("contact-saved", { who, units });
}
