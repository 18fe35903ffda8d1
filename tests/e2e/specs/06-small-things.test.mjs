// The small things a peer meets every day (issue 17), each walked into on
// the real app: unsaved attendance marks are never lost by leaving the
// Groups screen, opening another session or pressing Escape; a session on
// a day the group doesn't usually meet asks once; a referral's outcome
// changes only by an explicit choice and save, keeping the date the peer
// gave; the overdue tile counts the people its filter shows; the
// Follow-ups page shows each person's status and Done/Drop can be undone;
// a search opens at the matched entry and says how many matched; date
// fields are one Tab stop with a visible focus ring; boundary review dates
// read as dates; first run puts the keyboard at each step's heading.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  PASSPHRASE, axe, bodyText, click, clickButton, cliOn, ctrl, dateIn, find, freshDataDir, isoDay, launch,
  press, saving, screenshot, textOf, type, typeInto, waitForText, setDate,
} from "../lib/harness.mjs";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const focused = (browser) =>
  browser.execute(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, id: el?.id, text: el?.textContent?.trim() ?? "", type: el?.getAttribute("type") };
  });

describe("first run: the keyboard lands on each step's heading", { timeout: 120_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("small-first-run");
  before(async () => {
    ({ browser, stop } = await launch(dataDir));
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));

  step("the recovery key step and the quick unlock step start at their headings", async () => {
    await waitForText(browser, "Welcome to Peerlog");
    await find(browser, "#new-passphrase:focus");
    await type(browser, PASSPHRASE);
    await press(browser, "Tab");
    await browser.waitUntil(async () => (await focused(browser)).id === "confirm-passphrase" || (await press(browser, "Tab"), false), {
      timeout: 5_000, timeoutMsg: "Tab never reached the second passphrase field",
    });
    await type(browser, PASSPHRASE);
    await waitForText(browser, "Good: this passphrase will do.");
    await press(browser, "Enter");
    await waitForText(browser, "Your recovery key", 20_000);
    await browser.waitUntil(async () => {
      const f = await focused(browser);
      return f.tag === "H1" && f.text === "Your recovery key";
    }, { timeout: 5_000, timeoutMsg: "focus is not on the recovery key heading" });
    await click(browser, "//label[contains(., 'recovery key somewhere safe')]/input");
    await clickButton(browser, "Continue");
    await waitForText(browser, "Quick unlock on this computer?");
    await browser.waitUntil(async () => {
      const f = await focused(browser);
      return f.tag === "H1" && f.text === "Quick unlock on this computer?";
    }, { timeout: 5_000, timeoutMsg: "focus is not on the quick unlock heading" });
  });
});

describe("a peer's small things", { timeout: 420_000 }, () => {
  let browser;
  let stop;
  const dataDir = freshDataDir("small");
  const outDir = freshDataDir("small-out");

  before(async () => {
    const cli = cliOn(dataDir);
    cli("init");
    const people = path.join(outDir, "people.csv");
    writeFileSync(
      people,
      "external_id,first_name,last_name,status\n" +
        "SM-0001,Rowan,Example,active\n" +
        "SM-0002,Jordan,Reyes,paused\n" +
        "SM-0003,Amara,Sample,active\n" +
        "SM-0004,Casey,Moreno,active\n",
    );
    cli("import", "participants", people);
    // Overdue follow-ups: Rowan two, Amara one, Jordan (paused) one; Casey
    // one not due yet. Rowan also has a long history: the contact a search
    // finds is older than the first page of the timeline.
    let rows = "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date\n";
    rows += `SM-0001,${isoDay(-10)},10:00,30,in_person,,check_in,Talked about the week.,${isoDay(-3)}\n`;
    rows += `SM-0001,${isoDay(-9)},10:00,30,phone,,check_in,Checked in by phone.,${isoDay(-2)}\n`;
    rows += `SM-0003,${isoDay(-8)},11:00,20,phone,,check_in,Checked in by phone.,${isoDay(-1)}\n`;
    rows += `SM-0002,${isoDay(-8)},12:00,20,phone,,check_in,Checked in by phone.,${isoDay(-4)}\n`;
    rows += `SM-0004,${isoDay(-1)},12:00,20,phone,,check_in,Checked in by phone.,${isoDay(5)}\n`;
    for (let i = 0; i < 120; i += 1) {
      rows += `SM-0001,${isoDay(-12 - i)},09:00,15,phone,,check_in,Short call to see how the week went.,\n`;
    }
    rows += `SM-0001,${isoDay(-140)},09:00,45,in_person,,linkage_referral,Went to the Marlowe Street food pantry together.,\n`;
    const contacts = path.join(outDir, "contacts.csv");
    writeFileSync(contacts, rows);
    cli("import", "contacts", contacts);
    cli("boundary", "add", "--participant", "SM-0001", "--text", "No calls after 8 pm", "--category", "hours",
      "--review-on", isoDay(20));
    // The first-run app just closed: give the web driver a moment, and one
    // more try if it wasn't ready.
    await new Promise((r) => setTimeout(r, 2_000));
    try {
      ({ browser, stop } = await launch(dataDir));
    } catch {
      await new Promise((r) => setTimeout(r, 5_000));
      ({ browser, stop } = await launch(dataDir));
    }
  });
  after(async () => {
    await stop?.();
  });
  const step = (name, body) => it(name, saving(() => browser, name, body));
  const dialogOpen = () => browser.execute(() => document.querySelectorAll("dialog[open]").length);
  const h1 = () => textOf(browser, "main h1");

  async function nav(label) {
    await click(browser, `//nav//button[contains(., '${label}')]`);
  }

  async function openPerson(name) {
    await nav("Caseload");
    await browser.waitUntil(async () => (await h1()) === "Caseload");
    await (await find(browser, "#caseload-status")).selectByAttribute("value", "all");
    await typeInto(browser, "#caseload-find", name);
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 1);
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await h1()) === name, { timeoutMsg: `${name}'s page` });
  }

  step("unlocks the CLI's store", async () => {
    await waitForText(browser, "Unlock Peerlog");
    await typeInto(browser, "#passphrase", PASSPHRASE);
    await press(browser, "Enter");
    await waitForText(browser, "active participants", 20_000);
  });

  step("the overdue tile counts people, and its filter shows exactly them", async () => {
    const tile = await find(browser, "button.tile.danger");
    const text = (await tile.getText()).replace(/\s+/g, " ");
    assert.match(text, /^3 people with overdue follow-ups/, text);
    assert.match(text, /4 follow-ups overdue in all/);
    await tile.click();
    await browser.waitUntil(async () => (await browser.$$("table.caseload tbody tr")).length === 3, {
      timeoutMsg: "the filter did not show the three people the tile counts",
    });
    const names = await browser.execute(() =>
      [...document.querySelectorAll("table.caseload tbody tr .name")].map((b) => b.textContent.trim()).sort());
    assert.deepEqual(names, ["Amara Sample", "Jordan Reyes", "Rowan Example"]);
    await screenshot(browser, "small-overdue-tile");
    await tile.click();
  });

  step("the Follow-ups page shows each person's status; Done and Drop can be undone", async () => {
    await nav("Follow-ups");
    await waitForText(browser, "Jordan Reyes");
    const statusOf = (name) =>
      browser.execute((n) => {
        const li = [...document.querySelectorAll("li[data-fu]")].find((l) => l.textContent.includes(n));
        return li?.querySelector(".badge.status")?.textContent?.trim() ?? null;
      }, name);
    await browser.waitUntil(async () => (await statusOf("Jordan Reyes")) === "Paused", { timeoutMsg: "no status shown" });
    assert.equal(await statusOf("Amara Sample"), "Active");

    const count = () => browser.execute(() => document.querySelectorAll("li[data-fu]").length);
    assert.equal(await count(), 5);
    const doneFor = (name) => `//li[@data-fu][.//button[normalize-space(.)='${name}']]//button[contains(., 'Done')]`;
    await click(browser, doneFor("Amara Sample"));
    await waitForText(browser, "Follow-up marked done");
    await browser.waitUntil(async () => (await count()) === 4);
    // The keyboard stays in the list, on the row that took its place.
    const f = await focused(browser);
    assert.equal(f.tag, "BUTTON");
    assert.match(f.text, /Done/);
    await axe(browser, "follow-ups with undo");
    await screenshot(browser, "small-follow-up-undo");
    await clickButton(browser, "Undo Ctrl+Z");
    await waitForText(browser, "Follow-up open again");
    await browser.waitUntil(async () => (await count()) === 5, { timeoutMsg: "Undo did not bring the follow-up back" });

    // Drop, then Ctrl+Z from the keyboard.
    const dropFor = `//li[@data-fu][.//button[normalize-space(.)='Jordan Reyes']]//button[normalize-space(.)='Drop']`;
    await click(browser, dropFor);
    await waitForText(browser, "Follow-up dropped");
    await browser.waitUntil(async () => (await count()) === 4);
    await ctrl(browser, "z");
    await browser.waitUntil(async () => (await count()) === 5, { timeoutMsg: "Ctrl+Z did not bring it back" });
    assert.equal(await statusOf("Jordan Reyes"), "Paused");
  });

  step("a search says how many matched and opens at the matched entry, however far back", async () => {
    await ctrl(browser, "k");
    await find(browser, "#search-query:focus");
    await type(browser, "marlowe");
    await browser.waitUntil(async () => (await textOf(browser, "#search-status")) === "1 match", {
      timeoutMsg: "the number of matches is not shown",
    });
    assert.ok(await (await find(browser, "#search-status")).isDisplayed(), "the count is visible");
    await press(browser, "Tab");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await h1()) === "Rowan Example");
    const found = await find(browser, "li.entry.found", 15_000);
    assert.match(await found.getText(), /Marlowe Street food pantry/);
    await browser.waitUntil(() => browser.execute(() => document.activeElement?.classList.contains("found")), {
      timeoutMsg: "the matched entry does not have the keyboard",
    });
    const inView = await browser.execute(() => {
      const r = document.querySelector("li.entry.found").getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(inView, "the matched entry is scrolled into view");
    await screenshot(browser, "small-search-opens-at-entry");
  });

  step("a boundary's review date reads as a date", async () => {
    await openPerson("Rowan Example");
    await waitForText(browser, "No calls after 8 pm");
    const text = await bodyText(browser);
    assert.ok(!text.includes(isoDay(20)), "no raw ISO date on the page");
    const d = dateIn(20);
    const short = `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getMonth()]} ${d.getDate()}`;
    assert.ok(text.includes(`review ${DAY_NAMES[d.getDay()].slice(0, 3)}, ${short}`), "the review date, formatted");
  });

  step("on a person's page, Done on a follow-up can be undone too", async () => {
    // Still on Rowan's page: two open follow-ups.
    const open = () => browser.execute(() => document.querySelectorAll("li.fu").length);
    await browser.waitUntil(async () => (await open()) === 2);
    await click(browser, "(//li[contains(@class, 'fu')]//button[contains(., 'Done')])[1]");
    await waitForText(browser, "Follow-up marked done");
    await browser.waitUntil(async () => (await open()) === 1);
    await clickButton(browser, "Undo Ctrl+Z");
    await waitForText(browser, "Follow-up open again");
    await browser.waitUntil(async () => (await open()) === 2, { timeoutMsg: "Undo did not reopen it" });
  });

  step("a referral's outcome changes only by an explicit choice and save, keeping its date", async () => {
    await openPerson("Amara Sample");
    await clickButton(browser, "Referral");
    await typeInto(browser, "#ref-name", "Harbor Street Housing Program");
    await setDate(browser, "#ref-on", isoDay(-20));
    await ctrl(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    await waitForText(browser, "Harbor Street Housing Program");
    // No list on the page an arrow key could change.
    assert.equal(await browser.execute(() => document.querySelectorAll("li.referral select, li.referral input").length), 0);

    const change = "//button[normalize-space(.)='Change outcome']";
    await click(browser, change);
    await find(browser, "#outcome-choice:focus");
    await (await find(browser, "#outcome-choice")).selectByAttribute("value", "connected");
    await find(browser, "#outcome-on");
    assert.equal(await (await find(browser, "#outcome-on")).getValue(), isoDay(0), "today unless the peer says otherwise");
    await setDate(browser, "#outcome-on", isoDay(-6));
    await ctrl(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    const line = () => browser.execute(() => document.querySelector("li.referral .outcome")?.textContent?.replace(/\s+/g, " ").trim());
    const sixAgo = dateIn(-6);
    const since = `Connected since ${DAY_NAMES[sixAgo.getDay()].slice(0, 3)}, `;
    await browser.waitUntil(async () => (await line())?.startsWith(since), { timeoutMsg: "the outcome and its date" });
    const saved = await line();

    // Arrow keys in the dialog only move the choice; Escape asks; nothing saved.
    await click(browser, change);
    await find(browser, "#outcome-choice:focus");
    await press(browser, "ArrowDown");
    await press(browser, "Escape");
    // (An open list takes the first Escape; the dialog then asks.)
    await browser.waitUntil(async () => {
      const n = await dialogOpen();
      if (n === 2) {
        await waitForText(browser, "Discard this outcome?");
        await clickButton(browser, "Discard");
      } else if (n === 1) {
        await press(browser, "Escape");
      }
      await new Promise((r) => setTimeout(r, 200));
      return (await dialogOpen()) === 0;
    }, { timeout: 8_000, timeoutMsg: "the outcome dialog did not close" });
    assert.equal(await line(), saved, "nothing changed without Save");

    // Toggled away and back: the date offered is the one kept, and saving keeps it.
    await click(browser, change);
    const choice = await find(browser, "#outcome-choice");
    await choice.selectByAttribute("value", "declined");
    assert.equal(await (await find(browser, "#outcome-on")).getValue(), isoDay(0));
    await choice.selectByAttribute("value", "connected");
    assert.equal(await (await find(browser, "#outcome-on")).getValue(), isoDay(-6), "not restamped");
    await axe(browser, "referral outcome");
    await screenshot(browser, "small-referral-outcome");
    await ctrl(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    assert.equal(await line(), saved);
  });

  step("date fields: one Tab stop each, with a visible focus ring", async () => {
    await clickButton(browser, "Follow-up");
    await find(browser, "#fu-text:focus");
    await press(browser, "Tab");
    await find(browser, "#fu-due:focus");
    const ring = await browser.execute(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    assert.notEqual(ring.style, "none", `a focus ring on the date field: ${JSON.stringify(ring)}`);
    assert.ok(ring.width >= 2, `a ring at least 2 px wide: ${JSON.stringify(ring)}`);
    await screenshot(browser, "small-date-focus");
    await press(browser, "Tab");
    const next = await focused(browser);
    assert.notEqual(next.id, "fu-due", "Tab leaves the date field in one stop");
    assert.equal(next.tag, "BUTTON", `Tab goes on to the buttons, not ${JSON.stringify(next)}`);
    await browser.action("key").down("\uE008").down("\uE004").up("\uE004").up("\uE008").perform();
    await find(browser, "#fu-due:focus");
    await press(browser, "Escape");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
  });

  step("groups: a session off the usual day asks once", async () => {
    await nav("Groups");
    await browser.waitUntil(async () => (await h1()) === "Groups");
    await clickButton(browser, "Create a group");
    await typeInto(browser, "#group-name", "Recovery circle");
    // Meets on tomorrow's weekday, so today is never its usual day.
    const usual = dateIn(1).getDay();
    await (await find(browser, "#group-day")).selectByAttribute("value", WEEKDAYS[usual]);
    await ctrl(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    for (const [i, name] of ["rowan", "amara", "casey"].entries()) {
      await typeInto(browser, "#member-pick", name);
      await press(browser, "Enter");
      await waitForText(browser, `Members (${i + 1})`);
    }

    // Today: not the usual day. The question names both days; Enter changes the date.
    assert.equal(await (await find(browser, "#session-date")).getValue(), isoDay(0));
    await clickButton(browser, "Add session");
    const todayName = DAY_NAMES[dateIn(0).getDay()];
    await waitForText(browser, `${todayName} isn't this group's usual day (${DAY_NAMES[usual]}). Record the session on ${todayName}?`);
    await axe(browser, "off-day question");
    await screenshot(browser, "small-off-day-question");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    await find(browser, "#session-date:focus");
    assert.ok((await bodyText(browser)).includes("No sessions yet"), "nothing recorded");

    // On the usual day: no question.
    await setDate(browser, "#session-date", isoDay(-6));
    await clickButton(browser, "Add session");
    await waitForText(browser, "added. Mark attendance below.");
    assert.equal(await dialogOpen(), 0);

    // Off the usual day, confirmed: recorded, asked once.
    await setDate(browser, "#session-date", isoDay(0));
    await clickButton(browser, "Add session");
    await waitForText(browser, `Record the session on ${todayName}?`);
    await clickButton(browser, `Record on ${todayName}`);
    await waitForText(browser, "added. Mark attendance below.");
    assert.equal(await dialogOpen(), 0);
  });

  step("groups: unsaved attendance marks are never lost by leaving, another session or Escape", async () => {
    const cells = () => browser.execute(() => [...document.querySelectorAll("button.cell.open")].map((b) => b.textContent.trim()));
    await find(browser, "button.cell.open:focus");
    await type(browser, "pl");
    assert.deepEqual(await cells(), ["P", "L", "·"]);
    await waitForText(browser, "Not saved yet");

    // Leaving by the side navigation asks; Enter keeps editing, on Groups, marks intact.
    await nav("Caseload");
    await waitForText(browser, "Discard these attendance marks?");
    assert.equal((await focused(browser)).text, "Keep editing");
    await axe(browser, "discard attendance marks?");
    await screenshot(browser, "small-discard-marks");
    await press(browser, "Enter");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    assert.equal(await h1(), "Groups");
    assert.deepEqual(await cells(), ["P", "L", "·"]);

    // Ctrl+K (search) asks too.
    await browser.execute(() => document.querySelector("button.cell.open")?.focus());
    await ctrl(browser, "k");
    await waitForText(browser, "Discard these attendance marks?");
    await clickButton(browser, "Keep editing");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    assert.equal(await h1(), "Groups");

    // Opening the other session asks; kept.
    await click(browser, "//button[contains(@class, 'session') and @aria-pressed='false']");
    await waitForText(browser, "Discard these attendance marks?");
    await clickButton(browser, "Keep editing");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    assert.deepEqual(await cells(), ["P", "L", "·"]);

    // Escape in the grid asks; Discard goes back to what is saved.
    await browser.execute(() => document.querySelector("button.cell.open")?.focus());
    await press(browser, "Escape");
    await waitForText(browser, "Discard these attendance marks?");
    await clickButton(browser, "Discard");
    await browser.waitUntil(async () => (await dialogOpen()) === 0);
    assert.deepEqual(await cells(), ["·", "·", "·"]);

    // Saved marks: leaving doesn't ask.
    await browser.execute(() => document.querySelector("button.cell.open")?.focus());
    await type(browser, "ppa");
    await ctrl(browser, "Enter");
    await waitForText(browser, "Attendance saved");
    await nav("Caseload");
    await browser.waitUntil(async () => (await h1()) === "Caseload");
    assert.equal(await dialogOpen(), 0);
  });
});
