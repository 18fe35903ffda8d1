// A practised peer's keystrokes on a small caseload seeded with the
// `peerlog` CLI, walking into each trap of issue 17 and proving it is gone:
// Enter in the caseload's find box opens the one match; Tab in "With"
// picks the highlighted person; the contact mode never carries over from
// the last contact; Escape with typed work asks before throwing it away
// (Enter keeps editing), in the contact dialog and in other forms; a
// follow-up is one keystroke away and the save message says it was made;
// an export starts with nobody ticked, shows each person's status, and
// never pre-ticks contact narratives. The export screen and the contact
// dialog are saved as screenshots.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import {
  PASSPHRASE, axe, bodyText, click, clickButton, cliOn, ctrl, find, freshDataDir, isoDay, launch, press,
  saving, screenshot, textOf, type, typeInto, waitForText,
} from "../lib/harness.mjs";

const RECIPIENT = "Treatment Court Team";

describe("a peer's day without traps", { timeout: 300_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("traps");
  const outDir = freshDataDir("traps-out");

  before(async () => {
    const cli = cliOn(dataDir);
    cli("init");
    const people = path.join(outDir, "people.csv");
    writeFileSync(
      people,
      "external_id,first_name,last_name,status\n" +
        "NT-0001,Rowan,Example,active\n" +
        "NT-0002,Jordan,Reyes,paused\n" +
        "NT-0003,Jordan,Rivers,active\n" +
        "NT-0004,Amara,Sample,active\n" +
        "NT-0005,Casey,Moreno,active\n",
    );
    cli("import", "participants", people);
    // Consents for everyone but Casey; each allows the narratives too, so
    // the screen has to leave them unticked on its own.
    for (const id of ["NT-0001", "NT-0002", "NT-0003", "NT-0004"]) {
      cli("consent", "add", "--participant", id, "--recipient", RECIPIENT, "--purpose", "Case conference updates",
        "--categories", "attendance,contact-summaries,contact-narratives", "--from", isoDay(-30), "--until", isoDay(365));
    }
    // Rowan's last contact has a narrative that must not leave unasked.
    const contacts = path.join(outDir, "contacts.csv");
    writeFileSync(
      contacts,
      "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n" +
        `NT-0001,${isoDay(-2)},10:00,30,in_person,,check_in,Talked about the custody hearing in private.,\n`,
    );
    cli("import", "contacts", contacts);
    cli("backup", "--out", path.join(outDir, "peerlog-backup.backup"));
    ({ browser, stop } = await launch(dataDir));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  const dialogOpen = () => browser.execute(() => document.querySelectorAll("dialog[open]").length);
  const focusedText = () => browser.execute(() => document.activeElement?.textContent?.trim() ?? "");
  const altKey = (k) => browser.action("key").down(Key.Alt).down(k).up(k).up(Key.Alt).perform();

  async function caseload() {
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await browser.waitUntil(async () => (await textOf(browser, "h1")) === "Caseload");
    await find(browser, "#caseload-find");
  }

  /** Opens someone's page, whatever their status: their name, then Enter. */
  async function openPerson(name) {
    await caseload();
    await (await find(browser, "#caseload-status")).selectByAttribute("value", "all");
    await typeInto(browser, "#caseload-find", name);
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 1);
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await textOf(browser, "h1")) === name, { timeoutMsg: `${name}'s page` });
  }

  step("unlocks the CLI's store", async () => {
    await waitForText(browser, "Unlock Peerlog");
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
    await waitForText(browser, "active participants", 20_000);
  });

  step("the caseload: Enter in the find box opens the one match, and only then", async () => {
    await caseload();
    await (await find(browser, "#caseload-status")).selectByAttribute("value", "all");
    // Two people match: Enter stays on the caseload.
    await typeInto(browser, "#caseload-find", "jordan");
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 2);
    await press(browser, "Enter");
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await textOf(browser, "h1"), "Caseload");
    // One left: the label says what Enter does, and Enter does it.
    await typeInto(browser, "#caseload-find", "amara");
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 1);
    await find(browser, "#caseload-find-hint");
    assert.equal(await browser.execute(() => document.getElementById("caseload-find-hint")?.textContent?.replace(/\s+/g, " ").trim()),
      "Enter opens Amara Sample");
    await axe(browser, "caseload, one match");
    await screenshot(browser, "no-traps-caseload-one-match");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await textOf(browser, "h1")) === "Amara Sample", {
      timeoutMsg: "Enter did not open the only match",
    });
  });

  step("the mode is never carried over: after a jail visit, the fast path records a phone call", async () => {
    // A jail visit.
    await caseload();
    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await type(browser, "casey");
    await press(browser, "Enter");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "45");
    await click(browser, "//input[@name='mode' and @value='jail_visit']/parent::label");
    await find(browser, "input[name='mode'][value='jail_visit']:checked");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Contact with Casey Moreno logged · 3 units");

    // The next contact starts where every contact starts, and says so.
    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await find(browser, "input[name='mode'][value='phone']:checked");
    await waitForText(browser, "starts at Phone each time");
    // Tab in "With" takes the highlighted match (the first of two), as
    // Enter does, and goes on to the minutes.
    await type(browser, "jordan");
    await find(browser, "#contact-who-list li[aria-selected='true']");
    await press(browser, "Tab");
    assert.equal(await (await find(browser, "#contact-who")).getValue(), "Jordan Reyes");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "20");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Contact with Jordan Reyes logged · 1 unit");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);

    await openPerson("Jordan Reyes");
    await waitForText(browser, "Phone · 20 min");
    assert.ok(!(await bodyText(browser)).includes("Jail visit"), "the jail visit's mode was not carried over");
  });

  step("Escape with typed work asks first; Enter keeps editing, Discard throws it away", async () => {
    await caseload();
    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await type(browser, "amara");
    await press(browser, "Enter");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "40");
    await press(browser, "Tab");
    await find(browser, "#contact-narrative:focus");
    await type(browser, "Went over the housing application together.");

    await press(browser, "Escape");
    await waitForText(browser, "Discard this contact?");
    assert.equal(await dialogOpen(), 2, "the contact dialog stays open under the question");
    assert.equal(await focusedText(), "Keep editing", "the default answer keeps the work");
    await axe(browser, "discard this contact?");
    await screenshot(browser, "no-traps-discard-contact");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 1, { timeoutMsg: "the question stayed" });
    assert.ok(!(await bodyText(browser)).includes("Discard this contact?"));
    assert.equal(await (await find(browser, "#contact-narrative")).getValue(), "Went over the housing application together.");
    assert.equal(await (await find(browser, "#contact-minutes")).getValue(), "40");
    await find(browser, "#contact-narrative:focus");

    // The Cancel button asks the same; Discard closes without saving.
    await clickButton(browser, "Cancel");
    await waitForText(browser, "Discard this contact?");
    await clickButton(browser, "Discard");
    await browser.waitUntil(async () => (await dialogOpen()) === 0, { timeoutMsg: "Discard did not close the dialog" });

    // Nothing typed: Escape closes at once.
    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await press(browser, "Escape");
    await browser.waitUntil(async () => (await dialogOpen()) === 0, { timeoutMsg: "an unchanged form did not close" });
    assert.ok(!(await bodyText(browser)).includes("Discard this contact?"));

    await openPerson("Amara Sample");
    assert.ok(!(await bodyText(browser)).includes("housing application"), "the discarded contact was not saved");
  });

  step("other forms ask too: a boundary note half-written survives Escape", async () => {
    await clickButton(browser, "Boundary note");
    await typeInto(browser, "#boundary-text", "No rides after 6 pm");
    await press(browser, "Escape");
    await waitForText(browser, "Discard this boundary note?");
    assert.equal(await focusedText(), "Keep editing");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 1);
    assert.equal(await (await find(browser, "#boundary-text")).getValue(), "No rides after 6 pm");
    await press(browser, "Escape");
    await waitForText(browser, "Discard this boundary note?");
    await clickButton(browser, "Discard");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    assert.ok(!(await bodyText(browser)).includes("No rides after 6 pm"));

    // A form opened and left alone closes at once.
    await clickButton(browser, "Follow-up");
    await find(browser, "dialog[open]");
    await press(browser, "Escape");
    await browser.waitUntil(async () => (await dialogOpen()) === 0, { timeoutMsg: "an unchanged follow-up form did not close" });
  });

  step("a follow-up is one keystroke from the contact dialog, in view, and the save says so", async () => {
    await caseload();
    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await type(browser, "rowan");
    await press(browser, "Enter");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "30");
    await press(browser, "Tab");
    await find(browser, "#contact-narrative:focus");
    await type(browser, "Looked at two apartment listings together; Rowan wants to apply to both.");

    // Visible at 1280×800 without scrolling, with its shortcut beside it.
    const where = await browser.execute(() => {
      const box = document.querySelector("dialog[open] .follow label.check");
      const body = document.querySelector("dialog[open] .dialog-body");
      if (!box || !body) return null;
      const r = box.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, bodyBottom: b.bottom, scrolled: body.scrollTop, height: innerHeight, text: box.textContent };
    });
    assert.ok(where, "the follow-up toggle is in the dialog");
    assert.ok(where.height >= 700, `a window of 800 px, not ${where.height}`);
    assert.equal(where.scrolled, 0);
    assert.ok(where.bottom <= where.bodyBottom && where.bottom <= where.height, `in view: ${JSON.stringify(where)}`);
    assert.match(where.text.replace(/\s+/g, " "), /Add a follow-up Alt\+F/);

    await altKey("f");
    await find(browser, "#contact-fu-text:focus");
    await find(browser, "//label[contains(., 'Add a follow-up')]/input[@type='checkbox']");
    assert.ok(await (await find(browser, "//label[contains(., 'Add a follow-up')]/input")).isSelected());
    await type(browser, "Call the housing office about the voucher");
    await axe(browser, "log a contact with a follow-up");
    await screenshot(browser, "contact-dialog");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Contact with Rowan Example logged · 2 units · follow-up created, due");

    await click(browser, "//nav//button[contains(., 'Follow-ups')]");
    await waitForText(browser, "Call the housing office about the voucher");
  });

  step("an export starts narrow: nobody ticked, status shown, narratives never pre-ticked", async () => {
    // The last step's message gone, so nothing covers the list.
    await browser.waitUntil(() => browser.execute(() => !document.querySelector(".toast p")), { timeout: 8_000 });
    await click(browser, "//nav//button[contains(., 'Share a summary')]");
    const recipient = await find(browser, "#export-recipient");
    if ((await recipient.getValue()) !== RECIPIENT) await recipient.selectByAttribute("value", RECIPIENT);
    await waitForText(browser, "0 of 4 ticked");

    const people = () =>
      browser.execute(() =>
        [...document.querySelectorAll("ul.people li")].map((li) => ({
          name: li.querySelector("strong")?.textContent?.trim(),
          ticked: li.querySelector("input[type='checkbox']")?.checked,
          status: li.querySelector(".badge.status")?.textContent?.trim(),
        })),
      );
    const start = await people();
    assert.deepEqual(start.map((p) => p.name).sort(), ["Amara Sample", "Jordan Reyes", "Jordan Rivers", "Rowan Example"]);
    assert.ok(start.every((p) => p.ticked === false), "nobody is ticked at first");
    assert.equal(start.find((p) => p.name === "Jordan Reyes").status, "Paused");
    assert.equal(start.find((p) => p.name === "Rowan Example").status, "Active");
    const preview = await find(browser, "//button[normalize-space(.)='Preview what would leave']");
    assert.equal(await preview.isEnabled(), false, "nothing to preview with nobody ticked");

    const category = (label) => find(browser, `//div[@data-field='categories']//label[contains(., '${label}')]/input`);
    assert.equal(await (await category("Contact narratives")).isSelected(), false, "narratives are not pre-ticked");
    assert.equal(await (await category("Contact summaries")).isSelected(), true);
    assert.equal(await (await category("Group attendance")).isSelected(), true);

    await clickButton(browser, "Select all");
    await waitForText(browser, "4 of 4 ticked");
    assert.ok((await people()).every((p) => p.ticked));
    await clickButton(browser, "Clear all");
    await waitForText(browser, "0 of 4 ticked");
    assert.ok((await people()).every((p) => !p.ticked));

    // Widened on purpose, by one person.
    await click(browser, "//ul[contains(@class, 'people')]//label[contains(., 'Rowan Example')]/input");
    await waitForText(browser, "1 of 4 ticked");
    await preview.click();
    await find(browser, "ul.sections li");
    const sections = await browser.execute(() =>
      [...document.querySelectorAll("ul.sections li strong")].map((s) => s.textContent.trim()),
    );
    assert.deepEqual(sections, ["Rowan Example"]);
    const text = await bodyText(browser);
    assert.ok(!text.includes("with contact narratives"), "no narratives unless ticked");
    assert.ok(!text.includes("custody hearing"));
    await axe(browser, "case conference, narrow");
    await browser.execute(() => document.querySelector("main")?.scrollTo(0, 0));
    await screenshot(browser, "export-narrow");
  });
});
