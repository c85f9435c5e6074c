/** `npm run admin -- reindex`: the aggregator's features and search rows rebuilt, clusters left as they are. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reindexCommand } from "../../../src/admin/commands/reindex.js";
import { ADMIN_COMMANDS } from "../../../src/admin/run-admin.js";
import { createAggregator, type Aggregator } from "../../../src/aggregator/aggregator.js";
import { reindexAggregator } from "../../../src/aggregator/reindex.js";
import { loadConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "../../aggregator/helpers.js";

const { t } = loadI18n(DEFAULT_LOCALES_DIR);
let ts: TestStore;
let agg: Aggregator;

const TEXTS: Array<[rw: number, text: string]> = [
  [1, "Got di Jl. Mawar mampet kalau hujan, air masuk rumah"],
  [1, "Selokan jln mawar tersumbat, tolong dikeruk"],
  [1, "Saluran air di Gang Kenari meluap tiap hujan deras"],
  [2, "Gorong-gorong di depan masjid Al Ikhlas ambrol"],
];

beforeEach(() => {
  ts = tmpStore("admin-reindex");
  agg = createAggregator(ts.store.db, { log: silentLogger() });
  for (const [rw, text] of TEXTS) {
    agg.ingest(addAspiration(ts.store, { residentId: addResident(ts.store, rw, 1), rw, rt: 1, category: "drainase", text }));
  }
});
afterEach(() => ts.cleanup());

/** Everything the aggregator stores, in a comparable form. */
function snapshot() {
  const all = (sql: string) => ts.store.db.prepare(sql).all();
  return {
    docs: all(`SELECT aspiration_id, rw, rt, category, features FROM aggregator_docs ORDER BY aspiration_id`),
    fts: all(`SELECT rowid, scope, body FROM aggregator_fts ORDER BY rowid`),
    members: all(`SELECT cluster_id, aspiration_id, state, score, joined_at FROM cluster_members ORDER BY aspiration_id`),
    clusters: all(`SELECT * FROM clusters ORDER BY id`),
    supporters: all(`SELECT * FROM cluster_supporters ORDER BY cluster_id, resident_id`),
  };
}

async function run(args: string[] = []): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const config = loadConfig({ DATA_DIR: ts.dir, KELURAHAN_NAME: "Sukamaju" });
  const code = await reindexCommand.run({ config, store: ts.store, t, log: silentLogger(), args, out: (l) => lines.push(l) });
  return { code, out: lines.join("\n") };
}

describe("admin reindex", () => {
  it("rebuilds stale features and search rows from the aspiration text, leaving clusters and supporters as they were", async () => {
    const before = snapshot();
    expect(before.members.filter((m) => (m as { state: string }).state === "auto")).toHaveLength(1);
    // What a rule change looks like from the database: stored features and index rows made by other rules.
    ts.store.db.exec(`UPDATE aggregator_docs SET features = '{"content":["lama"],"places":{}}'`);
    ts.store.db.exec(`DELETE FROM aggregator_fts WHERE rowid = (SELECT MIN(aspiration_id) FROM aggregator_docs)`);
    ts.store.db.exec(`UPDATE aggregator_fts SET body = 'lama'`);

    const r = await run();
    expect(r.code).toBe(0);
    expect(r.out).toBe("Indeks agregator dihitung ulang untuk 4 aspirasi (4 berubah). Pengelompokan usulan tidak diubah.");
    expect(snapshot()).toEqual(before);
  });

  it("lets a new duplicate find its cluster again through the rebuilt index", async () => {
    const first = ts.store.db.prepare(`SELECT MIN(aspiration_id) FROM aggregator_docs`).pluck().get() as number;
    ts.store.db.exec(`DELETE FROM aggregator_fts`);
    expect((await run()).code).toBe(0);
    const id = addAspiration(ts.store, { residentId: addResident(ts.store, 1, 1), rw: 1, rt: 1, category: "drainase", text: "Got jalan Mawar mampet, air meluap kalau hujan" });
    const r = agg.ingest(id);
    expect(r).toMatchObject({ ok: true, isNewCluster: false, clusterId: agg.clusterOf(first)!.clusterId });
  });

  it("changes nothing on a second run, in batches of any size", () => {
    const before = snapshot();
    expect(reindexAggregator(ts.store.db, { batchSize: 1 })).toEqual({ docs: 4, changed: 0 });
    expect(reindexAggregator(ts.store.db, { batchSize: 3 })).toEqual({ docs: 4, changed: 0 });
    expect(snapshot()).toEqual(before);
  });

  it("reads each text in its category as ingest does (water that does not flow is a blocked drain)", () => {
    const id = addAspiration(ts.store, { residentId: addResident(ts.store, 1, 2), rw: 1, rt: 2, category: "drainase", text: "got gang kenari ora mili" });
    agg.ingest(id);
    expect(reindexAggregator(ts.store.db)).toEqual({ docs: 5, changed: 0 });
    const stored = ts.store.db.prepare(`SELECT features FROM aggregator_docs WHERE aspiration_id = ?`).pluck().get(id) as string;
    expect(JSON.parse(stored).content).toContain("sumbat");
  });

  it("is listed among the admin commands and refuses unknown options with its usage", async () => {
    expect(ADMIN_COMMANDS.map((c) => c.name)).toContain("reindex");
    const r = await run(["--rw", "3"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/usage: npm run admin -- reindex/);
  });
});
