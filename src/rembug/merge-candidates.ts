/**
 * RW list: lines the RW head combines by hand (`gabung 2 5`), whatever their clusters. A merge is named by the RT
 * list items it joins ("m:12+31"), so it survives a draft reload (the stored RW item keeps those source items).
 */
import type { Candidate } from "./scope.js";

export const MERGE_PREFIX = "m:";

/** The key of a merge of these RT list items. */
export function mergeKey(rtItemIds: readonly number[]): string {
  return `${MERGE_PREFIX}${[...new Set(rtItemIds)].sort((a, b) => a - b).join("+")}`;
}

/** The RT list items a merge key joins (empty when `key` is not one). */
export function mergedItemIds(key: string): number[] {
  if (!key.startsWith(MERGE_PREFIX)) return [];
  return key
    .slice(MERGE_PREFIX.length)
    .split("+")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** One line made of `lines` (in the order given): the first names it; every source item, rank and supporter is kept. */
export function combine(lines: readonly Candidate[]): Candidate {
  const first = lines[0];
  if (!first || lines.length < 2) throw new Error("combine needs at least two lines");
  const rtItems = lines.flatMap((l) => l.rtItems ?? []).sort((a, b) => a.rt - b.rt || a.rank - b.rank);
  // Lines of one cluster count its supporters once (they are already one line); different clusters add up.
  const clusters = new Map<string, number>();
  for (const l of lines) clusters.set(l.clusterId !== null ? `c${l.clusterId}` : `t${l.ticket}`, l.supporters);
  return {
    key: mergeKey(rtItems.map((r) => r.id)),
    ticket: first.ticket,
    category: first.category,
    locationText: first.locationText,
    rt: first.rt,
    supporters: [...clusters.values()].reduce((a, b) => a + b, 0),
    // Several clusters: the item stands for each of them through its source items, not for one.
    clusterId: new Set(lines.map((l) => l.clusterId)).size === 1 ? first.clusterId : null,
    source: "rt-list",
    rtItems,
    merged: lines.flatMap((l) => l.merged ?? [l.ticket]),
  };
}

/**
 * The RW candidates with the head's merges applied: each merge replaces the lines holding its source items, at the
 * place of the first of them. A merge whose items are no longer on a confirmed RT list is dropped.
 */
export function applyMerges(base: readonly Candidate[], merges: readonly string[]): Candidate[] {
  let lines = [...base];
  for (const key of merges) {
    const ids = new Set(mergedItemIds(key));
    const absorbed = lines.filter((l) => (l.rtItems ?? []).some((r) => ids.has(r.id)));
    const covered = new Set(absorbed.flatMap((l) => (l.rtItems ?? []).map((r) => r.id)));
    if (absorbed.length < 2 || [...ids].some((id) => !covered.has(id))) continue;
    const at = lines.indexOf(absorbed[0]!);
    const merged = combine(absorbed);
    lines = lines.filter((l) => !absorbed.includes(l));
    lines.splice(at, 0, merged);
  }
  return lines;
}
