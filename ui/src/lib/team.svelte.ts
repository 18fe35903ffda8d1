// The team this store is in, as the shell last said, and the syncing that
// keeps it current: on unlock, every few minutes while unlocked, and when
// the peer asks. A sync runs in the background and never stands in the
// peer's way; a failed one is kept for Settings to show, not shouted.
import { api } from "./api";
import type { ApiError, TeamMember, TeamStatus } from "./bindings";
import { isoDate, isoTime, toRfc3339 } from "./dates";
import { toApiError } from "./errors";
import { invalidate } from "./query.svelte";

/** How often the app reads the team folder while unlocked. */
export const SYNC_EVERY_MS = 3 * 60_000;

class Team {
  /** Undefined until the first answer; null when in no team. */
  status = $state<TeamStatus | null | undefined>(undefined);
  syncing = $state(false);
  problem = $state<ApiError | null>(null);
  /** When this app last read the folder (RFC 3339, local), while unlocked. */
  lastSynced = $state<string | null>(null);
  /** Bumped after each sync that applied something, so the team's screens
   * load again. */
  revision = $state(0);
  private timer: ReturnType<typeof setInterval> | null = null;

  get me(): TeamMember | null {
    return this.status?.members.find((m) => m.isMe) ?? null;
  }

  get isSupervisor(): boolean {
    return this.me?.role === "supervisor";
  }

  get isAdmin(): boolean {
    return this.me !== null && this.me.key === this.status?.team.admin;
  }

  /** Whether a signed note has anyone to go to for review. */
  get hasSupervisor(): boolean {
    return !!this.me && !!this.status?.members.some((m) => m.role === "supervisor" && !m.isMe);
  }

  /** Takes a status a command answered with. */
  show(status: TeamStatus | null) {
    this.status = status;
  }

  async sync(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const status = await api.syncTeam();
      this.status = status;
      this.problem = null;
      const now = new Date();
      if (status) this.lastSynced = toRfc3339(isoDate(now), isoTime(now));
      if ((status?.lastRead?.applied ?? 0) > 0) {
        this.revision += 1;
        // A co-signature or a decision lands on a participant's note.
        await invalidate(["participant"]);
      }
    } catch (e) {
      this.problem = toApiError(e);
    } finally {
      this.syncing = false;
    }
  }

  /** Syncs now and every few minutes until `stop`. */
  start() {
    this.stop();
    void this.sync();
    this.timer = setInterval(() => void this.sync(), SYNC_EVERY_MS);
  }

  /** At the lock: no more syncing, nothing remembered. */
  stop() {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.status = undefined;
    this.problem = null;
    this.syncing = false;
    this.lastSynced = null;
  }
}

export const team = new Team();
