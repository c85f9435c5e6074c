/** Words that work anywhere, with or without "/": they are never taken as an answer to the current question. */
import type { Translate } from "../i18n/fluent.js";
import { foldForMatch } from "./text.js";
import { localeWords } from "./words.js";

export type GlobalKeyword = "cancel" | "menu" | "help" | "lang" | "optout" | "optin" | "delete" | "start";

export const GLOBAL_KEYWORDS: readonly GlobalKeyword[] = ["cancel", "menu", "help", "lang", "optout", "optin", "delete", "start"];

/** The locale message listing a keyword's words (`keyword-cancel-aliases = batal, batalkan`). */
export const keywordWordsKey = (kw: GlobalKeyword) => `keyword-${kw}-aliases`;

/** Folded word -> keyword, built from the locale files. */
export type KeywordTable = ReadonlyMap<string, GlobalKeyword>;

const tables = new WeakMap<Translate, KeywordTable>();

/** The words of every keyword in every language, read once per translation function. */
export function keywordTable(t: Translate): KeywordTable {
  let table = tables.get(t);
  if (!table) {
    const map = new Map<string, GlobalKeyword>();
    for (const kw of GLOBAL_KEYWORDS) for (const w of localeWords(t, keywordWordsKey(kw))) map.set(foldForMatch(w), kw);
    table = map;
    tables.set(t, table);
  }
  return table;
}

export interface ParsedCommand {
  /** Lowercase command word without the slash (and without a @BotName suffix). */
  word: string;
  arg: string | undefined;
  slashed: boolean;
}

/** Split "/status ASP-7K3Q" or "status ASP-7K3Q" into word and argument. */
export function parseCommand(text: string): ParsedCommand | null {
  const m = /^(\/)?([\p{L}_][\p{L}\p{N}_-]*)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!m) return null;
  return { slashed: m[1] === "/", word: m[2]!.toLowerCase(), arg: m[3]?.trim() || undefined };
}

/** The global keyword this whole message is, if any ("Batal", "/batal", "hapus data", "/hapus_data", "BAHASA!"). */
export function globalKeyword(text: string, table: KeywordTable): GlobalKeyword | null {
  const t = text.trim();
  if (t.length > 40) return null;
  const folded = foldForMatch(t.replace(/^\//, "").replace(/@\w+$/, "").replace(/_/g, " "));
  return table.get(folded) ?? table.get(folded.replace(/\s+/g, "")) ?? null;
}
