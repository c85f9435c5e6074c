/**
 * Recomputes the aggregator's stored normalised features and FTS rows of every ingested aspiration, after a change
 * to the normalisation rules (lexicon, stemmer overrides, place parsing). Cluster membership and supporters stay.
 */
import type { Logger } from "../core/logger.js";
import type { Db } from "../store/db.js";
import { featuresOf, scopeToken } from "./aggregator.js";
import { createNormalizer } from "./normalize.js";
import { rulesFingerprint } from "./rules-fingerprint.js";

export interface ReindexResult {
  /** Ingested aspirations whose features and FTS row were rewritten. */
  docs: number;
  /** Of those, how many got different features than were stored. */
  changed: number;
}

export interface ReindexOptions {
  /** Aspirations per write transaction (default 500), so a running bot waits at most one batch. */
  batchSize?: number;
}

/**
 * Rewrite `aggregator_docs.features` and the `aggregator_fts` row of every ingested aspiration from its current
 * text with the current rules. The search scope stays the one it was ingested under (its cluster's RW and category).
 *
 * @example
 * const { docs, changed } = reindexAggregator(store.db);
 */
export function reindexAggregator(db: Db, o: ReindexOptions = {}): ReindexResult {
  const batchSize = Math.max(1, o.batchSize ?? 500);
  const norm = createNormalizer();
  const page = db.prepare(
    `SELECT d.aspiration_id AS id, d.rw, d.category, d.features, a.rt, a.description, a.location_text, a.confidential
       FROM aggregator_docs d JOIN aspirations a ON a.id = d.aspiration_id
      WHERE d.aspiration_id > ? ORDER BY d.aspiration_id LIMIT CAST(? AS INTEGER)`,
  );
  const setDoc = db.prepare(`UPDATE aggregator_docs SET rt = ?, features = ? WHERE aspiration_id = ?`);
  const dropFts = db.prepare(`DELETE FROM aggregator_fts WHERE rowid = ?`);
  const addFts = db.prepare(`INSERT INTO aggregator_fts (rowid, scope, body) VALUES (?, ?, ?)`);
  type Row = {
    id: number;
    rw: number;
    category: string;
    features: string;
    rt: number;
    description: string;
    location_text: string | null;
    confidential: number;
  };

  const batch = db.transaction((afterId: number): { last: number; docs: number; changed: number } => {
    const rows = page.all(afterId, batchSize) as Row[];
    let changed = 0;
    for (const r of rows) {
      const f = featuresOf(norm, r);
      const json = JSON.stringify(f);
      if (json !== r.features) changed++;
      setDoc.run(r.rt, json, r.id);
      const scope = scopeToken(r.rw, r.category);
      dropFts.run(r.id);
      // Rahasia aspirations are never searchable (see the aggregator's ingest).
      if (!r.confidential) addFts.run(r.id, scope, norm.indexText(f, scope));
    }
    return { last: rows.at(-1)?.id ?? afterId, docs: rows.length, changed };
  });

  const total: ReindexResult = { docs: 0, changed: 0 };
  for (let after = 0; ; ) {
    const b = batch.immediate(after);
    total.docs += b.docs;
    total.changed += b.changed;
    if (b.docs < batchSize) break;
    after = b.last;
  }
  // Many deletes and inserts leave the full-text index fragmented; merge it once at the end.
  db.prepare(`INSERT INTO aggregator_fts (aggregator_fts) VALUES ('optimize')`).run();
  recordRules(db, Date.now());
  return total;
}

/** Note that the stored features follow the current rules. */
function recordRules(db: Db, now: number): void {
  db.prepare(
    `INSERT INTO aggregator_rules (id, fingerprint, applied_at) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint, applied_at = excluded.applied_at`,
  ).run(rulesFingerprint(), now);
}

/**
 * At start-up: when the rules changed since the stored features were made (an upgrade, or a new local word in a
 * lexicon file), re-normalise every stored aspiration, so old ones are found by the new rules too. Returns the
 * reindex result, or undefined when nothing changed.
 */
export function reindexIfRulesChanged(db: Db, log: Logger): ReindexResult | undefined {
  const stored = db.prepare(`SELECT fingerprint FROM aggregator_rules WHERE id = 1`).pluck().get() as string | undefined;
  if (stored === rulesFingerprint()) return undefined;
  const hasDocs = db.prepare(`SELECT 1 FROM aggregator_docs LIMIT 1`).get() !== undefined;
  if (!hasDocs) {
    recordRules(db, Date.now());
    return undefined;
  }
  const began = Date.now();
  const r = reindexAggregator(db);
  log.info({ ...r, ms: Date.now() - began }, "duplicate-detection rules changed: stored aspirations re-normalised");
  return r;
}
