// Typed work is never lost to the auto-lock. The open form that can be
// resumed (a new participant, contact, boundary note, check-in, follow-up,
// referral or consent) registers what it holds; a few seconds after
// the typing stops, when the lock is near, and before the peer locks, it is
// kept as a draft inside the encrypted store (never in browser storage).
// After the next unlock it is offered back. Every other dialog reports only
// whether it holds changes, so the lock screen says "your work is saved"
// only when that is true.
import { api } from "./api";
import type { Draft, JsonValue } from "./bindings";
import { formSnapshot, type FormValue } from "./dirty";

export type DraftPayload = { readonly [key: string]: FormValue };

export interface DraftSource {
  /** The form's name in the store: "contact". */
  form: string;
  dirty: () => boolean;
  payload: () => DraftPayload;
}

/** The forms that can be resumed from a draft. */
export const RESUMABLE = ["participant", "contact", "boundary", "check_in", "follow_up", "referral", "consent"] as const;
export type ResumableForm = (typeof RESUMABLE)[number];

export function isResumable(form: string): form is ResumableForm {
  return (RESUMABLE as readonly string[]).includes(form);
}

/** What happened to unsaved work when Peerlog locked. */
export type AtLock = { kind: "nothing_unsaved" } | { kind: "kept"; form: ResumableForm } | { kind: "not_kept" };

/** How long after the last change a draft is kept. */
const KEEP_AFTER_MS = 3_000;

class Drafts {
  #source: DraftSource | null = null;
  #kept: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsavedElsewhere = new Set<string>();

  /** The draft offered after an unlock, until the peer answers. */
  offered = $state<Draft | null>(null);
  /** A draft the form is to start from (taken once). Not reactive: forms
   * take it as they start. */
  #resume: Draft | null = null;
  /** The form just chosen to continue, for a screen already showing that
   * opens it (the caseload's new participant); the screen clears it. */
  continuing = $state<string | null>(null);

  /** The form opened; returns what to call when it closes or unmounts. */
  register(source: DraftSource): () => void {
    this.#source = source;
    this.#kept = null;
    return () => {
      if (this.#source !== source) return;
      clearTimeout(this.#timer);
      this.#source = null;
    };
  }

  /** The registered form changed: keep it once the typing pauses. */
  changed() {
    clearTimeout(this.#timer);
    if (this.#source?.dirty()) this.#timer = setTimeout(() => void this.keep().catch(() => {}), KEEP_AFTER_MS);
  }

  /** Keeps the open form now, if it holds changes not yet kept. */
  async keep(): Promise<void> {
    clearTimeout(this.#timer);
    const source = this.#source;
    if (!source?.dirty()) return;
    // A plain copy: the form's values may be reactive proxies.
    const payload = $state.snapshot(source.payload() as unknown) as DraftPayload;
    const snapshot = formSnapshot(payload);
    if (snapshot === this.#kept) return;
    // As JSON: a field left undefined is simply not sent.
    await api.keepDraft(source.form, payload as JsonValue);
    this.#kept = snapshot;
  }

  /** A dialog or screen (attendance marks) with or without unsaved changes, resumable or not. */
  holdsUnsaved(id: string, dirty: boolean) {
    if (dirty) this.#unsavedElsewhere.add(id);
    else this.#unsavedElsewhere.delete(id);
  }

  /** Asked as Peerlog locks, before the screens are forgotten. */
  atLock(): AtLock {
    const source = this.#source;
    if (source?.dirty()) {
      const kept = formSnapshot(source.payload()) === this.#kept && isResumable(source.form);
      return kept ? { kind: "kept", form: source.form as ResumableForm } : { kind: "not_kept" };
    }
    return this.#unsavedElsewhere.size > 0 ? { kind: "not_kept" } : { kind: "nothing_unsaved" };
  }

  /** Saved, or thrown away by the peer: nothing to offer back. */
  async forget(form: string): Promise<void> {
    clearTimeout(this.#timer);
    this.#kept = null;
    await api.discardDraft(form).catch(() => {});
  }

  /** After an unlock: the newest draft of a form that can be resumed. */
  async offer(): Promise<void> {
    const waiting = await api.drafts().catch(() => [] as Draft[]);
    this.offered = waiting.find((d) => isResumable(d.form)) ?? null;
  }

  /** The peer chose to continue: the form starts from this draft. */
  resume(draft: Draft) {
    this.#resume = draft;
    this.continuing = draft.form;
    this.offered = null;
  }

  /** The form a participant's page should open to continue a draft. */
  pendingFor(participantId: string): string | null {
    const draft = this.#resume;
    return draft && draft.payload.participantId === participantId ? draft.form : null;
  }

  /** The draft a form of `form` should start from, once. */
  take(form: string): Draft | null {
    const draft = this.#resume;
    if (draft?.form !== form) return null;
    this.#resume = null;
    return draft;
  }

  /** Locked: forget everything held for the session. */
  reset() {
    clearTimeout(this.#timer);
    this.#source = null;
    this.#kept = null;
    this.#resume = null;
    this.continuing = null;
    this.#unsavedElsewhere.clear();
    this.offered = null;
  }
}

export const drafts = new Drafts();

/** For a form creating a record: called as it starts, it registers the form
 * and keeps it as a draft as it changes. Returns what to call once the
 * record is saved or the peer closes the form, so nothing is offered back. */
export function keptAsDraft(form: ResumableForm, dirty: () => boolean, payload: () => DraftPayload): () => void {
  $effect(() => drafts.register({ form, dirty, payload }));
  $effect(() => {
    payload();
    drafts.changed();
  });
  return () => void drafts.forget(form);
}
