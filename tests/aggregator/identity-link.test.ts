/** /tautkan and the aggregator: after linking two accounts of one person, they count once as a supporter. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator, type Aggregator } from "../../src/aggregator/aggregator.js";
import { moveSupporters } from "../../src/aggregator/resident-merge.js";
import {
  defaultLinkCode,
  issueLinkCode,
  LINK_MAX_FAILURES_PER_CODE,
  LINK_MAX_FAILURES_PER_HOUR,
  redeemLinkCode,
} from "../../src/app/identity-link.js";
import { TICKET_ALPHABET } from "../../src/engine/tickets.js";
import { parseLinkCode } from "../../flows/tautkan.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "./helpers.js";

const RW = 3;
const PN = "6281234567890@s.whatsapp.net";
const CODE = "7K3QM9XA";

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
    const outcome = ts.store.tx(() => redeemLinkCode(ts.store, wa, { channel: "whatsapp", address: PN }, CODE, 6_000));

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
        redeemLinkCode(ts.store, wa, { channel: "whatsapp", address: PN }, CODE, 6_000);
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

describe("/tautkan codes cannot be guessed, and do not tell which codes are valid", () => {
  const from = (address: string) => ({ channel: "whatsapp" as const, address });
  const redeem = (residentId: number, address: string, code: string, now: number) =>
    ts.store.tx(() => redeemLinkCode(ts.store, residentId, from(address), code, now));

  it("issues codes of 8 characters from the ticket alphabet and reads them back however typed", () => {
    const codes = Array.from({ length: 200 }, () => defaultLinkCode());
    for (const c of codes) expect([...c].every((ch) => TICKET_ALPHABET.includes(ch)) && c.length === 8).toBe(true);
    expect(new Set(codes).size).toBe(200);
    expect(parseLinkCode("7k3q m9xa")).toBe("7K3QM9XA");
    expect(parseLinkCode("7K3Q-M9XA")).toBe("7K3QM9XA");
    expect(parseLinkCode("482913")).toBeNull();
    // 0, 1, O, I, L and U are not in the alphabet.
    expect(parseLinkCode("7K3QM9X0")).toBeNull();
  });

  it("answers a valid code sent from the same app exactly like a wrong one", () => {
    const tg = addResident(ts.store, RW, 2);
    issueLinkCode(ts.store, tg, "telegram", "u-tg", 5_000, () => CODE);
    const other = whatsappResident();
    const ownCode = issueLinkCode(ts.store, other, "whatsapp", PN, 5_000, () => "ABCDEFGH");
    const wrong = redeem(other, PN, "ZZZZZZZZ", 6_000);
    // Its own code, from the same app.
    expect(redeem(other, PN, ownCode, 6_001)).toEqual(wrong);
    // Someone else's valid code, typed on the app it was made on.
    const sameApp = ts.store.residents.resolve("telegram", "u-tg2", { lang: "id", now: 6_000 }).id;
    expect(ts.store.tx(() => redeemLinkCode(ts.store, sameApp, { channel: "telegram", address: "u-tg2" }, CODE, 6_002))).toEqual(wrong);
    expect(wrong).toEqual({ ok: false, reason: "no-link" });
  });

  it("counts failures per address: a fresh resident on the same number gets no fresh tries", () => {
    const tg = addResident(ts.store, RW, 2);
    issueLinkCode(ts.store, tg, "telegram", "u-tg", 5_000, () => CODE);
    const first = ts.store.residents.resolve("whatsapp", PN, { lang: "id", now: 5_000 }).id;
    for (let i = 0; i < LINK_MAX_FAILURES_PER_HOUR; i++) expect(redeem(first, PN, `WRONG${i + 2}AA`, 6_000 + i)).toMatchObject({ reason: "no-link" });
    // "hapus data" then a new start: a new resident id behind the same address.
    ts.store.tx(() => ts.store.residents.deletePersonalData(first, 7_000, { pseudonym: "anon:test" }));
    const again = ts.store.residents.resolve("whatsapp", PN, { lang: "id", now: 7_000 }).id;
    expect(again).not.toBe(first);
    expect(redeem(again, PN, CODE, 7_001)).toEqual({ ok: false, reason: "too-many-attempts" });
    // Another address is not blocked, and the right code still links from there; an hour later the first may try again.
    const other = ts.store.residents.resolve("whatsapp", "6289999999999@s.whatsapp.net", { lang: "id", now: 7_000 }).id;
    expect(redeem(other, "6289999999999@s.whatsapp.net", CODE, 7_002)).toMatchObject({ ok: true, targetResidentId: tg });
    expect(redeem(again, PN, "ZZZZZZZZ", 7_001 + 3_600_000)).toEqual({ ok: false, reason: "no-link" });
  });

  it("withdraws a live code once failures from any number of addresses reach its limit", () => {
    const tg = addResident(ts.store, RW, 2);
    issueLinkCode(ts.store, tg, "telegram", "u-tg", 5_000, () => CODE);
    for (let i = 0; i < LINK_MAX_FAILURES_PER_CODE; i++) {
      const address = `62800000${String(i).padStart(4, "0")}@s.whatsapp.net`;
      const id = ts.store.residents.resolve("whatsapp", address, { lang: "id", now: 5_000 }).id;
      expect(redeem(id, address, "ZZZZZZZZ", 6_000 + i)).toMatchObject({ reason: "no-link" });
    }
    const late = ts.store.residents.resolve("whatsapp", PN, { lang: "id", now: 9_000 }).id;
    expect(redeem(late, PN, CODE, 9_000)).toEqual({ ok: false, reason: "no-link" });
  });
});
