// Letter keys for the contact modes in the log-a-contact form.
import type { ContactMode } from "./bindings";

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
