/**
 * LPMK cluster editing on a real SQLite file: a merge moves every member and supporter (a person behind both counts
 * once), leaves a trail on both sides and tells the residents behind the merged proposal; a split takes one
 * aspiration out; refusals change nothing; re-ingest and reindex leave the edits alone.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator, type Aggregator } from "../../src/aggregator/aggregator.js";
import { clusterTrail, listClusterEdits, mergeClusters, splitAspiration, type ClusterEditOptions } from "../../src/aggregator/cluster-edit.js";
import { reindexAggregator } from "../../src/aggregator/reindex.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../src/i18n/fluent.js";
import type { RoleGrant } from "../../src/core/roles.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "./helpers.js";

const i18n = loadI18n(DEFAULT_LOCALES_DIR);
let ts: TestStore;
let agg: Aggregator;
beforeEach(() => {
  ts = tmpStore("cluster-edit");
  agg = createAggregator(ts.store.db, { log: silentLogger() });
});
afterEach(() => ts.cleanup());

const LPMK: RoleGrant[] = [{ role: "pengurus_lpmk" }];
const opts = (grants: RoleGrant[] = LPMK, now = 10_000): ClusterEditOptions => ({ store: ts.store, t: i18n.t, actor: "resident:99", grants, now });
const ticketOf = (id: number) => ts.store.db.prepare(`SELECT ticket FROM aspirations WHERE id = ?`).pluck().get(id) as string;
const clusterOf = (id: number) => agg.clusterOf(id)!.clusterId;
const cluster = (id: number) => ts.store.db.prepare(`SELECT * FROM clusters WHERE id = ?`).get(id) as { members: number; supporters: number; representative_aspiration_id: number } | undefined;
const supportersOf = (clusterId: number) =>
  ts.store.db.prepare(`SELECT resident_id FROM cluster_supporters WHERE cluster_id = ? ORDER BY resident_id`).pluck().all(clusterId) as number[];
const noticesTo = (residentId: number) => {
  const addr = ts.store.residents.identitiesOf(residentId)[0]!.address;
  return (ts.store.db.prepare(`SELECT payload FROM outbound WHERE address = ? ORDER BY id`).pluck().all(addr) as string[]).map((p) => (JSON.parse(p) as { text: string }).text);
};
const snapshot = () =>
  ts.store.db
    .prepare(
      `SELECT (SELECT json_group_array(json_array(cluster_id, aspiration_id, state)) FROM (SELECT * FROM cluster_members ORDER BY aspiration_id)) AS m,
              (SELECT json_group_array(json_array(cluster_id, resident_id, via)) FROM (SELECT * FROM cluster_supporters ORDER BY cluster_id, resident_id)) AS s,
              (SELECT json_group_array(json_array(id, members, supporters, representative_aspiration_id)) FROM (SELECT * FROM clusters ORDER BY id)) AS c,
              (SELECT COUNT(*) FROM cluster_edits) AS e, (SELECT COUNT(*) FROM outbound) AS o, (SELECT COUNT(*) FROM audit_log) AS a`,
    )
    .get();

/** RW 03 drainase: cluster A (two residents' duplicates, plus menu support from r3 and r4) and cluster B (r3's). */
/** A resident who consented and can be reached (the flow remembers the address at consent). */
let seq = 0;
function reachable(rw: number, rt: number): number {
  const address = `ce${++seq}`;
  const id = addResident(ts.store, rw, rt, address);
  ts.store.residents.rememberAddress(id, "telegram", address, 1_000);
  return id;
}

function world() {
  const r1 = reachable(3, 2);
  const r2 = reachable(3, 2);
  const r3 = reachable(3, 1);
  const r4 = reachable(3, 1);
  const a1 = addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: "Got di Jl. Mawar mampet kalau hujan" });
  const a2 = addAspiration(ts.store, { residentId: r2, rw: 3, rt: 2, category: "drainase", text: "Selokan jln mawar tersumbat, tolong dikeruk" });
  const b1 = addAspiration(ts.store, { residentId: r3, rw: 3, rt: 1, category: "drainase", text: "Saluran air di depan balai RW bocor dan bau", location: "Gang Melati" });
  for (const id of [a1, a2, b1]) expect(agg.ingest(id).ok).toBe(true);
  const A = clusterOf(a1);
  const B = clusterOf(b1);
  expect(clusterOf(a2)).toBe(A);
  expect(B).not.toBe(A);
  expect(agg.support(A, r3).ok).toBe(true);
  expect(agg.support(A, r4).ok).toBe(true);
  return { r1, r2, r3, r4, a1, a2, b1, A, B };
}

describe("mergeClusters", () => {
  it("moves every member and supporter into the target, counts a person once, deletes the source and re-points rembug items", () => {
    const w = world();
    const result = ts.store.db.prepare(`INSERT INTO rembug_results (level, rw, rt, state, created_at, updated_at) VALUES ('rt', 3, 2, 'draft', 1, 1)`).run().lastInsertRowid;
    ts.store.db.prepare(`INSERT INTO rembug_items (result_id, rank, aspiration_id, cluster_id, source) VALUES (?, 1, ?, ?, 'aspirasi')`).run(result, w.a1, w.A);

    // Named by any member: a2 stands for cluster A.
    const r = mergeClusters(opts(), { from: ticketOf(w.a2), into: ticketOf(w.b1), reason: "  lokasi   sama, satu saluran " });
    expect(r).toMatchObject({ ok: true, clusterId: w.B, supporters: 4 });
    expect(cluster(w.A)).toBeUndefined();
    expect(cluster(w.B)).toMatchObject({ members: 3, supporters: 4, representative_aspiration_id: w.b1 });
    expect(supportersOf(w.B)).toEqual([w.r1, w.r2, w.r3, w.r4]);
    // r3 raised B and supported A from the menu: one row, still backed by the aspiration.
    expect(ts.store.db.prepare(`SELECT via, aspiration_id FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`).get(w.B, w.r3)).toEqual({ via: "aspiration", aspiration_id: w.b1 });
    expect(ts.store.db.prepare(`SELECT aspiration_id, state FROM cluster_members WHERE cluster_id = ? ORDER BY aspiration_id`).all(w.B)).toEqual([
      { aspiration_id: w.a1, state: "merged" },
      { aspiration_id: w.a2, state: "merged" },
      { aspiration_id: w.b1, state: "own" },
    ]);
    expect(ts.store.db.prepare(`SELECT cluster_id FROM rembug_items`).pluck().get()).toBe(w.B);
    // One row per usulan for the dashboard (aspirations.proposal, migration 026): only B's representative.
    expect(ts.store.db.prepare(`SELECT id FROM aspirations WHERE proposal = 1 ORDER BY id`).pluck().all()).toEqual([w.b1]);
    const audit = ts.store.audit.recent(5, "cluster.lpmk-merge");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: "resident:99", subject: `ticket:${ticketOf(w.a1)}` });
    expect(JSON.parse(audit[0]!.detail!)).toEqual({ into: ticketOf(w.b1), reason: "lokasi sama, satu saluran", moved: 2 });
    expect(listClusterEdits(ts.store.db, { rw: 3, limit: 10 })).toMatchObject([{ kind: "merge", fromTicket: ticketOf(w.a1), toTicket: ticketOf(w.b1), moved: 2, rw: 3 }]);
    expect(listClusterEdits(ts.store.db, { rw: 4, limit: 10 })).toEqual([]);
  });

  it("keeps a person's support backed by their aspiration when they had only a menu Dukung on the target", () => {
    const w = world();
    // r3 raised B and supported A from the menu; merging B into A keeps r3 once, backed by b1.
    expect(mergeClusters(opts(), { from: ticketOf(w.b1), into: ticketOf(w.a1), reason: "satu saluran yang sama" }).ok).toBe(true);
    expect(ts.store.db.prepare(`SELECT via, aspiration_id FROM cluster_supporters WHERE cluster_id = ? AND resident_id = ?`).all(w.A, w.r3)).toEqual([{ via: "aspiration", aspiration_id: w.b1 }]);
    expect(cluster(w.A)).toMatchObject({ members: 3, supporters: 4 });
  });

  it("tells each resident behind the merged proposal once, and leaves a trail both ways", () => {
    const w = world();
    const r = mergeClusters(opts(), { from: ticketOf(w.a1), into: ticketOf(w.b1), reason: "satu saluran yang sama" });
    expect(r.ok && [...r.notified].sort((x, y) => x - y)).toEqual([w.r1, w.r2, w.r3, w.r4]);
    for (const rid of [w.r1, w.r2, w.r3, w.r4]) {
      const n = noticesTo(rid);
      expect(n).toHaveLength(1);
      expect(n[0]).toContain(`Kabar usulan ${ticketOf(w.a1)}: LPMK menggabungkannya dengan usulan serupa ${ticketOf(w.b1)}.`);
      expect(n[0]).toContain("Alasan: satu saluran yang sama");
    }
    const into = { at: 10_000, kind: "merged-into", ticket: ticketOf(w.b1), reason: "satu saluran yang sama" };
    expect(clusterTrail(ts.store.db, w.a1)).toEqual([into]);
    expect(clusterTrail(ts.store.db, w.a2)).toEqual([into]);
    expect(clusterTrail(ts.store.db, w.b1)).toEqual([{ at: 10_000, kind: "merged-from", ticket: ticketOf(w.a1), reason: "satu saluran yang sama" }]);
  });

  it("refuses, changing nothing: no reason, same cluster, other RW, other category, other status, rahasia, unknown, not LPMK", () => {
    const w = world();
    const r5 = addResident(ts.store, 4, 1);
    const otherRw = addAspiration(ts.store, { residentId: r5, rw: 4, rt: 1, category: "drainase", text: "Got mampet di RW empat" });
    const otherCat = addAspiration(ts.store, { residentId: w.r1, rw: 3, rt: 2, category: "jalan", text: "Jalan berlubang depan masjid" });
    const secret = addAspiration(ts.store, { residentId: w.r1, rw: 3, rt: 2, category: "drainase", text: "Ketua RT menimbun got" });
    ts.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(secret);
    for (const id of [otherRw, otherCat, secret]) agg.ingest(id);
    const before = snapshot();
    const a = ticketOf(w.a1);
    const cases: Array<[RoleGrant[], string, string, string, string]> = [
      [LPMK, a, ticketOf(w.b1), "x", "reason-required"],
      [LPMK, a, ticketOf(w.a2), "alasan cukup", "same-cluster"],
      [LPMK, a, ticketOf(otherRw), "alasan cukup", "other-rw"],
      [LPMK, a, ticketOf(otherCat), "alasan cukup", "other-category"],
      [LPMK, a, ticketOf(secret), "alasan cukup", "not-clustered"],
      [LPMK, a, "ASP-ZZZZ", "alasan cukup", "unknown-ticket"],
      [[{ role: "ketua_rw", rw: 3 }], a, ticketOf(w.b1), "alasan cukup", "forbidden"],
      [[], a, ticketOf(w.b1), "alasan cukup", "forbidden"],
    ];
    for (const [grants, from, into, reason, code] of cases) {
      const r = mergeClusters(opts(grants), { from, into, reason });
      expect(r.ok ? "merged" : r.error.code, `${from} -> ${into}`).toBe(code);
    }
    ts.store.aspirations.setStatus(w.b1, "masuk-prioritas", null, "test", 5_000);
    const statusBefore = snapshot();
    const r = mergeClusters(opts(), { from: a, into: ticketOf(w.b1), reason: "alasan cukup" });
    expect(r.ok ? "merged" : r.error.code).toBe("status-differs");
    expect(snapshot()).toEqual(statusBefore);
    expect((before as { c: string }).c).toEqual((statusBefore as { c: string }).c);
  });
});

describe("splitAspiration", () => {
  it("takes one aspiration out with its sender's support, tells the sender and leaves a trail", () => {
    const w = world();
    const r = splitAspiration(opts(), { ticket: ticketOf(w.a2), reason: "beda titik lokasi" });
    expect(r.ok).toBe(true);
    const fresh = clusterOf(w.a2);
    expect(fresh).not.toBe(w.A);
    expect(cluster(fresh)).toMatchObject({ members: 1, supporters: 1, representative_aspiration_id: w.a2 });
    expect(cluster(w.A)).toMatchObject({ members: 1, supporters: 3 });
    expect(supportersOf(w.A)).toEqual([w.r1, w.r3, w.r4]);
    expect(agg.clusterOf(w.a2)!.state).toBe("own");
    expect(noticesTo(w.r2)).toEqual([expect.stringContaining(`Kabar aspirasi ${ticketOf(w.a2)}: LPMK memisahkannya dari usulan ${ticketOf(w.a1)}`)]);
    expect(noticesTo(w.r1)).toEqual([]);
    expect(clusterTrail(ts.store.db, w.a2)).toEqual([{ at: 10_000, kind: "split-from", ticket: ticketOf(w.a1), reason: "beda titik lokasi" }]);
    expect(clusterTrail(ts.store.db, w.a1)).toEqual([{ at: 10_000, kind: "split-out", ticket: ticketOf(w.a2), reason: "beda titik lokasi" }]);
    expect(ts.store.audit.recent(5, "cluster.lpmk-split")).toHaveLength(1);
  });

  it("gives the cluster its oldest remaining member as representative when the representative leaves", () => {
    const w = world();
    expect(splitAspiration(opts(), { ticket: ticketOf(w.a1), reason: "bukan masalah yang sama" }).ok).toBe(true);
    expect(cluster(w.A)).toMatchObject({ members: 1, representative_aspiration_id: w.a2 });
    expect(agg.clusterOf(w.a2)!.state).toBe("own");
    expect(supportersOf(w.A)).toEqual([w.r2, w.r3, w.r4]);
    expect(ts.store.db.prepare(`SELECT id FROM aspirations WHERE proposal = 1 ORDER BY id`).pluck().all()).toEqual([w.a1, w.a2, w.b1]);
  });

  it("refuses an aspiration that is already alone, and a non-LPMK actor", () => {
    const w = world();
    const before = snapshot();
    const alone = splitAspiration(opts(), { ticket: ticketOf(w.b1), reason: "alasan cukup" });
    expect(alone.ok ? "split" : alone.error.code).toBe("alone");
    const rt = splitAspiration(opts([{ role: "ketua_rt", rw: 3, rt: 2 }]), { ticket: ticketOf(w.a2), reason: "alasan cukup" });
    expect(rt.ok ? "split" : rt.error.code).toBe("forbidden");
    expect(snapshot()).toEqual(before);
  });
});

describe("hapus data", () => {
  it("leaves no edit naming the LPMK member who made it", () => {
    const w = world();
    const lpmk = reachable(3, 1);
    expect(mergeClusters({ ...opts(), actor: `resident:${lpmk}` }, { from: ticketOf(w.a1), into: ticketOf(w.b1), reason: "satu saluran" }).ok).toBe(true);
    ts.store.db.transaction(() => ts.store.residents.deletePersonalData(lpmk, 20_000, { pseudonym: "anon:0123456789ab" }))();
    expect(ts.store.db.prepare(`SELECT actor FROM cluster_edits`).pluck().all()).toEqual(["anon:0123456789ab"]);
  });
});

describe("re-ingest and reindex after an edit", () => {
  it("keep the merge and the split, and the merged texts stay searchable under the merged cluster", () => {
    const w = world();
    expect(mergeClusters(opts(), { from: ticketOf(w.a1), into: ticketOf(w.b1), reason: "satu saluran" }).ok).toBe(true);
    // After a reindex a1 is still searchable in its scope, and a search hit on it leads to cluster B.
    reindexAggregator(ts.store.db);
    const hit = ts.store.db
      .prepare(`SELECT f.scope, m.cluster_id FROM aggregator_fts f JOIN cluster_members m ON m.aspiration_id = f.rowid WHERE f.rowid = ?`)
      .get(w.a1);
    expect(hit).toEqual({ scope: "s3cdrainasex", cluster_id: w.B });
    // A later text like a1 does not drift into B: B's representative names another place (the aggregator's
    // precision rule); it starts its own cluster, which the LPMK can merge in turn.
    const late = addAspiration(ts.store, { residentId: reachable(3, 2), rw: 3, rt: 2, category: "drainase", text: "Got di Jl. Mawar mampet kalau hujan deras" });
    expect(agg.ingest(late)).toMatchObject({ ok: true, isNewCluster: true });
    expect(splitAspiration(opts(), { ticket: ticketOf(w.a2), reason: "beda titik" }).ok).toBe(true);
    const before = snapshot();
    // What `npm run admin -- reingest` and a redelivered queue job do: ingest again.
    for (const id of [w.a1, w.a2, w.b1, late]) expect(agg.ingest(id)).toMatchObject({ ok: true, alreadyIngested: true });
    expect(reindexAggregator(ts.store.db, { batchSize: 1 }).docs).toBe(4);
    expect(snapshot()).toEqual(before);
  });
});
