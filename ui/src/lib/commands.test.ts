// The capability grants the main window exactly the shell's commands; this
// keeps that list equal to what the UI really calls, so no command is
// reachable that the UI doesn't use.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./bindings";

const src = join(__dirname, "..");
const api = readFileSync(join(__dirname, "api.ts"), "utf8");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith(".test.ts") && name !== "api.ts" ? [path] : [];
  });
}

describe("commands", () => {
  it("every command the shell offers has a wrapper", () => {
    const called = [...api.matchAll(/call<[^>]*>\(\s*"([a-z_]+)"/g)].map((m) => m[1]);
    expect([...called].sort()).toEqual([...COMMANDS].sort());
  });

  it("every wrapper is used by a screen", () => {
    const code = sources(src).map((f) => readFileSync(f, "utf8")).join("\n");
    const wrappers = [...api.matchAll(/^ {2}([a-zA-Z]+): /gm)].map((m) => m[1]!);
    expect(wrappers.length).toBeGreaterThan(40);
    const unused = wrappers.filter((w) => !new RegExp(`\\.${w}\\(`).test(code));
    expect(unused).toEqual([]);
  });
});
