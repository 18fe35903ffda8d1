// The supervisor's side of the team folder on the real app. The app's
// store is the supervisor's; a second store, driven by the CLI, is a
// peer's. The supervisor starts the team from Settings (the folder chosen
// in GTK's own folder dialog, answered from the keyboard) and adds the
// peer by the key they read out, both seeing the same fingerprint. The
// peer joins and submits two signed notes; after "Sync now" the Review
// queue shows both, the participants by initials only and a plan goal in
// its words. The supervisor approves one and asks for changes on the
// other (a comment is required, and the error names the field); the
// peer's notes then read co-signed and changes requested. A supervision
// session recorded on the Supervision screen is acknowledged by the peer
// and shows acknowledged after a sync, without the supervisor's private
// note ever reaching the peer; the peer's week, sent by their app on its
// own, is on the same screen, drawn. Walked in English and in Spanish.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  PASSPHRASE, cliOn, click, clickButton, find, freshDataDir, isoDay, press, remoteRequests, setDate, typeInto,
  waitForText, xpathString,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { chooseFolder } from "../lib/dialogs.mjs";
import { words } from "../lib/words.mjs";

const TYPED = {
  en: {
    team: "Harbor Peers",
    peer: "Jordan Peer",
    goal: "Find a meeting I like",
    first: "Went to the Tuesday meeting together and talked about rides",
    second: "Phone check-in about the court date",
    week: "Helped with the bus pass renewal",
    comment: "Say what was agreed about rides to court",
    privateNote: "Sounded tired; ask about time off",
  },
  es: {
    team: "Pares del Puerto",
    peer: "Lucía Ramos",
    goal: "Encontrar una reunión que me guste",
    first: "Fuimos juntos a la reunión del martes y hablamos de los traslados",
    second: "Llamada sobre la fecha de la corte",
    week: "Ayudé con la renovación del pase de autobús",
    comment: "Indique qué se acordó sobre los traslados a la corte",
    privateNote: "Se oía cansada; preguntar por días libres",
  },
};
const SUPERVISOR = "Robin Supervisor";
const CREDENTIAL = "LCSW";
const PEOPLE = ["SP-0001,Avery,Sample,active", "SP-0002,Blake,Example,active"];
const CONTACTS_HEADER = "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date";

const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;
const lineOf = (out, prefix) => out.split("\n").find((l) => l.startsWith(prefix))?.slice(prefix.length).trim();
const spaced = (s) => s.replace(/\s+/g, " ").trim();
const firstNoteOf = (list) => list.split("\n")[1].trim().split(/\s+/)[0];

/** A day of the last complete Monday-to-Sunday week (0 its Monday), the
 * week a peer's app sends the counts of. */
function dayOfLastWeek(offset) {
  const d = new Date();
  const sinceMonday = (d.getDay() + 6) % 7;
  return isoDay(-sinceMonday - 7 + offset);
}

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";

  describe(spanish ? "a supervisor's app, in Spanish" : "a supervisor's app", { timeout: 420_000 }, () => {
    let browser;
    let stop;
    let approvedNote;
    let changedNote;
    let peerKey;
    let peerFingerprint;
    let appKey;
    const folder = freshDataDir(`supervisor-folder-${lang}`);
    const peerDir = freshDataDir(`supervisor-peer-${lang}`);
    const peer = cliOn(peerDir);

    before(async () => {
      // The peer's store: two participants, a plan goal, two notes to
      // review, and a note in the last complete week, left unsigned, so
      // the week their app sends has something in it.
      peer("init");
      const peopleCsv = path.join(peerDir, "people.csv");
      writeFileSync(peopleCsv, ["external_id,first_name,last_name,status", ...PEOPLE, ""].join("\n"));
      peer("import", "participants", peopleCsv);
      const contactsCsv = path.join(peerDir, "contacts.csv");
      writeFileSync(contactsCsv, [
        CONTACTS_HEADER,
        `SP-0001,${isoDay(-1)},10:00,45,in_person,,recovery-planning,${my.first},`,
        `SP-0002,${dayOfLastWeek(2)},11:00,20,phone,,check-in,${my.week},`,
        `SP-0002,${isoDay(-1)},15:00,15,phone,,check-in,${my.second},`,
        "",
      ].join("\n"));
      peer("import", "contacts", contactsCsv);
      peer("plan", "add", "--participant", "SP-0001", "--goal", `social:${my.goal}`);
      approvedNote = firstNoteOf(peer("note", "list", "--participant", "SP-0001"));
      changedNote = firstNoteOf(peer("note", "list", "--participant", "SP-0002"));
      peer("note", "goals", approvedNote, "--goal", "1");
      const key = peer("team", "key");
      peerKey = lineOf(key, "key:");
      peerFingerprint = spaced(lineOf(key, "fingerprint:"));

      ({ browser, stop } = await openSeeded(`supervisor-${lang}`, lang, {
        people: ["SV-0001,Casey,Example,active"],
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);

    /** "Sync now" in Settings, until the button is back and says so. */
    async function syncNow() {
      await click(browser, nav(w("nav-settings")));
      await clickButton(browser, w("team-sync-now"));
      await waitForText(browser, w("team-synced"), 15_000);
      await find(browser, `//button[normalize-space(.)=${xpathString(w("team-sync-now"))} and not(@disabled)]`, 15_000);
    }

    step("the supervisor starts the team from Settings, its folder chosen in the system's dialog", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      // Nothing of a supervisor's before there is a team.
      assert.equal(await (await browser.$(nav(w("nav-reviews")))).isExisting(), false);
      await click(browser, nav(w("nav-settings")));
      await click(browser, "//label[input[@name='team-mode' and @value='start']]");
      await clickButton(browser, w("team-choose-folder"));
      await chooseFolder(w.dialog("choose-team-folder"), folder);
      await browser.waitUntil(
        async () => (await (await find(browser, "[data-team-folder]")).getText()).trim() === folder,
        { timeout: 15_000, timeoutMsg: "the chosen folder is not shown" },
      );
      await typeInto(browser, "#team-name", my.team);
      await typeInto(browser, "#team-your-name", SUPERVISOR);
      await (await find(browser, "#team-role")).selectByAttribute("value", "supervisor");
      await typeInto(browser, "#team-credential", CREDENTIAL);
      await clickButton(browser, w("team-start"));
      await waitForText(browser, w("team-in", { name: my.team }), 15_000);
      await waitForText(browser, w("team-folder-shown", { folder }));
      appKey = await (await find(browser, "#team-key")).getValue();
      assert.match(appKey, /^peerlog1/);
    });

    step("adds the peer by the key they read out, and both see the same fingerprint", async () => {
      await typeInto(browser, "#member-key", peerKey);
      await typeInto(browser, "#member-name", my.peer);
      await (await find(browser, "#member-role")).selectByAttribute("value", "peer");
      await clickButton(browser, w("team-add"));
      await waitForText(browser, w("team-member-added"));
      await browser.waitUntil(
        async () => spaced(await (await find(browser, "[data-team-members]")).getText()).includes(peerFingerprint),
        { timeout: 10_000, timeoutMsg: `the peer's fingerprint ${peerFingerprint} is not among the members` },
      );
      const members = await (await find(browser, "[data-team-members]")).getText();
      assert.ok(members.includes(my.peer) && members.includes(SUPERVISOR), members);
      await syncNow();
      await checkScreen("settings, a supervisor's team");
      await (await find(browser, "#team-title")).scrollIntoView({ block: "start" });
      await shot("supervisor-a-settings-team");
    });

    step("the peer joins and submits two signed notes; the Review queue shows them by initials", async () => {
      const joined = peer("team", "join", "--folder", folder, "--admin-key", appKey);
      assert.ok(joined.includes(my.team), joined);
      peer("team", "sync");
      peer("note", "sign", approvedNote, "--as", my.peer);
      peer("note", "sign", changedNote, "--as", my.peer);
      peer("review", "submit", approvedNote, changedNote);
      peer("team", "sync");
      const sent = peer("team", "sent");
      assert.ok(sent.includes("week_summary") && sent.includes("review_request"), `what the peer sent: ${sent}`);

      await syncNow();
      await click(browser, nav(w("nav-reviews")));
      await find(browser, `[data-review='${approvedNote}']`, 15_000);
      await find(browser, `[data-review='${changedNote}']`);
      await waitForText(browser, w("reviews-waiting", { count: 2 }));
      await waitForText(browser, w("reviews-note-heading", { peer: my.peer, initials: "A. S." }));
      await waitForText(browser, w("reviews-note-heading", { peer: my.peer, initials: "B. E." }));
      await waitForText(browser, my.first);
      await waitForText(browser, my.second);
      const first = await (await find(browser, `[data-review='${approvedNote}']`)).getText();
      assert.ok(first.includes(w("reviews-goals", { goals: my.goal })), `the plan goal in its words: ${first}`);
      const page = await browser.execute(() => document.body.innerText);
      for (const name of ["Avery", "Sample", "Blake", "Example"]) {
        assert.ok(!page.includes(name), `no participant's name in the queue: ${name}`);
      }
      // The unsigned note of last week stayed with the peer.
      assert.ok(!page.includes(my.week), "a note not submitted never leaves");
      await checkScreen("review queue");
      await shot("supervisor-b-review-queue");
    });

    step("approves one; asking for changes on the other needs a comment, and the error names it", async () => {
      await click(browser, `[data-review='${approvedNote}'] .actions button.primary`);
      await browser.waitUntil(
        async () => (await (await find(browser, `[data-review='${approvedNote}']`)).getText()).includes(w("reviews-status-approved")),
        { timeout: 10_000, timeoutMsg: "the note does not read approved" },
      );
      await click(browser, `[data-review='${changedNote}'] .actions button:not(.primary)`);
      await find(browser, "#review-comment");
      await clickButton(browser, w("reviews-send-changes"));
      const error = await find(browser, "#review-comment-error");
      const message = await error.getText();
      assert.ok(message.includes(w.label("field-comment", "Comment")), `the error names the field: ${message}`);
      assert.equal(await (await find(browser, "#review-comment")).getAttribute("aria-invalid"), "true");
      assert.equal(
        await browser.execute(() => document.activeElement?.id),
        "review-comment",
        "the cursor is on the field to fix",
      );
      await checkScreen("review queue, a comment missing");
      await typeInto(browser, "#review-comment", my.comment);
      await clickButton(browser, w("reviews-send-changes"));
      await browser.waitUntil(
        async () => (await (await find(browser, `[data-review='${changedNote}']`)).getText()).includes(w("reviews-status-changes")),
        { timeout: 10_000, timeoutMsg: "the note does not read changes requested" },
      );
      await waitForText(browser, w("reviews-your-comment", { comment: my.comment }));
      await waitForText(browser, w("reviews-waiting", { count: 0 }));
      await checkScreen("review queue, decided");
      await shot("supervisor-c-review-decided");
      await syncNow();
    });

    step("after a sync the peer's notes read co-signed and changes requested", async () => {
      peer("team", "sync");
      const approved = peer("note", "list", "--participant", "SP-0001");
      const approvedRow = approved.split("\n").find((l) => l.startsWith(approvedNote));
      assert.ok(approvedRow.includes(SUPERVISOR) && approvedRow.includes("approved"), `co-signed: ${approved}`);
      const changed = peer("note", "list", "--participant", "SP-0002");
      const changedRow = changed.split("\n").find((l) => l.startsWith(changedNote));
      assert.ok(changedRow.includes(`changes requested: ${my.comment}`), `changes requested: ${changed}`);
    });

    step("records a supervision session on the Supervision screen", async () => {
      await click(browser, nav(w("nav-supervision")));
      await (await find(browser, "#supervision-peer")).selectByAttribute("value", peerKey);
      await setDate(browser, "#supervision-date", isoDay(-1));
      await typeInto(browser, "#supervision-minutes", "50");
      await click(browser, "//label[input[@name='supervision-kind' and @value='group']]");
      await click(browser, "input[type='checkbox'][value='burnout']");
      await click(browser, "input[type='checkbox'][value='documentation']");
      await typeInto(browser, "#supervision-private", my.privateNote);
      await clickButton(browser, w("supervision-record"));
      await waitForText(browser, w("supervision-recorded", { name: my.peer }));
      const sessions = await (await find(browser, "[data-supervision-sessions]")).getText();
      assert.ok(sessions.includes(w("supervision-with-peer", { name: my.peer })), sessions);
      assert.ok(sessions.includes(w("supervision-not-acknowledged")), sessions);
      assert.ok(sessions.includes(w("supervision-minutes", { minutes: 50 })), sessions);
      assert.ok(sessions.includes(my.privateNote), "the supervisor's own note shows to them");
    });

    step("the peer acknowledges it; after a sync the app shows it acknowledged", async () => {
      await syncNow();
      peer("team", "sync");
      const listed = peer("supervision", "list", "--json");
      assert.ok(!listed.includes(my.privateNote), "the private note stayed with the supervisor");
      const [session] = JSON.parse(listed);
      assert.equal(session.minutes, 50);
      assert.equal(session.kind, "group");
      peer("supervision", "acknowledge", session.id);
      peer("team", "sync");

      await syncNow();
      await click(browser, nav(w("nav-supervision")));
      await browser.waitUntil(
        async () => (await (await find(browser, "[data-supervision-sessions]")).getText()).includes(w.upTo("supervision-acknowledged-on", "when")),
        { timeout: 15_000, timeoutMsg: "the session does not read acknowledged" },
      );
      assert.equal(
        (await (await find(browser, "[data-supervision-sessions]")).getText()).includes(w("supervision-not-acknowledged")),
        false,
      );
    });

    step("the peer's week, sent by their app on its own, is drawn on the Supervision screen", async () => {
      const card = await find(browser, "section.weeks");
      await browser.waitUntil(async () => (await card.getText()).includes(my.peer), {
        timeout: 10_000, timeoutMsg: "the peer has no weeks",
      });
      const text = await card.getText();
      assert.ok(!text.includes(w("weeks-none-yet")), `a week arrived: ${text}`);
      // One line (and the latest week's dot) for each count.
      const drawn = await browser.$$("section.weeks svg[data-spark] circle");
      assert.equal(drawn.length, 8, "each count is drawn");
      const unsigned = await find(
        browser,
        `//section[contains(@class,'weeks')]//tr[th[normalize-space(.)=${xpathString(w("weeks-count-unsigned"))}]]/td[1]`,
      );
      assert.equal((await unsigned.getText()).trim(), "1", "last week's note not signed yet");
      const active = await find(
        browser,
        `//section[contains(@class,'weeks')]//tr[th[normalize-space(.)=${xpathString(w("weeks-count-active"))}]]/td[1]`,
      );
      assert.equal((await active.getText()).trim(), "2", "the peer's two active participants");
      await checkScreen("supervision");
      await shot("supervisor-d-supervision");
      await card.scrollIntoView({ block: "start" });
      await shot("supervisor-e-peer-weeks");
      assert.deepEqual(await remoteRequests(browser), [], "nothing came from the network");
    });
  });
}
