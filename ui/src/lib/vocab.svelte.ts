// The picker vocabulary from core (labels for every code), in the language
// the UI speaks. It holds no participant data, so it may outlive a lock.
import { api } from "./api";
import type { Choice, Vocabulary } from "./bindings";
import { language, type Language } from "./i18n";

class Vocab {
  private loaded = $state<Partial<Record<Language, Vocabulary>>>({});

  /** The vocabulary in the current language; while a switch is loading,
   * the one already at hand, so labels never fall back to codes. */
  get value(): Vocabulary | null {
    return this.loaded[language.value] ?? Object.values(this.loaded)[0] ?? null;
  }

  async load(lang: Language = language.value): Promise<Vocabulary> {
    const ready = this.loaded[lang];
    if (ready) return ready;
    const fetched = await api.vocabulary(lang);
    this.loaded = { ...this.loaded, [lang]: fetched };
    return fetched;
  }
}

export const vocab = new Vocab();

export function labelOf(choices: readonly Choice[] | undefined, code: string): string {
  return choices?.find((c) => c.code === code)?.label ?? code;
}
