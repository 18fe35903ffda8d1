// A form's busy flag and its error: the field it belongs to (from the
// `invalid.<field>` code) or a general message, and focus moved to the
// field so a keyboard user lands where the fix is.
import type { ApiError } from "./bindings";
import { fieldOf, friendly, toApiError } from "./errors";

export class FormState {
  error = $state<ApiError | null>(null);
  busy = $state(false);

  /** `fields`: the fields the form shows, or a function giving them for a
   * form whose fields change (a note's parts follow its format). */
  constructor(private fields: readonly string[] | (() => readonly string[]) = []) {}

  /** The message for `field` (or any of several names core may use). */
  errorFor(...names: string[]): string | null {
    const e = this.error;
    if (!e) return null;
    const f = fieldOf(e);
    return f && names.includes(f) ? friendly(e) : null;
  }

  /** An error not tied to a field shown in the form. */
  get general(): string | null {
    const e = this.error;
    if (!e) return null;
    const f = fieldOf(e);
    const shown = typeof this.fields === "function" ? this.fields() : this.fields;
    return f && shown.includes(f) ? null : friendly(e);
  }

  async run<T>(work: () => Promise<T>, form?: HTMLElement | null): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.error = null;
    try {
      return await work();
    } catch (e) {
      this.error = toApiError(e);
      const f = fieldOf(this.error);
      queueMicrotask(() => {
        const target =
          (f && form?.querySelector<HTMLElement>(`[data-field~="${f}"]`)) ||
          form?.querySelector<HTMLElement>("[data-general-error]");
        target?.focus();
      });
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  reset() {
    this.error = null;
    this.busy = false;
  }
}
