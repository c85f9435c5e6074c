/**
 * Static scan of the locale keys the code uses, so a key missing from a locale fails the tests before a resident
 * sees the raw key name.
 *
 * What counts as a use (in `src/` and `flows/`):
 * - a string literal as the key argument of a call to `t`, `say`, `invalid` or `tr` (also as a method, `c.t(...)`),
 *   after an optional first argument that is a language (`t(lang, "key")`, `t("id", "key")`, `c.t("key")`);
 * - a string literal as the value of a property named `key` or ending in `Key` (`{ key: "rekap-col-no" }`), when its
 *   first segment is one of the locale groups (so `{ key: "rw-3" }` is not taken for a locale key);
 * - a template literal in the key position: its text before the first `${` is a key *prefix*
 *   (`t(lang, \`whatsapp-state-${state}\`)` -> `whatsapp-state-`). At least one key must start with each prefix;
 *   prefixes whose suffixes are known are listed with them in the test (DYNAMIC_KEY_FAMILIES), and every suffix
 *   is then checked. A new prefix need not be listed to pass, but listing it makes the check complete.
 * Keys built any other way (passed through a variable) are not seen: prefer a literal at the call.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface KeyUse {
  file: string;
  line: number;
  /** The full key, or the prefix of a template key. */
  key: string;
  template: boolean;
}

const STRING = String.raw`"([^"\\\n]*)"|'([^'\\\n]*)'|\x60([^\x60\\]*)\x60`;
const FIRST_ARG = String.raw`(?:"(?:id|en)"|'(?:id|en)'|[A-Za-z_$][\w$.?!]*)\s*,\s*`;
const CALL = new RegExp(String.raw`(?<![\w$])(?:t|say|invalid|tr)\(\s*(?:${FIRST_ARG})?(?:${STRING})`, "g");
const PROP = new RegExp(String.raw`(?<![\w$])(?:key|[a-z]\w*Key)\s*:\s*(?:${STRING})`, "g");
const KEY_SHAPE = /^-?[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?$/;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** The locale keys used in one source text. `groups`: first segments of the existing keys (for property uses). */
export function scanKeyUses(file: string, text: string, groups: ReadonlySet<string>): KeyUse[] {
  const uses: KeyUse[] = [];
  const take = (m: RegExpMatchArray, needsGroup: boolean) => {
    const [plain1, plain2, tpl] = [m[1], m[2], m[3]];
    const raw = plain1 ?? plain2 ?? tpl;
    if (raw === undefined) return;
    const template = tpl !== undefined && tpl.includes("${");
    const key = template ? raw.slice(0, raw.indexOf("${")) : raw;
    // `t("id", key)` with a variable key: the literal is the language, not a key.
    if (!key || !KEY_SHAPE.test(key) || key === "id" || key === "en") return;
    if (needsGroup && !groups.has(key.split("-")[0]!)) return;
    uses.push({ file, line: lineOf(text, m.index ?? 0), key, template });
  };
  for (const m of text.matchAll(CALL)) take(m, false);
  for (const m of text.matchAll(PROP)) take(m, true);
  return uses;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every key use under `dirs` (relative to `root`). */
export function scanProject(root: string, dirs: string[], groups: ReadonlySet<string>): KeyUse[] {
  return dirs.flatMap((d) =>
    tsFiles(path.join(root, d)).flatMap((f) => scanKeyUses(path.relative(root, f), readFileSync(f, "utf8"), groups)),
  );
}
