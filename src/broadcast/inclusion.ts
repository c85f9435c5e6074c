/**
 * The optional inclusion answer of "Ubah data diri" (issue 12): whether a resident is a woman, youth, elderly or a
 * person with a disability. Given only after an explicit opt-in at that question, never required, removed with
 * `hapus data`, and read only as counts (the RSVP report). Stored in residents.inclusion (migration 025).
 */
import type { Db } from "../store/db.js";

export const INCLUSION_TAGS = ["perempuan", "pemuda", "lansia", "disabilitas"] as const;
export type InclusionTag = (typeof INCLUSION_TAGS)[number];

/** "1 3", "1,3", "0" -> the tags (empty: none of these apply); null when something else was written. */
export function parseInclusion(text: string): InclusionTag[] | null {
  const parts = text.replace(/[,;/]+/g, " ").trim().split(/\s+/).filter(Boolean);
  if (!parts.length || !parts.every((p) => /^[0-4]$/.test(p))) return null;
  const nums = new Set(parts.map(Number));
  if (nums.has(0)) return nums.size === 1 ? [] : null;
  return INCLUSION_TAGS.filter((_t, i) => nums.has(i + 1));
}

/** Store the answer (tags) or withdraw it (null). */
export function setInclusion(db: Db, residentId: number, tags: readonly InclusionTag[] | null, now: number): void {
  const value = tags === null ? null : INCLUSION_TAGS.filter((t) => tags.includes(t)).join(",");
  db.prepare(`UPDATE residents SET inclusion = ?, inclusion_at = ? WHERE id = ?`).run(value, value === null ? null : now, residentId);
}

/** The stored answer: undefined when none was given. */
export function inclusionOf(db: Db, residentId: number): InclusionTag[] | undefined {
  const r = db.prepare(`SELECT inclusion FROM residents WHERE id = ?`).get(residentId) as { inclusion: string | null } | undefined;
  if (!r || r.inclusion === null) return undefined;
  return r.inclusion.split(",").filter((t): t is InclusionTag => (INCLUSION_TAGS as readonly string[]).includes(t));
}

/** Counts of an inclusion answer over a set of residents: each tag, how many answered, how many did not. */
export interface InclusionCounts {
  perempuan: number;
  pemuda: number;
  lansia: number;
  disabilitas: number;
  /** Gave an answer (possibly "none of these"). */
  answered: number;
  /** Gave no answer. */
  unanswered: number;
}

export function countInclusion(values: ReadonlyArray<string | null>): InclusionCounts {
  const c: InclusionCounts = { perempuan: 0, pemuda: 0, lansia: 0, disabilitas: 0, answered: 0, unanswered: 0 };
  for (const v of values) {
    if (v === null) {
      c.unanswered++;
      continue;
    }
    c.answered++;
    for (const t of v.split(",")) if ((INCLUSION_TAGS as readonly string[]).includes(t)) c[t as InclusionTag]++;
  }
  return c;
}
