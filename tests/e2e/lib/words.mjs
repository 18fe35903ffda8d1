// The words a screen should show, formatted from the same Fluent files the
// UI reads (ui/src/locales/<language>/*.ftl) with the same library and
// options, so a spec asks for the message rather than repeating its text
// and runs unchanged in every language:
//
//   const w = words("es");
//   w("caseload-empty-title")                  // a simple message
//   w("contact-units", { count: 2 })           // placeables and plurals
//   w.label("contact-mode-phone", "Phone")     // a vocabulary label
//   w.upTo("export-consent-allows", "categories")  // the text before a placeable
//   w.labelUpTo("problem-out-of-range", "must be between ", "min")
//
// Vocabulary labels (contact modes, statuses, …) come from core: Spanish
// from core/i18n/locales/es.ftl, English from the `text_enum!` definitions
// in Rust, which a spec repeats as the literal it passes.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { repo } from "./harness.mjs";

export const LANGUAGES = ["en", "es"];
/** The BCP 47 tags the UI uses for each language (lib/i18n/language.svelte.ts). */
export const LOCALES = { en: "en-US", es: "es-US" };

function bundleOf(lang, files) {
  // No Unicode isolation marks around arguments, as in the UI.
  const bundle = new FluentBundle(LOCALES[lang], { useIsolating: false });
  for (const file of files) {
    const errors = bundle.addResource(new FluentResource(readFileSync(file, "utf8")));
    if (errors.length) throw new Error(`${file}: ${errors[0].message}`);
  }
  return bundle;
}

function uiFiles(lang) {
  const folder = path.join(repo, "ui", "src", "locales", lang);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".ftl"))
    .sort()
    .map((f) => path.join(folder, f));
}

/** Formats message `id`; a missing argument is an error unless `loose`
 * (for the text before a placeable, where what follows doesn't matter). */
function format(bundle, lang, id, args, loose = false) {
  const message = bundle.getMessage(id);
  if (!message?.value) throw new Error(`no ${lang} message ${id}`);
  const errors = [];
  const text = bundle.formatPattern(message.value, args, errors);
  if (errors.length && !loose) throw new Error(`${lang} message ${id}: ${errors.map(String).join("; ")}`);
  return text;
}

/** The words of `lang`: `w(id, args)` formats a UI message. */
export function words(lang) {
  if (!LANGUAGES.includes(lang)) throw new Error(`no language ${lang}`);
  const ui = bundleOf(lang, uiFiles(lang));
  const rust = bundleOf(lang, [path.join(repo, "core", "i18n", "locales", `${lang}.ftl`)]);
  // English vocabulary labels are not in core's en.ftl (see above).
  const core = lang === "en" ? null : rust;

  const w = (id, args) => format(ui, lang, id, args);
  w.lang = lang;
  w.locale = LOCALES[lang];
  /** A vocabulary label (`<vocabulary>-<code>` in core's messages); in
   * English, the label Rust defines, given as `english`. Field names
   * (`field-…`) and field problems (`problem-…`) work the same way. */
  w.label = (id, english, args) => (core ? format(core, lang, id, args) : english);
  /** A native file dialog's title (core's `dialog-…` messages), as the
   * shell words it in the app's language. */
  w.dialog = (id) => format(rust, lang, `dialog-${id}`);
  /** The message's text before the placeable `arg` (the other arguments
   * as given): for checking the start of a message whose rest varies. */
  w.upTo = (id, arg, args = {}) => {
    const mark = "\u0001";
    return format(ui, lang, id, { ...args, [arg]: mark }, true).split(mark)[0];
  };
  /** A vocabulary or rule message's text before the placeable `arg`. */
  w.labelUpTo = (id, english, arg, args = {}) => {
    if (!core) return english;
    const mark = "\u0001";
    return format(core, lang, id, { ...args, [arg]: mark }, true).split(mark)[0];
  };
  /** A date's weekday as the UI names it (Intl, in the UI's locale). */
  w.weekday = (date) => date.toLocaleDateString(LOCALES[lang], { weekday: "long" });
  return w;
}

/** English a Spanish screen should not show: every English UI message and
 * vocabulary label of two words or more, without placeables, that reads
 * differently in Spanish. */
let englishPhrases;
function englishOnly() {
  if (englishPhrases) return englishPhrases;
  const simple = (files) => {
    const found = new Map();
    for (const file of files) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
        if (m && !m[2].includes("{")) found.set(m[1], m[2].trim());
      }
    }
    return found;
  };
  const en = simple(uiFiles("en"));
  const es = simple(uiFiles("es"));
  const phrases = new Set();
  for (const [id, text] of en) {
    if (text.split(/\s+/).length >= 2 && es.get(id) !== text) phrases.add(text);
  }
  // The vocabulary's English labels, as Rust defines them: `Code = "code" / "Label"`.
  const coreEs = simple([path.join(repo, "core", "i18n", "locales", "es.ftl")]);
  const spanishLabels = new Set(coreEs.values());
  const rust = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "target" && entry.name !== "tests") walk(full);
      } else if (entry.name.endsWith(".rs")) rust.push(full);
    }
  };
  walk(path.join(repo, "core"));
  for (const file of rust) {
    for (const m of readFileSync(file, "utf8").matchAll(/= "[a-z0-9_]+" \/ "([^"]+)"/g)) {
      if (m[1].split(/\s+/).length >= 2 && !spanishLabels.has(m[1])) phrases.add(m[1]);
    }
  }
  englishPhrases = [...phrases];
  return englishPhrases;
}

/** The English phrases found in `text` (a Spanish screen's text). */
export function englishIn(text) {
  return englishOnly().filter((phrase) => text.includes(phrase));
}
