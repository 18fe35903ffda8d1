import { afterEach, describe, expect, it } from "vitest";
import { STANDING_LABEL, standingOn } from "./consent";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const consent = {
  effectiveOn: "2026-01-10", expiresOn: "2026-06-30", revokedOn: null,
  expiryEvent: null, programExitOn: null,
};

describe("a consent's standing", () => {
  it("is in force from the effective day through the last day", () => {
    expect(standingOn(consent, "2026-01-09")).toBe("not_yet_effective");
    expect(standingOn(consent, "2026-01-10")).toBe("active");
    expect(standingOn(consent, "2026-06-30")).toBe("active");
    expect(standingOn(consent, "2026-07-01")).toBe("expired");
  });

  it("ends on an event when there is no date", () => {
    expect(standingOn({ ...consent, expiresOn: null }, "2030-01-01")).toBe("active");
  });

  it("ends on the day the participant leaves the program when it ends on that event", () => {
    const onExit = { ...consent, expiresOn: null, expiryEvent: "Discharge from the program", programExitOn: "2026-05-04" };
    expect(standingOn(onExit, "2026-05-03")).toBe("active");
    expect(standingOn(onExit, "2026-05-04")).toBe("expired");
    // A consent with an end date and no event outlives the exit.
    expect(standingOn({ ...onExit, expiryEvent: null, expiresOn: "2026-06-30" }, "2026-06-01")).toBe("active");
  });

  it("is revoked from the day the revocation was received", () => {
    const revoked = { ...consent, revokedOn: "2026-03-01" };
    expect(standingOn(revoked, "2026-02-28")).toBe("active");
    expect(standingOn(revoked, "2026-03-01")).toBe("revoked");
  });
});

describe("a standing's label", () => {
  it("reads in the language chosen when it is read", () => {
    expect(STANDING_LABEL.active).toBe("Active");
    expect(STANDING_LABEL.not_yet_effective).toBe("Not yet effective");
    language.value = "es";
    expect(STANDING_LABEL.active).toBe("Vigente");
    expect(STANDING_LABEL.revoked).toBe("Revocado");
  });
});
