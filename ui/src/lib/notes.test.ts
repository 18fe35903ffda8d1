import { afterEach, describe, expect, it } from "vitest";
import type { Contact, NoteReview } from "./bindings";
import { addendaOf, cosignatureLine, isLocked, noteActions, noteWhen, reviewLine, signatureLine, signerOf, signerText } from "./notes";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

const TODAY = "2026-12-03";

const unsigned: Contact = {
  id: "c1", participantId: "p", occurredAt: "2026-12-03T09:05:00-05:00", durationMinutes: 25,
  units: 2, mode: "phone", setting: null, services: ["check_in"], dimensions: [], narrative: "Talked.", format: "free", parts: [], goals: [], group: null,
  signature: null, addenda: [],
};
const signed: Contact = {
  ...unsigned,
  signature: { signerName: "Jordan Peer", signerCredential: "CPS", signedAt: "2026-12-03T10:21:00-05:00", cosigned: null },
  addenda: [
    {
      id: "a1", contactId: "c1", writtenAt: "2026-12-03T11:02:00-05:00", reason: "late entry",
      text: "Also asked about the bus pass.", signerName: "Jordan Peer", signerCredential: "CPS",
    },
    {
      id: "a2", contactId: "c1", writtenAt: "2026-12-04T08:30:00-05:00", reason: "wrong time",
      text: "The call began at 9:15.", signerName: "Sam Rivera", signerCredential: null,
    },
  ],
};

describe("what a note offers", () => {
  it("an unsigned note is edited, deleted or signed", () => {
    expect(noteActions(unsigned)).toEqual(["edit", "delete", "sign"]);
    expect(isLocked(unsigned)).toBe(false);
  });

  it("a signed note is never edited or deleted, only amended", () => {
    expect(noteActions(signed)).toEqual(["addendum"]);
    expect(noteActions(signed)).not.toContain("edit");
    expect(noteActions(signed)).not.toContain("delete");
    expect(isLocked(signed)).toBe(true);
  });
});

describe("review in a team", () => {
  const review = (status: NoteReview["status"]): NoteReview => ({
    submittedAt: "2026-12-03T12:00:00-05:00", status, reviewerName: "Robin Lee", reviewerCredential: "LCSW",
    decidedAt: null, comment: status === "changes_requested" ? "Name the referral." : null,
  });

  it("a signed note goes for review only where someone can review it", () => {
    expect(noteActions(signed, null, true)).toEqual(["addendum", "review"]);
    expect(noteActions(signed, null, false)).toEqual(["addendum"]);
    expect(noteActions(unsigned, null, true)).toEqual(["edit", "delete", "sign"]);
  });

  it("not while it waits or once co-signed; again after changes were asked for", () => {
    expect(noteActions(signed, review("submitted"), true)).toEqual(["addendum"]);
    expect(noteActions(signed, review("approved"), true)).toEqual(["addendum"]);
    const cosigned = { signature: { ...signed.signature!, cosigned: { name: "Robin Lee", credential: "LCSW", at: "2026-12-03T14:20:00-05:00" } } };
    expect(noteActions(cosigned, null, true)).toEqual(["addendum"]);
    expect(noteActions(signed, review("changes_requested"), true)).toEqual(["addendum", "review"]);
  });

  it("reads the co-signature and the request for changes", () => {
    const cosigned = { ...signed.signature!, cosigned: { name: "Robin Lee", credential: "LCSW", at: "2026-12-03T14:20:00-05:00" } };
    expect(cosignatureLine(cosigned, "2026-12-04")).toMatch(/^Co-signed by Robin Lee, LCSW · /);
    expect(cosignatureLine(signed.signature, "2026-12-04")).toBeNull();
    expect(reviewLine(review("changes_requested"))).toContain("Name the referral.");
    expect(reviewLine(review("approved"))).toBeNull();
  });
});

describe("the signer", () => {
  it("reads with the credential after a comma, or the name alone", () => {
    expect(signerText("Jordan Peer", "CPS")).toBe("Jordan Peer, CPS");
    expect(signerText("Jordan Peer", null)).toBe("Jordan Peer");
    expect(signerText("Jordan Peer", "  ")).toBe("Jordan Peer");
  });

  it("is missing until Settings has a name", () => {
    expect(signerOf(null)).toBeNull();
    expect(signerOf({ name: " ", credential: "CPS" })).toBeNull();
    expect(signerOf({ name: "Jordan Peer", credential: "CPRS" })).toBe("Jordan Peer, CPRS");
  });
});

describe("the signed line", () => {
  it("names the signer and the time as recorded", () => {
    expect(signatureLine(signed.signature, TODAY)).toBe("Signed by Jordan Peer, CPS · Thu, Dec 3, 10:21");
  });

  it("says so when the note is not signed", () => {
    expect(signatureLine(null, TODAY)).toBe("Not signed yet");
    language.value = "es";
    expect(signatureLine(null, TODAY)).toBe("Todavía sin firmar");
  });

  it("keeps the wall-clock time whatever the offset, and shows another year's year", () => {
    expect(noteWhen("2026-12-03T07:05:00+09:00", TODAY)).toBe("Thu, Dec 3, 7:05");
    expect(noteWhen("2025-12-03T23:59:00-05:00", TODAY)).toMatch(/2025, 23:59$/);
  });

  it("reads in Spanish, the date through Intl", () => {
    language.value = "es";
    const line = signatureLine(signed.signature, TODAY);
    expect(line.startsWith("Firmada por Jordan Peer, CPS · ")).toBe(true);
    expect(line.endsWith(", 10:21")).toBe(true);
    expect(line).toMatch(/dic/);
    expect(line).not.toMatch(/Dec|Thu/);
  });
});

describe("addenda", () => {
  it("read oldest first, each with its date, reason and signer", () => {
    const views = addendaOf(signed, TODAY);
    expect(views.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(views[0]).toEqual({
      id: "a1",
      heading: "Addendum · Thu, Dec 3, 11:02",
      reason: "Reason: late entry",
      text: "Also asked about the bus pass.",
      signedBy: "Signed by Jordan Peer, CPS",
    });
    expect(views[1]!.signedBy).toBe("Signed by Sam Rivera");
  });

  it("read in Spanish", () => {
    language.value = "es";
    const [first] = addendaOf(signed, TODAY);
    expect(first!.heading.startsWith("Adenda · ")).toBe(true);
    expect(first!.reason).toBe("Motivo: late entry");
    expect(first!.signedBy).toBe("Firmada por Jordan Peer, CPS");
  });

  it("a note without addenda has none to show", () => {
    expect(addendaOf(unsigned, TODAY)).toEqual([]);
  });
});
