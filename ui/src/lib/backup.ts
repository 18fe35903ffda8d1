// How backups read for a peer: the reminder on the caseload, sizes, the
// short history in Settings, and what went wrong in a restore.
import type { ApiError, BackupRecord, BackupStatus, ErrorCode } from "./bindings";
import { dayNumber } from "./chart";
import { formatInstant, instantDate } from "./dates";
import { friendly } from "./errors";
import { t } from "./i18n";

/** How the shell names backup files, shown when the peer is asked to
 * choose one. */
export const BACKUP_EXTENSION = ".backup";

/** Whole days from the last backup's (recorded) date to `today`; null when
 * there has never been one. The same count core's `backup_due` uses. */
export function daysSinceBackup(status: BackupStatus, today: string): number | null {
  if (!status.last) return null;
  return Math.max(0, dayNumber(today) - dayNumber(instantDate(status.last.takenAt)));
}

/** The caseload's reminder, or null when no backup is due. */
export function reminderText(status: BackupStatus, today: string): string | null {
  if (!status.due) return null;
  const days = daysSinceBackup(status, today);
  if (days === null) return t("backup-reminder-none");
  return t("backup-reminder-last", { days });
}

/** Whether the reminder, set aside on `setAsideOn` ("Not now"), stays away
 * on `today`: for the rest of that day, back the next. */
export function reminderSetAside(setAsideOn: string | null, today: string): boolean {
  return setAsideOn !== null && setAsideOn >= today;
}

/** `360 KB`, `1.2 MB` (decimal units, as file managers show them; the
 * decimal mark is the language's). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return t("backup-size-bytes", { bytes });
  if (bytes < 1_000_000) return t("backup-size-kb", { kb: Math.round(bytes / 1000) });
  if (bytes < 1_000_000_000) return t("backup-size-mb", { mb: bytes / 1_000_000 });
  return t("backup-size-gb", { gb: bytes / 1_000_000_000 });
}

/** One line of the backup history. */
export function historyLine(r: BackupRecord, today: string): string {
  const when = formatInstant(r.takenAt, today);
  if (r.kind === "restored") return t("backup-history-restored", { when });
  return t("backup-history-written", { when, size: formatBytes(r.bytes) });
}

/** Codes whose message the shell already words for a peer restoring. */
const RESTORE_CODES = new Set<ErrorCode>([
  "wrong_passphrase",
  "wrong_recovery_key",
  "not_a_peerlog_file",
  "file_damaged",
  "file_truncated",
  "file_too_new",
  "restore_refused",
  "store_in_use",
  "no_backup_chosen",
]);

/** What went wrong in a restore, as a sentence. The general wording for a
 * wrong passphrase ("didn't open Peerlog") would mislead here: a backup
 * needs the passphrase it had when it was made. */
export function restoreProblem(e: ApiError): string {
  return RESTORE_CODES.has(e.code) && e.message.trim() ? e.message : friendly(e);
}
