// Date and time fields as one Tab stop each. WebKit's native date and time
// fields are made of parts (month, day, year; hours, minutes, AM/PM) and
// Tab walks through each part before leaving the field. Here Tab and
// Shift+Tab from such a field go straight to the next or previous control;
// inside the field the parts are still reached with the arrow keys (and
// typing moves on by itself).

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Whether `el` is a field made of parts. */
export function isPartedField(el: Element | null): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === "date" || el.type === "time");
}

interface Stop {
  /** tabindex (0 for the usual order). */
  tabIndex: number;
  /** A radio's group name, when it is one. */
  radio?: { name: string; checked: boolean };
}

/** The stops Tab visits, in order, as indexes into `stops`: positive
 * tabindex first (in their order), then the rest in document order; one
 * radio per group (the checked one, else the first). */
export function tabOrder(stops: readonly Stop[]): number[] {
  const radioPick = new Map<string, number>();
  stops.forEach((s, i) => {
    if (!s.radio) return;
    const had = radioPick.get(s.radio.name);
    if (had === undefined || (s.radio.checked && !stops[had]!.radio!.checked)) radioPick.set(s.radio.name, i);
  });
  const kept = stops
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => s.tabIndex >= 0 && (!s.radio || radioPick.get(s.radio.name) === i));
  const positive = kept.filter(({ s }) => s.tabIndex > 0).sort((a, b) => a.s.tabIndex - b.s.tabIndex || a.i - b.i);
  const normal = kept.filter(({ s }) => s.tabIndex === 0);
  return [...positive, ...normal].map(({ i }) => i);
}

/** The index in `order` to go to from `from`, forward or back; wraps. */
export function step(order: readonly number[], from: number, back: boolean): number | null {
  if (order.length === 0) return null;
  const at = order.indexOf(from);
  if (at === -1) return order[back ? order.length - 1 : 0]!;
  return order[(at + (back ? -1 : 1) + order.length) % order.length]!;
}

function visible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
}

/** Moves focus from a date or time field to the next (or previous)
 * control, within the open dialog if there is one. */
function onKeydown(e: KeyboardEvent) {
  if (e.key !== "Tab" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const from = document.activeElement;
  if (!isPartedField(from)) return;
  const dialogs = document.querySelectorAll<HTMLDialogElement>("dialog[open]");
  const scope: ParentNode = dialogs[dialogs.length - 1] ?? document;
  const els = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el === from || visible(el));
  const stops = els.map((el) => ({
    tabIndex: el.tabIndex,
    radio: el instanceof HTMLInputElement && el.type === "radio" && el.name ? { name: el.name, checked: el.checked } : undefined,
  }));
  const to = step(tabOrder(stops), els.indexOf(from), e.shiftKey);
  if (to === null) return;
  e.preventDefault();
  els[to]!.focus();
}

/** Installs the behaviour on the document; returns its removal. */
export function oneStopDateFields(): () => void {
  document.addEventListener("keydown", onKeydown, true);
  return () => document.removeEventListener("keydown", onKeydown, true);
}
