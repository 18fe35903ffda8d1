// The language the UI speaks. The shell keeps the peer's choice beside the
// store (so it is there at the unlock screen) and words its own errors in
// it; until the peer chooses, it is the system's language.
import { LANGUAGES } from "./catalog.generated";

export type Language = (typeof LANGUAGES)[number];

/** BCP 47 tags for Intl: dates, times, numbers and plural rules. */
const LOCALES: Record<Language, string> = { en: "en-US", es: "es-US" };

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

/** Each language's name in itself, for the picker. */
export const OWN_NAMES: Record<Language, string> = { en: "English", es: "Español" };

class CurrentLanguage {
  value = $state<Language>("en");

  /** The current language's BCP 47 tag, for Intl. */
  get locale(): string {
    return localeOf(this.value);
  }
}

export const language = new CurrentLanguage();

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export const languages: readonly Language[] = LANGUAGES;
