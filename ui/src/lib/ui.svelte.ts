// App-wide actions any screen can start: the log-a-contact dialog (also
// Ctrl/Cmd+N from anywhere); and the day the peer set the backup reminder
// aside.
import type { Contact, ParticipantId } from "./bindings";

class Ui {
  /** Open when not null; `participantId` preselects someone; `existing`
   * edits a contact already logged. */
  contact = $state<{ participantId: ParticipantId | null; existing?: Contact } | null>(null);
  /** The day "Not now" set the caseload's backup reminder aside: it stays
   * away for the rest of that day. Kept in memory, across a lock and an
   * unlock (a date, nothing about anyone); a restart shows it again. */
  backupReminderSetAsideOn = $state<string | null>(null);

  logContact(participantId: ParticipantId | null = null) {
    this.contact = { participantId };
  }

  editContact(existing: Contact) {
    this.contact = { participantId: existing.participantId, existing };
  }

  closeContact() {
    this.contact = null;
  }

  /** Locked: forget the open dialog (the reminder set aside stays so). */
  reset() {
    this.contact = null;
  }
}

export const ui = new Ui();
