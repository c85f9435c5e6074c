/**
 * The fingerprint of the duplicate-detection rules the stored features were made with: the lexicon files (as a
 * volunteer edits them) and NORMALISER_VERSION (bumped by whoever changes what the code derives from a text).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LEXICON_DIR } from "./lexicon-files.js";

/**
 * Bump when a change to normalize.ts, lexicon.ts or the index terms would give a stored aspiration different features
 * or search rows: the next start-up then re-normalises every stored aspiration.
 */
export const NORMALISER_VERSION = 5;

const cache = new Map<string, string>();

/** sha256 over NORMALISER_VERSION and every `*.txt` file of the lexicon directory, by name. */
export function rulesFingerprint(dir = LEXICON_DIR): string {
  const hit = cache.get(dir);
  if (hit) return hit;
  const h = createHash("sha256").update(`normaliser ${NORMALISER_VERSION}\n`);
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    h.update(`${f}\n`).update(readFileSync(path.join(dir, f))).update("\n");
  }
  const fp = h.digest("hex");
  cache.set(dir, fp);
  return fp;
}
