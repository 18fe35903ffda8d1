// "Undo" for a few seconds after something that is quick to do by mistake
// (a follow-up marked done or dropped): one offer at a time, shown by the
// shell as a toast with an Undo button (also Ctrl/Cmd+Z outside a text
// field). A newer offer replaces the older one; the offer goes when its
// time is up, when it is used, or when the app locks.

export const UNDO_MS = 8000;

interface Offer {
  message: string;
  undo: () => Promise<void>;
}

export class Undoer {
  offer = $state<Offer | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private ms = UNDO_MS) {}

  /** Offers `undo` for a few seconds, with `message` saying what was done. */
  show(message: string, undo: () => Promise<void>) {
    clearTimeout(this.timer);
    this.offer = { message, undo };
    this.timer = setTimeout(() => (this.offer = null), this.ms);
  }

  /** Keeps the offer while the peer is at it (focus or pointer on the toast). */
  hold() {
    clearTimeout(this.timer);
  }

  /** Starts the countdown again after `hold`. */
  release() {
    if (!this.offer) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.offer = null), this.ms);
  }

  /** Undoes the offered action, once; false when there was nothing to undo. */
  async run(): Promise<boolean> {
    const o = this.offer;
    if (!o) return false;
    this.clear();
    await o.undo();
    return true;
  }

  clear() {
    clearTimeout(this.timer);
    this.offer = null;
  }
}

export const undoer = new Undoer();
