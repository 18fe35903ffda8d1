// The one error shape the shell sends: { code, message }. Codes are what the
// UI acts on; messages are shown when there is nothing better to say.
import type { ApiError, ErrorCode } from "./bindings";

export function isApiError(e: unknown): e is ApiError {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as ApiError).code === "string" &&
    typeof (e as ApiError).message === "string"
  );
}

/** Whatever an invoke rejected with, as an ApiError. Tauri's own failures
 * (bad arguments, a missing permission) arrive as plain strings; they are
 * programming errors, so the peer sees a calm generic sentence. */
export function toApiError(e: unknown): ApiError {
  if (isApiError(e)) return e;
  return {
    code: "internal",
    message: "Something went wrong inside Peerlog. Nothing was changed.",
  };
}

/** The field a validation error is about: `invalid.duration_minutes` →
 * `duration_minutes`. */
export function fieldOf(e: ApiError): string | null {
  return e.code.startsWith("invalid.") ? e.code.slice("invalid.".length) : null;
}

const FRIENDLY: Partial<Record<ErrorCode, string>> = {
  wrong_passphrase: "That passphrase didn't open Peerlog. Check Caps Lock and try again.",
  wrong_recovery_key: "That recovery key didn't open Peerlog. Check each group of four and try again.",
  keyring_unavailable: "Quick unlock isn't available right now. Use your passphrase instead.",
  locked: "Peerlog is locked. Unlock it to continue.",
  disk_full: "The disk is full, so nothing was saved. Free some space and try again.",
  no_vault: "There is no Peerlog data here yet.",
  vault_exists: "This computer already has a Peerlog set up. Unlock it instead.",
};

/** A sentence for the peer. Validation messages from core already name the
 * field and the rule ("Duration minutes: must be between 1 and 720"). */
export function friendly(e: ApiError): string {
  const known = FRIENDLY[e.code];
  if (known) return known;
  const m = e.message.trim();
  if (!m) return "Something went wrong. Nothing was changed.";
  const sentence = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
