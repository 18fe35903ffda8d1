// The capability grants the main window exactly the shell's commands; this
// keeps that list equal to what the UI really calls, so no command is
// reachable that the UI doesn't use.
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./bindings";

// Sources as text, through Vite (no file-system access needed).
const api = (import.meta.glob("./api.ts", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>)["./api.ts"]!;
const screens = import.meta.glob(["../**/*.svelte", "../**/*.ts", "!../**/*.test.ts", "!./api.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

describe("commands", () => {
  it("every command the shell offers has a wrapper", () => {
    const called = [...api.matchAll(/call<[^>]*>\(\s*"([a-z_]+)"/g)].map((m) => m[1]);
    expect([...called].sort()).toEqual([...COMMANDS].sort());
  });

  it("every wrapper is used by a screen", () => {
    const code = Object.values(screens).join("\n");
    const wrappers = [...api.matchAll(/^ {2}([a-zA-Z]+): /gm)].map((m) => m[1]!);
    expect(wrappers.length).toBeGreaterThan(40);
    const unused = wrappers.filter((w) => !new RegExp(`\\.${w}\\(`).test(code));
    expect(unused).toEqual([]);
  });
});
