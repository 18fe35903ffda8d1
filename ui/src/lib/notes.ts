// Signed notes: how a signature, a co-signature, a review and an addendum
// read, and what a contact's note offers. An unsigned note is edited,
// deleted or signed; a signed one is locked and only amended, by an
// addendum beneath it, and in a team with a supervisor it may go for
// review until a supervisor co-signs it.
import type { Addendum, Contact, NoteReview, NoteSignature, Signer } from "./bindings";
import { formatDate, todayIso } from "./dates";
import { formatClock, t } from "./i18n";

export type NoteAction = "edit" | "delete" | "sign" | "addendum" | "review";

/** What a contact's note offers, in the order its buttons show. A signed
 * note goes for review when someone can review it (`reviewable`), unless
 * it waits for a decision already or is co-signed; after a request for
 * changes it may go again (with its addendum). */
export function noteActions(
  contact: Pick<Contact, "signature">,
  review: NoteReview | null = null,
  reviewable = false,
): NoteAction[] {
  if (!contact.signature) return ["edit", "delete", "sign"];
  const waiting = review?.status === "submitted";
  const done = contact.signature.cosigned !== null || review?.status === "approved";
  return reviewable && !waiting && !done ? ["addendum", "review"] : ["addendum"];
}

/** Whether the note may still be edited or deleted: only until it is signed. */
export function isLocked(contact: Pick<Contact, "signature">): boolean {
  return contact.signature !== null;
}

/** A signer as a payer reads them: "Jordan Peer, CPS", or the name alone. */
export function signerText(name: string, credential: string | null): string {
  const cred = credential?.trim();
  return cred ? t("note-signer", { name, credential: cred }) : name;
}

/** The signer set in Settings, or null when none is set yet (a name is
 * what makes a signer). */
export function signerOf(signer: Signer | null): string | null {
  return signer && signer.name.trim() ? signerText(signer.name, signer.credential) : null;
}

/** An instant as recorded (never moved to another time zone): "Thu, Dec 3,
 * 10:21", with the year when it isn't this year's. */
export function noteWhen(rfc3339: string, today: string = todayIso()): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(rfc3339);
  if (!m) return rfc3339;
  return t("note-when", { date: formatDate(m[1]!, today), time: formatClock(Number(m[2]), Number(m[3])) });
}

/** "Signed by Jordan Peer, CPS · Thu, Dec 3, 10:21", or "Not signed yet". */
export function signatureLine(signature: NoteSignature | null, today: string = todayIso()): string {
  if (!signature) return t("note-unsigned");
  return t("note-signed-by", {
    signer: signerText(signature.signerName, signature.signerCredential),
    when: noteWhen(signature.signedAt, today),
  });
}

/** "Co-signed by Robin Lee, LCSW · Thu, Dec 3, 14:20", or null. */
export function cosignatureLine(signature: NoteSignature | null, today: string = todayIso()): string | null {
  const c = signature?.cosigned;
  if (!c) return null;
  return t("note-cosigned-by", { signer: signerText(c.name, c.credential), when: noteWhen(c.at, today) });
}

/** Where a note stands in review while no co-signature shows it: sent and
 * waiting, or changes asked for (with the supervisor's comment). */
export function reviewLine(review: NoteReview | null, today: string = todayIso()): string | null {
  if (!review) return null;
  if (review.status === "submitted") return t("note-review-submitted", { when: noteWhen(review.submittedAt, today) });
  if (review.status === "changes_requested") {
    return t("note-review-changes", {
      reviewer: signerText(review.reviewerName ?? "", review.reviewerCredential),
      comment: review.comment ?? "",
    });
  }
  return null;
}

export interface AddendumView {
  id: string;
  /** "Addendum · Thu, Dec 3, 11:02" */
  heading: string;
  /** "Reason: late entry" */
  reason: string;
  text: string;
  /** "Signed by Jordan Peer, CPS" */
  signedBy: string;
}

/** How each addendum reads beneath its note, oldest first as core gives them. */
export function addendaOf(contact: Pick<Contact, "addenda">, today: string = todayIso()): AddendumView[] {
  return contact.addenda.map((a: Addendum) => ({
    id: a.id,
    heading: t("note-addendum-heading", { when: noteWhen(a.writtenAt, today) }),
    reason: t("note-addendum-reason", { reason: a.reason }),
    text: a.text,
    signedBy: t("note-addendum-by", { signer: signerText(a.signerName, a.signerCredential) }),
  }));
}
