// Quick unlock through the real Secret Service, one window per data folder,
// and the automatic lock after idle time.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  APP, PASSPHRASE, bodyText, click, clickButton, freshDataDir, launch, saving, screenshot,
  shownRecoveryKey, typeInto, waitForText,
} from "../lib/harness.mjs";

/** Starts a second copy of the app; resolves with its exit code, or null
 * if it is still running after `ms`. */
function secondStart(dataDir, ms) {
  return new Promise((resolve) => {
    const child = spawn(APP, [], { env: { ...process.env, PEERLOG_DATA_DIR: dataDir }, stdio: "ignore" });
    const timer = setTimeout(() => {
      child.kill();
      resolve(null);
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

const NEW_PASSPHRASE = "amber-falcon-orchard-tide";

describe("locking", { timeout: 300_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("locking");
  let recoveryKey = "";

  before(async () => {
    ({ browser, stop } = await launch(dataDir));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  step("sets up with quick unlock in the system keyring", async () => {
    await typeInto(browser, "#new-passphrase", PASSPHRASE);
    await typeInto(browser, "#confirm-passphrase", PASSPHRASE);
    await waitForText(browser, "Good: this passphrase will do.");
    await clickButton(browser, "Create my Peerlog");
    await waitForText(browser, "Your recovery key", 20_000);
    recoveryKey = await shownRecoveryKey(browser);
    await click(browser, "//label[contains(., 'recovery key somewhere safe')]/input");
    await clickButton(browser, "Continue");
    await clickButton(browser, "Turn on quick unlock");
    await waitForText(browser, "Your caseload is empty");
  });

  step("quick unlock opens it with one click", async () => {
    await click(browser, "//nav//button[contains(., 'Lock')]");
    await waitForText(browser, "Unlock Peerlog");
    await clickButton(browser, "Quick unlock");
    await waitForText(browser, "Your caseload is empty", 20_000);
  });

  step("a forgotten passphrase: the recovery key opens it and sets a new one", async () => {
    await click(browser, "//nav//button[contains(., 'Lock')]");
    await clickButton(browser, "Forgot your passphrase?");
    await typeInto(browser, "#recovery-key", recoveryKey.toLowerCase().replaceAll("-", " "));
    await typeInto(browser, "#recovery-new", NEW_PASSPHRASE);
    await typeInto(browser, "#recovery-confirm", NEW_PASSPHRASE);
    await waitForText(browser, "Good: this passphrase will do.");
    await clickButton(browser, "Unlock and set passphrase");
    await waitForText(browser, "Your caseload is empty", 30_000);
    // The old passphrase no longer opens it; the new one does.
    await click(browser, "//nav//button[contains(., 'Lock')]");
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await clickButton(browser, "Unlock");
    await waitForText(browser, "didn't open Peerlog", 20_000);
    await typeInto(browser, "#passphrase", NEW_PASSPHRASE);
    await clickButton(browser, "Unlock");
    await waitForText(browser, "Your caseload is empty", 20_000);
  });

  step("a second start on the same data folder hands over and exits", async () => {
    const code = await secondStart(dataDir, 20_000);
    assert.equal(code, 0, "the second copy exits, leaving the first");
    assert.ok((await bodyText(browser)).includes("Your caseload is empty"), "the first copy still answers");
    // Another data folder is another Peerlog: it keeps running.
    assert.equal(await secondStart(freshDataDir("other"), 6_000), null);
  });

  step("locks itself after the idle minutes and forgets the screen", async () => {
    await click(browser, "//nav//button[contains(., 'Settings')]");
    await typeInto(browser, "#auto-lock", "1");
    await clickButton(browser, "Save");
    await waitForText(browser, "Peerlog will lock after 1 minutes without activity");
    await click(browser, "//nav//button[contains(., 'Caseload')]");
    await waitForText(browser, "Your caseload is empty");
    // No keys, no clicks: a minute (plus the watcher's few seconds) later
    // it is locked.
    await waitForText(browser, "Peerlog locked itself after a while without activity", 100_000);
    assert.ok(!(await bodyText(browser)).includes("Your caseload is empty"));
    await screenshot(browser, "13-locked-after-idle");
    await typeInto(browser, "#passphrase", NEW_PASSPHRASE);
    await clickButton(browser, "Unlock");
    await waitForText(browser, "Your caseload is empty", 20_000);
  });
});
