/**
 * The RW aggregator: assigns each ingested aspiration to a cluster of likely duplicates (same RW and category),
 * keeps the supporters of each cluster, and lets residents join or leave a cluster. SQLite is the source of truth.
 */
import type { Category, Tridaya } from "../core/domain.js";
import { tridayaOf } from "../core/domain.js";
import type { Logger } from "../core/logger.js";
import type { Db } from "../store/db.js";
import { createNormalizer, type Normalizer } from "./normalize.js";
import { similarity, type DocFeatures } from "./similarity.js";

/** How many FTS candidates are scored per ingest. */
const CANDIDATES = 30;

export interface Ingested {
  ok: true;
  aspirationId: number;
  clusterId: number;
  /** The aspiration started a cluster of its own. */
  isNewCluster: boolean;
  /** Residents other than the author who had already raised this cluster (0 for a new cluster). */
  similarCount: number;
  /** Supporters of the cluster after ingesting. */
  supporters: number;
  /** Similarity to the closest member, when it joined an existing cluster. */
  score: number | null;
  /** True when the aspiration had been ingested before; nothing changed. */
  alreadyIngested: boolean;
}

/** "rahasia": a confidential aspiration is never clustered (it reaches the LPMK only, never a recap, list or hint). */
export type IngestResult = Ingested | { ok: false; aspirationId: number; error: "not-found" | "rahasia" };

/** Passed to `onLikelyDuplicate`, inside the ingest transaction. */
export interface LikelyDuplicate {
  aspirationId: number;
  residentId: number;
  clusterId: number;
  similarCount: number;
  rw: number;
}

export type SupportResult =
  | { ok: true; added: boolean; supporters: number }
  | { ok: false; error: "not-found" | "other-rw" };

export type MergeResult =
  | { ok: true; clusterId: number; supporters: number }
  | { ok: false; error: "not-found" | "not-yours" | "not-a-duplicate" };

export interface AggregatorOptions {
  log: Logger;
  now?: () => number;
  /**
   * Called inside the ingest transaction when a resident's new aspiration joined a cluster other residents raised
   * (the duplicate hint hooks in here, so the hint is written exactly once with the cluster assignment).
   * It may return a callback, run after the commit (e.g. to flush the delivery loop).
   */
  onLikelyDuplicate?: (d: LikelyDuplicate) => (() => void) | void;
}

export interface Aggregator {
  /** Cluster one aspiration. Idempotent: a second call for the same id changes nothing. */
  ingest(aspirationId: number): IngestResult;
  /** A resident supports a cluster of their own RW ("Dukung usulan"). Supporting twice changes nothing. */
  support(clusterId: number, residentId: number): SupportResult;
  /** The resident confirms their aspiration is the same as its cluster: it is merged, they stay a supporter. */
  confirmMerge(aspirationId: number, residentId: number): MergeResult;
  /** The resident says their aspiration is different: it leaves the cluster and starts its own. */
  separate(aspirationId: number, residentId: number): MergeResult;
  /** The cluster an aspiration belongs to, if ingested. */
  clusterOf(aspirationId: number): { clusterId: number; state: string } | undefined;
}

interface AspRow {
  id: number;
  resident_id: number | null;
  rw: number;
  rt: number;
  category: string;
  description: string;
  location_text: string | null;
  /** Rahasia (issue 11): clustered alone, never searchable by other residents' aspirations or drafts. */
  confidential?: number;
  /** The cluster the resident chose at the summary step (migration 020). */
  preferred_cluster_id?: number | null;
  /** JSON array of the clusters the resident said are not the same at the summary step (migration 020). */
  declined_cluster_ids?: string | null;
}

/**
 * The (RW, category) scope as a token prefix: every indexed token carries it ("s3cdrainasexsumbat"), so a
 * candidate search only walks the posting lists of its own scope, however large the whole index grows.
 */
export function scopeToken(rw: number, category: string): string {
  return `s${rw}c${category.replace(/[^a-z0-9]/g, "")}x`;
}

export function featuresOf(
  n: Normalizer,
  a: Pick<AspRow, "description" | "location_text" | "rt"> & { category?: string },
): DocFeatures {
  return { ...n.normalize(`${a.description}\n${a.location_text ?? ""}`, a.category), rt: a.rt };
}

/**
 * Create the aggregator over an opened database (migration 003 applied).
 *
 * @example
 * const agg = createAggregator(store.db, { log });
 * const r = agg.ingest(aspiration.id);
 * if (r.ok && !r.isNewCluster) log.info({ clusterId: r.clusterId }, "joined a cluster");
 */
export function createAggregator(db: Db, o: AggregatorOptions): Aggregator {
  const now = o.now ?? Date.now;
  const norm = createNormalizer();
  const q = {
    member: db.prepare(`SELECT cluster_id, state FROM cluster_members WHERE aspiration_id = ?`),
    asp: db.prepare(
      `SELECT id, resident_id, rw, rt, category, description, location_text, confidential, preferred_cluster_id, declined_cluster_ids
         FROM aspirations WHERE id = ?`,
    ),
    // A chosen cluster is joined only when it is of the same RW and category and its representative is not rahasia.
    preferred: db.prepare(
      `SELECT c.id FROM clusters c JOIN aspirations r ON r.id = c.representative_aspiration_id
        WHERE c.id = ? AND c.rw = ? AND c.category = ? AND r.confidential = 0`,
    ),
    cluster: db.prepare(`SELECT id, rw, category, representative_aspiration_id, supporters FROM clusters WHERE id = ?`),
    candidates: db.prepare(
      `SELECT f.rowid AS aspiration_id, d.features, m.cluster_id
         FROM aggregator_fts f
         JOIN aggregator_docs d ON d.aspiration_id = f.rowid
         JOIN cluster_members m ON m.aspiration_id = f.rowid
        WHERE aggregator_fts MATCH ?
        ORDER BY bm25(aggregator_fts) LIMIT ${CANDIDATES}`,
    ),
    doc: db.prepare(`SELECT features FROM aggregator_docs WHERE aspiration_id = ?`),
    insertCluster: db.prepare(
      `INSERT INTO clusters (rw, category, tridaya, representative_aspiration_id, supporters, members, created_at, updated_at)
       VALUES (?, ?, ?, ?, 0, 0, ?, ?)`,
    ),
    insertMember: db.prepare(`INSERT INTO cluster_members (cluster_id, aspiration_id, state, score, joined_at) VALUES (?, ?, ?, ?, ?)`),
    moveMember: db.prepare(`UPDATE cluster_members SET cluster_id = ?, state = ?, score = NULL, joined_at = ? WHERE aspiration_id = ?`),
    setState: db.prepare(`UPDATE cluster_members SET state = ? WHERE aspiration_id = ?`),
    isSupporter: db.prepare(`SELECT via, aspiration_id FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`),
    addSupporter: db.prepare(
      `INSERT INTO cluster_supporters (cluster_id, resident_id, aspiration_id, via, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (cluster_id, resident_id) DO NOTHING`,
    ),
    removeSupporter: db.prepare(`DELETE FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`),
    otherMemberOf: db.prepare(
      `SELECT m.aspiration_id FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id
        WHERE m.cluster_id = ? AND a.resident_id = ? AND m.aspiration_id <> ? LIMIT 1`,
    ),
    recount: db.prepare(
      `UPDATE clusters SET
         supporters = (SELECT COUNT(*) FROM cluster_supporters WHERE cluster_id = clusters.id),
         members = (SELECT COUNT(*) FROM cluster_members WHERE cluster_id = clusters.id),
         updated_at = ?
       WHERE id = ?`,
    ),
    insertDoc: db.prepare(`INSERT INTO aggregator_docs (aspiration_id, rw, rt, category, features) VALUES (?, ?, ?, ?, ?)`),
    insertFts: db.prepare(`INSERT INTO aggregator_fts (rowid, scope, body) VALUES (?, ?, ?)`),
    residentRw: db.prepare(`SELECT rw FROM residents WHERE id = ?`),
  };

  const supportersOf = (clusterId: number): number =>
    (q.cluster.get(clusterId) as { supporters: number } | undefined)?.supporters ?? 0;

  const newCluster = (a: AspRow, t: number): number => {
    const tridaya: Tridaya = tridayaOf(a.category as Category) ?? "sosial";
    return Number(q.insertCluster.run(a.rw, a.category, tridaya, a.id, t, t).lastInsertRowid);
  };

  /**
   * The closest existing member that is a likely duplicate, never one whose cluster's representative names another
   * place (or a place where this text names none): a chain of near duplicates must not drift to another spot.
   */
  const bestMatch = (a: AspRow, f: DocFeatures): { clusterId: number; score: number } | null => {
    const match = norm.matchQuery(f, scopeToken(a.rw, a.category));
    if (!match) return null;
    const rows = q.candidates.all(`body : (${match})`) as Array<{
      aspiration_id: number;
      features: string;
      cluster_id: number;
    }>;
    const declined = new Set<number>(a.declined_cluster_ids ? (JSON.parse(a.declined_cluster_ids) as number[]) : []);
    let best: { clusterId: number; score: number } | null = null;
    for (const r of rows) {
      if (declined.has(r.cluster_id)) continue;
      const s = similarity(f, JSON.parse(r.features) as DocFeatures);
      if (!s.duplicate || (best && best.score >= s.score)) continue;
      const rep = q.cluster.get(r.cluster_id) as { representative_aspiration_id: number } | undefined;
      if (rep && rep.representative_aspiration_id !== r.aspiration_id) {
        const repDoc = q.doc.get(rep.representative_aspiration_id) as { features: string } | undefined;
        const place = repDoc ? similarity(f, JSON.parse(repDoc.features) as DocFeatures).place : "unknown";
        if (place === "conflict" || place === "one-sided") continue;
      }
      best = { clusterId: r.cluster_id, score: s.score };
    }
    return best;
  };

  /** The cluster the resident picked at the summary step, when it is still one they may join. */
  const chosenCluster = (a: AspRow, f: DocFeatures): { clusterId: number; score: number } | null => {
    if (a.preferred_cluster_id == null || !q.preferred.get(a.preferred_cluster_id, a.rw, a.category)) return null;
    const c = q.cluster.get(a.preferred_cluster_id) as { representative_aspiration_id: number };
    const repDoc = q.doc.get(c.representative_aspiration_id) as { features: string } | undefined;
    return { clusterId: a.preferred_cluster_id, score: repDoc ? similarity(f, JSON.parse(repDoc.features) as DocFeatures).score : 0 };
  };

  const ingest = db.transaction((aspirationId: number): IngestResult => {
    const existing = q.member.get(aspirationId) as { cluster_id: number } | undefined;
    if (existing) {
      return {
        ok: true,
        aspirationId,
        clusterId: existing.cluster_id,
        isNewCluster: false,
        similarCount: 0,
        supporters: supportersOf(existing.cluster_id),
        score: null,
        alreadyIngested: true,
      };
    }
    const a = q.asp.get(aspirationId) as AspRow | undefined;
    if (!a) return { ok: false, aspirationId, error: "not-found" };
    if (a.confidential === 1) return { ok: false, aspirationId, error: "rahasia" };
    const t = now();
    const f = featuresOf(norm, a);
    const confidential = a.confidential === 1;
    const chosen = confidential ? null : chosenCluster(a, f);
    const match = confidential ? null : (chosen ?? bestMatch(a, f));
    const clusterId = match ? match.clusterId : newCluster(a, t);
    let similarCount = 0;
    if (match) {
      const before = supportersOf(clusterId);
      const already = a.resident_id !== null && q.isSupporter.get(clusterId, a.resident_id) !== undefined;
      similarCount = already ? before - 1 : before;
    }
    // A cluster the resident chose is joined as confirmed ("merged"): they said it is the same, no hint follows.
    q.insertMember.run(clusterId, a.id, chosen ? "merged" : match ? "auto" : "own", match?.score ?? null, t);
    q.addSupporter.run(clusterId, a.resident_id, a.id, "aspiration", t);
    q.recount.run(t, clusterId);
    q.insertDoc.run(a.id, a.rw, a.rt, a.category, JSON.stringify(f));
    const scope = scopeToken(a.rw, a.category);
    if (!confidential) q.insertFts.run(a.id, scope, norm.indexText(f, scope));
    if (match && !chosen && similarCount > 0 && a.resident_id !== null) {
      const after = o.onLikelyDuplicate?.({ aspirationId: a.id, residentId: a.resident_id, clusterId, similarCount, rw: a.rw });
      if (after) afterCommit.push(after);
    }
    return {
      ok: true,
      aspirationId,
      clusterId,
      isNewCluster: !match,
      similarCount,
      supporters: supportersOf(clusterId),
      score: match?.score ?? null,
      alreadyIngested: false,
    };
  });

  const support = db.transaction((clusterId: number, residentId: number): SupportResult => {
    const c = q.cluster.get(clusterId) as { rw: number } | undefined;
    if (!c) return { ok: false, error: "not-found" };
    const rw = (q.residentRw.get(residentId) as { rw: number | null } | undefined)?.rw;
    if (rw !== c.rw) return { ok: false, error: "other-rw" };
    const t = now();
    const added = q.addSupporter.run(clusterId, residentId, null, "dukung", t).changes === 1;
    if (added) q.recount.run(t, clusterId);
    return { ok: true, added, supporters: supportersOf(clusterId) };
  });

  type Owned = { a: AspRow; m: { cluster_id: number; state: string } } | { error: "not-found" | "not-yours" };
  const ownedMember = (aspirationId: number, residentId: number): Owned => {
    const a = q.asp.get(aspirationId) as AspRow | undefined;
    const m = q.member.get(aspirationId) as { cluster_id: number; state: string } | undefined;
    if (!a || !m) return { error: "not-found" };
    if (a.resident_id !== residentId) return { error: "not-yours" };
    return { a, m };
  };

  const confirmMerge = db.transaction((aspirationId: number, residentId: number): MergeResult => {
    const r = ownedMember(aspirationId, residentId);
    if ("error" in r) return { ok: false, error: r.error };
    if (r.m.state === "own") return { ok: false, error: "not-a-duplicate" };
    q.setState.run("merged", aspirationId);
    return { ok: true, clusterId: r.m.cluster_id, supporters: supportersOf(r.m.cluster_id) };
  });

  const separate = db.transaction((aspirationId: number, residentId: number): MergeResult => {
    const r = ownedMember(aspirationId, residentId);
    if ("error" in r) return { ok: false, error: r.error };
    const { a, m } = r;
    // The representative is its cluster's "own" member and never moves, so the old cluster keeps it.
    if (m.state === "own") return { ok: true, clusterId: m.cluster_id, supporters: supportersOf(m.cluster_id) };
    const t = now();
    const old = m.cluster_id;
    const fresh = newCluster(a, t);
    q.moveMember.run(fresh, "own", t, aspirationId);
    // The resident stops supporting the old cluster unless they raised it with another aspiration or chose it.
    const sup = q.isSupporter.get(old, residentId) as { via: string; aspiration_id: number | null } | undefined;
    if (sup && sup.aspiration_id === aspirationId) {
      const other = q.otherMemberOf.get(old, residentId, aspirationId) as { aspiration_id: number } | undefined;
      q.removeSupporter.run(old, residentId);
      if (other) q.addSupporter.run(old, residentId, other.aspiration_id, "aspiration", t);
    }
    q.addSupporter.run(fresh, residentId, aspirationId, "aspiration", t);
    q.recount.run(t, old);
    q.recount.run(t, fresh);
    o.log.debug({ aspirationId, from: old, to: fresh }, "aspiration separated from its cluster");
    return { ok: true, clusterId: fresh, supporters: supportersOf(fresh) };
  });

  const afterCommit: Array<() => void> = [];
  const runAfterCommit = () => {
    for (const fn of afterCommit.splice(0)) {
      try {
        fn();
      } catch (err) {
        o.log.error({ err }, "after-ingest callback failed");
      }
    }
  };

  return {
    ingest: (id) => {
      // Called inside the caller's transaction (the worker acknowledges the outbox row in it): ours is a savepoint,
      // so the after-commit callbacks wait until the caller's synchronous transaction has committed.
      const nested = db.inTransaction;
      try {
        return ingest.immediate(id);
      } catch (err) {
        afterCommit.length = 0;
        throw err;
      } finally {
        if (nested) setImmediate(runAfterCommit);
        else runAfterCommit();
      }
    },
    support: (c, r) => support.immediate(c, r),
    confirmMerge: (a, r) => confirmMerge.immediate(a, r),
    separate: (a, r) => separate.immediate(a, r),
    clusterOf: (id) => {
      const m = q.member.get(id) as { cluster_id: number; state: string } | undefined;
      return m ? { clusterId: m.cluster_id, state: m.state } : undefined;
    },
  };
}
