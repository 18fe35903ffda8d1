import { afterEach, describe, expect, it } from "vitest";
import type { BackupRecord, BackupStatus } from "./bindings";
import { daysSinceBackup, formatBytes, historyLine, reminderSetAside, reminderText, restoreProblem } from "./backup";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const record = (takenAt: string, kind = "written"): BackupRecord => ({
  kind, at: takenAt, takenAt, sha256: "ab".repeat(32), bytes: 1_234_567,
});
const status = (last: BackupRecord | null, due: boolean): BackupStatus => ({
  last, due, remindAfterDays: 7, history: last ? [last] : [], reminderSetAsideOn: null,
});

describe("the backup reminder", () => {
  it("says there is none yet", () => {
    expect(reminderText(status(null, true), "2026-11-23")).toBe("You have no backup yet");
    expect(daysSinceBackup(status(null, true), "2026-11-23")).toBeNull();
  });

  it("counts whole days from the date the backup was taken, as recorded", () => {
    // Late in the evening of the 12th, recorded at -05:00: still the 12th.
    const last = record("2026-11-12T23:30:00-05:00");
    expect(daysSinceBackup(status(last, true), "2026-11-23")).toBe(11);
    expect(reminderText(status(last, true), "2026-11-23")).toBe("Your last backup was 11 days ago");
  });

  it("stays quiet when no backup is due", () => {
    expect(reminderText(status(record("2026-11-20T09:00:00-05:00"), false), "2026-11-23")).toBeNull();
  });

  it("reads naturally for today and yesterday", () => {
    expect(reminderText(status(record("2026-11-23T09:00:00+01:00"), true), "2026-11-23")).toBe(
      "Your last backup was today",
    );
    expect(reminderText(status(record("2026-11-22T09:00:00+01:00"), true), "2026-11-23")).toBe(
      "Your last backup was yesterday",
    );
  });
});

describe("backup details", () => {
  it("sizes read as a file manager shows them", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(360_448)).toBe("360 KB");
    expect(formatBytes(1_234_567)).toBe("1.2 MB");
    expect(formatBytes(2_000_000)).toBe("2.0 MB");
    expect(formatBytes(3_456_000_000)).toBe("3.5 GB");
  });

  it("history lines say what happened and when", () => {
    expect(historyLine(record("2026-11-18T09:15:00-05:00"), "2026-11-23")).toBe(
      "Backed up Wed, Nov 18 · 9:15 · 1.2 MB",
    );
    expect(historyLine(record("2025-03-02T17:05:00-05:00", "restored"), "2026-11-23")).toBe(
      "Restored from a backup taken Sun, Mar 2, 2025 · 17:05",
    );
  });

  it("a wrong passphrase in a restore is about the backup, not about unlocking", () => {
    const shell = "That passphrase doesn't open this backup. It needs the passphrase Peerlog had when the backup was made.";
    expect(restoreProblem({ code: "wrong_passphrase", message: shell })).toBe(shell);
    expect(restoreProblem({ code: "disk_full", message: "the disk is full" })).toBe(
      "The disk is full, so nothing was saved. Free some space and try again.",
    );
  });
});

describe("the backup reminder set aside", () => {
  it("stays away for the rest of the day, and is back the next", () => {
    expect(reminderSetAside(null, "2026-12-02")).toBe(false);
    expect(reminderSetAside("2026-12-02", "2026-12-02")).toBe(true);
    expect(reminderSetAside("2026-12-02", "2026-12-03")).toBe(false);
  });
});

describe("backups in Spanish", () => {
  it("remind, size and list in the peer's language", () => {
    language.value = "es";
    expect(reminderText(status(null, true), "2026-11-23")).toBe("Todavía no tiene ninguna copia de seguridad");
    expect(reminderText(status(record("2026-11-22T09:00:00+01:00"), true), "2026-11-23")).toBe(
      "Su última copia de seguridad fue ayer",
    );
    expect(reminderText(status(record("2026-11-12T23:30:00-05:00"), true), "2026-11-23")).toBe(
      "Su última copia de seguridad fue hace 11 días",
    );
    expect(formatBytes(360_448)).toBe("360 KB");
    expect(historyLine(record("2026-11-18T09:15:00-05:00"), "2026-11-23")).toMatch(
      /^Copia de seguridad del .*18.* · 9:15 · 1\.2 MB$/,
    );
    expect(historyLine(record("2025-03-02T17:05:00-05:00", "restored"), "2026-11-23")).toMatch(
      /^Se restauró desde una copia de seguridad del /,
    );
  });
});
