// The app's private memory and the caseload's time to paint at a busy
// caseload (`peerlog demo --participants 500`), on the real release app
// through the e2e harness. Figures are printed, never asserted: a loaded
// machine must not fail a build. Run it with
//   tests/e2e/run.sh bench/caseload-memory.bench.mjs
// (docs/BENCHMARKS.md, "The desktop app at a busy caseload").
import { after, before, describe, it } from "node:test";
import { readFileSync, readdirSync } from "node:fs";
import { APP, PASSPHRASE, cliOn, freshDataDir, launch, press, typeInto, waitForText } from "../lib/harness.mjs";

const PARTICIPANTS = Number(process.env.PEERLOG_BENCH_PARTICIPANTS ?? 500);
// Long enough for WebKit to finish the first layout and settle its caches.
const SETTLE_MS = 5_000;

/** pid → { ppid, name } for every process we may read. */
function processTable() {
  const table = new Map();
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The name is in parentheses and may itself hold spaces.
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      table.set(Number(pid), { ppid, name });
    } catch {
      // Gone already.
    }
  }
  return table;
}

/** The app started on `dataDir` and every process below it (WebKit's web
 * and network processes). */
function appProcesses(dataDir) {
  const wanted = `PEERLOG_DATA_DIR=${dataDir}`;
  const table = processTable();
  const root = [...table.keys()].find((pid) => {
    try {
      const exe = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
      return exe === APP && readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(wanted);
    } catch {
      return false;
    }
  });
  if (root === undefined) throw new Error("the app's process was not found");
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, p] of table) if (p.ppid === found[i]) found.push(pid);
  }
  return found.map((pid) => ({ pid, name: table.get(pid).name }));
}

/** A field of /proc/PID/status, in KiB. */
function statusKib(pid, field) {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) : 0;
}

function privateMemory(dataDir) {
  return appProcesses(dataDir).map((p) => ({ ...p, rssAnonKib: statusKib(p.pid, "RssAnon") }));
}

const FLOOR_FRAMES = 5;

/** What any frame costs on this machine, whatever the page: from a change
 * to the frame that shows it being drawn, for one word of the heading, and
 * for no change at all. Drawing with software GL, one word costs what a
 * GPU spends on many frames; the caseload's figure cannot go below it. */
async function frameFloor(browser) {
  const timed = (change) =>
    browser.executeAsync((change, done) => {
      const heading = document.querySelector("h1");
      const start = performance.now();
      if (change) heading.append(" ");
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
    }, change);
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(0);
  const word = [];
  const nothing = [];
  for (let i = 0; i < FLOOR_FRAMES; i++) {
    word.push(await timed(true));
    nothing.push(await timed(false));
  }
  return { word: median(word), nothing: median(nothing) };
}

const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;

describe(`the caseload at ${PARTICIPANTS} participants`, { timeout: 600_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("bench-caseload");

  before(async () => {
    const cli = cliOn(dataDir);
    cli("init");
    cli("demo", "--participants", String(PARTICIPANTS), "--seed", "1");
    ({ browser, stop } = await launch(dataDir));
  });
  after(async () => {
    await stop?.();
  });

  it("prints private memory and the time from data to painted rows", async () => {
    await waitForText(browser, "Unlock Peerlog");
    const locked = privateMemory(dataDir);

    // Marks when the caseload's answer reaches the page and when its first
    // rows have been painted (the frame after they entered the document),
    // on the page's own clock. Watching the IPC's own requests measures any
    // version of the UI alike, with no code in the app for it.
    await browser.execute(() => {
      window.__bench = {};
      const fetch = window.fetch;
      window.fetch = async function (...args) {
        const answer = await fetch.apply(this, args);
        if (String(args[0]).endsWith("/caseload") && window.__bench.dataAt === undefined) {
          window.__bench.dataAt = performance.now();
          // A frame's animation callbacks run just before it is drawn, and
          // a task queued from one runs once that frame is drawn: so the
          // first callback that finds rows marks the frame that draws them.
          const painted = () => {
            if (!document.querySelector("table.caseload tbody tr")) return requestAnimationFrame(painted);
            window.__bench.frameAt = performance.now();
            setTimeout(() => (window.__bench.paintedAt = performance.now()), 0);
          };
          requestAnimationFrame(painted);
          const rows = new MutationObserver(() => {
            if (!document.querySelector("table.caseload tbody tr")) return;
            window.__bench.rowsAt = performance.now();
            rows.disconnect();
          });
          rows.observe(document.body, { childList: true, subtree: true });
        }
        return answer;
      };
    });
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
    await waitForText(browser, "active participants", 30_000);
    await browser.waitUntil(() => browser.execute(() => window.__bench.paintedAt !== undefined), {
      timeout: 30_000,
      timeoutMsg: "the caseload's rows were never painted",
    });
    const marks = await browser.execute(() => ({
      ...window.__bench,
      domRows: document.querySelectorAll("table.caseload tbody tr").length,
      domNodes: document.getElementsByTagName("*").length,
    }));
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const unlocked = privateMemory(dataDir);

    const floor = await frameFloor(browser);

    const before = new Map(locked.map((p) => [p.pid, p.rssAnonKib]));
    const total = unlocked.reduce((n, p) => n + p.rssAnonKib, 0);
    const lines = [
      `caseload at ${PARTICIPANTS} participants: ${marks.domRows} rows in the document, ${marks.domNodes} elements in all`,
      `data to painted: ${(marks.paintedAt - marks.dataAt).toFixed(1)} ms` +
        ` (rows in the document at ${(marks.rowsAt - marks.dataAt).toFixed(0)} ms,` +
        ` their frame begun at ${(marks.frameAt - marks.dataAt).toFixed(0)} ms)`,
      `a frame that changes one word: ${floor.word} ms; one that changes nothing: ${floor.nothing} ms (medians of ${FLOOR_FRAMES})`,
      `private memory (RssAnon) after unlocking to the caseload: ${mib(total)} in all`,
      ...unlocked.map(
        (p) => `  ${p.name.padEnd(16)} pid ${String(p.pid).padEnd(8)} ${mib(p.rssAnonKib).padStart(10)}` +
          `  (locked: ${before.has(p.pid) ? mib(before.get(p.pid)) : "–"})`,
      ),
    ];
    console.log(`\n${lines.join("\n")}\n`);
  });
});
