// Notes a program can bill and defend (issue 12), on the real app: signing
// before anyone is set as the signer leads to Settings instead of failing;
// the signer's name is required and saved with its credential; a contact
// logged from the keyboard is signed from the keyboard, after a question
// that says it will be locked; a signed note offers no Edit or Delete, only
// an addendum, whose reason is required; the addendum reads beneath its
// note; a participant with signed notes is kept, and the backend's reason
// is shown. Walked in English and in Spanish, each with a screenshot of
// the participant's page.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, bodyText, click, clickButton, ctrl, find, isoDay, press, screenshot, type, typeInto, waitForText, xpathString,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { words } from "../lib/words.mjs";

/** What the peer types, in the peer's language. */
const TYPED = {
  en: {
    signer: "Jordan Peer",
    credential: "CPS",
    narrative: "Talked through the court date; Rowan wants a ride to the hearing.",
    older: "Met at the library; looked at job listings together.",
    reason: "Late entry",
    addendum: "Rowan called back after the note was signed: the hearing moved to 2 pm.",
  },
  es: {
    signer: "Lucía Ramos",
    credential: "CPRS",
    narrative: "Hablamos de la fecha de la corte; Rowan quiere que lo lleven a la audiencia.",
    older: "Nos vimos en la biblioteca; revisamos ofertas de empleo juntos.",
    reason: "Anotación tardía",
    addendum: "Rowan llamó después de firmada la nota: la audiencia pasó a las 2 de la tarde.",
  },
};

/** A button by its accessible name (aria-label). */
const labelled = (label) => `//button[@aria-label=${xpathString(label)}]`;
/** A navigation button by its text. */
const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";
  const signer = `${my.signer}, ${my.credential}`;

  describe(spanish ? "signed notes and addenda, in Spanish" : "signed notes and addenda", { timeout: 300_000 }, () => {
    let browser;
    let stop;

    before(async () => {
      ({ browser, stop } = await openSeeded(`signed-${lang}`, lang, {
        people: ["SN-0001,Rowan,Example,active"],
        contacts: [`SN-0001,${isoDay(-6)},10:00,45,in_person,,check_in,${my.older.replaceAll(",", "")},`],
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);
    const focused = () =>
      browser.execute(() => ({
        id: document.activeElement?.id ?? "",
        label: document.activeElement?.getAttribute("aria-label") ?? "",
      }));

    const phone = w.label("contact-mode-phone", "Phone");
    const inPerson = w.label("contact-mode-in-person", "In person");
    const call = w("timeline-contact-title", { mode: phone, minutes: 25 });
    const visit = w("timeline-contact-title", { mode: inPerson, minutes: 45 });

    step("unlocks and logs a phone call from the keyboard", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await waitForText(browser, "Rowan Example", 20_000);
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
    });

    step("each note says it is not signed yet; signing with no signer set offers Settings", async () => {
      await clickButton(browser, "Rowan Example");
      await waitForText(browser, my.narrative);
      const text = await bodyText(browser);
      assert.equal(text.split(w("note-unsigned")).length - 1, 2, "both notes read as not signed yet");
      // An unsigned note can still be edited and deleted, and signed.
      await find(browser, labelled(w("timeline-edit-contact-label", { title: call })));
      await find(browser, labelled(w("timeline-delete-contact-label", { title: call })));

      await click(browser, labelled(w("note-sign-label", { title: call })));
      await waitForText(browser, w("note-no-signer-title"));
      await waitForText(browser, w("note-no-signer-message"));
      await clickButton(browser, w("note-no-signer-confirm"));
      await find(browser, "#signer-name:focus");
      await waitForText(browser, w("settings-signer-intro"));
    });

    step("Settings: the signer's name is required; name and credential are saved", async () => {
      await typeInto(browser, "#signer-credential", my.credential);
      await clickButton(browser, w("settings-signer-save"));
      // Core's rule, worded by the shell: "<Field>: <problem>", by the field.
      const required = `${w.label("field-signer-name", "Signer name")}: ${w.label("problem-required", "is required")}`;
      assert.equal(await (await find(browser, "#signer-name-error")).getText(), `${required}.`);
      await find(browser, "#signer-name:focus");
      assert.equal(await (await find(browser, "#signer-name")).getAttribute("aria-invalid"), "true");
      await checkScreen("settings, signing notes");
      if (spanish) await shot("settings-signer");

      await type(browser, my.signer);
      await press(browser, "Enter");
      await waitForText(browser, w("settings-signer-announce", { signer }));
      assert.ok(!(await (await browser.$("#signer-name-error")).isExisting()), "the error is gone once saved");
    });

    step("signs the note from the keyboard, after being told it will be locked", async () => {
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Rowan Example");
      await waitForText(browser, my.narrative);
      const sign = await find(browser, labelled(w("note-sign-label", { title: call })));
      await browser.execute((el) => el.focus(), sign);
      await press(browser, "Enter");
      await waitForText(browser, w("note-sign-title"));
      await waitForText(browser, w("note-sign-message", { signer }));
      await checkScreen("sign a note");
      await shot("sign-note");
      // The safe answer has the focus; the one that signs is one Tab away.
      assert.equal((await browser.execute(() => document.activeElement?.textContent?.trim())), w("note-sign-cancel"));
      await press(browser, "Tab");
      assert.equal((await browser.execute(() => document.activeElement?.textContent?.trim())), w("note-sign-confirm"));
      await press(browser, "Enter");
      await waitForText(browser, w("note-signed"));
      await waitForText(browser, w.upTo("note-signed-by", "when", { signer }));

      // Locked: no Edit, no Delete; Add addendum has the keyboard.
      await browser.waitUntil(async () => (await focused()).label === w("note-add-addendum-label", { title: call }), {
        timeout: 5_000, timeoutMsg: "the keyboard did not move on to Add addendum",
      });
      for (const gone of [
        w("timeline-edit-contact-label", { title: call }),
        w("timeline-delete-contact-label", { title: call }),
        w("note-sign-label", { title: call }),
      ]) {
        assert.equal(await (await browser.$(labelled(gone))).isExisting(), false, `"${gone}" is gone`);
      }
      // The other note is untouched: still unsigned, still editable.
      await find(browser, labelled(w("timeline-edit-contact-label", { title: visit })));
      await find(browser, labelled(w("note-sign-label", { title: visit })));
    });

    step("adds an addendum: the reason is required, and it reads beneath the note", async () => {
      await press(browser, "Enter");
      await waitForText(browser, w("addendum-title"));
      await find(browser, "#addendum-reason:focus");
      await ctrl(browser, "Enter");
      const required = `${w.label("field-reason", "Reason")}: ${w.label("problem-required", "is required")}`;
      assert.equal(await (await find(browser, "#addendum-reason-error")).getText(), `${required}.`);
      await find(browser, "#addendum-reason:focus");
      await checkScreen("add an addendum");
      await shot("addendum-form");

      await type(browser, my.reason);
      await press(browser, "Tab");
      await find(browser, "#addendum-text:focus");
      await type(browser, my.addendum);
      await ctrl(browser, "Enter");
      await waitForText(browser, w("addendum-added"));
      await waitForText(browser, my.addendum);
      await waitForText(browser, w("note-addendum-reason", { reason: my.reason }));

      // Beneath its own note: in the same timeline entry as the signed line
      // and the narrative, after them.
      const order = await browser.execute((narrative, addendum) => {
        const entry = [...document.querySelectorAll("li.entry")].find((li) => li.textContent.includes(narrative));
        if (!entry) return null;
        const t = entry.textContent;
        return { narrative: t.indexOf(narrative), addendum: t.indexOf(addendum), inList: !!entry.querySelector("ol.addenda li") };
      }, my.narrative, my.addendum);
      assert.ok(order, "the signed note's entry is shown");
      assert.ok(order.inList, "the addendum is listed beneath the note");
      assert.ok(order.narrative < order.addendum, "the addendum comes after the note");
      await waitForText(browser, w.upTo("note-addendum-heading", "when"));
      await waitForText(browser, w("note-addendum-by", { signer }));
      // Back on Add addendum: a second one is a keystroke away.
      assert.equal((await focused()).label, w("note-add-addendum-label", { title: call }));

      await checkScreen("participant, signed note");
      await browser.execute(() => {
        for (const el of document.querySelectorAll("*")) if (el.scrollTop > 0) el.scrollTop = 0;
      });
      // The page as the peer comes back to it, without the passing toast.
      await browser.waitUntil(async () => !(await bodyText(browser)).includes(w("addendum-added")), {
        timeout: 10_000, timeoutMsg: "the toast stayed",
      });
      await shot("signed-note");
    });

    step("a participant with signed notes is kept, and the app says why", async () => {
      await clickButton(browser, w("participant-edit"));
      await waitForText(browser, w("pform-title-edit"));
      await clickButton(browser, w("pform-delete"));
      await waitForText(browser, w("pform-delete-title", { name: "Rowan Example" }));
      await clickButton(browser, w("pform-delete-confirm"));
      const kept = w.label(
        "error-signed-notes-kept",
        "This participant has signed notes, which are kept as records of service; change the participant's status instead of deleting them",
      );
      const alert = await find(browser, "//p[@role='alert' and @data-general-error]");
      assert.equal(await alert.getText(), `${kept}.`);
      await clickButton(browser, w("form-cancel"));
      await waitForText(browser, my.addendum);
      assert.equal(await browser.execute(() => document.querySelectorAll("dialog[open]").length), 0);
    });
  });
}
