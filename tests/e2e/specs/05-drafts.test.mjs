// Typed work and the auto-lock, and who an export leaves out. A peer half
// way through logging a contact walks away: a warning offers to stay, and
// staying keeps the dialog as it was; left alone, Peerlog locks, the lock
// screen says the contact is kept (and only then), and after the unlock it
// is offered back and saved. Nothing of it is in browser storage. A
// boundary note half written when the peer locks comes back the same way,
// on the participant's page. The export screen counts who has no consent
// for the recipient and names them on request.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  PASSPHRASE, axe, bodyText, click, clickButton, cliOn, ctrl, find, freshDataDir, isoDay, launch, press,
  saving, screenshot, textOf, type, typeInto, waitForText,
} from "../lib/harness.mjs";

const RECIPIENT = "Treatment Court Team";
const NARRATIVE = "Planned the ride to the hearing on Thursday.";

describe("drafts across the auto-lock, and who an export leaves out", { timeout: 420_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("drafts");
  const outDir = freshDataDir("drafts-out");

  before(async () => {
    const cli = cliOn(dataDir);
    cli("init");
    const people = path.join(outDir, "people.csv");
    writeFileSync(
      people,
      "external_id,first_name,last_name,status\n" + "DR-0001,Rowan,Example,active\n" + "DR-0002,Casey,Moreno,active\n",
    );
    cli("import", "participants", people);
    cli("consent", "add", "--participant", "DR-0001", "--recipient", RECIPIENT, "--purpose", "Case conference updates",
      "--categories", "attendance,contact-summaries", "--from", isoDay(-30), "--until", isoDay(365));
    ({ browser, stop } = await launch(dataDir));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));
  const dialogOpen = () => browser.execute(() => document.querySelectorAll("dialog[open]").length);
  const focusedText = () => browser.execute(() => document.activeElement?.textContent?.trim() ?? "");

  async function unlock() {
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
  }

  step("unlocks the CLI's store", async () => {
    await waitForText(browser, "Unlock Peerlog");
    await unlock();
    await waitForText(browser, "active participants", 20_000);
  });

  step("the export says who is not offered, and why", async () => {
    await click(browser, "//nav//button[contains(., 'Share a summary')]");
    const recipient = await find(browser, "#export-recipient");
    if ((await recipient.getValue()) !== RECIPIENT) await recipient.selectByAttribute("value", RECIPIENT);
    await waitForText(browser, "1 on your caseload has no consent for this recipient");
    assert.ok(!(await bodyText(browser)).includes("Casey Moreno"), "names only on request");
    await click(browser, "//details[contains(@class, 'not-offered')]/summary");
    await waitForText(browser, "Casey Moreno");
    const line = await textOf(browser, "details.not-offered li");
    assert.match(line, /Casey Moreno\s+DR-0002\s+· no consent for this recipient/);
    await axe(browser, "case conference, who is left out");
  });

  step("a minute before the lock, a warning offers to stay; staying keeps the contact as it was", async () => {
    await click(browser, "//nav//button[contains(., 'Settings')]");
    await typeInto(browser, "#auto-lock", "1");
    await clickButton(browser, "Save");
    await waitForText(browser, "Peerlog will lock after 1 minutes without activity");

    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await type(browser, "rowan");
    await press(browser, "Enter");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "25");
    await press(browser, "Tab");
    await find(browser, "#contact-narrative:focus");
    await type(browser, NARRATIVE);

    // Half the one-minute idle time later, the warning, over the dialog.
    await waitForText(browser, "Peerlog is about to lock", 50_000);
    assert.equal(await dialogOpen(), 2, "the contact dialog stays open under the warning");
    assert.equal(await focusedText(), "Stay unlocked");
    await axe(browser, "about to lock");
    await screenshot(browser, "lock-soon");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 1, { timeoutMsg: "the warning stayed" });
    assert.equal(await (await find(browser, "#contact-narrative")).getValue(), NARRATIVE);
    await find(browser, "#contact-narrative:focus");
    // Never in the webview's own storage.
    const stored = await browser.execute(() => localStorage.length + sessionStorage.length);
    assert.equal(stored, 0);
  });

  step("left alone, it locks; the lock screen says the contact is kept", async () => {
    await waitForText(browser, "Peerlog is about to lock", 50_000);
    await waitForText(browser, "The contact you were logging is kept", 60_000);
    const text = await bodyText(browser);
    assert.ok(!text.includes("Your work is saved"), "not said while a contact was unfinished");
    assert.ok(!text.includes(NARRATIVE), "nothing of it shows while locked");
    await screenshot(browser, "lock-screen-draft");
  });

  step("after the unlock it is offered back, continues as it was, and saves", async () => {
    await unlock();
    await waitForText(browser, "Continue where you left off?", 20_000);
    await waitForText(browser, "You were logging a contact with Rowan Example");
    assert.equal(await focusedText(), "Continue");
    await axe(browser, "continue where you left off");
    await screenshot(browser, "draft-offer");
    await press(browser, "Enter");
    await find(browser, "#contact-narrative");
    assert.equal(await (await find(browser, "#contact-narrative")).getValue(), NARRATIVE);
    assert.equal(await (await find(browser, "#contact-minutes")).getValue(), "25");
    assert.equal(await (await find(browser, "#contact-who")).getValue(), "Rowan Example");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Contact with Rowan Example logged · 2 units");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
  });

  step("saved, the draft is gone: the next lock says the work is saved and offers nothing", async () => {
    await ctrl(browser, "l");
    await waitForText(browser, "Locked. Your work is saved.");
    await unlock();
    await waitForText(browser, "active participants", 20_000);
    await new Promise((r) => setTimeout(r, 1_000));
    assert.ok(!(await bodyText(browser)).includes("Continue where you left off?"));
    assert.equal(await dialogOpen(), 0);
  });

  step("a boundary note half written when the peer locks comes back on the participant's page", async () => {
    await typeInto(browser, "#caseload-find", "rowan");
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 1);
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await textOf(browser, "h1")) === "Rowan Example");
    await clickButton(browser, "Boundary note");
    await find(browser, "#boundary-text");
    await typeInto(browser, "#boundary-text", "Rides only to appointments, never at night.");
    await ctrl(browser, "l");
    await waitForText(browser, "Locked. The boundary note you were writing is kept");
    assert.ok(!(await bodyText(browser)).includes("Your work is saved"));

    await unlock();
    await waitForText(browser, "You were writing a boundary note for Rowan Example", 20_000);
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await textOf(browser, "h1")) === "Rowan Example");
    assert.equal(await (await find(browser, "#boundary-text")).getValue(), "Rides only to appointments, never at night.");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Boundary note saved");
    await waitForText(browser, "Rides only to appointments, never at night.");
  });

  step("a new participant half entered comes back on the caseload", async () => {
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await clickButton(browser, "Add participant");
    await typeInto(browser, "#p-external", "DR-0003");
    await typeInto(browser, "#p-first", "Amara");
    await ctrl(browser, "l");
    await waitForText(browser, "Locked. The participant you were adding is kept");
    await unlock();
    await waitForText(browser, "You were adding a participant when Peerlog locked", 20_000);
    await press(browser, "Enter");
    assert.equal(await (await find(browser, "#p-external")).getValue(), "DR-0003");
    assert.equal(await (await find(browser, "#p-first")).getValue(), "Amara");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Amara added to your caseload");
  });
});
