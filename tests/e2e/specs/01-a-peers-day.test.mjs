// One scenario walks a peer's day on the real app: first run (with the
// offer to restore a backup instead) → the backup reminder → add a
// participant → log a contact from the keyboard → take attendance → add a
// boundary note → record a check-in → lock → wrong passphrase refused →
// unlock → everything still there. Each main screen gets an axe check and a
// screenshot.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, axe, bodyText, click, clickButton, ctrl, find, freshDataDir, launch,
  press, remoteRequests, saving, screenshot, shownRecoveryKey, textOf, type, typeInto, waitForText,
} from "../lib/harness.mjs";

/** The visible chip (label) of a radio input styled as a chip. */
const chip = (name, value) => `//input[@name='${name}' and @value='${value}']/parent::label`;

describe("a peer's day", { timeout: 300_000 }, () => {
  let browser;
  let stop;

  before(async () => {
    ({ browser, stop } = await launch(freshDataDir("day")));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  step("first run offers to restore a backup instead (a new laptop)", async () => {
    await waitForText(browser, "Welcome to Peerlog");
    await clickButton(browser, "Restore from a backup");
    await waitForText(browser, "Choose the backup file Peerlog saved");
    // The open dialog is the system's own (WebDriver can't drive it); the
    // button that opens it has the focus.
    await browser.waitUntil(
      () => browser.execute(() => !!document.activeElement?.textContent?.includes("Choose the backup file")),
      { timeout: 5_000, timeoutMsg: "the choose button did not get the focus" },
    );
    assert.ok(!(await bodyText(browser)).includes("Peerlog is locked"), "nothing to unlock on a new laptop");
    await axe(browser, "restore from a backup");
    await screenshot(browser, "01b-restore");
    await clickButton(browser, "Back");
    await waitForText(browser, "Welcome to Peerlog");
  });

  step("first run: a passphrase with its strength, the recovery key once, quick unlock", async () => {
    await typeInto(browser, "#new-passphrase", "password12");
    await waitForText(browser, "Not strong enough yet");
    await clickButton(browser, "Create my Peerlog");
    await waitForText(browser, "Make the passphrase stronger first.");
    await axe(browser, "first run");
    await screenshot(browser, "01-first-run");

    await typeInto(browser, "#new-passphrase", PASSPHRASE);
    await typeInto(browser, "#confirm-passphrase", PASSPHRASE);
    await waitForText(browser, "Good: this passphrase will do.");
    await clickButton(browser, "Create my Peerlog");

    await waitForText(browser, "Your recovery key", 20_000);
    const key = await shownRecoveryKey(browser);
    assert.match(key, /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
    await axe(browser, "recovery key");
    await screenshot(browser, "02-recovery-key");
    const cont = await find(browser, "//button[normalize-space(.)='Continue']");
    assert.equal(await cont.isEnabled(), false, "Continue waits for the peer to confirm");
    await click(browser, "//label[contains(., 'recovery key somewhere safe')]/input");
    await cont.click();

    await waitForText(browser, "Quick unlock on this computer?");
    await clickButton(browser, "Turn on quick unlock");
    await waitForText(browser, "Your caseload is empty");
    const screenText = (await bodyText(browser)).replace(/[\s-]/g, "");
    assert.ok(!screenText.includes(key.replaceAll("-", "")), "the recovery key is gone from the screen");
    await waitForText(browser, "You have no backup yet");
    await axe(browser, "empty caseload");
    await screenshot(browser, "03-caseload-empty");
  });

  step("the backup reminder: from the keyboard to Settings' backups, or not now for the rest of the day", async () => {
    const banner = await find(browser, "section[aria-labelledby='backup-reminder-title']");
    assert.equal(await textOf(browser, "#backup-reminder-title"), "You have no backup yet");
    // Keyboard: from the page heading, Tab reaches the reminder's button.
    await browser.execute(() => document.querySelector("main h1")?.focus());
    await browser.waitUntil(async () => {
      await press(browser, "Tab");
      return browser.execute(() => document.activeElement?.textContent?.trim() === "Back up in Settings");
    }, { timeout: 5_000, timeoutMsg: "Tab never reached the reminder's button" });
    await press(browser, "Enter");
    await find(browser, "#backup-title:focus");
    await waitForText(browser, "No backup yet.");
    await waitForText(browser, "None yet. Each backup you make is listed here.");
    assert.ok(await (await find(browser, "//button[normalize-space(.)='Back up now…']")).isEnabled());
    await axe(browser, "settings, backups");

    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await waitForText(browser, "You have no backup yet");
    await clickButton(browser, "Not now");
    await browser.waitUntil(async () => !(await banner.isExisting()), { timeoutMsg: "the reminder stayed" });
    await find(browser, "main h1:focus");
    // Set aside for the day: not back on the next visit.
    await click(browser, "//nav//button[contains(., 'Groups')]");
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await waitForText(browser, "Your caseload is empty");
    assert.ok(!(await bodyText(browser)).includes("You have no backup yet"));
  });

  step("adds participants", async () => {
    await clickButton(browser, "Add your first participant");
    await typeInto(browser, "#p-external", "PD-1001");
    await typeInto(browser, "#p-first", "Rowan");
    await typeInto(browser, "#p-last", "Example");
    await typeInto(browser, "#p-pronouns", "they/them");
    await typeInto(browser, "#p-program", "Treatment court");
    await axe(browser, "add participant");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Nothing here yet");
    assert.equal(await textOf(browser, "h1"), "Rowan Example");

    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await clickButton(browser, "Add participant");
    await typeInto(browser, "#p-external", "PD-1001");
    await typeInto(browser, "#p-first", "Amara");
    await typeInto(browser, "#p-last", "Sample");
    await ctrl(browser, "Enter");
    await waitForText(browser, "External id: is already in use");
    await typeInto(browser, "#p-external", "PD-1002");
    await ctrl(browser, "Enter");
    await browser.waitUntil(async () => (await textOf(browser, "h1")) === "Amara Sample");
    // Nothing shared about anyone yet: the disclosure history says so.
    await waitForText(browser, "Nothing about Amara Sample has been shared yet.");
    assert.equal(await textOf(browser, "#disclosures-title"), "Disclosures");
  });

  step("logs a phone check-in from the keyboard alone, in seconds", async () => {
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await waitForText(browser, "Rowan Example");
    const started = Date.now();
    await ctrl(browser, "n");
    await find(browser, "#contact-who:focus");
    await type(browser, "rowan");
    await press(browser, "Enter");
    await find(browser, "#contact-minutes:focus");
    await type(browser, "25");
    assert.equal(await (await find(browser, "#contact-minutes")).getValue(), "25");
    await browser.waitUntil(async () => (await textOf(browser, "#contact-units strong")) === "2 units");
    await press(browser, "Tab");
    await find(browser, "#contact-narrative:focus");
    await type(browser, "Talked through the week ahead; bus pass still pending.");
    await axe(browser, "log a contact");
    await screenshot(browser, "04-log-contact");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Contact with Rowan Example logged · 2 units");
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 15, `logging took ${seconds}s`);

    // A second contact, with a follow-up, from a participant's row.
    await click(browser, "//button[@aria-label='Log a contact with Amara Sample']");
    await find(browser, "#contact-minutes:focus");
    await click(browser, "//label[contains(@class, 'chip')][contains(., 'In person')]");
    await click(browser, "//label[contains(., 'Add a follow-up')]/input");
    await typeInto(browser, "#contact-fu-text", "Bring the ID documents checklist");
    await clickButton(browser, "Save contact");
    await waitForText(browser, "Contact with Amara Sample logged");
  });

  step("takes attendance for a group session in a few keystrokes", async () => {
    await click(browser, "//nav//button[contains(., 'Groups')]");
    await waitForText(browser, "No groups yet");
    await axe(browser, "groups, empty");
    await clickButton(browser, "Create a group");
    await typeInto(browser, "#group-name", "Tuesday recovery circle");
    await (await find(browser, "#group-day")).selectByAttribute("value", "tuesday");
    await ctrl(browser, "Enter");
    await waitForText(browser, "No members yet");

    for (const name of ["Rowan", "Amara"]) {
      await typeInto(browser, "#member-pick", name);
      await press(browser, "Enter");
      await waitForText(browser, `${name} `);
    }
    await typeInto(browser, "#session-topic", "Rebuilding routines");
    await clickButton(browser, "Add session");
    // Not a Tuesday today: the one question about the day, answered.
    const todayName = new Date().toLocaleDateString("en-US", { weekday: "long" });
    if (todayName !== "Tuesday") await clickButton(browser, `Record on ${todayName}`);
    await find(browser, "button.cell.open:focus");
    // Members are in name order: Amara, then Rowan.
    await type(browser, "p");
    await type(browser, "l");
    await waitForText(browser, "Not saved yet");
    await axe(browser, "roster grid");
    await screenshot(browser, "05-groups");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Attendance saved");
    const labels = await browser.execute(() =>
      [...document.querySelectorAll("button.cell.open")].map((b) => b.getAttribute("aria-label")),
    );
    assert.deepEqual(labels, ["Amara Sample: Present", "Rowan Example: Late"]);
  });

  step("adds a boundary note, clearly private", async () => {
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await clickButton(browser, "Rowan Example");
    await waitForText(browser, "Boundary notes");

    // A slip corrected: the call was 30 minutes, not 25.
    await click(browser, "//button[@aria-label='Edit the Phone · 25 min contact']");
    await waitForText(browser, "Edit contact");
    await typeInto(browser, "#contact-minutes", "30");
    await clickButton(browser, "Save changes");
    await waitForText(browser, "Contact with Rowan Example updated");
    await waitForText(browser, "Phone · 30 min");

    await clickButton(browser, "Boundary note");
    await waitForText(browser, "Private to you. Boundary notes are never exported or shared.");
    await (await find(browser, "#boundary-category")).selectByAttribute("value", "hours");
    await typeInto(browser, "#boundary-text", "Calls and texts 9 to 5 on weekdays; after hours, the crisis line.");
    await axe(browser, "boundary note");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Boundary note saved");
    await waitForText(browser, "Calls and texts 9 to 5 on weekdays");
  });

  step("records a wellness check-in with the BARC-10 and draws the trend", async () => {
    await clickButton(browser, "Check-in");
    await waitForText(browser, "Wellness check-in with Rowan Example");
    await click(browser, chip("dim-emotional", "1"));
    for (const digit of ["3", "2", "2", "4", "2", "3", "4", "3"]) {
      await type(browser, digit);
      await press(browser, "Tab");
    }
    await click(browser, "//label[contains(., 'Also take the BARC-10')]/input");
    await click(browser, chip("barc-0", "1"));
    for (const digit of ["5", "4", "4", "5", "5", "4", "3", "5", "4", "5"]) {
      await type(browser, digit);
      await press(browser, "Tab");
    }
    await waitForText(browser, "Total so far: 44 of 60");
    await axe(browser, "check-in");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Check-in saved");
    await find(browser, "figure.trend svg[role='img']");
    await waitForText(browser, "BARC-10 recovery capital");
    await axe(browser, "participant");
    await screenshot(browser, "06-participant");
  });

  step("records a release of information and previews a case-conference export", async () => {
    await click(browser, "//section[@aria-labelledby='consent-title']//button[contains(., 'Add')]");
    await waitForText(browser, "Release of information for Rowan Example");
    await typeInto(browser, "#consent-recipient", "Treatment Court Team");
    await typeInto(browser, "#consent-discloser", "Peer Support Program");
    await axe(browser, "consent form");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Consent saved");

    await click(browser, "//nav//button[contains(., 'Case conference')]");
    await waitForText(browser, "Consent allows: Group attendance, Contact summaries");
    // Nobody is ticked until the peer says who the meeting is about.
    await waitForText(browser, "0 of 1 ticked");
    await click(browser, "//ul[contains(@class, 'people')]//label[contains(., 'Rowan Example')]/input");
    await clickButton(browser, "Preview what would leave");
    await waitForText(browser, "group attendance 1 of 1 (100%)");
    const text = await bodyText(browser);
    assert.ok(!text.includes("Calls and texts 9 to 5"), "boundary notes never leave");
    assert.ok(!text.includes("bus pass still pending"), "narratives were not consented to");
    await axe(browser, "case conference");
    await screenshot(browser, "14-case-conference");
  });

  step("shows follow-ups, search, the self-check and settings", async () => {
    await click(browser, "//nav//button[contains(., 'Follow-ups')]");
    await waitForText(browser, "Bring the ID documents checklist");
    await axe(browser, "follow-ups");
    await screenshot(browser, "07-follow-ups");

    await ctrl(browser, "k");
    await find(browser, "#search-query:focus");
    await type(browser, "bus pa");
    await waitForText(browser, "Rowan Example");
    await find(browser, "mark");
    await axe(browser, "search");
    await screenshot(browser, "08-search");

    await click(browser, "//nav//button[contains(., 'My self-check')]");
    await waitForText(browser, "No self-checks yet");
    await axe(browser, "self-check");
    await click(browser, chip("energy", "3"));
    await click(browser, chip("stress", "4"));
    await click(browser, chip("held", "mostly"));
    await clickButton(browser, "Save self-check");
    await waitForText(browser, "Energy 3 · Stress 4 · Mostly held");
    await screenshot(browser, "09-self-check");

    await click(browser, "//nav//button[contains(., 'Settings')]");
    await waitForText(browser, "Automatic lock");
    await axe(browser, "settings");
    await screenshot(browser, "10-settings");

    assert.deepEqual(await remoteRequests(browser), [], "nothing was fetched from outside the app");
    // And the content security policy stops a request to anywhere else,
    // should any code ever try one.
    const attempt = await browser.executeAsync((done) => {
      document.addEventListener("securitypolicyviolation", (e) => done(`blocked by ${e.violatedDirective}`), { once: true });
      fetch("https://example.org/").then(() => done("allowed"), () => setTimeout(() => done("failed without CSP"), 500));
    });
    assert.match(attempt, /^blocked by connect-src/);
  });

  step("locks, refuses a wrong passphrase clearly, unlocks, and everything is still there", async () => {
    await ctrl(browser, "l");
    await waitForText(browser, "Unlock Peerlog");
    await waitForText(browser, "Locked. Your work is saved.");
    const locked = await bodyText(browser);
    for (const secret of ["Rowan", "Amara", "bus pass", "Calls and texts"]) {
      assert.ok(!locked.includes(secret), `the locked screen forgot "${secret}"`);
    }
    await axe(browser, "unlock");
    await screenshot(browser, "11-unlock");

    await typeInto(browser, "#passphrase", "copper-heron-winter-latte");
    await press(browser, "Enter");
    await waitForText(browser, "That passphrase didn't open Peerlog. Check Caps Lock and try again.", 20_000);
    const alert = await find(browser, "[role='alert']");
    assert.ok(await alert.isDisplayed());
    await axe(browser, "wrong passphrase");
    await screenshot(browser, "12-wrong-passphrase");

    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
    await waitForText(browser, "Amara Sample", 20_000);
    await waitForText(browser, "Rowan Example");
    // The reminder set aside ("Not now") stays away for the rest of the
    // day, across the lock and the unlock.
    assert.ok(!(await bodyText(browser)).includes("You have no backup yet"), "the reminder set aside came back after unlocking");

    await clickButton(browser, "Rowan Example");
    await waitForText(browser, "Talked through the week ahead; bus pass still pending.");
    await waitForText(browser, "Tuesday recovery circle: Late");
    await waitForText(browser, "Boundary · Hours and availability");
    await waitForText(browser, "Wellness check-in · average 2.9 of 5");
    await waitForText(browser, "BARC-10 44 of 60");
  });
});
