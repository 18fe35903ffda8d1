// What the specs that run once in English and once in Spanish share: a
// store the CLI sets up before the app opens on it, and steps, screenshots
// and screen checks named for the run's language.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { axe, bodyText, cliOn, freshDataDir, launch, saving, screenshot } from "./harness.mjs";
import { englishIn } from "./words.mjs";

/** The app starts in the run's language the way a peer's laptop makes it:
 * Spanish from the system's locale. */
export const SYSTEMS = {
  en: {},
  es: { system: { LC_ALL: "es_US.UTF-8", LANG: "es_US.UTF-8" } },
};

const PEOPLE_HEADER = "external_id,first_name,last_name,status";
const CONTACTS_HEADER = "external_id,date,start_time,duration_minutes,mode,setting,services,note,follow_up_date";

/** A fresh store, made and filled by the CLI (`people` and `contacts` are
 * CSV rows under the import's headers; `more` gets the CLI for anything
 * else), and the app launched on it in `lang`: `{ browser, stop }`. */
export async function openSeeded(label, lang, { people, contacts = [], more = () => {} }) {
  const dataDir = freshDataDir(label);
  const outDir = freshDataDir(`${label}-out`);
  const cli = cliOn(dataDir);
  cli("init");
  const peopleCsv = path.join(outDir, "people.csv");
  writeFileSync(peopleCsv, [PEOPLE_HEADER, ...people, ""].join("\n"));
  cli("import", "participants", peopleCsv);
  if (contacts.length) {
    const contactsCsv = path.join(outDir, "contacts.csv");
    writeFileSync(contactsCsv, [CONTACTS_HEADER, ...contacts, ""].join("\n"));
    cli("import", "contacts", contactsCsv);
  }
  more(cli);
  // The CLI's app-less run just ended: give the web driver a moment.
  await new Promise((r) => setTimeout(r, 1_000));
  return launch(dataDir, SYSTEMS[lang]);
}

/** A run's steps (a failure saves a screenshot), screenshots and screen
 * checks, named "es …" in Spanish; a Spanish screen must have no English
 * left on it besides passing axe. */
export function inLanguage(lang, getBrowser) {
  const spanish = lang === "es";
  return {
    step: (name, body) => it(name, saving(getBrowser, spanish ? `es ${name}` : name, body)),
    shot: (name) => screenshot(getBrowser(), spanish ? `es-${name}` : name),
    checkScreen: async (screen) => {
      await axe(getBrowser(), spanish ? `${screen} (es)` : screen);
      if (spanish) assert.deepEqual(englishIn(await bodyText(getBrowser())), [], `English left on ${screen}`);
    },
  };
}
