/**
 * The words residents type live in the locale files next to the labels (`<key>-aliases = ya, iya, nggih`), so a
 * translator or an LPMK volunteer can add one without touching TypeScript. Words of every language count, since
 * residents mix them.
 */
import { LANGS } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";

/** The comma-separated words of message `key` in every language (a missing message gives none). */
export function localeWords(t: Translate, key: string): string[] {
  const words = new Set<string>();
  for (const lang of LANGS) {
    const text = t(lang, key);
    if (text === key) continue;
    for (const w of text.split(",")) {
      const word = w.trim().toLowerCase();
      if (word) words.add(word);
    }
  }
  return [...words];
}
