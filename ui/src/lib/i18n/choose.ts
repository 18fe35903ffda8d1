// Starting in, and switching to, the peer's language. The shell keeps the
// choice beside the store and words its errors in it; the vocabulary is
// fetched before the switch so no label flickers back to a code.
import { api } from "../api";
import { vocab } from "../vocab.svelte";
import { language, localeOf, type Language } from "./language.svelte";

function mark(lang: Language) {
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = localeOf(lang);
}

/** The peer's chosen language, else the system's; before the first screen. */
export async function startLanguage(): Promise<void> {
  try {
    const chosen = await api.language();
    language.value = chosen;
  } catch {
    // English is always at hand; a failure here must not keep the app shut.
  }
  mark(language.value);
}

export async function chooseLanguage(lang: Language): Promise<void> {
  await api.setLanguage(lang);
  await vocab.load(lang);
  language.value = lang;
  mark(lang);
}
