// The app's native file dialogs (GTK's, opened by the shell), answered from
// the keyboard through xdotool under the run's Xvfb: WebDriver reaches only
// the web view, and the shell takes no path from the UI. The file is typed
// as a full path, as a person may type one into GTK's chooser.
import { execFileSync } from "node:child_process";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const xdotool = (...args) => execFileSync("xdotool", args, { encoding: "utf8" }).trim();

/** The id of the window titled `title` once it shows. */
async function windowTitled(title, timeout = 15_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      const id = xdotool("search", "--onlyvisible", "--name", `^${title}$`).split("\n")[0];
      if (id) return id;
    } catch {
      // Not shown yet: xdotool exits 1 when nothing matches.
    }
    await sleep(200);
  }
  throw new Error(`no dialog titled "${title}" showed`);
}

/** Answers a save dialog (`open` false: the file name's field has the
 * focus, its suggested name selected) or an open dialog (`open` true:
 * Ctrl+L opens the location field) with the full path `file`. */
export async function answerFileDialog(title, file, { open = false } = {}) {
  const id = await windowTitled(title);
  xdotool("windowfocus", "--sync", id);
  await sleep(700);
  xdotool("key", "--clearmodifiers", open ? "ctrl+l" : "ctrl+a");
  await sleep(300);
  xdotool("type", "--delay", "15", file);
  await sleep(500);
  xdotool("key", "Return");
}
