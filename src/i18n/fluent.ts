/** Fluent loader: every `.ftl` in `locales/<lang>/` forms one bundle. Syntax errors and missing keys fail the boot. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { FluentParser } from "@fluent/syntax";
import type { Lang } from "../core/domain.js";

export type TArgs = Record<string, FluentVariable>;
/** Translate `key` in `lang`. Missing keys fall back to Indonesian, then to the key itself (or throw, see loadI18n). */
export type Translate = (lang: Lang, key: string, args?: TArgs) => string;

export interface I18n {
  t: Translate;
  has(lang: Lang, key: string): boolean;
  keys(lang: Lang): Set<string>;
  langs: Lang[];
}

export class LocaleError extends Error {
  override name = "LocaleError";
}

export interface LocaleProblems {
  syntax: string[];
  missing: string[];
}

function readLocale(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ftl"))
    .sort()
    .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(dir, f), "utf8") }));
}

/** Check every resource for syntax errors and every key for presence in all locales. */
export function checkLocales(localesDir: string, langs: Lang[] = ["id", "en"]): LocaleProblems {
  const parser = new FluentParser({ withSpans: true });
  const syntax: string[] = [];
  const keysByLang = new Map<Lang, Set<string>>();
  for (const lang of langs) {
    const keys = new Set<string>();
    for (const { file, text } of readLocale(path.join(localesDir, lang))) {
      const res = parser.parse(text);
      for (const entry of res.body) {
        if (entry.type === "Junk") {
          const line = text.slice(0, entry.span?.start ?? 0).split("\n").length;
          syntax.push(`${file}:${line}: ${entry.annotations.map((a) => a.message).join("; ") || "syntax error"}`);
        } else if (entry.type === "Message" || entry.type === "Term") {
          const id = (entry.type === "Term" ? "-" : "") + entry.id.name;
          if (keys.has(id)) syntax.push(`${file}: duplicate key ${id}`);
          keys.add(id);
        }
      }
    }
    keysByLang.set(lang, keys);
  }
  const missing: string[] = [];
  const all = new Set([...keysByLang.values()].flatMap((s) => [...s]));
  for (const key of all) {
    for (const lang of langs) if (!keysByLang.get(lang)?.has(key)) missing.push(`${lang}: ${key}`);
  }
  return { syntax, missing };
}

/**
 * What `t` does with a key that no locale has: `"key"` returns the key name (production: the resident sees an odd
 * word, the bot keeps running), `"throw"` throws a LocaleError (the default under NODE_ENV=test, so a missing key
 * fails the tests that reach it).
 */
export type MissingKeyPolicy = "key" | "throw";

/** Load all locales. Throws LocaleError on a syntax error or a key missing from a locale. */
export function loadI18n(localesDir: string, langs: Lang[] = ["id", "en"], o: { missingKey?: MissingKeyPolicy } = {}): I18n {
  const policy = o.missingKey ?? (process.env.NODE_ENV === "test" ? "throw" : "key");
  const problems = checkLocales(localesDir, langs);
  if (problems.syntax.length || problems.missing.length) {
    throw new LocaleError(
      `locale problems:\n${[...problems.syntax, ...problems.missing.map((m) => `missing ${m}`)].join("\n")}`,
    );
  }
  const bundles = new Map<Lang, FluentBundle>();
  for (const lang of langs) {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const { text } of readLocale(path.join(localesDir, lang))) bundle.addResource(new FluentResource(text));
    bundles.set(lang, bundle);
  }
  const format = (lang: Lang, key: string, args?: TArgs): string | undefined => {
    const bundle = bundles.get(lang);
    const msg = bundle?.getMessage(key);
    if (!bundle || !msg?.value) return undefined;
    return bundle.formatPattern(msg.value, args);
  };
  // A message without arguments always formats the same (labels, prompts, option words: most calls of a turn).
  const plain = new Map<string, string>();
  return {
    langs,
    t: (lang, key, args) => {
      if (args === undefined) {
        const known = plain.get(`${lang}\u0000${key}`);
        if (known !== undefined) return known;
      }
      const text = format(lang, key, args) ?? format("id", key, args);
      if (text !== undefined && args === undefined) plain.set(`${lang}\u0000${key}`, text);
      if (text !== undefined) return text;
      if (policy === "throw") throw new LocaleError(`missing locale key: ${key}`);
      return key;
    },
    has: (lang, key) => bundles.get(lang)?.hasMessage(key) ?? false,
    keys: (lang) => new Set(checkLocalesKeys(bundles.get(lang))),
  };
}

function checkLocalesKeys(bundle: FluentBundle | undefined): string[] {
  return bundle ? [...bundle._messages.keys()] : [];
}

export const DEFAULT_LOCALES_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../locales");
