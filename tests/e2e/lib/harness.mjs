// Starts the real, built Peerlog under tauri-driver (which drives it through
// WebKitWebDriver) in a data folder of its own, and offers the few helpers
// the specs share: typing, shortcuts, axe checks and screenshots.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { Key, remote } from "webdriverio";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../../..");
export const artifacts = path.resolve(here, "../artifacts");
mkdirSync(path.join(artifacts, "screenshots"), { recursive: true });

export const APP = process.env.PEERLOG_APP_BINARY ?? path.join(repo, "target/release/peerlog-desktop");
export const CLI = process.env.PEERLOG_CLI_BINARY ?? path.join(repo, "target/release/peerlog");
const TAURI_DRIVER =
  process.env.TAURI_DRIVER ?? path.join(os.homedir(), ".cargo/bin/tauri-driver");

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** A fresh, empty data folder. */
export function freshDataDir(label) {
  return mkdtempSync(path.join(os.tmpdir(), `peerlog-e2e-${label}-`));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

/** The system's language the app starts with: English unless a spec asks
 * for another, whatever the machine running the tests speaks. */
const ENGLISH_SYSTEM = { LC_ALL: "C.UTF-8", LC_MESSAGES: "", LANG: "C.UTF-8" };

/** Launches the app on `dataDir`; returns { browser, stop }. `system`
 * overrides the locale variables the app reads its default language from. */
export async function launch(dataDir, { system = {} } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const driver = spawn(TAURI_DRIVER, ["--port", String(port), "--native-port", String(nativePort)], {
    env: { ...process.env, ...ENGLISH_SYSTEM, ...system, PEERLOG_DATA_DIR: dataDir },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForPort(port, 15_000);
  // WebKitWebDriver can be slow to accept its first session on a loaded
  // machine: one more try, and on failure the driver is stopped, or it
  // would keep the test runner waiting for ever.
  const connect = () =>
    remote({
      hostname: "127.0.0.1",
      port,
      logLevel: "error",
      connectionRetryCount: 0,
      capabilities: {
        "tauri:options": { application: APP },
      },
    });
  let browser;
  try {
    browser = await connect().catch(async () => {
      // A copy started by the first try would take the second's window.
      killLeftoverApps(dataDir);
      await new Promise((r) => setTimeout(r, 2_000));
      return connect();
    });
  } catch (e) {
    driver.kill();
    killLeftoverApps(dataDir);
    throw e;
  }
  await browser.setTimeout({ implicit: 0, script: 30_000 });
  await watchPageErrors(browser);
  const stop = async () => {
    try {
      await browser.deleteSession();
    } catch {
      // The app may already be gone.
    }
    driver.kill();
    await new Promise((r) => setTimeout(r, 300));
    killLeftoverApps(dataDir);
  };
  return { browser, stop };
}

/** Ends any copy of the app still running on `dataDir` after its driver
 * is gone. One left behind keeps the test runner's output stream open, so
 * the run would never finish. */
function killLeftoverApps(dataDir) {
  const wanted = `PEERLOG_DATA_DIR=${dataDir}`;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      const exe = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
      if (exe === APP && environ.includes(wanted)) process.kill(Number(pid), "SIGKILL");
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

/** Waits for an element, then returns it. */
export async function find(browser, selector, timeout = 10_000) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout });
  return el;
}

export async function click(browser, selector) {
  const el = await find(browser, selector);
  await el.waitForClickable({ timeout: 10_000 });
  await el.click();
}

/** A button by its visible text (exact, trimmed). */
export async function clickButton(browser, text) {
  const el = await browser.$(`//button[normalize-space(.)=${xpathString(text)}]`);
  await el.waitForClickable({ timeout: 10_000 });
  await el.click();
}

export function xpathString(s) {
  return s.includes('"') ? `concat("${s.split('"').join('", \'"\', "')}")` : `"${s}"`;
}

/** Types `text` key by key into whatever has focus, as a person would
 * (each key pressed and released, so doubled letters survive). */
export async function type(browser, text) {
  let chain = browser.action("key");
  for (const ch of text) chain = chain.down(ch).up(ch);
  await chain.perform();
}

/** Presses a named key: "Enter", "Tab", "ArrowDown", … */
export async function press(browser, name) {
  const k = Key[name] ?? name;
  await browser.action("key").down(k).up(k).perform();
}

/** Focuses a field, empties it from the keyboard, and types `text`. */
export async function typeInto(browser, selector, text) {
  const el = await find(browser, selector);
  await el.click();
  await ctrl(browser, "a");
  await press(browser, "Backspace");
  await type(browser, text);
}

/** Ctrl+key (the app also accepts Cmd on macOS). */
export async function ctrl(browser, key) {
  const k = Key[key] ?? key;
  await browser.action("key").down(Key.Ctrl).down(k).up(k).up(Key.Ctrl).perform();
}

export async function textOf(browser, selector) {
  const el = await find(browser, selector);
  return (await el.getText()).trim();
}

export async function bodyText(browser) {
  return browser.execute(() => document.body.innerText);
}

/** Waits until the page text contains `text`. */
export async function waitForText(browser, text, timeout = 10_000) {
  await browser.waitUntil(async () => (await bodyText(browser)).includes(text), {
    timeout,
    timeoutMsg: `the page never showed "${text}"`,
  });
}

/** Saves the app's window as the display shows it, once the page has drawn
 * two more frames. Taken from the X display (ImageMagick's `import`), not
 * through WebDriver: WebKit's snapshot for WebDriver never answers with
 * the renderer the app ships with (docs/BENCHMARKS.md), and the display is
 * what a peer sees, native dialogs included. */
export async function screenshot(browser, name) {
  await new Promise((r) => setTimeout(r, 250));
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  const window = execFileSync("xdotool", ["search", "--onlyvisible", "--name", "^Peerlog$"], { encoding: "utf8" })
    .trim()
    .split("\n")[0];
  execFileSync("import", ["-window", window, path.join(artifacts, "screenshots", `${name}.png`)]);
}

/** Runs axe-core in the page; fails on serious or critical violations. */
export async function axe(browser, screen) {
  await browser.execute(AXE_SOURCE);
  const result = await browser.executeAsync((done) => {
    // @ts-ignore - injected above
    window.axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) => done({ ok: true, violations: r.violations }))
      .catch((e) => done({ ok: false, error: String(e) }));
  });
  if (!result.ok) throw new Error(`axe failed on ${screen}: ${result.error}`);
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length) {
    const detail = bad
      .map((v) => `- ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`)
      .join("\n");
    throw new Error(`accessibility problems on ${screen}:\n${detail}`);
  }
  return result.violations;
}

/** Every resource the page loaded came from the app itself. */
export async function remoteRequests(browser) {
  return browser.execute(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .filter((u) => !/^(tauri:|ipc:|http:\/\/(tauri|ipc)\.localhost|data:|blob:)/.test(u)),
  );
}

/** Sets a date or time field's value as the native picker would. */
export async function setDate(browser, selector, value) {
  const el = await find(browser, selector);
  await browser.execute(
    (e, v) => {
      e.value = v;
      e.dispatchEvent(new Event("input", { bubbles: true }));
      e.dispatchEvent(new Event("change", { bubbles: true }));
    },
    el,
    value,
  );
}

export const PASSPHRASE = "copper-heron-winter-lattice";

/** The `peerlog` CLI on `dataDir`, unlocked with PASSPHRASE, for seeding a
 * spec's store: `cli("import", "participants", file)` returns its output. */
export function cliOn(dataDir) {
  const env = { ...process.env, ...ENGLISH_SYSTEM, PEERLOG_DATA_DIR: dataDir, PEERLOG_PASSPHRASE: PASSPHRASE };
  return (...args) => execFileSync(CLI, args, { env, encoding: "utf8" });
}

/** A date `days` from today (local time, as the app sees it). */
export function dateIn(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d;
}

/** YYYY-MM-DD, `days` from today. */
export function isoDay(days) {
  const d = dateIn(days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Collects uncaught errors and rejections in the page, so a step fails
 * when the UI broke even if the screen looked fine. */
export async function watchPageErrors(browser) {
  await browser.execute(() => {
    window.__pageErrors = [];
    window.addEventListener("error", (e) => window.__pageErrors.push(String(e.message)));
    window.addEventListener("unhandledrejection", (e) =>
      window.__pageErrors.push(`unhandled rejection: ${JSON.stringify(e.reason)}`),
    );
  });
}

export async function pageErrors(browser) {
  return browser.execute(() => window.__pageErrors ?? []);
}

/** Wraps a test body: the page must raise no errors; on failure, saves a
 * screenshot named after the test before passing the error on. */
export function saving(getBrowser, name, body) {
  return async () => {
    try {
      await body();
      const errors = await pageErrors(getBrowser());
      if (errors.length) throw new Error(`the page raised errors: ${errors.join("; ")}`);
    } catch (e) {
      const browser = getBrowser();
      if (browser) {
        const safe = name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
        await screenshot(browser, `failed-${safe}`).catch(() => {});
      }
      throw e;
    }
  };
}

/** The recovery key as the first-run screen shows it (its accessible name,
 * "Recovery key: …" in the UI's language). */
export async function shownRecoveryKey(browser) {
  const el = await find(browser, "p.key .sr-only");
  return (await browser.execute((e) => e.textContent, el)).replace(/^[^:]*:\s*/, "").trim();
}
