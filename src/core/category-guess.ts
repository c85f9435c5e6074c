/**
 * Guesses an aspiration's category from the words of its description, so a complaint typed at the category
 * question can be kept and the likely category offered for confirmation. Pure: it reads the canonical tokens
 * the aggregator's normaliser produces (src/aggregator/normalize.ts, lexicon.ts: "got", "selokan" -> "drainase").
 */
import type { Category } from "./domain.js";

/** Canonical tokens (after the aggregator's abbreviations, synonyms and stemming) that point to one category. */
const CATEGORY_TOKENS: Readonly<Record<Exclude<Category, "lainnya">, readonly string[]>> = {
  jalan: ["jalan", "gang", "lubang", "aspal", "paving", "cor", "polisitidur", "jembatan", "pju", "amblas"],
  drainase: ["drainase", "sumbat"],
  sanitasi: ["jamban", "septic", "tank", "limbah"],
  "air-bersih": ["airbersih", "sumur", "pdam", "ledeng"],
  persampahan: ["sampah", "tps", "angkut"],
  pendidikan: ["sekolah", "paud", "tamanbaca", "pelajar", "guru", "beasiswa", "sd", "smp", "sma"],
  kesehatan: ["sehat", "posyandu", "puskesmas", "dbd", "nyamuk", "fogging", "balita", "stunting", "obat"],
  "sosial-budaya": ["pemuda", "makam", "lansia", "olahraga", "seni", "budaya"],
  ekonomi: ["usaha", "latih", "ternak", "lapangankerja", "modal", "pasar", "dagang"],
  keamanan: ["posronda", "cctv", "curi", "maling", "begal", "tawuran"],
};

const BY_TOKEN = new Map<string, Category>(
  Object.entries(CATEGORY_TOKENS).flatMap(([category, tokens]) => tokens.map((t) => [t, category as Category] as const)),
);

/**
 * The category the words point to most, or null when none or two tie.
 * Problem words (`content`) weigh twice a place head (`heads`): "sampah menumpuk di pinggir jalan" is about waste.
 *
 * @example
 * guessCategory({ content: ["drainase", "sumbat", "hujan"], heads: [] }); // "drainase"
 */
export function guessCategory(words: { content: readonly string[]; heads?: readonly string[] }): Category | null {
  const score = new Map<Category, number>();
  const add = (token: string, weight: number) => {
    const c = BY_TOKEN.get(token);
    if (c) score.set(c, (score.get(c) ?? 0) + weight);
  };
  for (const t of new Set(words.content)) add(t, 2);
  for (const t of new Set(words.heads ?? [])) add(t, 1);
  let best: Category | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [c, s] of score) {
    if (s > bestScore) [best, bestScore, tie] = [c, s, false];
    else if (s === bestScore) tie = true;
  }
  return tie ? null : best;
}
