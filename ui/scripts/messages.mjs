// Reads the UI's Fluent files (src/locales/<language>/*.ftl), holds every
// language to English (the same message ids, each taking the same
// arguments, and no sentence left in English), and writes the TypeScript
// type of every id and its arguments
// to src/lib/i18n/catalog.generated.ts, so a missing or misspelt key, or a
// missing argument, fails the type check. Run before check, build and test.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@fluent/syntax";

const ui = join(dirname(fileURLToPath(import.meta.url)), "..");
const localesDir = join(ui, "src", "locales");
const output = join(ui, "src", "lib", "i18n", "catalog.generated.ts");
const SOURCE = "en";
const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

/** Every variable a pattern reads, and whether it chooses a plural form. */
function variablesOf(node, found = new Map()) {
  if (node === null || typeof node !== "object") return found;
  if (Array.isArray(node)) {
    for (const child of node) variablesOf(child, found);
    return found;
  }
  if (node.type === "SelectExpression" && node.selector.type === "VariableReference") {
    const numeric = node.variants.some(
      (v) => v.key.type === "NumberLiteral" || PLURAL_CATEGORIES.has(v.key.name),
    );
    const name = node.selector.id.name;
    found.set(name, (found.get(name) ?? false) || numeric);
  }
  if (node.type === "VariableReference" && !found.has(node.id.name)) {
    found.set(node.id.name, false);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "span") variablesOf(value, found);
  }
  return found;
}

/** The literal text of a pattern, placeables left out. */
function textOf(node) {
  if (node === null || typeof node !== "object") return "";
  if (Array.isArray(node)) return node.map(textOf).join(" ");
  if (node.type === "TextElement") return node.value;
  return Object.entries(node)
    .filter(([key]) => key !== "span")
    .map(([, value]) => textOf(value))
    .join(" ");
}

// A translation identical to English is fine for names, codes and key
// names ("Peerlog", "SHA-256", "Ctrl"), never for a sentence: a lowercase
// word of four letters or more left untranslated is English left behind.
const ENGLISH_WORD = /(^|[^\p{L}])\p{Ll}{4,}($|[^\p{L}])/u;

function readLanguage(language) {
  const folder = join(localesDir, language);
  const messages = new Map();
  const problems = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl")).sort()) {
    const resource = parse(readFileSync(join(folder, file), "utf8"), { withSpans: false });
    for (const entry of resource.body) {
      if (entry.type === "Junk") {
        problems.push(`${language}/${file}: does not parse near «${entry.content.trim().slice(0, 60)}»`);
      } else if (entry.type === "Message") {
        const id = entry.id.name;
        if (messages.has(id)) problems.push(`${language}/${file}: ${id} is defined twice`);
        if (!entry.value) problems.push(`${language}/${file}: ${id} has no value`);
        messages.set(id, {
          file,
          variables: variablesOf(entry.value),
          text: JSON.stringify(entry.value),
          words: textOf(entry.value),
          // A translator says a word is the same on purpose with a comment
          // on the message holding "same as English".
          same: /same as English/i.test(entry.comment?.content ?? ""),
        });
      }
    }
  }
  return { messages, problems };
}

const languages = readdirSync(localesDir).sort();
const source = readLanguage(SOURCE);
const problems = [...source.problems];
for (const language of languages.filter((l) => l !== SOURCE)) {
  const other = readLanguage(language);
  problems.push(...other.problems);
  for (const [id, message] of source.messages) {
    const theirs = other.messages.get(id);
    if (!theirs) {
      problems.push(`${language}: ${id} is missing (English has it in ${message.file})`);
      continue;
    }
    const ours = [...message.variables.keys()].sort().join(", ");
    const them = [...theirs.variables.keys()].sort().join(", ");
    if (ours !== them) problems.push(`${language}: ${id} takes { ${them} }, English { ${ours} }`);
    if (theirs.text === message.text && !theirs.same && ENGLISH_WORD.test(message.words)) {
      problems.push(`${language}: ${id} is still the English text (${message.file})`);
    }
  }
  for (const id of other.messages.keys()) {
    if (!source.messages.has(id)) problems.push(`${language}: ${id} is not in English`);
  }
}
if (problems.length > 0) {
  console.error(`The UI's messages disagree:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

const entries = [...source.messages.entries()].sort(([a], [b]) => a.localeCompare(b));
const lines = entries.map(([id, { variables }]) => {
  if (variables.size === 0) return `  ${JSON.stringify(id)}: never;`;
  const fields = [...variables.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, plural]) => `${name}: ${plural ? "number" : "string | number"}`);
  return `  ${JSON.stringify(id)}: { ${fields.join("; ")} };`;
});
const text = `// Generated by scripts/messages.mjs from src/locales/*/*.ftl. Do not edit.
export const LANGUAGES = ${JSON.stringify(languages)} as const;

/** Every message id, with the arguments it takes (never: none). */
export interface Catalog {
${lines.join("\n")}
}
`;
let previous = "";
try {
  previous = readFileSync(output, "utf8");
} catch {}
if (previous !== text) writeFileSync(output, text);
console.log(`messages: ${entries.length} ids in ${languages.join(", ")}`);
