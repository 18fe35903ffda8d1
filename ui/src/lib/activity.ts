// Tells the shell the peer is active, at most once per interval, so
// auto-lock counts from the last real keystroke or click.

export function throttle(intervalMs: number, send: () => void) {
  let last = -Infinity;
  return (now: number = Date.now()) => {
    if (now - last >= intervalMs) {
      last = now;
      send();
    }
  };
}
