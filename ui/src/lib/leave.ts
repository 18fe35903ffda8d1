// Leaving a screen that holds unsaved work asks first. A screen holds a
// check while it has something to lose (attendance marks not yet saved);
// navigation waits for the check's answer and stays put on "no".

export type LeaveCheck = () => boolean | Promise<boolean>;

export class LeaveGuard {
  private check: LeaveCheck | null = null;
  private asking = false;

  /** Holds `check` until the returned function is called. */
  hold(check: LeaveCheck): () => void {
    this.check = check;
    return () => {
      if (this.check === check) this.check = null;
    };
  }

  /** Whether the peer may leave: yes when nothing is held; otherwise the
   * held check decides. While one question is open, another attempt to
   * leave is refused rather than asked twice. */
  async mayLeave(): Promise<boolean> {
    const check = this.check;
    if (!check) return true;
    if (this.asking) return false;
    this.asking = true;
    try {
      return await check();
    } finally {
      this.asking = false;
    }
  }
}
