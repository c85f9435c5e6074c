/** Duplicate scoring between two normalised aspirations of the same RW and category. Precision first. */
import { LOW_INFO, NAME_PREFIX } from "./lexicon.js";
import type { NormalizedText } from "./normalize.js";

export interface DocFeatures extends NormalizedText {
  /** The resident's RT (used when the text names no RT). */
  rt: number;
}

export type PlaceRelation = "conflict" | "match" | "unknown";

export interface Similarity {
  score: number;
  place: PlaceRelation;
  duplicate: boolean;
}

/** Thresholds; exported so the test can print them next to precision and recall. */
export const THRESHOLDS = {
  /** Content similarity needed when both name the same place (street, gang, landmark). */
  samePlace: 0.4,
  /** Content similarity needed when no named place matches (then the RT must be the same). */
  noPlace: 0.7,
} as const;

const LOW_WEIGHT = 0.25;
const weight = (t: string): number => (LOW_INFO.has(t) ? LOW_WEIGHT : 1);

/**
 * Two place names are the same when equal, or when the distinctive words of one are all in the other
 * ("griya asri" ~ "asri", "sawo" ~ "sawo kecil"), but not "sawo kecil" vs "sawo besar".
 */
function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  const wx = x.split(" ").filter((w) => !NAME_PREFIX.has(w));
  const wy = y.split(" ").filter((w) => !NAME_PREFIX.has(w));
  if (!wx.length || !wy.length) return false;
  return wx.every((w) => wy.includes(w)) || wy.every((w) => wx.includes(w));
}

/**
 * Compare the places two texts name. A head named by both with no common value is a conflict
 * ("jalan mawar" vs "jalan melati", "gang 5" vs "gang 6", RT 3 vs RT 4). Only a shared non-RT place is a match:
 * an RT is a neighbourhood, not a spot.
 */
export function comparePlaces(a: DocFeatures, b: DocFeatures): { relation: PlaceRelation; rtConflict: boolean } {
  let match = false;
  for (const [head, va] of Object.entries(a.places)) {
    const vb = b.places[head];
    if (!vb) continue;
    if (va.some((x) => vb.some((y) => sameName(x, y)))) {
      if (head !== "rt") match = true;
    } else return { relation: "conflict", rtConflict: head === "rt" };
  }
  // Both name a spot (street, gang, landmark) and no spot is shared: different places ("balai warga" vs "masjid jami").
  if (!match && namesSpot(a) && namesSpot(b)) return { relation: "conflict", rtConflict: false };
  const rtA = a.places.rt ?? [String(a.rt)];
  const rtB = b.places.rt ?? [String(b.rt)];
  const rtConflict = !rtA.some((v) => rtB.includes(v));
  return { relation: match ? "match" : "unknown", rtConflict };
}

function namesSpot(d: DocFeatures): boolean {
  return Object.keys(d.places).some((h) => h !== "rt");
}

/** Weighted blend of Jaccard and overlap coefficient over content stems: robust to one text being much longer. */
export function contentSimilarity(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (!sa.size || !sb.size) return 0;
  let inter = 0;
  let wa = 0;
  let wb = 0;
  for (const t of sa) {
    wa += weight(t);
    if (sb.has(t)) inter += weight(t);
  }
  for (const t of sb) wb += weight(t);
  const jaccard = inter / (wa + wb - inter);
  // Floor at one full word so a text made only of low-information words cannot look contained in another.
  const overlap = inter / Math.max(1, Math.min(wa, wb));
  return 0.5 * jaccard + 0.5 * overlap;
}

/**
 * Decide whether two aspirations (same RW, same category) are likely duplicates.
 * - a place conflict (different street, gang, RT, landmark) is never a duplicate;
 * - the same named place needs moderately similar content;
 * - without a shared named place, the RT must match and the content must be very similar.
 */
export function similarity(a: DocFeatures, b: DocFeatures): Similarity {
  const { relation, rtConflict } = comparePlaces(a, b);
  const score = contentSimilarity(a.content, b.content);
  if (relation === "conflict") return { score, place: relation, duplicate: false };
  if (relation === "match") return { score, place: relation, duplicate: score >= THRESHOLDS.samePlace };
  return { score, place: relation, duplicate: !rtConflict && score >= THRESHOLDS.noPlace };
}
