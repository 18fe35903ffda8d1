// A participant's recovery plan on the real app: with the signer set in
// Settings, the peer writes a plan with two goals from the participant's
// page (a goal with no words is refused by its field), signs it with the
// participant, and finds it read-only: no Edit, no Sign. Marking a goal met
// makes version 2; version 1 stays readable, as it was signed. A contact
// logged from the keyboard names goal 1, and the timeline says so, before
// and after the goal is met. The plan's review is today, so the caseload
// badges it and the Follow-ups screen lists it. Walked in English and in
// Spanish, each with a screenshot of the page with its plan.
// The printed plan goes through a native save dialog, which is not driven.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, bodyText, click, clickButton, ctrl, find, isoDay, press, screenshot, type, typeInto, waitForText, xpathString, setDate,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { words } from "../lib/words.mjs";

/** What the peer types: the participant's own words, in the language they
 * were said in. */
const TYPED = {
  en: {
    signer: "Jordan Peer",
    credential: "CPS",
    goal1: "Get my own place by spring",
    steps1: ["Call the housing office", "Save $50 a week"],
    helper1: "Dana at Hope Housing",
    goal2: "See my daughter every Sunday",
    steps2: ["Ask about the visiting schedule"],
    strengths: ["Shows up on time", "My sense of humor"],
    narrative: "Went through the housing list together; two calls to make.",
  },
  es: {
    signer: "Lucía Ramos",
    credential: "CPRS",
    goal1: "Tener mi propio lugar para la primavera",
    steps1: ["Llamar a la oficina de vivienda", "Ahorrar 50 dólares por semana"],
    helper1: "Dana, de Hope Housing",
    goal2: "Ver a mi hija cada domingo",
    steps2: ["Preguntar por el horario de visitas"],
    strengths: ["Llego a tiempo", "Mi sentido del humor"],
    narrative: "Revisamos juntos la lista de vivienda; quedan dos llamadas.",
  },
};

/** A button by its accessible name (aria-label). */
const labelled = (label) => `//button[@aria-label=${xpathString(label)}]`;
/** A button by its visible text, exactly. */
const buttonWithText = (text) => `//button[normalize-space(.)=${xpathString(text)}]`;
/** A navigation button by its text. */
const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;

/** Presses Tab until the keyboard is on the checkbox labelled `label`;
 * fails if it never gets there. */
async function tabToLabel(browser, label, max = 40) {
  for (let i = 0; i < max; i++) {
    await press(browser, "Tab");
    const there = await browser.execute(
      (text) => document.activeElement?.closest("label")?.textContent?.replace(/\s+/g, " ").trim() === text,
      label,
    );
    if (there) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

/** Types lines into the focused textarea, one a line. */
async function typeLines(browser, lines) {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await press(browser, "Enter");
    await type(browser, line);
  }
}

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";
  const signer = `${my.signer}, ${my.credential}`;

  describe(spanish ? "a recovery plan, in Spanish" : "a recovery plan", { timeout: 300_000 }, () => {
    let browser;
    let stop;

    before(async () => {
      ({ browser, stop } = await openSeeded(`plan-${lang}`, lang, {
        people: ["RP-0001,Rowan,Example,active"],
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);
    const openDialogs = () => browser.execute(() => document.querySelectorAll("dialog[open]").length);
    const cardText = () => browser.execute(() => document.querySelector(".plan-card")?.innerText ?? "");
    const timelineText = () => browser.execute(() => document.querySelector(".timeline")?.innerText ?? "");
    const towardGoal1 = w("timeline-toward-goals", { count: 1, goals: w("timeline-goal-named", { number: 1, words: my.goal1 }) });

    const social = w.label("dimension-social", "Social");
    const environmental = w.label("dimension-environmental", "Environmental");
    const active = w.label("goal-status-active", "Active");
    const met = w.label("goal-status-met", "Met");

    step("unlocks and sets who signs as the peer", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await click(browser, nav(w("nav-settings")));
      await typeInto(browser, "#signer-name", my.signer);
      await typeInto(browser, "#signer-credential", my.credential);
      await clickButton(browser, w("settings-signer-save"));
      await waitForText(browser, w("settings-signer-announce", { signer }));
    });

    step("the participant's page offers to write a plan", async () => {
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Rowan Example");
      await waitForText(browser, w("plan-empty", { name: "Rowan Example" }));
      await clickButton(browser, w("plan-write"));
      await waitForText(browser, w("plan-form-write-title", { name: "Rowan Example" }));
      await find(browser, "#plan-area-0:focus");
    });

    step("writes two goals; a goal with no words is refused by its field", async () => {
      await (await find(browser, "#plan-area-0")).selectByAttribute("value", "environmental");
      await click(browser, "#plan-words-0");
      await type(browser, my.goal1);
      await press(browser, "Tab");
      await find(browser, "#plan-steps-0:focus");
      await typeLines(browser, my.steps1);
      await press(browser, "Tab");
      await type(browser, my.helper1);
      await setDate(browser, "#plan-target-0", isoDay(120));

      await clickButton(browser, w("plan-form-add-row"));
      await find(browser, "#plan-area-1:focus");
      await (await find(browser, "#plan-area-1")).selectByAttribute("value", "social");
      await click(browser, "#plan-strengths");
      await typeLines(browser, my.strengths);
      // Today: the review is due at once, for the caseload and Follow-ups.
      await setDate(browser, "#plan-review", isoDay(0));

      // The second goal has no words yet: core says so, by that goal.
      await ctrl(browser, "Enter");
      // In the second goal's own box, where the fix is.
      await find(browser, "#plan-goal-error-1");
      assert.equal(await (await browser.$("#plan-goal-error-0")).isExisting(), false);
      await find(browser, "#plan-words-1:focus");
      assert.equal(await (await find(browser, "#plan-words-1")).getAttribute("aria-invalid"), "true");
      await checkScreen("write a plan");
      await shot("plan-form");

      await type(browser, my.goal2);
      await press(browser, "Tab");
      await typeLines(browser, my.steps2);
      await ctrl(browser, "Enter");
      await waitForText(browser, w("plan-saved"));
      assert.equal(await openDialogs(), 0);

      const text = await cardText();
      for (const s of [my.goal1, my.goal2, ...my.steps1, ...my.steps2, ...my.strengths, environmental, social]) {
        assert.ok(text.toUpperCase().includes(s.toUpperCase()), `the card shows "${s}"`);
      }
      assert.ok(text.includes(w("plan-goal-who-helps", { who: my.helper1 })), "who helps");
      assert.ok(text.includes(w("plan-unsigned")), "not signed yet");
      assert.ok(text.includes(w("plan-version", { version: 1 })), "version 1");
      // Unsigned: it can still be edited.
      await find(browser, labelled(w("plan-edit-label", { version: 1 })));
    });

    step("signs version 1 with the participant; it is read-only after", async () => {
      await click(browser, labelled(w("plan-sign-label", { version: 1 })));
      await waitForText(browser, w("plan-sign-title", { version: 1 }));
      await waitForText(browser, w("plan-sign-peer", { signer }));
      await typeInto(browser, "#plan-sign-name", "Rowan Example");
      await checkScreen("sign a plan");
      await shot("plan-sign");
      await ctrl(browser, "Enter");
      await waitForText(browser, w("plan-signed"));
      assert.equal(await openDialogs(), 0);

      const text = await cardText();
      assert.ok(text.includes(w.upTo("plan-signed-participant", "date", { name: "Rowan Example" })), "the participant signed");
      assert.ok(text.includes(w.upTo("plan-signed-peer", "when", { signer })), "the peer signed");
      assert.ok(text.includes(w("plan-read-only", { next: 2 })), "said to be read-only");
      assert.ok(!text.includes(w("plan-unsigned")));
      for (const gone of [w("plan-edit-label", { version: 1 }), w("plan-sign-label", { version: 1 })]) {
        assert.equal(await (await browser.$(labelled(gone))).isExisting(), false, `"${gone}" is gone`);
      }
      // The keyboard went on to what the signed plan offers.
      const focused = await browser.execute(() => document.activeElement?.closest("[data-plan-actions]") !== null);
      assert.ok(focused, "the keyboard is on the plan's actions");
    });

    step("a supervisor signs version 1 later; the card names them and offers it no more", async () => {
      await click(browser, labelled(w("plan-countersign-label", { version: 1 })));
      await waitForText(browser, w("plan-countersign-title", { version: 1 }));
      await typeInto(browser, "#plan-cs-name", "Morgan Lead");
      await ctrl(browser, "Enter");
      // Left blank, the role is named by its field and nothing is signed.
      await browser.waitUntil(async () => (await browser.$("#plan-cs-role").getAttribute("aria-invalid")) === "true", {
        timeoutMsg: "the role is named",
      });
      await typeInto(browser, "#plan-cs-role", "LCSW");
      await checkScreen("a supervisor signs later");
      await ctrl(browser, "Enter");
      await browser.waitUntil(async () => (await cardText()).includes(w.upTo("plan-signed-supervisor", "date", { name: "Morgan Lead", role: "LCSW" })), {
        timeoutMsg: "the card names the supervisor",
      });
      assert.equal(await openDialogs(), 0);
      const offered = await (await browser.$(labelled(w("plan-countersign-label", { version: 1 })))).isExisting();
      assert.equal(offered, false, "a second supervisor's signature is not offered");
    });

    step("logs a contact toward goal 1 from the keyboard; the timeline names the goal", async () => {
      await ctrl(browser, "n");
      await waitForText(browser, w("contact-title-new"));
      await find(browser, "#contact-minutes:focus");
      // The plan's goals, once loaded: both active, neither ticked.
      const goal1 = w("contact-goal-option", { number: 1, words: my.goal1 });
      const goal2 = w("contact-goal-option", { number: 2, words: my.goal2 });
      await waitForText(browser, w("contact-goals"));
      await waitForText(browser, goal2);
      await press(browser, "Tab");
      await find(browser, "#contact-narrative:focus");
      await type(browser, my.narrative);
      // On through the form in its own order, to goal 1; Space ticks it.
      await tabToLabel(browser, goal1);
      await press(browser, "Space");
      assert.equal(await browser.execute(() => document.activeElement?.checked), true, "goal 1 is ticked");
      // No trap: the keyboard goes on past the goals.
      await press(browser, "Tab");
      await press(browser, "Tab");
      assert.equal(await browser.execute(() => document.activeElement?.closest("fieldset.goals") === null), true,
        "Tab leaves the goals");
      await checkScreen("log a contact, with plan goals");
      await shot("contact-plan-goals");
      await ctrl(browser, "Enter");
      await browser.waitUntil(async () => (await openDialogs()) === 0, { timeoutMsg: "the contact was saved" });
      await browser.waitUntil(async () => (await timelineText()).includes(towardGoal1), {
        timeoutMsg: `the timeline shows "${towardGoal1}"`,
      });
      assert.ok(!(await timelineText()).includes(my.goal2), "goal 2 is not named");
    });

    step("marks goal 1 met: version 2, with version 1 still as signed", async () => {
      await click(browser, labelled(w("plan-change-status-label", { number: 1 })));
      await waitForText(browser, w("plan-status-title", { number: 1 }));
      await waitForText(browser, w("plan-change-intro", { next: 2, current: 1 }));
      // Met is offered first, and has the keyboard.
      const first = await browser.execute(() => document.activeElement?.getAttribute("value"));
      assert.equal(first, "met");
      await ctrl(browser, "Enter");
      await waitForText(browser, w("plan-status-saved", { version: 2, number: 1, status: met }));

      // The announcement can come before the card has re-read the plan.
      await browser.waitUntil(async () => (await cardText()).includes(w("plan-version", { version: 2 })), {
        timeoutMsg: "the card shows version 2",
      });
      const text = await cardText();
      assert.ok(text.includes(w("plan-unsigned")), "version 2 is not signed yet");
      await find(browser, labelled(w("plan-edit-label", { version: 2 })));

      await click(browser, labelled(w("plan-earlier-open-label", { version: 1 })));
      await waitForText(browser, w("plan-earlier-title", { version: 1 }));
      const old = await browser.execute(() => document.querySelector("dialog[open] [data-plan-version]")?.innerText ?? "");
      assert.ok(old.includes(my.goal1) && old.includes(my.goal2), "version 1's goals");
      assert.ok(old.toUpperCase().includes(active.toUpperCase()), "goal 1 as it was: active");
      assert.ok(!old.includes(met), "not met in version 1");
      assert.ok(old.includes(w.upTo("plan-signed-participant", "date", { name: "Rowan Example" })), "as signed");
      assert.equal(await browser.execute(() => document.querySelectorAll("dialog[open] button.link, dialog[open] form").length), 0,
        "version 1 offers nothing to change");
      await checkScreen("an earlier plan version");
      await press(browser, "Escape");
      await browser.waitUntil(async () => (await openDialogs()) === 0, { timeoutMsg: "Escape closed the version" });
      // The note still names the goal it worked toward, met since.
      assert.ok((await timelineText()).includes(towardGoal1), "the note still names goal 1");
    });

    step("the page with its plan", async () => {
      await checkScreen("participant, recovery plan");
      await browser.execute(() => {
        for (const el of document.querySelectorAll("*")) if (el.scrollTop > 0) el.scrollTop = 0;
      });
      await browser.waitUntil(async () => !(await bodyText(browser)).includes(w("plan-status-saved", { version: 2, number: 1, status: met })), {
        timeout: 10_000, timeoutMsg: "the toast stayed",
      });
      await shot("recovery-plan");
    });

    step("the caseload badges the plan review due today", async () => {
      await click(browser, nav(w("nav-caseload")));
      const badge = "//span[contains(@class, 'plan-review')]";
      await find(browser, badge);
      const title = await (await find(browser, badge)).getAttribute("title");
      assert.ok(title.startsWith(w.upTo("caseload-row-plan-review-on", "date")), `the badge's title has the date: "${title}"`);
      await waitForText(browser, w("caseload-row-plan-review"));
      // Offered as a filter, which keeps Rowan, the one person due.
      const filter = `//label[contains(., ${xpathString(w("caseload-filter-plan-review"))})]/input`;
      await click(browser, filter);
      await browser.waitUntil(async () => (await find(browser, filter)).isSelected(), { timeoutMsg: "the filter is on" });
      await find(browser, buttonWithText("Rowan Example"));
      await checkScreen("caseload, plan review due");
      await shot("caseload-plan-review");
    });

    step("Follow-ups lists the plan review, which opens the participant", async () => {
      await click(browser, nav(w("nav-followups")));
      await waitForText(browser, w("followups-plan-reviews"));
      await waitForText(browser, w.upTo("followups-plan-review-detail", "date", { externalId: "RP-0001", version: 2 }));
      await checkScreen("follow-ups, plan reviews due");
      await shot("follow-ups-plan-review");
      await click(browser, `//section[@aria-labelledby="fu-plan-reviews"]//button[normalize-space(.)="Rowan Example"]`);
      await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("h1")?.textContent?.trim())) === "Rowan Example",
        { timeoutMsg: "the participant's page opened" });
    });
  });
}
