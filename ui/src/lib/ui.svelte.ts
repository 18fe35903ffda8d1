// App-wide actions any screen can start: the log-a-contact dialog (also
// Ctrl/Cmd+N from anywhere).
import type { ParticipantId } from "./bindings";

class Ui {
  /** Open when not null; `participantId` preselects someone. */
  contact = $state<{ participantId: ParticipantId | null } | null>(null);

  logContact(participantId: ParticipantId | null = null) {
    this.contact = { participantId };
  }

  closeContact() {
    this.contact = null;
  }
}

export const ui = new Ui();
