// A polite live region for "Saved" messages, read by screen readers and
// shown briefly on screen.
class Announcer {
  message = $state("");
  private timer: ReturnType<typeof setTimeout> | undefined;

  say(message: string) {
    this.message = "";
    clearTimeout(this.timer);
    // A fresh text node so the same message is announced again.
    queueMicrotask(() => (this.message = message));
    this.timer = setTimeout(() => (this.message = ""), 4000);
  }

  clear() {
    clearTimeout(this.timer);
    this.message = "";
  }
}

export const announcer = new Announcer();
