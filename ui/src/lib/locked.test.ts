import { describe, expect, it } from "vitest";
import { lockedMessage } from "./locked";

describe("the lock screen's words", () => {
  it("says the work is saved only when nothing was left unsaved", () => {
    expect(lockedMessage("idle", { kind: "nothing_unsaved" })).toContain("Your work is saved.");
    expect(lockedMessage("idle", { kind: "kept", form: "contact" })).not.toContain("Your work is saved");
    expect(lockedMessage("manual", { kind: "not_kept" })).not.toContain("Your work is saved");
  });

  it("says why it locked and what became of an open form", () => {
    expect(lockedMessage("idle", { kind: "kept", form: "contact" })).toMatch(
      /^Peerlog locked itself.*The contact you were logging is kept.*continue it after you unlock/,
    );
    expect(lockedMessage("manual", { kind: "kept", form: "boundary" })).toMatch(
      /^Locked\. The boundary note you were writing is kept/,
    );
    expect(lockedMessage("idle", { kind: "not_kept" })).toContain("was not saved");
  });
});
