// Supervision through a team folder on the real app. The app's store is a
// peer's; a second store, driven by the CLI, is the supervisor's. The
// supervisor starts a team in a shared folder and adds the peer's key; the
// peer joins from Settings, the folder chosen in GTK's folder dialog and
// the admin's key typed in. Settings then shows the same key and
// fingerprint the supervisor added, the team, its members and its folder; submits a signed note for review from the
// timeline; the supervisor approves it, and after a sync the note reads
// "Co-signed by …". A supervision session the supervisor records reaches
// My certification, where the peer acknowledges it, and the
// acknowledgement goes back. Walked in English and in Spanish.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import {
  PASSPHRASE, cliOn, click, clickButton, find, freshDataDir, isoDay, press, remoteRequests, typeInto, waitForText, xpathString,
} from "../lib/harness.mjs";
import { openSeeded, inLanguage } from "../lib/bilingual.mjs";
import { chooseFolder } from "../lib/dialogs.mjs";
import { words } from "../lib/words.mjs";

const TYPED = {
  en: { peer: "Jordan Peer", narrative: "Talked through the week ahead and the bus schedule" },
  es: { peer: "Lucía Ramos", narrative: "Hablamos de la semana y del horario del autobús" },
};
const SUPERVISOR = "Robin Supervisor";
const CREDENTIAL = "LCSW";

const nav = (label) => `//nav//button[contains(., ${xpathString(label)})]`;
const lineOf = (out, prefix) => out.split("\n").find((l) => l.startsWith(prefix))?.slice(prefix.length).trim();

for (const lang of ["en", "es"]) {
  const w = words(lang);
  const my = TYPED[lang];
  const spanish = lang === "es";

  describe(spanish ? "a team folder, in Spanish" : "a team folder", { timeout: 400_000 }, () => {
    let browser;
    let stop;
    let noteId;
    let peerKey;
    let fingerprintAdded;
    let adminKey;
    const folder = freshDataDir(`team-folder-${lang}`);
    const supervisor = cliOn(freshDataDir(`team-supervisor-${lang}`));

    before(async () => {
      supervisor("init");
      ({ browser, stop } = await openSeeded(`team-${lang}`, lang, {
        people: ["TM-0001,Avery,Sample,active"],
        contacts: [`TM-0001,${isoDay(-1)},10:00,30,phone,,check-in,${my.narrative},`],
        more: (cli) => {
          const list = cli("note", "list", "--participant", "TM-0001");
          noteId = list.split("\n")[1].trim().split(/\s+/)[0];
          cli("note", "sign", noteId, "--as", my.peer);
          peerKey = lineOf(cli("team", "key"), "key:");
          supervisor(
            "team", "init", "--name", "North County", "--folder", folder, "--your-name", SUPERVISOR,
            "--role", "supervisor", "--credential", CREDENTIAL,
          );
          fingerprintAdded = supervisor("team", "add-member", "--key", peerKey, "--name", my.peer, "--role", "peer");
          supervisor("team", "sync");
          adminKey = lineOf(supervisor("team", "key"), "key:");
        },
      }));
    });
    after(async () => {
      await stop?.();
    });
    const { step, shot, checkScreen } = inLanguage(lang, () => browser);

    async function syncNow() {
      await click(browser, nav(w("nav-settings")));
      await clickButton(browser, w("team-sync-now"));
      await waitForText(browser, w("team-synced"), 15_000);
    }

    step("the peer joins from Settings; it shows the key the supervisor added, the team, its members and its folder", async () => {
      await waitForText(browser, w("unlock-title"), 20_000);
      await typeInto(browser, "#passphrase", PASSPHRASE);
      await press(browser, "Enter");
      await find(browser, nav(w("nav-caseload")), 30_000);
      await click(browser, nav(w("nav-settings")));
      // Joining is the form shown first.
      await clickButton(browser, w("team-choose-folder"));
      await chooseFolder(w.dialog("choose-team-folder"), folder);
      await browser.waitUntil(
        async () => (await (await find(browser, "[data-team-folder]")).getText()).trim() === folder,
        { timeout: 15_000, timeoutMsg: "the chosen folder is not shown" },
      );
      await typeInto(browser, "#team-admin-key", adminKey);
      await clickButton(browser, w("team-join"));
      // The admin's list was in the folder: not "waiting" over it.
      await waitForText(browser, w("team-joined-admitted"), 15_000);
      await waitForText(browser, w("team-fingerprint-read-aloud"));
      assert.equal(await (await find(browser, "#team-key")).getValue(), peerKey, "the key the CLI read out");
      const fingerprint = (await (await find(browser, "[data-fingerprint]")).getText()).replace(/\s+/g, " ").trim();
      assert.equal(fingerprint.split(" ").length, 6, `six groups: ${fingerprint}`);
      assert.ok(fingerprintAdded.includes(fingerprint), `the admin saw the same fingerprint: ${fingerprintAdded}`);
      await waitForText(browser, w("team-in", { name: "North County" }), 15_000);
      await browser.waitUntil(
        async () => (await (await find(browser, "[data-team-members]")).getText()).includes(SUPERVISOR),
        { timeout: 15_000, timeoutMsg: "the supervisor is not among the members" },
      );
      await waitForText(browser, w("team-folder-available"));
      await waitForText(browser, w("team-sent-title"));
      // A peer's app does not keep the list: no adding or removing here.
      assert.equal(await (await browser.$("#member-key")).isExisting(), false);
      // Nor does it show a supervisor's screens.
      assert.equal(await (await browser.$(nav(w("nav-reviews")))).isExisting(), false);
      await checkScreen("settings, team");
      await (await find(browser, "#team-title")).scrollIntoView({ block: "start" });
      await shot("14a-settings-team");
    });

    step("the signed note goes for review from the timeline", async () => {
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Avery Sample");
      await waitForText(browser, my.narrative);
      await clickButton(browser, w("note-submit-review"));
      await waitForText(browser, w("note-submitted"));
      await waitForText(browser, w.upTo("note-review-submitted", "when"));
      assert.equal(
        await (await browser.$(`//button[normalize-space(.)=${xpathString(w("note-submit-review"))}]`)).isExisting(),
        false,
        "sent once; it waits for a decision",
      );
      await syncNow();
      await waitForText(browser, w("team-waiting", { count: 0 }));
    });

    step("the supervisor approves it, and after a sync the note reads co-signed", async () => {
      supervisor("team", "sync");
      const queue = supervisor("review", "queue");
      assert.ok(queue.includes(my.peer) && queue.includes("A. S."), `the note arrived, by initials: ${queue}`);
      assert.ok(!queue.includes("Avery"), "no name in the queue");
      supervisor("review", "approve", noteId);
      supervisor("team", "sync");

      await syncNow();
      await click(browser, nav(w("nav-caseload")));
      await clickButton(browser, "Avery Sample");
      await waitForText(browser, w.upTo("note-cosigned-by", "when", { signer: `${SUPERVISOR}, ${CREDENTIAL}` }), 15_000);
      await checkScreen("participant, co-signed note");
      await (await find(browser, "[data-cosigned]")).scrollIntoView({ block: "center" });
      await shot("14b-cosigned-note");
    });

    step("a supervision session reaches My certification and is acknowledged", async () => {
      supervisor(
        "supervision", "record", "--peer", peerKey, "--held-on", isoDay(0), "--minutes", "45",
        "--kind", "individual", "--topic", "boundaries", "--private-note", "Seemed rested",
      );
      supervisor("team", "sync");
      await syncNow();
      await click(browser, nav(w("nav-certification")));
      await waitForText(browser, w("supervision-received-title"));
      await waitForText(browser, w("supervision-with-supervisor", { name: SUPERVISOR }));
      const received = await (await find(browser, "[data-supervision-received]")).getText();
      assert.ok(!received.includes("Seemed rested"), "the supervisor's private note stayed with them");
      await clickButton(browser, w("supervision-acknowledge"));
      await waitForText(browser, w("supervision-acknowledged", { name: SUPERVISOR }));
      await waitForText(browser, w.upTo("supervision-acknowledged-on", "when"));
      await checkScreen("my certification, supervision received");
      await shot("14c-supervision-received");

      await syncNow();
      supervisor("team", "sync");
      const given = supervisor("supervision", "list");
      assert.ok(!given.includes("not yet"), `the acknowledgement went back: ${given}`);
      assert.deepEqual(await remoteRequests(browser), [], "nothing came from the network");
    });
  });
}
