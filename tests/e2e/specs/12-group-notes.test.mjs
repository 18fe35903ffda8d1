// Group notes on the real app: after attendance is saved, the peer writes
// one note for the session (when it started, how long, what the group did)
// and a line for one member; the payer's group size limit shows before
// saving; each present member's record then holds the note, the absent
// member's does not; and the session's notes are signed in one step,
// after the signer is set. Walked in English and in Spanish.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, click, clickButton, ctrl, find, isoDay, press, setDate, type, typeInto, waitForText, xpathString,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { words } from "../lib/words.mjs";

const TYPED = {
  en: {
    group: "Evening circle",
    shared: "The group practised a grounding exercise and named one coping step each",
    own: "Rowan offered to share a ride to court next week",
    signer: "Jordan Peer",
  },
  es: {
    group: "Círculo de la tarde",
    shared: "El grupo practicó un ejercicio de respiración y cada quien nombró un paso para afrontar",
    own: "Rowan ofreció compartir el viaje al tribunal la próxima semana",
    signer: "Lucía Ramos",
  },
};

const PAYER = "Small group plan";
const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";

  describe(spanish ? "group notes, in Spanish" : "group notes", { timeout: 300_000 }, () => {
    let browser;
    let stop;

    before(async () => {
      ({ browser, stop } = await openSeeded(`groupnotes-${lang}`, lang, {
        people: ["GN-0001,Amara,Sample,active", "GN-0002,Blake,Example,active", "GN-0003,Rowan,Example,active"],
        more: (cli) => {
          cli("payer", "add", PAYER, "--group-size-limit", "2");
          cli("payer", "assign", "--participant", "GN-0001", PAYER);
        },
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);
    const notesLine = () => browser.execute(() => document.querySelector("[data-group-notes-line]")?.textContent?.trim() ?? "");

    step("takes yesterday's attendance: two present, one absent", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);

      await click(browser, nav(w("nav-groups")));
      await clickButton(browser, w("groups-create"));
      await typeInto(browser, "#group-name", my.group);
      await ctrl(browser, "Enter");
      await waitForText(browser, w("groups-no-members-title"));
      for (const name of ["Amara", "Blake", "Rowan"]) {
        await typeInto(browser, "#member-pick", name);
        await press(browser, "Enter");
        await waitForText(browser, `${name} `);
      }
      await setDate(browser, "#session-date", isoDay(-1));
      await clickButton(browser, w("groups-add-session"));
      await find(browser, "button.cell.open:focus");
      // Members in name order: Amara, Blake, Rowan.
      await type(browser, "p");
      await type(browser, "a");
      await type(browser, "p");
      await waitForText(browser, w("group-notes-save-marks-first"));
      await ctrl(browser, "Enter");
      await waitForText(browser, w("groups-attendance-saved"));
      await waitForText(browser, w("group-notes-none"));
    });

    step("writes the group note with a line for one member; the size limit shows before saving", async () => {
      await clickButton(browser, w("group-notes-write"));
      await waitForText(browser, w("group-notes-intro"));
      // Two present is within a limit of two: no warning.
      assert.equal(await browser.execute(() => document.querySelectorAll("[data-size-warning]").length), 0);
      await find(browser, "#group-notes-start:focus");
      await setDate(browser, "#group-notes-start", "18:00");
      await typeInto(browser, "#group-notes-minutes", "90");
      await typeInto(browser, "#group-notes-shared", my.shared);
      await waitForText(browser, w("group-notes-own", { name: "Rowan Example" }));
      const rowanBox = await find(browser, "//li[.//label[contains(., 'Rowan Example')]]//textarea");
      await rowanBox.click();
      await type(browser, my.own);
      await checkScreen("group notes form");
      await shot("group-notes-form");
      await ctrl(browser, "Enter");
      await waitForText(browser, w("group-notes-saved", { count: 2 }));
      await browser.waitUntil(async () => (await notesLine()) === w("group-notes-written", { written: 2, present: 2, signed: 0 }), {
        timeout: 10_000, timeoutMsg: "the line did not count two notes",
      });
    });

    step("a third member marked present brings the payer's limit up in the form", async () => {
      const cells = await browser.$$("button.cell.open");
      await browser.execute((el) => el.focus(), cells[1]);
      await type(browser, "p");
      await ctrl(browser, "Enter");
      await waitForText(browser, w("groups-attendance-saved"));
      await clickButton(browser, w("group-notes-edit"));
      await waitForText(browser, w("group-notes-over-limit", { present: 3, payer: PAYER, limit: 2 }));
      // What was written comes back to be edited.
      assert.equal(await (await find(browser, "#group-notes-shared")).getValue(), my.shared);
      await checkScreen("group notes form, over the limit");
      await shot("group-notes-over-limit");
      await ctrl(browser, "Enter");
      await waitForText(browser, w("group-notes-saved", { count: 3 }));
    });

    step("signing with no signer set leads to Settings; then the notes are signed in one step", async () => {
      await clickButton(browser, w("group-notes-sign"));
      await waitForText(browser, w("note-no-signer-title"));
      await clickButton(browser, w("note-no-signer-confirm"));
      await find(browser, "#signer-name:focus");
      await type(browser, my.signer);
      await typeInto(browser, "#signer-credential", "CPS");
      await clickButton(browser, w("settings-signer-save"));
      await waitForText(browser, w("settings-signer-announce", { signer: `${my.signer}, CPS` }));

      await click(browser, nav(w("nav-groups")));
      await waitForText(browser, w("group-notes-written", { written: 3, present: 3, signed: 0 }));
      await clickButton(browser, w("group-notes-sign"));
      await waitForText(browser, w("group-notes-sign-title", { count: 3 }));
      await clickButton(browser, w("group-notes-sign-confirm"));
      await waitForText(browser, w("group-notes-signed"));
      await browser.waitUntil(async () => (await notesLine()) === w("group-notes-written", { written: 3, present: 3, signed: 3 }), {
        timeout: 10_000, timeoutMsg: "the line did not count three signed",
      });
      await checkScreen("groups, notes signed");
      await shot("group-notes-signed");
    });

    step("Rowan's record holds the group note with both parts, signed", async () => {
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Rowan Example");
      await waitForText(browser, my.own, 15_000);
      const read = await browser.execute(() => {
        const dl = document.querySelector("dl[data-group-note]");
        if (!dl) return null;
        return {
          labels: [...dl.querySelectorAll("dt")].map((el) => el.textContent.trim()),
          texts: [...dl.querySelectorAll("dd")].map((el) => el.textContent.trim()),
          signed: dl.closest("li.entry")?.querySelector(".signature.signed") !== null,
        };
      });
      assert.ok(read, "the group note is shown");
      assert.deepEqual(read.labels, [w("timeline-group-shared"), w("timeline-group-own")]);
      assert.deepEqual(read.texts, [my.shared, my.own]);
      assert.equal(read.signed, true);
      await checkScreen("participant, group note");
      await shot("timeline-group-note");
    });
  });
}
