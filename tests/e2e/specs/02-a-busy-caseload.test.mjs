// The app over a realistic synthetic caseload, seeded with the `peerlog`
// CLI on the same data folder (so the CLI and the app share one store):
// every main screen with data in it gets an axe check and a screenshot.
// The CLI also writes an export and a backup (the app's own save dialogs are
// the system's, which WebDriver can't drive), and imports one participant
// with years of weekly contacts, so the timeline has pages.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  PASSPHRASE, axe, bodyText, click, clickButton, cliOn, ctrl, find, freshDataDir, launch, press, saving,
  screenshot, textOf, type, typeInto, waitForText,
} from "../lib/harness.mjs";

describe("a busy caseload", { timeout: 300_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("busy");
  const outDir = freshDataDir("busy-out");
  let disclosed = "";
  const LONG_HISTORY = 130;

  before(async () => {
    const cli = cliOn(dataDir);
    cli("init");
    cli("demo", "--participants", "24", "--seed", "7");
    // Someone seen every week for two and a half years.
    const people = path.join(outDir, "people.csv");
    writeFileSync(people, "external_id,first_name,last_name\nLH-0001,Morgan,Longtime\n");
    cli("import", "participants", people);
    const weeks = Array.from({ length: LONG_HISTORY }, (_, i) => {
      const d = new Date();
      d.setDate(d.getDate() - 7 * (i + 1));
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
      return `LH-0001,${day},10:00,20,phone,,check_in,Weekly call ${i + 1}.,`;
    });
    const contacts = path.join(outDir, "contacts.csv");
    writeFileSync(contacts, `external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n${weeks.join("\n")}\n`);
    cli("import", "contacts", contacts);
    // An export recorded as a disclosure, then a backup of it all.
    const today = new Date().toISOString().slice(0, 10);
    cli("export", "--recipient", "Circuit Court Behavioral Health Docket", "--from", "2020-01-01", "--to", today,
      "--format", "csv", "--out", path.join(outDir, "case-conference.zip"));
    disclosed = JSON.parse(cli("disclosures", "--json"))[0].participants[0].externalId;
    cli("backup", "--out", path.join(outDir, "peerlog-backup.backup"));
    ({ browser, stop } = await launch(dataDir));
  });

  /** Opens a participant's page from the caseload by their case number,
   * whatever their status. */
  async function openByCase(externalId) {
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await (await find(browser, "#caseload-status")).selectByAttribute("value", "all");
    await typeInto(browser, "#caseload-find", externalId);
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 1, {
      timeoutMsg: `only ${externalId} is listed`,
    });
    await click(browser, "table.caseload tbody tr button.name");
    await waitForText(browser, "Timeline");
  }
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  step("opens the CLI's store with the same passphrase", async () => {
    await waitForText(browser, "Unlock Peerlog");
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
    await waitForText(browser, "active participants", 20_000);
    // The CLI's backup is recent: no reminder.
    const text = await bodyText(browser);
    assert.ok(!text.includes("You have no backup yet") && !text.includes("Your last backup was"));
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
    // The minutes were typed: closing asks before throwing them away.
    await press(browser, "Escape");
    await waitForText(browser, "Discard this contact?");
    await clickButton(browser, "Discard");
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
    await click(browser, "//nav//button[contains(., 'Share a summary')]");
    const select = await find(browser, "#export-recipient");
    const first = await browser.execute(
      (s) => [...s.options].find((o) => o.value)?.value ?? "",
      select,
    );
    assert.ok(first, "the demo caseload has consents");
    await select.selectByAttribute("value", first);
    await waitForText(browser, "Consent allows:");
    // The export starts with nobody ticked; widen it to everyone offered.
    await clickButton(browser, "Select all");
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

  step("a participant's disclosure history lists the export that included them", async () => {
    await openByCase(disclosed);
    await waitForText(browser, "Every export that included");
    const section = await textOf(browser, "section[aria-labelledby='disclosures-title']");
    assert.match(section, /Circuit Court Behavioral Health Docket/);
    assert.match(section, /CSV tables/);
    assert.match(section, /SHA-256 [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}…/);
    await axe(browser, "participant with disclosures");
    await screenshot(browser, "tour-08-participant-disclosures");
  });

  step("a long history opens a page at a time, with older entries on request", async () => {
    await openByCase("LH-0001");
    const entries = () => browser.execute(() => document.querySelectorAll("li.entry").length);
    await browser.waitUntil(async () => (await entries()) === 100, { timeoutMsg: "the first page is 100 entries" });
    const older = await find(browser, "//button[normalize-space(.)='Show older']");
    await older.click();
    await browser.waitUntil(async () => (await entries()) === LONG_HISTORY, {
      timeoutMsg: `all ${LONG_HISTORY} entries after "Show older"`,
    });
    await waitForText(browser, "Weekly call 130.");
    assert.ok(!(await older.isExisting()), "nothing older to ask for");
    await find(browser, "#timeline-title:focus");
    assert.equal(await textOf(browser, "h1"), "Morgan Longtime");
  });

  step("settings show the last backup and the short history", async () => {
    await click(browser, "//nav//button[contains(., 'Settings')]");
    await waitForText(browser, "Last backup:");
    await waitForText(browser, "(today)");
    const history = await textOf(browser, "section[aria-labelledby='backup-title'] ul");
    assert.match(history, /^Backed up .+ · \d+(\.\d)? (KB|MB)$/);
    await axe(browser, "settings with a backup");
    await screenshot(browser, "tour-09-settings-backup");
  });
});
