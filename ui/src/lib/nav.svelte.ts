// Where the peer is in the app. Kept in memory only; a lock resets it.
import type { GroupId, ParticipantId } from "./bindings";

export type View =
  | { name: "caseload" }
  | { name: "participant"; id: ParticipantId }
  | { name: "followups" }
  | { name: "groups"; groupId?: GroupId }
  | { name: "search"; query?: string }
  | { name: "export" }
  | { name: "selfcheck" }
  | { name: "settings"; section?: "backup" };

class Nav {
  view = $state<View>({ name: "caseload" });
  /** Bumped whenever something was saved, so open screens reload. */
  revision = $state(0);
  private history: View[] = [];

  go(view: View) {
    this.history.push(this.view);
    if (this.history.length > 30) this.history.shift();
    this.view = view;
  }

  back() {
    this.view = this.history.pop() ?? { name: "caseload" };
  }

  changed() {
    this.revision += 1;
  }

  reset() {
    this.view = { name: "caseload" };
    this.history = [];
    this.revision = 0;
  }
}

export const nav = new Nav();
