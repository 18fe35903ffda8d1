// Where the peer is in the app. Kept in memory only; a lock resets it.
import type { GroupId, MeetingId, ParticipantId, SearchKind } from "./bindings";
import { LeaveGuard } from "./leave";

/** A timeline entry to open a participant's page at (a search match). */
export interface EntryRef {
  kind: SearchKind;
  id: string;
}

export type View =
  | { name: "caseload" }
  | { name: "participant"; id: ParticipantId; entry?: EntryRef }
  | { name: "followups" }
  | { name: "groups"; groupId?: GroupId }
  | { name: "search"; query?: string }
  | { name: "export" }
  | { name: "billing" }
  | { name: "selfcheck" }
  | { name: "certification" }
  | { name: "reviews" }
  | { name: "supervision" }
  | { name: "partners" }
  | { name: "meetings"; meetingId?: MeetingId; heldOn?: string }
  | { name: "privacy" }
  | { name: "settings"; section?: "backup" | "signer" };

class Nav {
  view = $state<View>({ name: "caseload" });
  private history: View[] = [];
  /** A screen with unsaved work asks before it is left (Groups' marks). */
  readonly leaving = new LeaveGuard();

  /** Goes to `view` unless the screen being left keeps the peer there;
   * true when it went. */
  async go(view: View): Promise<boolean> {
    if (!(await this.leaving.mayLeave())) return false;
    this.history.push(this.view);
    if (this.history.length > 30) this.history.shift();
    this.view = view;
    return true;
  }

  async back(): Promise<boolean> {
    if (!(await this.leaving.mayLeave())) return false;
    this.view = this.history.pop() ?? { name: "caseload" };
    return true;
  }

  reset() {
    this.view = { name: "caseload" };
    this.history = [];
  }
}

export const nav = new Nav();
