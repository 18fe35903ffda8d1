// Whether a form holds changes the peer would lose by closing it: its
// values now, compared with the values it opened with. Blank and missing
// are the same ("" = null = undefined), a number typed into a number field
// equals the number it started at, and the order of an object's keys does
// not matter. Lists keep their order (a list used as a set should be
// passed sorted).
import { t } from "./i18n";

export type FormValue = string | number | boolean | null | undefined | readonly FormValue[] | { readonly [key: string]: FormValue };

function canonical(v: FormValue): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === "string") {
    if (v === "") return null;
    // A number field may hand back "15" or 15 for the same thing.
    return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  if (typeof v === "number") return Number.isNaN(v) ? null : v;
  if (typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map((x) => canonical(x));
  const obj = v as { readonly [key: string]: FormValue };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) out[k] = canonical(obj[k]);
  return out;
}

/** A comparable fingerprint of a form's values. */
export function formSnapshot(values: FormValue): string {
  return JSON.stringify(canonical(values));
}

/** True when `now` differs from the snapshot the form opened with. */
export function changedSince(initial: string, now: FormValue): boolean {
  return formSnapshot(now) !== initial;
}

/** The question asked before unsaved work is thrown away. `what` is the
 * kind of form, as a code ("contact", "boundary", "check_in", …: the draft
 * names, plus "group" and "outcome"), so each language can word it with
 * its own grammar ("esta nota de límites"); any other reads as a form. */
export function discardTitle(what: string): string {
  return t("form-discard-title", { what });
}
