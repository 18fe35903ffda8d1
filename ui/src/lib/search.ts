// Search results: how many matched, and which timeline entry a match
// opens at on the participant's page.
import type { SearchHit, TimelineItem } from "./bindings";
import type { EntryRef } from "./nav.svelte";
import { t } from "./i18n";

/** The most matches the shell returns (src-tauri/src/commands/search.rs). */
export const SEARCH_LIMIT = 50;

/** How many matched, in the current language; at the limit, that only the
 * newest are shown. */
export function matchCountText(n: number, limit = SEARCH_LIMIT): string {
  if (n > 1 && n >= limit) return t("search-match-count-limited", { count: n });
  return t("search-match-count", { count: n });
}

/** The timeline entry a hit opens at; null for a participant or a group
 * session, which open the page itself. */
export function entryOf(hit: SearchHit): EntryRef | null {
  return hit.kind === "participant" || hit.kind === "group_session" ? null : { kind: hit.kind, id: hit.recordId };
}

/** The id of the record a timeline item shows, and its kind as search names it. */
export function refOf(item: TimelineItem): EntryRef | null {
  const e = item.entry;
  switch (e.kind) {
    case "contact":
      return { kind: "contact", id: e.contact.id };
    case "checkIn":
      return { kind: "check_in", id: e.checkIn.id };
    case "boundary":
      return { kind: "boundary", id: e.note.id };
    case "followUp":
      return { kind: "follow_up", id: e.followUp.id };
    case "referral":
      return { kind: "referral", id: e.referral.id };
    case "attendance":
    case "plan":
      // A version is no search match: a goal is, and the plan card shows it.
      return null;
  }
}

/** Whether the timeline holds what `ref` points at; a plan goal is found
 * on the plan card instead. */
export function inTimeline(ref: EntryRef): boolean {
  return ref.kind !== "plan_goal";
}

/** A key for the DOM: `contact:0193…`. */
export function refKey(ref: EntryRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** Whether `item` is the entry `ref` points at. */
export function isEntry(item: TimelineItem, ref: EntryRef): boolean {
  const own = refOf(item);
  return own !== null && own.kind === ref.kind && own.id === ref.id;
}
