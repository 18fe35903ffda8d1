// Payers and the billing log, on the real app: a payer is added in
// Settings from a preset (its source shown; a bad rule's error lands by
// its field), a participant is given that payer, a note is logged and
// signed, and Billing's preview lists the signed service with the payer's
// code and modifier, and a check for the note left unsigned, without any
// narrative. Walked in English and in Spanish, with screenshots of
// Settings → Payers and the Billing screen. The native save dialog is not
// driven.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, bodyText, click, clickButton, ctrl, find, isoDay, press, type, typeInto, waitForText, xpathString, setDate,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { words } from "../lib/words.mjs";

const TYPED = {
  en: {
    signer: "Jordan Peer",
    narrative: "Went over the bus route to the clinic together.",
    older: "Met at the library and looked at job listings.",
  },
  es: {
    signer: "Lucía Ramos",
    narrative: "Repasamos juntos la ruta del autobús a la clínica.",
    older: "Nos vimos en la biblioteca y revisamos ofertas de empleo.",
  },
};

const labelled = (label) => `//button[@aria-label=${xpathString(label)}]`;
const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";
  const signer = `${my.signer}, CPS`;

  describe(spanish ? "payers and the billing log, in Spanish" : "payers and the billing log", { timeout: 300_000 }, () => {
    let browser;
    let stop;

    before(async () => {
      // A note from last week, never signed: the billing log's check.
      ({ browser, stop } = await openSeeded(`billing-${lang}`, lang, {
        people: ["BL-0001,Rowan,Example,active"],
        contacts: [`BL-0001,${isoDay(-6)},10:00,45,in_person,,check_in,${my.older},`],
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);
    const horizon = w("payers-preset-new-jersey-horizon");

    step("unlocks and sets who signs notes", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await waitForText(browser, "Rowan Example", 20_000);
      await click(browser, nav(w("nav-settings")));
      await typeInto(browser, "#signer-name", my.signer);
      await typeInto(browser, "#signer-credential", "CPS");
      await press(browser, "Enter");
      await waitForText(browser, w("settings-signer-announce", { signer }));
    });

    step("adds a payer from a preset; a bad rule is named by its field", async () => {
      await waitForText(browser, w("payers-empty"));
      await clickButton(browser, w("payers-add"));
      await waitForText(browser, w("payers-form-title"));
      await find(browser, "#payer-preset:focus");
      await (await find(browser, "#payer-preset")).selectByAttribute("value", "new_jersey_horizon");
      await waitForText(browser, w("payers-form-source", { source: w("payers-source-new-jersey-horizon") }));
      assert.equal(await (await find(browser, "#payer-name")).getValue(), horizon);
      assert.equal(await (await find(browser, "#payer-modifiers")).getValue(), "HF");
      assert.equal(await (await find(browser, "#payer-daily-cap")).getValue(), "16");

      await typeInto(browser, "#payer-unit-minutes", "0");
      await ctrl(browser, "Enter");
      await find(browser, "#payer-unit-minutes-error");
      await find(browser, "#payer-unit-minutes:focus");
      assert.equal(await (await find(browser, "#payer-unit-minutes")).getAttribute("aria-invalid"), "true");
      await checkScreen("add a payer");
      await shot("payer-form");

      await typeInto(browser, "#payer-unit-minutes", "15");
      await ctrl(browser, "Enter");
      await waitForText(browser, w("payers-added", { name: horizon }));
      assert.equal(await browser.execute(() => document.querySelectorAll("dialog[open]").length), 0);
      // The rules in words, in the list.
      await waitForText(browser, "H0038 HF");
      await waitForText(browser, w("payers-daily-cap", { count: 16 }));
      await waitForText(browser, w("payers-rounding-midpoint", { least: 8, minutes: 15 }));
      await browser.waitUntil(async () => !(await bodyText(browser)).includes(w("payers-added", { name: horizon })), {
        timeout: 10_000, timeoutMsg: "the toast stayed",
      });
      await browser.execute(() => document.getElementById("unsigned-title")?.scrollIntoView({ block: "start" }));
      await checkScreen("settings, payers");
      await shot("settings-payers");
    });

    step("gives the participant that payer from their page", async () => {
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Rowan Example");
      const choose = await find(browser, "#participant-payer");
      assert.equal(await choose.getValue(), "", "the standard rule at first");
      await choose.selectByAttribute("value", horizon);
      await clickButton(browser, w("payer-change"));
      await waitForText(browser, w("payer-assigned", { name: "Rowan Example", payer: horizon }));
    });

    step("logs a note and signs it", async () => {
      await click(browser, nav(w("nav-caseload")));
      await waitForText(browser, w("caseload-title"));
      await ctrl(browser, "n");
      await find(browser, "#contact-who:focus");
      await type(browser, "rowan");
      await press(browser, "Enter");
      await find(browser, "#contact-minutes:focus");
      await type(browser, "25");
      await press(browser, "Tab");
      await find(browser, "#contact-narrative:focus");
      await type(browser, my.narrative);
      await ctrl(browser, "Enter");
      await waitForText(browser, w("contact-saved", { who: "Rowan Example", units: w("contact-units", { count: 2 }) }));
      await clickButton(browser, "Rowan Example");
      await waitForText(browser, my.narrative);
      const call = w("timeline-contact-title", { mode: w.label("contact-mode-phone", "Phone"), minutes: 25 });
      await click(browser, labelled(w("note-sign-label", { title: call })));
      await waitForText(browser, w("note-sign-title"));
      await clickButton(browser, w("note-sign-confirm"));
      await waitForText(browser, w("note-signed"));
    });

    step("Billing previews the checks, then the signed line, with no narrative", async () => {
      await click(browser, nav(w("nav-billing")));
      await waitForText(browser, w("billing-intro"));
      await setDate(browser, "#billing-from", isoDay(-10));
      await setDate(browser, "#billing-to", isoDay(0));
      await clickButton(browser, w("billing-preview"));
      await find(browser, "#billing-checks-title:focus");
      await waitForText(browser, w("billing-checks-count", { count: 1 }));

      const shown = await browser.execute(() => ({
        checks: [...document.querySelectorAll("ul.checks li")].map((li) => li.textContent.replace(/\s+/g, " ").trim()),
        lines: [...document.querySelectorAll("table.lines tbody tr")].map((tr) =>
          [...tr.querySelectorAll("td")].map((td) => td.textContent.trim()),
        ),
        total: document.querySelector("table.lines tfoot")?.textContent.replace(/\s+/g, " ").trim() ?? "",
      }));
      assert.equal(shown.checks.length, 1);
      assert.ok(shown.checks[0].includes("BL-0001"), shown.checks[0]);
      assert.ok(shown.checks[0].includes(w("billing-check-unsigned")), shown.checks[0]);
      assert.equal(shown.lines.length, 1, "one signed service");
      const [caseId, , , payer, code, minutes, units, by] = shown.lines[0];
      assert.deepEqual([caseId, payer, code, minutes, units, by], ["BL-0001", horizon, "H0038 HF", "25", "2", signer]);
      assert.ok(shown.total.includes(w("billing-total-services", { count: 1 })), shown.total);

      const text = await bodyText(browser);
      assert.ok(!text.includes(my.narrative) && !text.includes(my.older), "no narrative on the billing screen");
      await find(browser, `//button[contains(., ${xpathString(w("billing-save-pdf"))})]`);
      await find(browser, `//button[contains(., ${xpathString(w("billing-save-csv"))})]`);
      await checkScreen("billing");
      await browser.waitUntil(async () => !(await bodyText(browser)).includes(w("note-signed")), {
        timeout: 10_000, timeoutMsg: "the toast stayed",
      });
      await shot("billing");
    });
  });
}
