// The peer's own record on the real app: a credential the CLI adds expires
// in 20 days, so the caseload reminds of it; from the reminder, My
// certification shows its standing and the 36 hours the rule asks; the
// peer adds a training from the keyboard (hours refused beside their
// field, then 1.5), attaches its certificate through the native open
// dialog, and sees the hours change; then saves the renewal packet through
// the native save dialog, and pdftotext finds the training and its hours
// in it. Walked in English and in Spanish.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  PASSPHRASE, click, clickButton, ctrl, find, freshDataDir, isoDay, press, setDate, typeInto, waitForText, xpathString,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { answerFileDialog } from "../lib/dialogs.mjs";
import { words } from "../lib/words.mjs";

const TYPED = {
  en: {
    credential: "Certified Peer Specialist",
    board: "Pennsylvania Certification Board",
    title: "Ethics in peer support",
    provider: "State peer network",
    hours: "1.5",
    shown: "1.5",
    missing: "34.5",
  },
  es: {
    credential: "Especialista de pares certificada",
    board: "Junta de Certificación de Pensilvania",
    title: "Ética en el apoyo entre pares",
    provider: "Red estatal de pares",
    // A decimal comma is read too; US Spanish shows a point.
    hours: "1,5",
    shown: "1.5",
    missing: "34.5",
  },
};

// A 1×1 PNG: a synthetic certificate.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";

  describe(spanish ? "my certification, in Spanish" : "my certification", { timeout: 300_000 }, () => {
    let browser;
    let stop;
    const files = freshDataDir(`credentials-files-${lang}`);
    const certificate = path.join(files, "certificate.png");
    const packet = path.join(files, "renewal.pdf");

    before(async () => {
      writeFileSync(certificate, PNG);
      ({ browser, stop } = await openSeeded(`credentials-${lang}`, lang, {
        people: ["CR-0001,Amara,Sample,active"],
        more: (cli) => {
          cli(
            "credential", "add", "--preset", "pennsylvania_cps", "--name", my.credential, "--board", my.board,
            "--number", "CPS-2291", "--issued-on", isoDay(-700), "--expires-on", isoDay(20),
          );
        },
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);
    const earned = () => browser.execute(() => document.querySelector("[data-earned]")?.textContent?.trim() ?? "");

    step("the caseload reminds of the credential that expires in 20 days", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await waitForText(browser, w("credentials-reminder-due", { name: my.credential, days: 20 }));
      await checkScreen("caseload with a credential reminder");
      await shot("13a-credential-reminder");
    });

    step("the reminder opens My certification: due soon, 36 hours to go", async () => {
      await clickButton(browser, w("credentials-reminder-go"));
      await waitForText(browser, w("credentials-title"));
      await waitForText(browser, w("credentials-standing-due-soon", { days: 20 }));
      await waitForText(browser, w("credentials-missing", { hours: "36" }));
      assert.equal(await earned(), "0");
    });

    step("a training from the keyboard: hours refused beside their field, then 1.5 with its certificate", async () => {
      await clickButton(browser, w("credentials-add-training"));
      await find(browser, "#tr-title:focus");
      await typeInto(browser, "#tr-title", my.title);
      await typeInto(browser, "#tr-provider", my.provider);
      await setDate(browser, "#tr-date", isoDay(-3));
      await typeInto(browser, "#tr-hours", "a lot");
      await (await find(browser, "#tr-category")).selectByAttribute("value", "ethics");
      await click(browser, "//label[contains(., " + xpathString(w("training-form-certificate")) + ")]");
      await ctrl(browser, "Enter");
      // Core refuses the hours by their field; the error stands beside it
      // and the cursor goes back there.
      await find(browser, "#tr-hours:focus");
      const error = await browser.execute(() => document.querySelector("#tr-hours-error")?.textContent?.trim() ?? "");
      assert.ok(error.startsWith(w.label("field-hours", "Hours")), `the hours' error says so: ${error}`);
      await checkScreen("training form, hours refused");
      await typeInto(browser, "#tr-hours", my.hours);
      await ctrl(browser, "Enter");
      await answerFileDialog(w.dialog("choose-certificate"), certificate, { open: true });
      await waitForText(browser, w("credentials-training-added-with-certificate"), 15_000);
      await find(browser, "[data-certificate]");
      await browser.waitUntil(async () => (await earned()) === my.shown, { timeoutMsg: "the hours did not change" });
      await waitForText(browser, w("credentials-missing", { hours: my.missing }));
      await checkScreen("my certification with a training");
      await shot("13b-my-certification");
    });

    step("the renewal packet is saved where the peer says and lists the training's hours", async () => {
      await clickButton(browser, w("credentials-packet-pdf"));
      await answerFileDialog(w.dialog("save-renewal-packet"), packet);
      await waitForText(browser, w("credentials-packet-saved"), 15_000);
      assert.ok(existsSync(packet), "the packet was written");
      const text = execFileSync("pdftotext", ["-layout", packet, "-"], { encoding: "utf8" });
      assert.ok(text.includes(my.title), "the packet lists the training");
      assert.match(text, /1[.,]5/, "the packet lists its hours");
      assert.ok(!text.includes("Amara"), "nothing about a participant");
    });
  });
}
