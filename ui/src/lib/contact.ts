// The log-a-contact form: letter keys for the modes, the mode a new
// contact starts at, and the follow-up shortcut.
import type { ContactMode } from "./bindings";
import { t } from "./i18n";

/** The letter that picks each mode, in the chosen language: a translator
 * picks letters that match the words the peer reads ("T" for Teléfono),
 * each mode its own. */
const MODE_KEY_IDS = {
  in_person: "contact-key-in-person",
  phone: "contact-key-phone",
  video: "contact-key-video",
  text: "contact-key-text",
  jail_visit: "contact-key-jail-visit",
  court: "contact-key-court",
} as const satisfies Readonly<Record<ContactMode, string>>;

export function modeKey(mode: ContactMode): string {
  return t(MODE_KEY_IDS[mode]).trim().toLowerCase();
}

export function modeForKey(key: string): ContactMode | null {
  const k = key.toLowerCase();
  for (const mode of Object.keys(MODE_KEY_IDS) as ContactMode[]) {
    if (modeKey(mode) === k) return mode;
  }
  return null;
}

/** How a new contact starts, every time the dialog opens: never carried
 * over from the last contact, so the same keystrokes always record the
 * same thing. The peer changes it with a letter key or a click. */
export const DEFAULT_MODE: ContactMode = "phone";

/** The follow-up shortcut inside the contact dialog, in the chosen
 * language: Alt+F (⌥F) for Follow-up, Alt+S for Seguimiento. */
export function followUpKey(): string {
  return t("contact-key-follow-up").trim().toLowerCase();
}

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
