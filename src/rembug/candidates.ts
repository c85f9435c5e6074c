/** The lines a head picks from: this cycle's proposals of the RT (one per cluster, carried-over ones marked) or, for an RW, its confirmed RT lists. */
import type { Category } from "../core/domain.js";
import type { Db } from "../store/db.js";
import type { Candidate } from "./scope.js";

/** Statuses a proposal can still be prioritised from. */
const OPEN_STATUSES = `('diterima', 'dibahas-rembug-rt', 'belum-diprioritaskan', 'masuk-prioritas', 'diusulkan-musrenbang')`;

/**
 * One line per candidate key (a cluster, or a row of its own), in the order the rows come: the first row's candidate
 * stands for the cluster, and `onRepeat` folds each later row of the same cluster into it.
 */
export function groupByCluster<R>(lines: ReadonlyArray<{ row: R; candidate: Candidate }>, onRepeat: (seen: Candidate, row: R) => void): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const { row, candidate } of lines) {
    const seen = byKey.get(candidate.key);
    if (seen) onRepeat(seen, row);
    else byKey.set(candidate.key, candidate);
  }
  return [...byKey.values()];
}

interface AspRow {
  id: number;
  ticket: string;
  category: string;
  location_text: string | null;
  rt: number;
  carried_from: number | null;
  cluster_id: number | null;
  supporters: number | null;
}

/**
 * Candidates of RT `rt` / RW `rw` in cycle `cycleId`: residents' aspirations (never rahasia, never those raised at a
 * meeting) of the cycle, or sent while no cycle was open, one line per cluster, most supporters first.
 */
export function rtCandidates(db: Db, rw: number, rt: number, cycleId: number): Candidate[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.ticket, a.category, a.location_text, a.rt, a.carried_from, m.cluster_id, c.supporters
       FROM aspirations a
       LEFT JOIN cluster_members m ON m.aspiration_id = a.id
       LEFT JOIN clusters c ON c.id = m.cluster_id
       WHERE a.rw = ? AND a.rt = ? AND a.origin = 'warga' AND a.confidential = 0
         AND (a.cycle_id = ? OR a.cycle_id IS NULL) AND a.status IN ${OPEN_STATUSES}
       ORDER BY a.id`,
    )
    .all(rw, rt, cycleId) as AspRow[];
  const lines = rows.map((r) => ({
    row: r,
    candidate: {
      key: r.cluster_id !== null ? `c:${r.cluster_id}` : `a:${r.id}`,
      ticket: r.ticket,
      category: r.category as Category,
      locationText: r.location_text,
      rt: r.rt,
      supporters: r.supporters ?? 1,
      clusterId: r.cluster_id,
      source: r.carried_from !== null ? ("carry-over" as const) : ("aspirasi" as const),
    },
  }));
  // A cluster with one carried-over aspiration is a carried-over proposal.
  const grouped = groupByCluster(lines, (seen, r) => {
    if (r.carried_from !== null) seen.source = "carry-over";
  });
  return grouped.sort((a, b) => b.supporters - a.supporters);
}

interface RtItemRow {
  id: number;
  rank: number;
  rt: number;
  cluster_id: number | null;
  ticket: string;
  category: string;
  location_text: string | null;
  supporters: number | null;
}

/**
 * Candidates of an RW list: the items of the RW's confirmed RT lists in the cycle. Items of several RTs that stand
 * for the same cluster are combined into one line that keeps every source item with its RT and rank.
 */
export function rwCandidates(db: Db, rw: number, cycleId: number): Candidate[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.rank, r.rt, i.cluster_id, a.ticket, a.category, a.location_text, c.supporters
       FROM rembug_items i
       JOIN rembug_results r ON r.id = i.result_id
       JOIN aspirations a ON a.id = i.aspiration_id
       LEFT JOIN clusters c ON c.id = i.cluster_id
       WHERE r.level = 'rt' AND r.state = 'confirmed' AND r.rw = ? AND r.cycle_id = ? AND a.confidential = 0
       ORDER BY i.rank, r.rt`,
    )
    .all(rw, cycleId) as RtItemRow[];
  const lines = rows.map((r) => ({
    row: r,
    candidate: {
      key: r.cluster_id !== null ? `k:${r.cluster_id}` : `i:${r.id}`,
      ticket: r.ticket,
      category: r.category as Category,
      locationText: r.location_text,
      rt: r.rt,
      supporters: r.supporters ?? 1,
      clusterId: r.cluster_id,
      source: "rt-list" as const,
      rtItems: [{ id: r.id, rt: r.rt, rank: r.rank }],
    },
  }));
  return groupByCluster(lines, (seen, r) => {
    seen.rtItems!.push({ id: r.id, rt: r.rt, rank: r.rank });
  });
}

/** RTs of the RW (from the wilayah) with and without a confirmed rembug in the cycle. */
export function rwProgress(db: Db, rw: number, rts: readonly number[], cycleId: number): { confirmed: number[]; pending: number[] } {
  const done = new Set(
    (db.prepare(`SELECT rt FROM rembug_results WHERE level = 'rt' AND state = 'confirmed' AND rw = ? AND cycle_id = ?`).all(rw, cycleId) as Array<{ rt: number }>).map(
      (r) => r.rt,
    ),
  );
  return { confirmed: rts.filter((rt) => done.has(rt)), pending: rts.filter((rt) => !done.has(rt)) };
}
