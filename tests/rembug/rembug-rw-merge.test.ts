/**
 * The RW head combines RT list items of different proposals into one RW item by hand (`gabung`): the item keeps each
 * source RT item with its RT, rank and supporters, survives a reopening, and everyone behind each source is told.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyRembugConfirmed } from "../../src/cycle/rembug-confirmed.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { notices } from "../cycle/support.js";
import { file, finishPlainly, head, items, openCycle, results, rtRembug } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

const labels = (user: string) => h.lastQuestion(user)!.options!.map((o) => o.label);

/** RT 01 lists the culvert at the RT border; RT 02 lists its road, then its own side of the same culvert. */
async function scene() {
  await h.register("w1", "Siti Aminah", "3", "1");
  await h.register("w2", "Budi Santoso", "3", "2");
  const culvert1 = await file(h, "w1", "Gorong-gorong di batas RT 01 dan RT 02 ambrol", "Batas RT 01");
  const road = await file(h, "w2", "Jalan di Gang Melati berlubang besar", "Gang Melati", "jalan");
  const culvert2 = await file(h, "w2", "Saluran di ujung gang sebelah RT 01 jebol, airnya meluber", "Ujung Gang Melati", "sanitasi");
  openCycle(h);
  await rtRembug(h, "rt1", 1, "1", 1);
  await head(h, "rt2", { role: "ketua_rt", rw: 3, rt: 2 }, "Ketua RT 2", "3", "2");
  await h.send("rt2", "/rembug");
  const order = labels("rt2")[0]!.startsWith(road) ? "1 2" : "2 1";
  await h.send("rt2", order);
  await h.press("rt2", "selesai");
  await finishPlainly(h, "rt2", 2);
  await h.send("rt2", "konfirmasi");
  await head(h, "rw", { role: "ketua_rw", rw: 3 }, "Ketua RW");
  return { culvert1, road, culvert2 };
}

describe("rembug RW: combining lines by hand", () => {
  it("merges two RT items of different proposals into one RW item that keeps both sources, ranks and supporters", async () => {
    const s = await scene();
    expect(textOf(await h.send("rw", "/rembug"))).toContain("ketik GABUNG");
    expect(labels("rw")).toEqual([
      expect.stringMatching(new RegExp(`^${s.culvert1} .*\\(RT 01 no\\. 1\\)$`)),
      expect.stringMatching(new RegExp(`^${s.road} .*\\(RT 02 no\\. 1\\)$`)),
      expect.stringMatching(new RegExp(`^${s.culvert2} .*\\(RT 02 no\\. 2\\)$`)),
    ]);
    await h.send("rw", "gabung");
    expect(textOf(await h.send("rw", "1 9"))).toContain("dari daftar (1 sampai 3)");
    expect(textOf(await h.send("rw", "3 1"))).toContain(`Usulan ${s.culvert1} + ${s.culvert2} digabung menjadi satu, kini nomor 1`);
    expect(labels("rw")).toEqual([
      expect.stringMatching(new RegExp(`^${s.culvert1} .* — 2 pendukung \\(gabungan ${s.culvert1} \\+ ${s.culvert2}; RT 01 no\\. 1, RT 02 no\\. 2\\)$`)),
      expect.stringMatching(new RegExp(`^${s.road} `)),
    ]);
    // The road first, the combined culvert second.
    expect(textOf(await h.send("rw", "2 1"))).toContain("Sumber dana");
    await finishPlainly(h, "rw", 2);
    await h.send("rw", "konfirmasi");
    const rw = results(h).find((r) => r.level === "rw")!;
    expect(rw.state).toBe("confirmed");
    expect(items(h, rw.id).map((i) => [i.rank, i.ticket, i.source])).toEqual([
      [1, s.road, "rt-list"],
      [2, s.culvert1, "rt-list"],
    ]);
    const provenance = h.app.store.db
      .prepare(
        `SELECT r.rt, src.rank, a.ticket, c.supporters FROM rembug_item_sources s
           JOIN rembug_items src ON src.id = s.rt_item_id JOIN rembug_results r ON r.id = src.result_id
           JOIN aspirations a ON a.id = src.aspiration_id LEFT JOIN clusters c ON c.id = src.cluster_id
           JOIN rembug_items w ON w.id = s.rw_item_id WHERE w.result_id = ? AND w.rank = 2 ORDER BY r.rt`,
      )
      .all(rw.id);
    expect(provenance).toEqual([
      { rt: 1, rank: 1, ticket: s.culvert1, supporters: 1 },
      { rt: 2, rank: 2, ticket: s.culvert2, supporters: 1 },
    ]);

    // The consumer tells the people behind each source, under the ticket they know.
    applyRembugConfirmed(h.app.store, h.app.i18n.t, rw.id, h.clock.now);
    expect(notices(h, "w1")).toContain(`Usulan Bapak/Ibu ${s.culvert1} masuk daftar prioritas RW 03 (urutan 2), sumber dana APBD.`);
    expect(notices(h, "w2").filter((n) => n.includes("RW 03"))).toEqual([
      `Usulan Bapak/Ibu ${s.road} masuk daftar prioritas RW 03 (urutan 1), sumber dana APBD.`,
      `Usulan Bapak/Ibu ${s.culvert2} masuk daftar prioritas RW 03 (urutan 2), sumber dana APBD.`,
    ]);

    // Reopened, the new draft still shows the combined line when the order is picked again.
    await h.send("admin", "/rembug buka 3");
    await h.send("rw", "/rembug");
    await h.press("rw", "lanjut");
    await h.press("rw", "ubah");
    await h.press("rw", "urutan");
    expect(labels("rw")[0]).toContain(`gabungan ${s.culvert1} + ${s.culvert2}`);
    expect(labels("rw")).toHaveLength(2);
  });

  it("takes the numbers on the same line as the word (`gabung 3 1`, `gabung 3, 1`)", async () => {
    const s = await scene();
    await h.send("rw", "/rembug");
    expect(textOf(await h.send("rw", "gabung 1 9"))).toContain("dari daftar (1 sampai 3)");
    expect(textOf(await h.send("rw", "gabung 3, 1"))).toContain(`Usulan ${s.culvert1} + ${s.culvert2} digabung menjadi satu, kini nomor 1`);
    expect(labels("rw")).toHaveLength(2);
    expect(labels("rw")[0]).toContain(`gabungan ${s.culvert1} + ${s.culvert2}`);
    // Plain numbers on the list still pick the order.
    expect(textOf(await h.send("rw", "2 1"))).toContain("Sumber dana");
  });

  it("combines only lines from the RT lists, not an item raised at this meeting", async () => {
    await scene();
    await h.send("rw", "/rembug");
    await h.send("rw", "tidak ada");
    await h.press("rw", "tambah");
    await h.send("rw", "jalan");
    await h.send("rw", "Jembatan kecil di batas RW 03 lapuk");
    await h.send("rw", "Batas RW 03");
    await h.press("rw", "selesai");
    await finishPlainly(h, "rw", 1);
    await h.press("rw", "ubah");
    await h.press("rw", "urutan");
    expect(labels("rw")).toHaveLength(4);
    expect(textOf(await h.send("rw", "gabung 1 4"))).toContain("Usulan yang baru diajukan dalam rembug ini tidak dapat digabung");
    expect(textOf(await h.send("rw", "gabung"))).toContain("Nomor usulan mana yang digabung");
    expect(textOf(await h.send("rw", "4 2"))).toContain("Usulan yang baru diajukan dalam rembug ini tidak dapat digabung");
    expect(labels("rw")).toHaveLength(4);
  });

  it("is for the RW list only", async () => {
    await h.register("w1", "Siti Aminah");
    await file(h, "w1", "Got di Jl. Mawar mampet kalau hujan, air masuk rumah", "Jl Mawar");
    openCycle(h);
    await head(h, "rt2", { role: "ketua_rt", rw: 3, rt: 2 }, "Ketua RT 2");
    await h.send("rt2", "/rembug");
    expect(textOf(await h.send("rt2", "gabung"))).toContain("Penggabungan usulan hanya untuk daftar rembug RW.");
    expect(textOf(await h.send("rt2", "gabung 1 2"))).toContain("Penggabungan usulan hanya untuk daftar rembug RW.");
  });
});
