// Finds words written straight into Svelte markup: text between tags, and
// attribute values a person reads or hears (aria-label, placeholder,
// title, a component's label, …). Every such word belongs in a message
// (src/locales), so the UI can speak each language. Exits non-zero and
// lists file:line for each one; `node scripts/literals.mjs FILE…` checks
// only those files.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "svelte/compiler";

const ui = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Attributes of HTML elements that people read or hear. */
const READ_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "alt",
  "label",
  "placeholder",
  "title",
]);

/** Component props that carry names, modes or styles, never words. */
const TECHNICAL_PROPS = new Set([
  "autocomplete",
  "describedBy",
  "field",
  "value",
  "class",
  "form",
  "for",
  "icon",
  "id",
  "inputmode",
  "kind",
  "name",
  "role",
  "size",
  "tone",
  "type",
  "variant",
  "width",
  "height",
]);

// A letter in any script; digits, punctuation and symbols alone are fine.
const WORDS = /\p{L}/u;

function svelteFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return path.endsWith(".svelte") ? [path] : [];
  });
}

function lineOf(source, offset) {
  return source.slice(0, offset).split("\n").length;
}

function staticText(value) {
  if (!Array.isArray(value)) return null;
  if (!value.every((part) => part.type === "Text")) return null;
  return value.map((part) => part.data).join("");
}

function check(path) {
  const source = readFileSync(path, "utf8");
  const found = [];
  const report = (node, what, text) =>
    found.push(`${relative(ui, path)}:${lineOf(source, node.start)}: ${what} «${text.trim().slice(0, 50)}»`);

  function walk(node, insideElement) {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((child) => walk(child, insideElement));
    if (node.type === "Text" && insideElement && WORDS.test(node.data)) report(node, "text", node.data);
    if ((node.type === "RegularElement" || node.type === "Component") && Array.isArray(node.attributes)) {
      for (const attribute of node.attributes) {
        if (attribute.type !== "Attribute") continue;
        const text = staticText(attribute.value);
        if (text === null || !WORDS.test(text)) continue;
        const name = attribute.name;
        const read =
          node.type === "Component"
            ? !TECHNICAL_PROPS.has(name) && !name.startsWith("data-") && !name.startsWith("on")
            : READ_ATTRIBUTES.has(name);
        if (read) report(attribute, `${name}=`, text);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "attributes" || key === "expression" || key === "metadata") continue;
      if (key === "fragment" || key === "nodes" || key === "body" || key === "consequent" || key === "alternate" || key === "pending" || key === "then" || key === "catch" || key === "failed" || key === "fallback") {
        walk(value, true);
      }
    }
  }

  const ast = parse(source, { modern: true });
  // <style> and <script> are not markup; only the fragment is read.
  walk(ast.fragment, true);
  return found;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : svelteFiles(join(ui, "src"));
const found = files.flatMap(check);
if (found.length > 0) {
  console.error(`Words written into markup (make each a message in src/locales):\n  ${found.join("\n  ")}`);
  console.error(`${found.length} in all`);
  process.exit(1);
}
console.log(`literals: none in ${files.length} Svelte files`);
