// The app over a realistic synthetic caseload, seeded with the `peerlog`
// CLI on the same data folder (so the CLI and the app share one store):
// every main screen with data in it gets an axe check and a screenshot.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  CLI, PASSPHRASE, axe, bodyText, click, clickButton, ctrl, find, freshDataDir, launch, press, saving,
  screenshot, textOf, type, typeInto, waitForText,
} from "../lib/harness.mjs";

describe("a busy caseload", { timeout: 300_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("busy");

  before(async () => {
    const env = { ...process.env, PEERLOG_DATA_DIR: dataDir, PEERLOG_PASSPHRASE: PASSPHRASE };
    execFileSync(CLI, ["init"], { env, stdio: "ignore" });
    execFileSync(CLI, ["demo", "--participants", "24", "--seed", "7"], { env, stdio: "ignore" });
    ({ browser, stop } = await launch(dataDir));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  step("opens the CLI's store with the same passphrase", async () => {
    await waitForText(browser, "Unlock Peerlog");
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
    await waitForText(browser, "active participants", 20_000);
  });

  step("the caseload: who hasn't been seen stands out; sort and filter", async () => {
    const rows = await browser.$$("table.caseload tbody tr");
    assert.ok(rows.length >= 10, `rows: ${rows.length}`);
    await axe(browser, "caseload");
    await screenshot(browser, "tour-01-caseload");

    // Sorted by longest since seen: the first rows are the flagged ones.
    const flagged = await browser.execute(() =>
      [...document.querySelectorAll("table.caseload tbody tr")].map((r) => r.classList.contains("stale")),
    );
    const firstClear = flagged.indexOf(false);
    assert.ok(flagged.slice(firstClear === -1 ? flagged.length : firstClear).every((f) => !f),
      "not-seen rows come first when sorted by longest since seen");

    await click(browser, "//label[contains(., 'Not seen in 14 days')]/input");
    const onlyFlagged = await browser.execute(() =>
      [...document.querySelectorAll("table.caseload tbody tr")].every((r) => r.classList.contains("stale")),
    );
    assert.ok(onlyFlagged);
    await click(browser, "//label[contains(., 'Not seen in 14 days')]/input");

    await (await find(browser, "#caseload-sort")).selectByAttribute("value", "name");
    const names = await browser.execute(() =>
      [...document.querySelectorAll("table.caseload tbody tr button.name")].map((b) => b.textContent.trim()),
    );
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" })));
  });

  step("a participant with months of history and a wellness trend", async () => {
    // Whoever has the most check-ins makes the trend worth looking at.
    const first = await find(browser, "table.caseload tbody tr button.name");
    await first.click();
    await waitForText(browser, "Timeline");
    await find(browser, "figure.trend svg[role='img']");
    await axe(browser, "participant with history");
    await screenshot(browser, "tour-02-participant");
  });

  step("the log-a-contact dialog over a full caseload", async () => {
    await ctrl(browser, "n");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "30");
    // The default 15 was selected, so typing replaced it.
    assert.equal(await (await find(browser, "#contact-minutes")).getValue(), "30");
    await browser.waitUntil(async () => (await textOf(browser, "#contact-units strong")) === "2 units");
    await axe(browser, "log a contact, preset");
    await screenshot(browser, "tour-03-log-contact");
    await press(browser, "Escape");
    await browser.waitUntil(async () => !(await browser.execute(() => !!document.querySelector("dialog[open]"))));
  });

  step("groups with their roster", async () => {
    await click(browser, "//nav//button[contains(., 'Groups')]");
    await find(browser, "table.grid");
    await axe(browser, "groups with sessions");
    await screenshot(browser, "tour-04-groups");
  });

  step("follow-ups, overdue first", async () => {
    await click(browser, "//nav//button[contains(., 'Follow-ups')]");
    await waitForText(browser, "Overdue");
    await axe(browser, "follow-ups with data");
    await screenshot(browser, "tour-05-follow-ups");
  });

  step("a case-conference export, scoped by consent", async () => {
    await click(browser, "//nav//button[contains(., 'Case conference')]");
    const select = await find(browser, "#export-recipient");
    const first = await browser.execute(
      (s) => [...s.options].find((o) => o.value)?.value ?? "",
      select,
    );
    assert.ok(first, "the demo caseload has consents");
    await select.selectByAttribute("value", first);
    await waitForText(browser, "Consent allows:");
    await clickButton(browser, "Preview what would leave");
    await find(browser, "ul.sections li");
    await axe(browser, "case conference with data");
    await screenshot(browser, "tour-07-case-conference");
  });

  step("search across everything", async () => {
    await ctrl(browser, "k");
    await find(browser, "#search-query:focus");
    await type(browser, "court");
    await find(browser, "ol.hits mark");
    await axe(browser, "search with hits");
    await screenshot(browser, "tour-06-search");
    assert.ok((await bodyText(browser)).includes("court"));
  });
});
