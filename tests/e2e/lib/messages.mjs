// The UI's own words, read from its Fluent files, so a spec that checks a
// screen in Spanish asks for the message the screen should show rather than
// repeating its text. Simple messages only: a value on one line, without
// placeables or selectors.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { repo } from "./harness.mjs";

export function messages(language) {
  const folder = path.join(repo, "ui", "src", "locales", language);
  const found = new Map();
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(path.join(folder, file), "utf8").split("\n")) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !m[2].includes("{")) found.set(m[1], m[2]);
    }
  }
  return (id) => {
    const text = found.get(id);
    if (text === undefined) throw new Error(`no simple ${language} message ${id}`);
    return text;
  };
}
