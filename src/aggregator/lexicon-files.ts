/**
 * Reads the lexicon's data files (src/aggregator/lexicon/*.txt): one entry a line, `#` starts a comment (also after
 * an entry), blank lines are ignored. Entries are `<words> = <words>` (a mapping) or bare words (a word list).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** The files shipped with the code; REMBUG_LEXICON_DIR points elsewhere (a kelurahan's own copy, or a test's). */
export const LEXICON_DIR = process.env.REMBUG_LEXICON_DIR
  ? path.resolve(process.env.REMBUG_LEXICON_DIR)
  : path.resolve(path.dirname(new URL(import.meta.url).pathname), "lexicon");

export class LexiconFileError extends Error {
  override name = "LexiconFileError";
}

/** The lines of a lexicon file without comments and blanks, each with its line number. */
function entries(file: string, dir: string): Array<{ line: number; text: string }> {
  return readFileSync(path.join(dir, file), "utf8")
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, text: (l.split("#")[0] ?? "").replace(/\s+/g, " ").trim().toLowerCase() }))
    .filter((e) => e.text !== "");
}

/** `<phrase> = <meaning>` lines, in file order; an empty meaning drops the phrase. */
export function readLexicon(file: string, dir = LEXICON_DIR): Array<[string, string]> {
  return entries(file, dir).map(({ line, text }) => {
    const at = text.indexOf("=");
    if (at <= 0) throw new LexiconFileError(`${file}:${line}: expected "<word> = <meaning>", got "${text}"`);
    return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  });
}

/** Every word of a word-list file (several a line, separated by spaces or commas). */
export function readWords(file: string, dir = LEXICON_DIR): string[] {
  return entries(file, dir).flatMap(({ text }) => text.split(/[\s,]+/).filter(Boolean));
}
