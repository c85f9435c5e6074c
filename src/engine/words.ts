/**
 * The words residents type live in the locale files next to the labels (`<key>-aliases = ya, iya, nggih`), so a
 * translator or an LPMK volunteer can add one without touching TypeScript. Words of every language count, since
 * residents mix them.
 */
import { LANGS } from "../core/domain.js";
import type { Translate } from "../i18n/fluent.js";

/** Loaded locales do not change, so the words are read once per translation function and key. */
const cache = new WeakMap<Translate, Map<string, string[]>>();

/** The comma-separated words of message `key` in every language (a missing message gives none). */
export function localeWords(t: Translate, key: string): string[] {
  let byKey = cache.get(t);
  if (!byKey) cache.set(t, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const words = new Set<string>();
  for (const lang of LANGS) {
    const text = t(lang, key);
    if (text === key) continue;
    for (const w of text.split(",")) {
      const word = w.trim().toLowerCase();
      if (word) words.add(word);
    }
  }
  const list = [...words];
  byKey.set(key, list);
  return list;
}
