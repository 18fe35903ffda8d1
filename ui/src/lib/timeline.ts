// How each kind of timeline entry reads, and grouping by day.
import type { Choice, TimelineItem, Vocabulary } from "./bindings";
import { unitsText } from "./units";
import { formatDate } from "./dates";
import { t, type MessageId } from "./i18n";

export type TimelineKind = TimelineItem["entry"]["kind"];

/** Entries asked for at a time: the first page opens at once however long
 * the history (core's benchmark measures this page). */
export const TIMELINE_PAGE = 100;

/** Whether older entries may exist: the page came back full. */
export function mayHaveOlder(received: number, asked: number): boolean {
  return received >= asked;
}

/** Each kind's filter label, as a message id (in the order the filter
 * offers them): looked up when shown, so a language switch redraws it. */
export const KIND_LABELS = {
  contact: "timeline-kind-contacts",
  attendance: "timeline-kind-groups",
  checkIn: "timeline-kind-check-ins",
  boundary: "timeline-kind-boundaries",
  followUp: "timeline-kind-follow-ups",
  referral: "timeline-kind-referrals",
  plan: "timeline-kind-plans",
} as const satisfies Readonly<Record<TimelineKind, MessageId>>;

/** A kind's filter label in the current language. */
export function kindLabel(kind: TimelineKind): string {
  return t(KIND_LABELS[kind]);
}

const label = (choices: readonly Choice[] | undefined, code: string) =>
  choices?.find((c) => c.code === code)?.label ?? code;

export interface Described {
  kind: TimelineKind;
  title: string;
  meta: string[];
  body: string | null;
  /** Boundary notes are private to the peer. */
  private: boolean;
}

/** How `item` reads in the current language (vocabulary labels as the
 * shell gave them). */
export function describe(item: TimelineItem, v: Vocabulary | null): Described {
  const e = item.entry;
  switch (e.kind) {
    case "contact": {
      const c = e.contact;
      return {
        kind: e.kind,
        title: c.group
          ? t("timeline-group-note-title", { mode: label(v?.contactModes, c.mode), minutes: c.durationMinutes })
          : t("timeline-contact-title", { mode: label(v?.contactModes, c.mode), minutes: c.durationMinutes }),
        meta: [
          c.occurredAt.slice(11, 16).replace(/^0/, ""),
          unitsText(c.durationMinutes),
          ...c.services.map((s) => label(v?.services, s)),
          ...(c.setting ? [c.setting] : []),
        ],
        body: c.narrative || null,
        private: false,
      };
    }
    case "attendance":
      return {
        kind: e.kind,
        title: t("timeline-attendance-title", {
          group: e.groupName,
          status: label(v?.attendanceStatuses, e.status),
        }),
        meta: e.session.topic ? [e.session.topic] : [],
        body: null,
        private: false,
      };
    case "checkIn": {
      const c = e.checkIn;
      const s = c.scores;
      const avg =
        (s.emotional + s.environmental + s.financial + s.intellectual + s.occupational + s.physical + s.social + s.spiritual) / 8;
      return {
        kind: e.kind,
        // One decimal always ("3.0"), as a string: Fluent would drop it.
        title: t("timeline-check-in-title", { average: avg.toFixed(1) }),
        meta: c.barc10Total !== null ? [t("timeline-check-in-barc", { total: c.barc10Total })] : [],
        body: c.note,
        private: false,
      };
    }
    case "boundary":
      return {
        kind: e.kind,
        title: t("timeline-boundary-title", { category: label(v?.boundaryCategories, e.note.category) }),
        meta: e.note.reviewOn ? [t("timeline-boundary-review", { date: formatDate(e.note.reviewOn) })] : [],
        body: e.note.text,
        private: true,
      };
    case "followUp":
      return {
        kind: e.kind,
        title: t("timeline-follow-up-title", { status: label(v?.followUpStatuses, e.followUp.status) }),
        meta: [],
        body: e.followUp.text,
        private: false,
      };
    case "referral":
      return {
        kind: e.kind,
        title: t("timeline-referral-title", {
          type: label(v?.resourceTypes, e.referral.resourceType),
          name: e.referral.resourceName,
        }),
        meta: [label(v?.referralOutcomes, e.referral.outcome)],
        body: e.referral.note,
        private: false,
      };
    case "plan": {
      const p = e.version;
      return {
        kind: e.kind,
        title:
          e.event === "signed"
            ? t("timeline-plan-signed-title", { version: p.version })
            : t("timeline-plan-created-title", { version: p.version }),
        meta: [t("timeline-plan-goals", { count: p.goals.length })],
        body: null,
        private: false,
      };
    }
  }
}

/** Consecutive items on the same day, newest day first (input order kept). */
export function byDay(items: readonly TimelineItem[]): { on: string; items: TimelineItem[] }[] {
  const days: { on: string; items: TimelineItem[] }[] = [];
  for (const item of items) {
    const last = days[days.length - 1];
    if (last && last.on === item.on) last.items.push(item);
    else days.push({ on: item.on, items: [item] });
  }
  return days;
}
