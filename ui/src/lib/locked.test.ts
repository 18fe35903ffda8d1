import { afterEach, describe, expect, it } from "vitest";
import { DRAFT_WORDS, lockedMessage } from "./locked";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

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

describe("the lock screen in Spanish", () => {
  it("says the same things, and names drafts in the language shown", () => {
    expect(DRAFT_WORDS.contact.doing).toBe("logging a contact with");
    language.value = "es";
    expect(lockedMessage("manual", { kind: "nothing_unsaved" })).toBe("Bloqueado. Su trabajo está guardado.");
    expect(lockedMessage("idle", { kind: "kept", form: "boundary" })).toBe(
      "Peerlog se bloqueó solo después de un rato sin actividad. La nota de límites que estaba escribiendo " +
        "se guardó de forma cifrada: puede continuar después de desbloquear.",
    );
    expect(DRAFT_WORDS.contact.doing).toBe("registrando un contacto con");
  });
});
