// App-wide actions any screen can start: the log-a-contact dialog (also
// Ctrl/Cmd+N from anywhere); and what the peer set aside for this unlocked
// session (the backup reminder).
import type { Contact, ParticipantId } from "./bindings";

class Ui {
  /** Open when not null; `participantId` preselects someone; `existing`
   * edits a contact already logged. */
  contact = $state<{ participantId: ParticipantId | null; existing?: Contact } | null>(null);
  /** "Not now" on the caseload's backup reminder, until the next lock. */
  backupReminderDismissed = $state(false);

  logContact(participantId: ParticipantId | null = null) {
    this.contact = { participantId };
  }

  editContact(existing: Contact) {
    this.contact = { participantId: existing.participantId, existing };
  }

  closeContact() {
    this.contact = null;
  }

  /** Locked: forget what was set aside for the session. */
  reset() {
    this.contact = null;
    this.backupReminderDismissed = false;
  }
}

export const ui = new Ui();
