import { describe, expect, it } from "vitest";
import { lockedMessage } from "./locked";

describe("the lock screen's words", () => {
  it("says the work is saved only when nothing was left unsaved", () => {
    expect(lockedMessage("idle", "nothing_unsaved")).toContain("Your work is saved.");
    expect(lockedMessage("idle", "kept")).not.toContain("Your work is saved");
    expect(lockedMessage("manual", "not_kept")).not.toContain("Your work is saved");
  });

  it("says why it locked and what became of an open contact", () => {
    expect(lockedMessage("idle", "kept")).toMatch(/^Peerlog locked itself.*continue it after you unlock/);
    expect(lockedMessage("manual", "kept")).toMatch(/^Locked\. The contact you were logging is kept/);
    expect(lockedMessage("idle", "not_kept")).toContain("was not saved");
  });
});
