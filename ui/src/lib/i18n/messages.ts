// Every word the UI shows is a message in src/locales/<language>/*.ftl
// (Project Fluent, the format core's documents use too). `t` reads the
// current language, so a template that calls it is redrawn when the peer
// switches, without losing what is on screen.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Catalog } from "./catalog.generated";
import { language, languages, localeOf, type Language } from "./language.svelte";

export type MessageId = keyof Catalog;

type ArgsOf<K extends MessageId> = [Catalog[K]] extends [never] ? [] : [Catalog[K]];

const sources = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

function bundleFor(lang: Language): FluentBundle {
  // Plain text: no Unicode isolation marks around arguments, which screen
  // readers and tests would meet as stray characters.
  const bundle = new FluentBundle(localeOf(lang), { useIsolating: false });
  for (const [path, text] of Object.entries(sources)) {
    if (!path.includes(`/locales/${lang}/`)) continue;
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) throw new Error(`${path}: ${errors[0]!.message}`);
  }
  return bundle;
}

const bundles = new Map<Language, FluentBundle>(languages.map((l) => [l, bundleFor(l)]));

/** The message `id` in the current language. */
export function t<K extends MessageId>(id: K, ...args: ArgsOf<K>): string {
  return tIn(language.value, id, ...args);
}

/** The message `id` in `lang`, whatever the UI speaks. */
export function tIn<K extends MessageId>(lang: Language, id: K, ...args: ArgsOf<K>): string {
  const bundle = bundles.get(lang)!;
  const message = bundle.getMessage(id);
  // The catalog's types and scripts/messages.mjs make a missing message a
  // build failure; the id is the least surprising thing to show otherwise.
  if (!message?.value) return id;
  const values = args[0] as Record<string, FluentVariable> | undefined;
  return bundle.formatPattern(message.value, values);
}
