// The page's five languages. English is the source; a missing key falls back to English.
import ar from "./ar.js";
import en from "./en.js";
import es from "./es.js";
import fr from "./fr.js";
import pt from "./pt.js";

export const LANGUAGES = { en, fr, pt, es, ar };

/** The language for a browser's preferences (navigator.languages), English if none is known. */
export function pickLanguage(preferred) {
  for (const tag of preferred || []) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (base in LANGUAGES) return base;
  }
  return "en";
}

/** Translate `key` in `lang`, filling {name} placeholders from `params`. */
export function t(lang, key, params = {}) {
  const table = LANGUAGES[lang] || en;
  const text = table[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The plain-words label of an event kind, or the kind itself when the page has no label for it. */
export function kindLabel(lang, kind) {
  return (LANGUAGES[lang] || en).kinds[kind] || en.kinds[kind] || kind;
}

/** The label of a data field, or the field name with spaces for underscores. */
export function fieldLabel(lang, key) {
  return (LANGUAGES[lang] || en).fields[key] || en.fields[key] || key.replace(/_/g, " ");
}
