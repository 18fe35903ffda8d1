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

/** Answers a folder dialog (GTK's chooser in its select-folder mode) with
 * the folder `folder`. The chooser opens on "Recent", which lists no
 * folders and takes no typed location (Return there only accepts the
 * completion's trailing slash, and the dialog stays): Alt+Home moves it to
 * the home folder first. Then Ctrl+L, the folder's full path (typed with
 * its trailing slash, so no completion is pending) and Return choose it.
 * Keys only, so it works whatever language the buttons speak. */
export async function chooseFolder(title, folder) {
  const id = await windowTitled(title);
  xdotool("windowfocus", "--sync", id);
  await sleep(700);
  xdotool("key", "--clearmodifiers", "alt+Home");
  await sleep(500);
  xdotool("key", "--clearmodifiers", "ctrl+l");
  await sleep(300);
  xdotool("type", "--delay", "15", folder.endsWith("/") ? folder : `${folder}/`);
  await sleep(500);
  xdotool("key", "Return");
}
