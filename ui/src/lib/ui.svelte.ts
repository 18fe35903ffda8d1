// App-wide actions any screen can start: the log-a-contact dialog (also
// Ctrl/Cmd+N from anywhere).
import type { Contact, ParticipantId } from "./bindings";

class Ui {
  /** Open when not null; `participantId` preselects someone; `existing`
   * edits a contact already logged. */
  contact = $state<{ participantId: ParticipantId | null; existing?: Contact } | null>(null);

  logContact(participantId: ParticipantId | null = null) {
    this.contact = { participantId };
  }

  /** A signed note is locked: it is amended with an addendum, never edited. */
  editContact(existing: Contact) {
    if (existing.signature) return;
    this.contact = { participantId: existing.participantId, existing };
  }

  closeContact() {
    this.contact = null;
  }

  /** Locked: forget the open dialog. */
  reset() {
    this.contact = null;
  }
}

export const ui = new Ui();
