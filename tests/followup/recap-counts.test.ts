/**
 * The follow-up counts per RW (proposals per status, done, residents who confirmed them fixed) in /rekap and in
 * `npm run admin -- rekap`, not only in /usulan rekap; an RW head sees their RW's only, and rahasia is not counted.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rekapCommand } from "../../src/admin/commands/rekap.js";
import type { AspirationStatus } from "../../src/core/domain.js";
import { silentLogger } from "../../src/core/logger.js";
import { addAspiration } from "../aggregator/helpers.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

const RW03 = ["RW 03: 1 selesai · 2 warga mengonfirmasi · 1 warga melaporkan belum beres", "  Usulan menurut status: Masuk prioritas 1 · Dikerjakan 1 · Selesai 1"];
const RW01 = ["RW 01: 0 selesai · 0 warga mengonfirmasi · 0 warga melaporkan belum beres", "  Usulan menurut status: Diterima 1 · Ditolak 1"];

describe("follow-up counts in the recap", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ env: { LPMK_ADMINS: "fake:lpmk" } });
    const store = h.app.store;
    const residents: number[] = [];
    for (const [user, rw, rt] of [
      ["w1", "3", "2"],
      ["w2", "3", "2"],
      ["w3", "3", "1"],
      ["w4", "3", "1"],
      ["w5", "1", "1"],
      ["rw1", "1", "2"],
    ] as const) {
      await h.register(user, `Warga ${user}`, rw, rt);
      residents.push(store.residents.findByIdentity("fake", user)!.id);
    }
    const [w1, w2, w3, w4, w5, rwHead] = residents as [number, number, number, number, number, number];
    store.roles.grant(rwHead, { role: "ketua_rw", rw: 1 }, "test");
    const add = (residentId: number, rw: number, rt: number, text: string, status: AspirationStatus, ingest = true) => {
      const id = addAspiration(store, { residentId, rw, rt, category: "drainase", text, location: "Gang Mawar" });
      if (ingest) expect(h.app.aggregator.ingest(id).ok).toBe(true);
      if (status !== "diterima") store.aspirations.setStatus(id, status, status === "ditolak" ? "dobel" : null, "test", h.clock.now);
      return id;
    };
    const answer = (aspirationId: number, residentId: number, a: "sudah" | "belum") =>
      store.db
        .prepare(
          `INSERT INTO followup_asks (aspiration_id, resident_id, completed_at, due_at, asked_at, answered_at, answer) VALUES (?, ?, 1, 2, 3, 4, ?)`,
        )
        .run(aspirationId, residentId, a);
    // RW 03: a drain with two residents behind it, done and confirmed by both ...
    const done = add(w1, 3, 2, "Selokan depan rumah nomor 12 mampet dan meluap", "selesai");
    expect(h.app.aggregator.support(h.app.aggregator.clusterOf(done)!.clusterId, w2).ok).toBe(true);
    answer(done, w1, "sudah");
    answer(done, w2, "sudah");
    // ... one reopened by a resident who said it is not fixed, one on the RT list ...
    const reopened = add(w3, 3, 1, "Jalan Kenanga berlubang besar di depan pos ronda", "dikerjakan");
    answer(reopened, w3, "belum");
    add(w3, 3, 1, "Lampu jalan di ujung Gang Melati mati sejak bulan lalu", "masuk-prioritas");
    // ... and a rahasia report, done and confirmed: for the LPMK only, not counted.
    const secret = add(w4, 3, 1, "Pungutan liar oleh ketua RT untuk surat pengantar", "selesai", false);
    store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(secret);
    answer(secret, w4, "sudah");
    // RW 01: one rejected, one not yet discussed.
    add(w5, 1, 1, "Taman bermain anak di lahan kosong RW 01", "ditolak");
    add(w5, 1, 1, "Tempat sampah terpilah di depan balai RW 01", "diterima");
  }, 30_000);
  afterEach(async () => {
    await h.close();
  });

  const lines = (text: string) => text.split("\n");

  it("shows each RW's proposals per status, done and confirmed in /rekap for the LPMK", async () => {
    const text = textOf(await h.send("lpmk", "/rekap"));
    expect(text).toContain("Tindak lanjut usulan per RW");
    const l = lines(text);
    const at = l.indexOf(RW01[0]!);
    expect(l.slice(at, at + 4)).toEqual([...RW01, ...RW03]);
  });

  it("shows an RW head their own RW's counts only", async () => {
    const text = textOf(await h.send("rw1", "/rekap"));
    expect(lines(text)).toEqual(expect.arrayContaining(RW01));
    expect(text).not.toContain("RW 03:");
    // Another RW: the shared refusal of privileged actions, then what they may see; audited.
    const refused = textOf(await h.send("rw1", "/rekap 3"));
    expect(refused.split("\n\n")[0]).toBe(`${h.app.i18n.t("id", "access-denied")}\nBapak/Ibu hanya dapat melihat rekap RW 01.`);
    expect(h.app.store.audit.recent(10, "access.denied").map((a) => a.subject)).toEqual(["flow:rekap"]);
  });

  it("prints the same counts from npm run admin -- rekap", async () => {
    const out: string[] = [];
    const code = await rekapCommand.run({ config: h.app.config, store: h.app.store, t: h.app.i18n.t, log: silentLogger(), args: [], out: (l) => out.push(l) });
    expect(code).toBe(0);
    const at = out.indexOf(RW01[0]!);
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at, at + 4)).toEqual([...RW01, ...RW03]);
    const one: string[] = [];
    await rekapCommand.run({ config: h.app.config, store: h.app.store, t: h.app.i18n.t, log: silentLogger(), args: ["--rw", "3"], out: (l) => one.push(l) });
    expect(one).toEqual(expect.arrayContaining(RW03));
    expect(one.join("\n")).not.toContain("RW 01:");
  });
});
