/** Rembug RW (from the confirmed RT lists, shared proposals combined, provenance kept) and Pokmas (meeting items only). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { file, finishPlainly, head, items, openCycle, results, rtRembug as rtRembugOf } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

const rtRembug = (user: string, rt: number, picks: string, count: number) => rtRembugOf(h, user, rt, picks, count);

describe("rembug RW", () => {
  it("shows the RTs' progress, combines a proposal shared by two RTs into one line, and keeps its provenance", async () => {
    await h.register("w1", "Siti Aminah", "3", "1");
    await h.register("w2", "Budi Santoso", "3", "2");
    const shared1 = await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    const shared2 = await file(h, "w2", "Selokan jln mawar tersumbat, tolong dikeruk", "jln mawar");
    await h.press("w2", "ya");
    const only2 = await file(h, "w2", "Lampu jalan di Gang Melati mati sudah sebulan", "Gang Melati", "keamanan");
    openCycle(h);
    await rtRembug("rt1", 1, "1", 1);
    await head(h, "rw", { role: "ketua_rw", rw: 3 }, "Ketua RW");
    // RT 02 has not confirmed yet.
    let intro = textOf(await h.send("rw", "/rembug"));
    expect(intro).toMatch(/sudah mengonfirmasi rembug: 01\nRT yang belum: 02, 03, 04, 05, 06/);
    await h.send("rw", "menu");
    const rt2Labels = await (async () => {
      await head(h, "rt2", { role: "ketua_rt", rw: 3, rt: 2 }, "Ketua RT 2", "3", "2");
      await h.send("rt2", "/rembug");
      return h.lastQuestion("rt2")!.options!.map((o) => o.label);
    })();
    expect(rt2Labels.some((l) => l.includes(only2))).toBe(true);
    const order = rt2Labels.findIndex((l) => l.includes(only2)) === 0 ? "1 2" : "2 1";
    await h.send("rt2", order);
    await h.press("rt2", "selesai");
    await finishPlainly(h, "rt2", 2);
    await h.send("rt2", "konfirmasi");

    intro = textOf(await h.send("rw", "/rembug"));
    expect(intro).toMatch(/sudah mengonfirmasi rembug: 01, 02\nRT yang belum: 03, 04, 05, 06/);
    const lines = h.lastQuestion("rw")!.options!.map((o) => o.label);
    expect(lines).toHaveLength(2);
    const combined = lines.find((l) => l.includes("Jl Mawar"))!;
    expect(combined).toMatch(/2 pendukung \(RT 01 no\. 1, RT 02 no\. 2\)/);
    expect(lines.find((l) => l.includes(only2))).toMatch(/\(RT 02 no\. 1\)/);
    expect([shared1, shared2].some((t) => combined.includes(t))).toBe(true);
    // The RW list: the shared drainage first; no meeting items at RW level, straight to funding.
    const n = lines.indexOf(combined) + 1;
    expect(textOf(await h.send("rw", `${n} ${3 - n}`))).toContain("Sumber dana");
    await finishPlainly(h, "rw", 2);
    await h.send("rw", "konfirmasi");
    const rw = results(h).find((r) => r.level === "rw")!;
    expect(rw.state).toBe("confirmed");
    expect(items(h, rw.id).map((i) => i.source)).toEqual(["rt-list", "rt-list"]);
    const provenance = h.app.store.db
      .prepare(
        `SELECT r.rt, s_i.rank FROM rembug_item_sources s JOIN rembug_items s_i ON s_i.id = s.rt_item_id JOIN rembug_results r ON r.id = s_i.result_id
         JOIN rembug_items w ON w.id = s.rw_item_id WHERE w.result_id = ? AND w.rank = 1 ORDER BY r.rt`,
      )
      .all(rw.id);
    expect(provenance).toEqual([
      { rt: 1, rank: 1 },
      { rt: 2, rank: 2 },
    ]);
    const pdf = h.channel.sentTo("rw").find((m) => m.document)!.document!;
    expect(pdf.filename).toBe("berita-acara-rembug-rw03-v1.pdf");
    // Reopened by the LPMK like an RT result: the new draft copies the RW list and its provenance.
    expect(textOf(await h.send("admin", "/rembug buka 3"))).toContain("Rembug RW 03 dibuka kembali sebagai versi 2");
    const rwResults = results(h).filter((r) => r.level === "rw");
    expect(rwResults.map((r) => r.state)).toEqual(["superseded", "draft"]);
    const copied = h.app.store.db
      .prepare(`SELECT COUNT(*) AS n FROM rembug_item_sources s JOIN rembug_items w ON w.id = s.rw_item_id WHERE w.result_id = ?`)
      .get(rwResults[1]!.id);
    expect(copied).toEqual({ n: 3 });
  });

  it("caps the RW list at REMBUG_RW_MAX_ITEMS", async () => {
    const h2 = await createHarness({ env: { REMBUG_RW_MAX_ITEMS: "1" } });
    try {
      await h2.register("w1", "Siti Aminah");
      await file(h2, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
      await file(h2, "w1", "Lampu jalan di Gang Melati mati sudah sebulan", "Gang Melati", "keamanan");
      openCycle(h2);
      const prev = h;
      h = h2;
      await rtRembug("rt2", 2, "1 2", 2);
      await head(h2, "rw", { role: "ketua_rw", rw: 3 }, "Ketua RW");
      expect(textOf(await h2.send("rw", "/rembug"))).toContain("paling banyak 1 usulan");
      expect(textOf(await h2.send("rw", "1 2"))).toContain("paling banyak 1");
      h = prev;
    } finally {
      await h2.close();
    }
  });
});

describe("rembug Pokmas", () => {
  it("has no resident candidates: every item is added at the meeting, then confirmed with the group's name", async () => {
    await h.register("w1", "Siti Aminah");
    await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    openCycle(h);
    const pokmasId = h.app.store.roles.addPokmas("Karang Taruna Tunas Muda", 3, "test");
    await head(h, "kt", { role: "ketua_pokmas", pokmasId }, "Ketua KT");
    const intro = textOf(await h.send("kt", "/rembug"));
    expect(intro).toContain("Rembug Pokmas Karang Taruna Tunas Muda");
    expect(intro).not.toContain("ASP-");
    await h.press("kt", "tambah");
    await h.press("kt", "ekonomi");
    await h.send("kt", "Pelatihan sablon untuk pemuda putus sekolah");
    const added = textOf(await h.send("kt", "Balai RW 03"));
    const ticket = /(ASP-\w{4})/.exec(added)![1];
    await h.press("kt", "selesai");
    await finishPlainly(h, "kt", 1);
    await h.send("kt", "konfirmasi");
    const res = results(h)[0]!;
    expect(res).toMatchObject({ level: "pokmas", state: "confirmed" });
    expect(items(h, res.id)).toMatchObject([{ ticket, source: "rembug", funding: "apbd" }]);
    expect(h.app.store.db.prepare(`SELECT pokmas_id FROM rembug_results`).get()).toEqual({ pokmas_id: pokmasId });
  });
});
