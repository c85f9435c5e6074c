/** Recap data for the LPMK: per RW, ingested aspirations by category, top clusters by supporters, waiting for a rembug. */
import type { AspirationStatus, Category, Tridaya } from "../core/domain.js";
import type { Db } from "../store/db.js";
import { rankOrder, rembugRanks, type Funding, type RankedItem } from "./rembug-ranks.js";
import { followupRecap, type FollowupRecapRow } from "../followup/recap.js";

/** An item of the confirmed RW / RT lists of the current cycle, in list order. */
export interface PriorityItem {
  ticket: string;
  description: string;
  rwRank?: number;
  rtRank?: { rt: number; rank: number };
  funding: Funding | null;
}

export interface ClusterSummary {
  clusterId: number;
  rw: number;
  category: Category;
  tridaya: Tridaya;
  supporters: number;
  members: number;
  /** The representative aspiration. */
  ticket: string;
  description: string;
  locationText: string | null;
  /** The representative's location pin, when one was sent. */
  lat: number | null;
  lon: number | null;
  status: AspirationStatus;
}

export interface RwRecap {
  rw: number;
  /** Aspirations the aggregator has taken in. */
  aspirations: number;
  /** Usulan after merging duplicates. */
  clusters: number;
  /** Ingested aspirations still in status "diterima" (not yet discussed in a rembug). */
  waiting: number;
  /** Usulan (clusters) holding at least one of those waiting aspirations. */
  waitingClusters: number;
  /** Aspirations stored but not yet aggregated (the queue is behind). */
  pendingIngest: number;
  byCategory: Array<{ category: Category; count: number }>;
  top: ClusterSummary[];
  /** The RW's listed items: by RW rank, then RT rank (at most `prioritiesPerRw`). */
  priorities: PriorityItem[];
  /** After the rembug: proposals per status, done, and residents who confirmed them fixed (undefined: no proposal). */
  followup?: FollowupRecapRow;
}

export interface Recap {
  /** The RW asked for, or undefined for all. */
  rw?: number;
  generatedAt: number;
  totals: { aspirations: number; clusters: number; waiting: number; waitingClusters: number; pendingIngest: number };
  rws: RwRecap[];
  /** Top clusters over every RW in scope. */
  top: ClusterSummary[];
}

export interface RecapOptions {
  rw?: number;
  /** Top clusters listed per RW and overall (default 3 and 5). */
  topPerRw?: number;
  topOverall?: number;
  /** Listed items shown per RW (default 5). */
  prioritiesPerRw?: number;
  now?: number;
}

interface ClusterRow {
  id: number;
  rw: number;
  category: string;
  tridaya: string;
  supporters: number;
  members: number;
  ticket: string;
  description: string;
  location_text: string | null;
  lat: number | null;
  lon: number | null;
  status: string;
}

export function toSummary(r: ClusterRow): ClusterSummary {
  return {
    clusterId: r.id,
    rw: r.rw,
    category: r.category as Category,
    tridaya: r.tridaya as Tridaya,
    supporters: r.supporters,
    members: r.members,
    ticket: r.ticket,
    description: r.description,
    locationText: r.location_text,
    lat: r.lat,
    lon: r.lon,
    status: r.status as AspirationStatus,
  };
}

export const CLUSTER_COLUMNS = `c.id, c.rw, c.category, c.tridaya, c.supporters, c.members, a.ticket, a.description, a.location_text, a.lat, a.lon, a.status`;

/**
 * Build the recap from the aggregator tables (what has been aggregated), plus a count of stored aspirations
 * the queue has not delivered yet. A handful of grouped queries; fast enough for 100k aspirations.
 */
export function buildRecap(db: Db, o: RecapOptions = {}): Recap {
  const rwFilter = o.rw === undefined ? "" : "WHERE c.rw = @rw";
  const params = o.rw === undefined ? {} : { rw: o.rw };
  const topPerRw = o.topPerRw ?? 3;
  const topOverall = o.topOverall ?? 5;

  const counts = db
    .prepare(
      `SELECT c.rw, c.category, COUNT(*) AS n, SUM(a.status = 'diterima') AS waiting,
              COUNT(DISTINCT CASE WHEN a.status = 'diterima' THEN c.id END) AS waiting_clusters
         FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id JOIN aspirations a ON a.id = m.aspiration_id
         ${rwFilter} GROUP BY c.rw, c.category`,
    )
    .all(params) as Array<{ rw: number; category: string; n: number; waiting: number; waiting_clusters: number }>;
  const clusterCounts = db
    .prepare(`SELECT c.rw, COUNT(*) AS n FROM clusters c ${rwFilter} GROUP BY c.rw`)
    .all(params) as Array<{ rw: number; n: number }>;
  const pending = db
    .prepare(
      `SELECT a.rw, COUNT(*) AS n FROM aspirations a
        WHERE NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.aspiration_id = a.id) AND a.confidential = 0
        ${o.rw === undefined ? "" : "AND a.rw = @rw"} GROUP BY a.rw`,
    )
    .all(params) as Array<{ rw: number; n: number }>;
  const topRows = db
    .prepare(
      `SELECT ${CLUSTER_COLUMNS} FROM (
         SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.rw ORDER BY c.supporters DESC, c.id) AS rn FROM clusters c ${rwFilter}
       ) c JOIN aspirations a ON a.id = c.representative_aspiration_id
       WHERE c.rn <= @top ORDER BY c.rw, c.rn`,
    )
    .all({ ...params, top: Math.max(topPerRw, topOverall) }) as ClusterRow[];

  const byRw = new Map<number, RwRecap>();
  const rwOf = (rw: number): RwRecap => {
    let r = byRw.get(rw);
    if (!r) {
      r = { rw, aspirations: 0, clusters: 0, waiting: 0, waitingClusters: 0, pendingIngest: 0, byCategory: [], top: [], priorities: [] };
      byRw.set(rw, r);
    }
    return r;
  };
  for (const c of counts) {
    const r = rwOf(c.rw);
    r.aspirations += c.n;
    r.waiting += c.waiting;
    // A cluster has one category, so its distinct count per category adds up per RW.
    r.waitingClusters += c.waiting_clusters;
    r.byCategory.push({ category: c.category as Category, count: c.n });
  }
  for (const c of clusterCounts) rwOf(c.rw).clusters = c.n;
  for (const p of pending) rwOf(p.rw).pendingIngest = p.n;
  const allTop: ClusterSummary[] = [];
  for (const row of topRows) {
    const s = toSummary(row);
    const r = rwOf(s.rw);
    if (r.top.length < topPerRw) r.top.push(s);
    allTop.push(s);
  }
  if (o.rw !== undefined) rwOf(o.rw);
  for (const p of priorityItems(db, o.rw)) {
    const r = rwOf(p.rw);
    if (r.priorities.length < (o.prioritiesPerRw ?? 5)) r.priorities.push(p.item);
  }
  for (const f of followupRecap(db, o.rw)) rwOf(f.rw).followup = f;
  const rws = [...byRw.values()].sort((a, b) => a.rw - b.rw);
  for (const r of rws) r.byCategory.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  allTop.sort((a, b) => b.supporters - a.supporters || a.clusterId - b.clusterId);
  const sum = (k: "aspirations" | "clusters" | "waiting" | "waitingClusters" | "pendingIngest") => rws.reduce((n, r) => n + r[k], 0);
  return {
    rw: o.rw,
    generatedAt: o.now ?? Date.now(),
    totals: {
      aspirations: sum("aspirations"),
      clusters: sum("clusters"),
      waiting: sum("waiting"),
      waitingClusters: sum("waitingClusters"),
      pendingIngest: sum("pendingIngest"),
    },
    rws,
    top: allTop.slice(0, topOverall),
  };
}

/** Listed items of every RW in scope (clusters and meeting-only aspirations), each RW in list order. */
function priorityItems(db: Db, rw?: number): Array<{ rw: number; item: PriorityItem }> {
  const ranks = rembugRanks(db, rw);
  const cluster = db.prepare(`SELECT c.rw, a.ticket, a.description FROM clusters c JOIN aspirations a ON a.id = c.representative_aspiration_id WHERE c.id = ?`);
  const loose = db.prepare(`SELECT rw, ticket, description FROM aspirations WHERE id = ?`);
  const out: Array<{ rw: number; item: PriorityItem; ranked: RankedItem }> = [];
  const add = (row: { rw: number; ticket: string; description: string } | undefined, ranked: RankedItem) => {
    if (!row || (rw !== undefined && row.rw !== rw)) return;
    const item: PriorityItem = { ticket: row.ticket, description: row.description, funding: ranked.funding };
    if (ranked.rwRank !== undefined) item.rwRank = ranked.rwRank;
    if (ranked.rtRank) item.rtRank = ranked.rtRank;
    out.push({ rw: row.rw, item, ranked });
  };
  for (const [id, ranked] of ranks.clusters) add(cluster.get(id) as { rw: number; ticket: string; description: string } | undefined, ranked);
  for (const [id, ranked] of ranks.loose) add(loose.get(id) as { rw: number; ticket: string; description: string } | undefined, ranked);
  return out.sort((a, b) => a.rw - b.rw || rankOrder(a.ranked, b.ranked) || a.item.ticket.localeCompare(b.item.ticket));
}
