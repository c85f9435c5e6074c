/** /tautkan and the aggregator: after linking two accounts of one person, they count once as a supporter. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator, type Aggregator } from "../../src/aggregator/aggregator.js";
import { moveSupporters } from "../../src/aggregator/resident-merge.js";
import { issueLinkCode, redeemLinkCode } from "../../src/app/identity-link.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "./helpers.js";

const RW = 3;
const PN = "6281234567890@s.whatsapp.net";
const CODE = "123456";

let ts: TestStore;
let agg: Aggregator;
beforeEach(() => {
  ts = tmpStore("link");
  agg = createAggregator(ts.store.db, { log: silentLogger() });
});
afterEach(() => ts.cleanup());

/** The same person registered separately on WhatsApp. */
function whatsappResident(): number {
  const r = ts.store.residents.resolve("whatsapp", PN, { lang: "id", now: 1_000 });
  ts.store.residents.update(r.id, { name: "Siti (WA)", rw: RW, rt: 2, consent: "given", registered: true }, 1_000);
  return r.id;
}

function file(residentId: number, text: string, category: "drainase" | "jalan" = "drainase"): number {
  const r = agg.ingest(addAspiration(ts.store, { residentId, rw: RW, rt: 2, category, text }));
  if (!r.ok) throw new Error("ingest failed");
  return r.clusterId;
}

const clusterCounts = () =>
  ts.store.db
    .prepare(
      `SELECT c.id, c.supporters, (SELECT COUNT(DISTINCT resident_id) FROM cluster_supporters s WHERE s.cluster_id = c.id) AS distinctResidents
         FROM clusters c ORDER BY c.id`,
    )
    .all() as Array<{ id: number; supporters: number; distinctResidents: number }>;

const supportRows = (residentId: number) =>
  ts.store.db.prepare(`SELECT cluster_id, via, aspiration_id FROM cluster_supporters WHERE resident_id = ? ORDER BY cluster_id`).all(residentId) as Array<{
    cluster_id: number;
    via: string;
    aspiration_id: number | null;
  }>;

describe("linking a WhatsApp account to a Telegram resident", () => {
  it("counts the person once in a cluster both accounts raised, and hands over the other support", () => {
    const tg = addResident(ts.store, RW, 2);
    const neighbour = addResident(ts.store, RW, 2);
    const wa = whatsappResident();
    // Both accounts raised the same blocked drain: the cluster shows 3 supporters for 2 people.
    const drain = file(tg, "Got di Jl. Mawar mampet kalau hujan");
    expect(file(wa, "Selokan jln mawar tersumbat, tolong dikeruk")).toBe(drain);
    expect(file(neighbour, "got jl mawar buntu")).toBe(drain);
    // Only the WhatsApp account supports the pothole (from the menu); Telegram supports the lamp from the menu,
    // WhatsApp raised the lamp with an aspiration.
    const pothole = file(neighbour, "Jalan Melati berlubang besar", "jalan");
    expect(agg.support(pothole, wa)).toMatchObject({ ok: true, added: true, supporters: 2 });
    const lamp = file(neighbour, "Lampu jalan gang 7 mati", "jalan");
    expect(agg.support(lamp, tg)).toMatchObject({ ok: true, added: true });
    expect(file(wa, "lampu gg 7 tdk menyala", "jalan")).toBe(lamp);
    const waLampAspiration = supportRows(wa).find((r) => r.cluster_id === lamp)!.aspiration_id;
    expect(clusterCounts().find((c) => c.id === drain)?.supporters).toBe(3);

    issueLinkCode(ts.store, tg, "telegram", "u-tg", 5_000, () => CODE);
    const outcome = ts.store.tx(() => redeemLinkCode(ts.store, wa, "whatsapp", CODE, 6_000));

    expect(outcome).toMatchObject({ ok: true, targetResidentId: tg });
    expect(supportRows(wa)).toEqual([]);
    const counts = clusterCounts();
    expect(counts.find((c) => c.id === drain)?.supporters).toBe(2);
    expect(counts.find((c) => c.id === pothole)?.supporters).toBe(2);
    expect(counts.find((c) => c.id === lamp)?.supporters).toBe(2);
    for (const c of counts) expect(c.supporters).toBe(c.distinctResidents);
    // The lamp support keeps the aspiration behind it (it wins over the menu support), so "my proposal is
    // different" still works for that aspiration, now owned by the Telegram resident.
    expect(supportRows(tg)).toEqual([
      { cluster_id: drain, via: "aspiration", aspiration_id: expect.any(Number) },
      { cluster_id: pothole, via: "dukung", aspiration_id: null },
      { cluster_id: lamp, via: "aspiration", aspiration_id: waLampAspiration },
    ]);
    expect(agg.separate(waLampAspiration!, tg)).toMatchObject({ ok: true, supporters: 1 });
  });

  it("moves the support in the same transaction as the link: a rolled-back link leaves the counts as they were", () => {
    const tg = addResident(ts.store, RW, 2);
    const wa = whatsappResident();
    const drain = file(tg, "Got di Jl. Mawar mampet kalau hujan");
    file(wa, "Selokan jln mawar tersumbat");
    issueLinkCode(ts.store, tg, "telegram", "u-tg", 5_000, () => CODE);
    expect(() =>
      ts.store.tx(() => {
        redeemLinkCode(ts.store, wa, "whatsapp", CODE, 6_000);
        throw new Error("a later effect of the same message fails");
      }),
    ).toThrow("later effect");
    expect(clusterCounts().find((c) => c.id === drain)?.supporters).toBe(2);
    expect(supportRows(wa)).toHaveLength(1);
    expect(ts.store.residents.findByIdentity("whatsapp", PN)?.id).toBe(wa);
  });

  it("changes nothing when a resident is merged into themselves or has no support", () => {
    const tg = addResident(ts.store, RW, 2);
    file(tg, "Got di Jl. Mawar mampet");
    expect(moveSupporters(ts.store.db, tg, tg, 7_000)).toEqual({ moved: 0, merged: 0, clusters: [] });
    expect(moveSupporters(ts.store.db, addResident(ts.store, RW, 2), tg, 7_000)).toEqual({ moved: 0, merged: 0, clusters: [] });
    expect(clusterCounts()).toEqual([expect.objectContaining({ supporters: 1, distinctResidents: 1 })]);
  });
});
