// Peerlog in Spanish (issue 11), on the real app: a computer set to Spanish
// opens in Spanish at the unlock screen; the caseload's words and the
// vocabulary's labels are Spanish; a refused value is explained in
// Spanish; the peer switches to English in Settings without a restart and
// without losing what was typed; the choice outlives a restart; nothing on
// the Spanish screens fails the accessibility check.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, axe, bodyText, click, clickButton, cliOn, find, freshDataDir, launch, saving, screenshot,
  typeInto, waitForText,
} from "../lib/harness.mjs";
import { englishIn, words } from "../lib/words.mjs";

const es = words("es");
const en = words("en");
const SPANISH_SYSTEM = { system: { LC_ALL: "es_US.UTF-8", LANG: "es_US.UTF-8" } };

describe("a peer who reads Spanish", { timeout: 300_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("spanish");
  before(async () => {
    const cli = cliOn(dataDir);
    cli("init");
    cli("demo", "--participants", "12", "--seed", "11");
    ({ browser, stop } = await launch(dataDir, SPANISH_SYSTEM));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  step("the unlock screen speaks the computer's language", async () => {
    await waitForText(browser, es("unlock-title"), 20_000);
    const lang = await browser.execute(() => document.documentElement.lang);
    assert.equal(lang, "es-US", "screen readers are told the page is Spanish");
    await screenshot(browser, "es-unlock");
    const violations = await axe(browser, "unlock (es)");
    assert.deepEqual(violations, []);
  });

  step("a wrong passphrase is explained in Spanish", async () => {
    await typeInto(browser, "#passphrase", "not-the-passphrase-at-all");
    await clickButton(browser, es("unlock-submit"));
    await waitForText(browser, es("error-wrong-passphrase"), 20_000);
  });

  step("the caseload: Spanish words, Spanish vocabulary", async () => {
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await clickButton(browser, es("unlock-submit"));
    await find(browser, `//nav//button[contains(., '${es("nav-caseload")}')]`, 30_000);
    await click(browser, `//nav//button[contains(., '${es("nav-caseload")}')]`);
    // A participant status from core's Spanish vocabulary.
    await waitForText(browser, es.label("participant-status-active", "Active"), 20_000);
    const text = await bodyText(browser);
    assert.ok(!text.includes(en("nav-followups")), "no English navigation is left");
    assert.deepEqual(englishIn(text), [], "no English is left");
    await screenshot(browser, "es-caseload");
    // Serious and critical problems fail, as on every screen in English.
    await axe(browser, "caseload (es)");
  });

  step("a value the store refuses is named in Spanish", async () => {
    await click(browser, `//nav//button[contains(., '${es("nav-settings")}')]`);
    await waitForText(browser, es("settings-language-title"));
    await typeInto(browser, "#auto-lock", "999");
    await click(browser, `//form//button[@type='submit' and contains(., '${es("settings-lock-save")}')]`);
    // The shell words core's validation error in the chosen language.
    await waitForText(browser, es.labelUpTo("problem-out-of-range", "must be between ", "min").trim(), 10_000);
    await screenshot(browser, "es-settings");
  });

  step("switching to English keeps what was typed and needs no restart", async () => {
    await typeInto(browser, "#auto-lock", "17");
    const select = await find(browser, "#settings-language");
    await select.selectByAttribute("value", "en");
    await waitForText(browser, en("settings-language-title"), 10_000);
    assert.equal(await (await find(browser, "#auto-lock")).getValue(), "17", "the typed minutes are still there");
    const lang = await browser.execute(() => document.documentElement.lang);
    assert.equal(lang, "en-US");
    await click(browser, `//nav//button[contains(., '${en("nav-caseload")}')]`);
    await waitForText(browser, en.label("participant-status-active", "Active"), 10_000);
  });

  step("the choice outlives a restart, whatever the computer's language", async () => {
    await stop();
    ({ browser, stop } = await launch(dataDir, SPANISH_SYSTEM));
    await waitForText(browser, en("unlock-title"), 20_000);
    assert.ok(!(await bodyText(browser)).includes(es("unlock-title")));
  });
});
