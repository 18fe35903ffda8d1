// Keyboard shortcuts. Ctrl on Linux and Windows, Cmd on macOS.

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Ctrl/Cmd + `key` (no Alt), e.g. `isCommand(e, "n")` for Ctrl+N. */
export function isCommand(e: KeyLike, key: string, shift = false): boolean {
  return (
    (e.ctrlKey || e.metaKey) &&
    !e.altKey &&
    e.shiftKey === shift &&
    e.key.toLowerCase() === key.toLowerCase()
  );
}

/** Whether a key event comes from somewhere the peer is typing text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== "string") return false;
  const el = target as HTMLElement;
  const tag = el.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (el as HTMLInputElement).type;
    return !["checkbox", "radio", "button", "submit", "reset"].includes(type);
  }
  return el.isContentEditable === true;
}

export const isMac = () =>
  typeof navigator !== "undefined" && /Mac/.test(navigator.platform || navigator.userAgent);

/** Keys named as printed on them, for hints: the same in every language. */
export const KEY_NAMES = { ctrl: "Ctrl", enter: "Enter", escape: "Esc" } as const;

/** "Ctrl+N" or "⌘N", for hints. */
export function shortcutLabel(key: string, mac = isMac()): string {
  return mac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

/** Alt (Option on macOS) + `key`, with no other modifier. Matches on the
 * physical key too, since Option+F types "ƒ" on a Mac. */
export function isAlt(e: KeyLike & { code?: string }, key: string): boolean {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  const k = key.toLowerCase();
  return e.key.toLowerCase() === k || e.code === `Key${k.toUpperCase()}`;
}

/** "Alt+F" or "⌥F", for hints. */
export function altLabel(key: string, mac = isMac()): string {
  return mac ? `⌥${key.toUpperCase()}` : `Alt+${key.toUpperCase()}`;
}
