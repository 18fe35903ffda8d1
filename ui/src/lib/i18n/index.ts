// The UI's words and formats in the peer's language.
export { t, tIn, type MessageId } from "./messages";
export { language, languages, isLanguage, localeOf, OWN_NAMES, type Language } from "./language.svelte";
export { formatCalendarDate, formatClock, formatMonth, formatNumber } from "./format";
