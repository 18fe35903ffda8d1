// Notes in the structure the program picks (GIRP, DAP), on the real app:
// in Settings the peer picks GIRP from the keyboard and hears it saved; a
// contact is then logged with a box per part (goal, intervention,
// response, plan), every box reached with Tab and saved with Ctrl+Enter;
// the timeline reads each part under its name, in order; and a word only
// in the Response part finds the note. Walked in English and in Spanish,
// with screenshots of the Settings section, the form and the note.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, bodyText, click, clickButton, ctrl, find, press, saving, textOf, type, typeInto, waitForText, xpathString,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { words } from "../lib/words.mjs";

/** What the peer types, in the peer's language. `found` is a word only in
 * the Response part. */
const TYPED = {
  en: {
    goal: "Keep the apartment through the winter",
    intervention: "Went over the lease renewal form together",
    response: "Rowan laughed and said it felt doable",
    plan: "Drop the form at the office on Friday",
    found: "laughed",
  },
  es: {
    goal: "Mantener el apartamento durante el invierno",
    intervention: "Revisamos juntos el formulario de renovación",
    response: "Rowan sonrió y dijo que se sentía capaz",
    plan: "Entregar el formulario en la oficina el viernes",
    found: "sonrió",
  },
};

const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;
const GIRP = ["goal", "intervention", "response", "plan"];
const ENGLISH_PARTS = { goal: "Goal", intervention: "Intervention", response: "Response", plan: "Plan" };

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";
  const partLabel = (part) => w.label(`note-part-${part}`, ENGLISH_PARTS[part]);

  describe(spanish ? "structured notes, in Spanish" : "structured notes", { timeout: 300_000 }, () => {
    let browser;
    let stop;

    before(async () => {
      ({ browser, stop } = await openSeeded(`parts-${lang}`, lang, {
        people: ["GP-0001,Rowan,Example,active"],
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);
    const focusedId = () => browser.execute(() => document.activeElement?.id ?? "");

    step("unlocks and picks GIRP in Settings from the keyboard", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await waitForText(browser, "Rowan Example", 20_000);

      await click(browser, nav(w("nav-settings")));
      await waitForText(browser, w("settings-format-title"));
      const free = await find(browser, "input[name='note-format'][value='free']");
      assert.equal(await free.isSelected(), true, "notes start as free text");
      await browser.execute((el) => {
        el.scrollIntoView({ block: "center" });
        el.focus();
      }, free);
      // Arrow keys move through the choices; Tab reaches Save.
      await press(browser, "ArrowDown");
      await browser.waitUntil(
        async () => (await (await browser.$("input[name='note-format'][value='girp']")).isSelected()),
        { timeout: 5_000, timeoutMsg: "ArrowDown did not pick GIRP" },
      );
      await press(browser, "Tab");
      const focusedText = await browser.execute(() => document.activeElement?.textContent?.trim());
      assert.equal(focusedText, w("settings-format-save"));
      await press(browser, "Enter");
      await waitForText(browser, w("settings-format-announce", { format: "girp" }));
      // Saved: nothing left to save until another choice is made.
      await browser.waitUntil(async () => !(await (await find(browser, `//button[normalize-space(.)=${xpathString(w("settings-format-save"))}]`)).isEnabled()), {
        timeout: 5_000, timeoutMsg: "Save stayed enabled after saving",
      });
      await waitForText(browser, w("settings-format-girp-hint"));
      await checkScreen("settings, how notes are written");
      await shot("settings-note-format");
    });

    step("logs a contact part by part from the keyboard, saved with Ctrl+Enter", async () => {
      await ctrl(browser, "n");
      await find(browser, "#contact-who:focus");
      await type(browser, "rowan");
      await press(browser, "Enter");
      await find(browser, "#contact-minutes:focus");
      await type(browser, "30");
      for (const part of GIRP) {
        await press(browser, "Tab");
        await browser.waitUntil(async () => (await focusedId()) === `contact-part-${part}`, {
          timeout: 5_000, timeoutMsg: `Tab did not reach ${part}`,
        });
        assert.equal(await textOf(browser, `label[for='contact-part-${part}']`), partLabel(part));
        await type(browser, my[part]);
      }
      // Then the optional box for anything else, left empty.
      await press(browser, "Tab");
      await browser.waitUntil(async () => (await focusedId()) === "contact-narrative", {
        timeout: 5_000, timeoutMsg: "Tab did not reach Anything else",
      });
      await waitForText(browser, w("note-part-hint-intervention"));
      await checkScreen("contact form with parts");
      await shot("contact-form-girp");

      await ctrl(browser, "Enter");
      await waitForText(browser, w("contact-saved", { who: "Rowan Example", units: w("contact-units", { count: 2 }) }));
      await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll("dialog[open]").length)) === 0, {
        timeout: 5_000, timeoutMsg: "the dialog stayed open",
      });
    });

    step("the timeline reads each part under its name, in order", async () => {
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Rowan Example");
      await waitForText(browser, my.response, 15_000);
      const read = await browser.execute((response) => {
        const entry = [...document.querySelectorAll("li.entry")].find((li) => li.textContent.includes(response));
        const dl = entry?.querySelector("dl.parts");
        if (!dl) return null;
        return {
          labels: [...dl.querySelectorAll("dt")].map((el) => el.textContent.trim()),
          texts: [...dl.querySelectorAll("dd")].map((el) => el.textContent.trim()),
        };
      }, my.response);
      assert.ok(read, "the note's parts are shown");
      assert.deepEqual(read.labels, GIRP.map(partLabel));
      assert.deepEqual(read.texts, GIRP.map((part) => my[part]));
      await checkScreen("participant, structured note");
      await browser.waitUntil(
        async () => !(await bodyText(browser)).includes(w("contact-saved", { who: "Rowan Example", units: w("contact-units", { count: 2 }) })),
        { timeout: 10_000, timeoutMsg: "the toast stayed" },
      );
      await shot("timeline-girp");
    });

    step("a word only in the Response part finds the note", async () => {
      await ctrl(browser, "k");
      await find(browser, "#search-query:focus");
      await type(browser, my.found);
      await browser.waitUntil(async () => (await textOf(browser, "#search-status")) === w("search-match-count", { count: 1 }), {
        timeout: 10_000, timeoutMsg: "the Response word did not find the note",
      });
      await waitForText(browser, "Rowan Example");
      await find(browser, "mark");
      await shot("search-response-part");
    });
  });
}
