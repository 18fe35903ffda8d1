// Partners and case conferences on the real app. The CLI sets up two
// partners before the app opens: a treatment court, two participants with
// a consent to it (a third with none) and a weekly staffing held today;
// and a probation office whose agreement ends in 12 days. The caseload
// warns of that agreement and names the next meeting. From the warning the
// peer opens Partners and records the court's data-sharing agreement with
// its signed copy (through the native open dialog). From the home screen's
// "Prepare" the meeting's day opens: the docket offers only the two with a
// consent, the peer puts one on it, and the export for exactly that
// meeting is saved as a PDF through the native save dialog; pdftotext
// finds the meeting and the 42 CFR part 2 notice in the export's language,
// and nobody left off the docket. A decision with a follow-up is noted,
// and the privacy register shows a request the CLI recorded. Walked in
// English and in Spanish.
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
    court: "Treatment Court",
    probation: "County Probation",
    meeting: "Treatment court staffing",
    agreement: "Court MOU 2026",
    purpose: "Case conference coordination",
    decision: "Stays in phase two",
    followUp: "Bring the new bus pass",
    // The notice as it opens in an English export.
    notice: "protected by Federal confidentiality rules (42 CFR part 2)",
  },
  es: {
    court: "Tribunal de Tratamiento",
    probation: "Libertad Condicional del Condado",
    meeting: "Reunión del tribunal",
    agreement: "Convenio del tribunal 2026",
    purpose: "Coordinación de reuniones de caso",
    decision: "Sigue en la fase dos",
    followUp: "Traer el pase de autobús nuevo",
    // A Spanish export prints the translation before the English text.
    notice: "normas federales de confidencialidad (42 CFR parte 2)",
  },
};

// A synthetic signed agreement: the smallest file that reads as a PDF.
const PDF = Buffer.from("%PDF-1.4\n% a synthetic signed agreement\n%%EOF\n");

const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;
const byLabel = (label) => `//button[@aria-label=${xpathString(label)}]`;
const checkboxFor = (text) => `//label[contains(., ${xpathString(text)})]//input`;
const weekdayToday = () => new Date().toLocaleDateString("en-US", { weekday: "long" }).toLowerCase();

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";

  describe(spanish ? "partners and case conferences, in Spanish" : "partners and case conferences", { timeout: 400_000 }, () => {
    let browser;
    let stop;
    const files = freshDataDir(`partners-files-${lang}`);
    const signed = path.join(files, "signed-agreement.pdf");
    const exported = path.join(files, "staffing.pdf");

    before(async () => {
      writeFileSync(signed, PDF);
      ({ browser, stop } = await openSeeded(`partners-${lang}`, lang, {
        people: ["PT-0001,Amara,Sample,active", "PT-0002,Bruno,Example,active", "PT-0003,Carla,Nobody,active"],
        contacts: [`PT-0001,${isoDay(-2)},10:00,45,in-person,,check-in,Met before court,`],
        more: (cli) => {
          cli("partner", "add", "--name", my.court, "--type", "court", "--attendee", "Jordan Reyes:coordinator");
          cli("partner", "add", "--name", my.probation, "--type", "probation");
          cli(
            "agreement", "add", "--partner", my.probation, "--title", "Probation MOU", "--purpose", my.purpose,
            "--categories", "attendance", "--effective-on", isoDay(-300), "--expires-on", isoDay(12),
          );
          for (const who of ["PT-0001", "PT-0002"]) {
            cli(
              "consent", "add", "--participant", who, "--recipient", my.court, "--purpose", my.purpose,
              "--categories", "attendance,contact-summaries", "--from", isoDay(-60), "--until", isoDay(300),
            );
          }
          cli(
            "meeting", "add", "--partner", my.court, "--name", my.meeting, "--weekday", weekdayToday(),
            "--time", "09:00", "--starts-on", isoDay(-14),
          );
          cli("restriction", "add", "--participant", "PT-0002", "--partner", my.probation, "--categories", "attendance",
            "--requested-on", isoDay(-5));
        },
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);

    step("the caseload warns of the agreement ending in 12 days and names today's meeting", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await find(browser, "[data-agreement-warning]");
      const warning = await (await find(browser, "[data-agreement-warning]")).getText();
      assert.ok(warning.includes(my.probation), `the warning names the partner: ${warning}`);
      assert.ok(warning.includes(w.upTo("partners-warning-expiring", "partner")), "it says the agreement ends");
      await find(browser, `[data-meeting-ahead=${JSON.stringify(my.meeting)}]`);
      await checkScreen("caseload with a meeting and an agreement warning");
      await shot("partners-caseload");
    });

    step("from the warning, Partners: the court's agreement is added with its signed copy", async () => {
      await clickButton(browser, w("partners-warning-go"));
      await waitForText(browser, w("partners-intro"));
      await click(browser, byLabel(w("partners-add-agreement-label", { name: my.court })));
      await find(browser, "#agreement-title:focus");
      // Nothing typed: core names the title, and the cursor goes back there.
      await ctrl(browser, "Enter");
      await find(browser, "#agreement-title:focus");
      assert.ok(await (await find(browser, "#agreement-title-error")).isDisplayed(), "the title's error shows beside it");
      await typeInto(browser, "#agreement-title", my.agreement);
      await typeInto(browser, "#agreement-purpose", my.purpose);
      await click(browser, checkboxFor(w.label("consent-category-attendance", "Group attendance")));
      await click(browser, checkboxFor(w.label("consent-category-contact-summaries", "Contact summaries (date, length, mode, services)")));
      await setDate(browser, "#agreement-effective", isoDay(-30));
      await setDate(browser, "#agreement-expires", isoDay(335));
      await click(browser, checkboxFor(w("agreement-form-document")));
      await checkScreen("agreement form");
      await ctrl(browser, "Enter");
      await answerFileDialog(w.dialog("choose-signed-agreement"), signed, { open: true });
      await waitForText(browser, w("partners-agreement-added-with-document"), 15_000);
      await find(browser, `[data-agreement=${JSON.stringify(my.agreement)}]`);
      await find(browser, byLabel(w("partners-document-save-label", { title: my.agreement })));
      await checkScreen("partners");
      await shot("partners-list");
    });

    step("Prepare on the home screen opens today's meeting: only those with a consent are offered", async () => {
      await click(browser, nav(w("nav-caseload")));
      const prepare = `[data-meeting-ahead=${JSON.stringify(my.meeting)}] button`;
      await click(browser, prepare);
      await waitForText(browser, w("meeting-docket-title"));
      await waitForText(browser, "Amara");
      const docket = await (await find(browser, "form[aria-labelledby=docket-title]")).getText();
      assert.ok(docket.includes("Bruno"), "Bruno has a consent to the court");
      assert.ok(!docket.includes("Carla"), "Carla has none and is not offered");
    });

    step("one on the docket, and the meeting's export saved as a PDF", async () => {
      await click(browser, checkboxFor("Amara"));
      await clickButton(browser, w("meeting-docket-save"));
      await waitForText(browser, w("meeting-docket-kept", { count: 1 }));
      await find(browser, "[data-period]", 15_000);
      const period = await (await find(browser, "[data-period]")).getText();
      assert.ok(period.includes(my.court), `the export goes to the meeting's partner: ${period}`);
      await checkScreen("a meeting's day");
      await shot("partners-meeting");
      await clickButton(browser, w("meeting-export-save"));
      await answerFileDialog(w.dialog("save-export"), exported);
      await find(browser, "[data-meeting-export-saved]", 15_000);
      assert.ok(existsSync(exported), "the export was written");
      const text = execFileSync("pdftotext", ["-layout", exported, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      assert.ok(text.includes(my.meeting), "the PDF names the meeting");
      assert.ok(text.includes(my.notice), "the PDF carries the redisclosure notice in its language");
      assert.ok(text.includes("42 CFR part 2"), "and the English notice, which governs");
      assert.ok(text.includes("Amara"), "the one on the docket is in it");
      assert.ok(!text.includes("Bruno") && !text.includes("Carla"), "nobody off the docket is");
    });

    step("a decision opens a follow-up in the participant's record", async () => {
      await (await find(browser, "#decision-who")).selectByVisibleText("Amara Sample");
      await typeInto(browser, "#decision-text", my.decision);
      await click(browser, checkboxFor(w("meeting-decision-with-follow-up")));
      await typeInto(browser, "#decision-follow-up", my.followUp);
      await setDate(browser, "#decision-due", isoDay(7));
      await clickButton(browser, w("meeting-decision-save"));
      await waitForText(browser, w("meeting-decision-follow-up-opened"));
      await waitForText(browser, my.decision);
    });

    step("the privacy register lists the request the CLI recorded", async () => {
      await click(browser, nav(w("nav-partners")));
      await clickButton(browser, w("partners-privacy-register"));
      await waitForText(browser, w("privacy-restrictions-title"));
      await waitForText(browser, "Bruno");
      await checkScreen("privacy register");
      await shot("partners-privacy");
    });
  });
}
