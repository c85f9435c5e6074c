/** The aggregator's bookkeeping: idempotent ingest, scope per RW and category, supporters, merge and split. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator, type Aggregator } from "../../src/aggregator/aggregator.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "./helpers.js";

let ts: TestStore;
let agg: Aggregator;
beforeEach(() => {
  ts = tmpStore("agg");
  agg = createAggregator(ts.store.db, { log: silentLogger() });
});
afterEach(() => ts.cleanup());

const GOT = "Got di Jl. Mawar mampet kalau hujan";
const SELOKAN = "Selokan jln mawar tersumbat, tolong dikeruk";

function row(sql: string, ...args: unknown[]) {
  return ts.store.db.prepare(sql).get(...args) as Record<string, number>;
}

describe("ingest", () => {
  it("is idempotent: a second call for the same aspiration changes nothing", () => {
    const r1 = addResident(ts.store, 3, 2);
    const id = addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: GOT });
    const first = agg.ingest(id);
    const before = row("SELECT (SELECT COUNT(*) FROM clusters) c, (SELECT COUNT(*) FROM cluster_members) m, (SELECT COUNT(*) FROM cluster_supporters) s, (SELECT COUNT(*) FROM aggregator_fts) f");
    const second = agg.ingest(id);
    expect(first).toMatchObject({ ok: true, isNewCluster: true, alreadyIngested: false, supporters: 1 });
    expect(second).toMatchObject({ ok: true, clusterId: first.ok ? first.clusterId : -1, alreadyIngested: true, supporters: 1 });
    expect(row("SELECT (SELECT COUNT(*) FROM clusters) c, (SELECT COUNT(*) FROM cluster_members) m, (SELECT COUNT(*) FROM cluster_supporters) s, (SELECT COUNT(*) FROM aggregator_fts) f")).toEqual(before);
  });

  it("returns a value, not an exception, for an aspiration that does not exist", () => {
    expect(agg.ingest(999)).toEqual({ ok: false, aspirationId: 999, error: "not-found" });
  });

  it("clusters a duplicate from another resident and counts both as supporters", () => {
    const a = addAspiration(ts.store, { residentId: addResident(ts.store, 3, 2), rw: 3, rt: 2, category: "drainase", text: GOT });
    const b = addAspiration(ts.store, { residentId: addResident(ts.store, 3, 2), rw: 3, rt: 2, category: "drainase", text: SELOKAN });
    const ra = agg.ingest(a);
    const rb = agg.ingest(b);
    expect(rb).toMatchObject({ ok: true, isNewCluster: false, similarCount: 1, supporters: 2 });
    expect(ra.ok && rb.ok && ra.clusterId === rb.clusterId).toBe(true);
  });

  it("never clusters across RWs or categories", () => {
    const a = addAspiration(ts.store, { residentId: addResident(ts.store, 3, 2), rw: 3, rt: 2, category: "drainase", text: GOT });
    const otherRw = addAspiration(ts.store, { residentId: addResident(ts.store, 4, 2), rw: 4, rt: 2, category: "drainase", text: GOT });
    const otherCat = addAspiration(ts.store, { residentId: addResident(ts.store, 3, 2), rw: 3, rt: 2, category: "jalan", text: GOT });
    for (const id of [a, otherRw, otherCat]) expect(agg.ingest(id)).toMatchObject({ ok: true, isNewCluster: true });
    expect(row("SELECT COUNT(*) n FROM clusters").n).toBe(3);
  });

  it("counts a resident once however many similar aspirations they send", () => {
    const r1 = addResident(ts.store, 3, 2);
    agg.ingest(addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: GOT }));
    const again = agg.ingest(addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: SELOKAN }));
    expect(again).toMatchObject({ ok: true, isNewCluster: false, similarCount: 0, supporters: 1 });
    expect(row("SELECT members FROM clusters").members).toBe(2);
  });

  it("hands a likely duplicate to the hint hook exactly once, inside the ingest", () => {
    const seen: number[] = [];
    const hinted = createAggregator(ts.store.db, { log: silentLogger(), onLikelyDuplicate: (d) => void seen.push(d.similarCount) });
    hinted.ingest(addAspiration(ts.store, { residentId: addResident(ts.store, 3, 2), rw: 3, rt: 2, category: "drainase", text: GOT }));
    const b = addAspiration(ts.store, { residentId: addResident(ts.store, 3, 2), rw: 3, rt: 2, category: "drainase", text: SELOKAN });
    hinted.ingest(b);
    hinted.ingest(b);
    expect(seen).toEqual([1]);
  });
});

describe("supporters", () => {
  it("adds a resident of the same RW once, and refuses one from another RW", () => {
    const r1 = addResident(ts.store, 3, 2);
    const r = agg.ingest(addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: GOT }));
    if (!r.ok) throw new Error("ingest failed");
    const neighbour = addResident(ts.store, 3, 5);
    expect(agg.support(r.clusterId, neighbour)).toEqual({ ok: true, added: true, supporters: 2 });
    expect(agg.support(r.clusterId, neighbour)).toEqual({ ok: true, added: false, supporters: 2 });
    expect(agg.support(r.clusterId, addResident(ts.store, 4, 1))).toEqual({ ok: false, error: "other-rw" });
    expect(agg.support(12345, neighbour)).toEqual({ ok: false, error: "not-found" });
  });
});

describe("answering the duplicate hint", () => {
  function pair() {
    const r1 = addResident(ts.store, 3, 2);
    const r2 = addResident(ts.store, 3, 2);
    const a = agg.ingest(addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: GOT }));
    const bId = addAspiration(ts.store, { residentId: r2, rw: 3, rt: 2, category: "drainase", text: SELOKAN });
    const b = agg.ingest(bId);
    if (!a.ok || !b.ok) throw new Error("ingest failed");
    return { r1, r2, a, b, bId };
  }

  it("merges the aspiration and keeps the resident as a supporter", () => {
    const { r2, a, bId } = pair();
    expect(agg.confirmMerge(bId, r2)).toEqual({ ok: true, clusterId: a.clusterId, supporters: 2 });
    expect(agg.clusterOf(bId)).toEqual({ clusterId: a.clusterId, state: "merged" });
  });

  it("splits it into its own cluster and takes the resident's support with it", () => {
    const { r2, a, bId } = pair();
    const r = agg.separate(bId, r2);
    expect(r.ok && r.clusterId !== a.clusterId && r.supporters === 1).toBe(true);
    expect(row("SELECT supporters, members FROM clusters WHERE id = ?", a.clusterId)).toEqual({ supporters: 1, members: 1 });
    expect(agg.clusterOf(bId)?.state).toBe("own");
  });

  it("only lets the author answer for their aspiration", () => {
    const { r1, bId } = pair();
    expect(agg.confirmMerge(bId, r1)).toEqual({ ok: false, error: "not-yours" });
    expect(agg.separate(bId, r1)).toEqual({ ok: false, error: "not-yours" });
  });

  it("keeps a resident's support for the old cluster when they raised it with another aspiration too", () => {
    const r1 = addResident(ts.store, 3, 2);
    const a = agg.ingest(addAspiration(ts.store, { residentId: r1, rw: 3, rt: 2, category: "drainase", text: GOT }));
    const r2 = addResident(ts.store, 3, 2);
    agg.ingest(addAspiration(ts.store, { residentId: r2, rw: 3, rt: 2, category: "drainase", text: SELOKAN }));
    const second = addAspiration(ts.store, { residentId: r2, rw: 3, rt: 2, category: "drainase", text: "Got jl mawar mampet, air meluap" });
    agg.ingest(second);
    if (!a.ok) throw new Error("ingest failed");
    agg.separate(second, r2);
    expect(row("SELECT supporters FROM clusters WHERE id = ?", a.clusterId).supporters).toBe(2);
  });
});
