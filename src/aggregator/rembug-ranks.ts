/**
 * What the confirmed rembug lists of the current cycle say about each proposal of the Daftar Panjang Usulan: its rank
 * on the RW list and on its RT list, the funding, volume, cost and self-help planned, and where it came from.
 * The current cycle is the open one, else the one closed last; without cycles, results with no cycle count.
 */
import type { Db } from "../store/db.js";

export type Funding = "swadaya" | "apbd" | "csr" | "pusat" | "lainnya";
export type ItemOrigin = "warga" | "rembug" | "carry-over";

export interface RankedItem {
  rwRank?: number;
  rtRank?: { rt: number; rank: number };
  funding: Funding | null;
  volume: number | null;
  unit: string | null;
  cost: number | null;
  swadaya: string | null;
  source: "aspirasi" | "rembug" | "carry-over" | "rt-list";
}

export interface RembugRanks {
  /** By cluster id. */
  clusters: Map<number, RankedItem>;
  /** Items whose aspiration is in no cluster (raised at the meeting and not aggregated), by aspiration id. */
  loose: Map<number, RankedItem>;
}

interface Raw {
  id: number;
  level: "rt" | "rw";
  rt: number | null;
  rank: number;
  aspiration_id: number | null;
  cluster_id: number | null;
  member_cluster: number | null;
  source: RankedItem["source"];
  funding: Funding | null;
  volume: number | null;
  unit: string | null;
  cost: number | null;
  swadaya: string | null;
}

/** Ranks and planning columns from the confirmed RT and RW lists of the current cycle (optionally one RW). */
export function rembugRanks(db: Db, rw?: number): RembugRanks {
  const cycle = db.prepare(`SELECT id FROM cycles ORDER BY closed_at IS NULL DESC, id DESC LIMIT 1`).get() as { id: number } | undefined;
  const rows = db
    .prepare(
      `SELECT i.id, r.level, r.rt, i.rank, i.aspiration_id, i.cluster_id, m.cluster_id AS member_cluster, i.source, i.funding, i.volume, i.unit, i.cost, i.swadaya
         FROM rembug_items i JOIN rembug_results r ON r.id = i.result_id
         LEFT JOIN cluster_members m ON m.aspiration_id = i.aspiration_id
        WHERE r.state = 'confirmed' AND r.level IN ('rt', 'rw') AND r.cycle_id IS @cycle ${rw === undefined ? "" : "AND r.rw = @rw"}
        ORDER BY r.level DESC, i.rank`,
    )
    .all({ cycle: cycle?.id ?? null, rw: rw ?? null }) as Raw[];
  const byItem = new Map<number, Raw>(rows.map((r) => [r.id, r]));
  const sources = db.prepare(`SELECT rt_item_id FROM rembug_item_sources WHERE rw_item_id = ? ORDER BY rt_item_id`);
  const out: RembugRanks = { clusters: new Map(), loose: new Map() };
  const entry = (key: { cluster?: number; aspiration?: number }): RankedItem | undefined => {
    const map = key.cluster !== undefined ? out.clusters : key.aspiration !== undefined ? out.loose : undefined;
    const id = key.cluster ?? key.aspiration;
    if (!map || id === undefined) return undefined;
    let e = map.get(id);
    if (!e) map.set(id, (e = { funding: null, volume: null, unit: null, cost: null, swadaya: null, source: "aspirasi" }));
    return e;
  };
  const keyOf = (r: Raw) => {
    const cluster = r.cluster_id ?? r.member_cluster ?? undefined;
    return cluster !== undefined ? { cluster } : r.aspiration_id !== null ? { aspiration: r.aspiration_id } : undefined;
  };
  /** The RW item's plan wins field by field; an RT item fills what is still empty (the better rank first). */
  const plan = (e: RankedItem, r: Raw, override: boolean) => {
    const pick = <T,>(mine: T | null, theirs: T | null): T | null => (override ? (theirs ?? mine) : (mine ?? theirs));
    e.funding = pick(e.funding, r.funding);
    e.volume = pick(e.volume, r.volume);
    e.unit = pick(e.unit, r.unit);
    e.cost = pick(e.cost, r.cost);
    e.swadaya = pick(e.swadaya, r.swadaya);
    if (override && r.source !== "rt-list") e.source = r.source;
  };
  // RW items first (ORDER BY level DESC): they take the RW rank and their plan.
  for (const r of rows) {
    if (r.level === "rw") {
      const keys = [keyOf(r)];
      for (const s of sources.all(r.id) as Array<{ rt_item_id: number }>) {
        const rt = byItem.get(s.rt_item_id);
        if (rt) keys.push(keyOf(rt));
      }
      for (const k of keys) {
        const e = k && entry(k);
        if (!e || e.rwRank !== undefined) continue;
        e.rwRank = r.rank;
        plan(e, r, true);
      }
    } else {
      const k = keyOf(r);
      const e = k && entry(k);
      if (!e || r.rt === null) continue;
      if (!e.rtRank || r.rank < e.rtRank.rank) e.rtRank = { rt: r.rt, rank: r.rank };
      plan(e, r, false);
      if (r.source !== "rt-list" && e.source === "aspirasi") e.source = r.source;
    }
  }
  return out;
}

const cmp = (a: number | undefined, b: number | undefined): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b);

/** Sort key: RW rank, then RT rank (then RT number), then the rest (0: keep their order). */
export function rankOrder(a: RankedItem | undefined, b: RankedItem | undefined): number {
  return cmp(a?.rwRank, b?.rwRank) || cmp(a?.rtRank?.rank, b?.rtRank?.rank) || cmp(a?.rtRank?.rt, b?.rtRank?.rt);
}
