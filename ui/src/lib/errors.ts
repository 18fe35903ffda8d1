// The one error shape the shell sends: { code, message }. Codes are what the
// UI acts on; messages are shown when there is nothing better to say.
import type { ApiError, ErrorCode } from "./bindings";
import { t, type MessageId } from "./i18n";

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
    message: t("error-internal"),
  };
}

/** The field a validation error is about: `invalid.duration_minutes` →
 * `duration_minutes`. */
export function fieldOf(e: ApiError): string | null {
  return e.code.startsWith("invalid.") ? e.code.slice("invalid.".length) : null;
}

/** Codes the UI words itself, whatever the shell's message says. Fluent ids
 * cannot hold `_`, so each code names its message here. */
const FRIENDLY: Partial<Record<ErrorCode, Extract<MessageId, `error-${string}`>>> = {
  wrong_passphrase: "error-wrong-passphrase",
  wrong_recovery_key: "error-wrong-recovery-key",
  keyring_unavailable: "error-keyring-unavailable",
  locked: "error-locked",
  disk_full: "error-disk-full",
  no_vault: "error-no-vault",
  vault_exists: "error-vault-exists",
};

/** A sentence for the peer. Validation messages from core already name the
 * field and the rule ("Duration minutes: must be between 1 and 720"). */
export function friendly(e: ApiError): string {
  const known = FRIENDLY[e.code];
  if (known) return t(known);
  // The shell words its messages in the peer's language already.
  const m = e.message.trim();
  if (!m) return t("error-generic");
  const sentence = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
