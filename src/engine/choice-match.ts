/** Matches a typed answer to one option: by number, value, label or alias, tolerating small typos. */
import { distance } from "fastest-levenshtein";
import type { ChoiceOption } from "./types.js";
import { foldForMatch } from "./text.js";

export type ChoiceMatch = { ok: true; value: string } | { ok: false; reason: "no-match" | "out-of-range" | "not-listed" };

function typoBudget(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

/**
 * Match `input` against `options`.
 * Order: the step's own normaliser (e.g. "RW 03" -> "3") against values; exact value/label/alias;
 * option number (its own `number` when the options carry one, else its position); unique label prefix;
 * closest label within a small edit distance.
 */
export function matchChoice(input: string, options: ChoiceOption[], normalize?: (t: string) => string): ChoiceMatch {
  const folded = foldForMatch(input);
  if (!folded) return { ok: false, reason: "no-match" };
  if (normalize) {
    const n = normalize(folded);
    const hit = options.find((o) => o.value === n);
    if (hit) return { ok: true, value: hit.value };
  }
  const forms = options.map((o) => ({
    value: o.value,
    words: [o.value, o.label, ...(o.aliases ?? [])].map(foldForMatch).filter(Boolean),
  }));
  const exact = forms.find((f) => f.words.includes(folded));
  if (exact) return { ok: true, value: exact.value };
  if (/^\d{1,3}$/.test(folded)) {
    const n = Number(folded);
    if (options.some((o) => o.number !== undefined)) {
      const own = options.find((o) => o.number === n);
      return own ? { ok: true, value: own.value } : { ok: false, reason: "not-listed" };
    }
    const opt = options[n - 1];
    return opt ? { ok: true, value: opt.value } : { ok: false, reason: "out-of-range" };
  }
  if (folded.length >= 3) {
    const prefixed = forms.filter((f) => f.words.some((w) => w.startsWith(folded)));
    if (prefixed.length === 1) return { ok: true, value: prefixed[0]!.value };
  }
  let best: { value: string; d: number } | null = null;
  let tie = false;
  for (const f of forms) {
    for (const w of f.words) {
      const d = distance(folded, w);
      if (d > typoBudget(w)) continue;
      if (!best || d < best.d) {
        best = { value: f.value, d };
        tie = false;
      } else if (d === best.d && best.value !== f.value) tie = true;
    }
  }
  if (best && !tie) return { ok: true, value: best.value };
  return { ok: false, reason: "no-match" };
}

/** Parse "3", "03", "003", "RW 3", "rw03", "RT.3" into a number string; otherwise return the input. */
export function normalizeAreaNumber(text: string, prefix: "rw" | "rt"): string {
  const m = new RegExp(`^(?:${prefix}\\s*[.:/-]?\\s*)?0*(\\d{1,3})$`).exec(text.trim());
  return m ? String(Number(m[1])) : text;
}
