/** The Daftar Panjang Usulan after the rembug: RW list order, then RT ranks, then the rest; the planning columns filled. */
import ExcelJS from "exceljs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildLongList } from "../../src/aggregator/long-list.js";
import { toCsv, writeLongList } from "../../src/aggregator/export-files.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { writeRembugResult } from "./rembug-rows.js";
import { aspire } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

async function scene() {
  for (const [u, rt] of [["ani", "2"], ["budi", "2"], ["dedi", "2"], ["eko", "3"], ["kader", "3"]] as const) await h.register(u, `Warga ${u}`, "3", rt);
  const old = h.app.store.cycles.open("Musrenbang 2026", "test", h.clock.now);
  if (!old.ok) throw new Error("cycle");
  const carried = aspire(h, "dedi", "Pos ronda roboh perlu dibangun lagi", { category: "lainnya" });
  h.app.store.cycles.close("test", h.clock.now);
  const cycle = h.app.store.cycles.open("Musrenbang 2027", "test", h.clock.now);
  if (!cycle.ok) throw new Error("cycle");
  const drain = aspire(h, "ani", "Selokan mampet di depan musholla Al Ikhlas");
  h.app.aggregator.support(drain.cluster, h.app.store.residents.findByIdentity("fake", "budi")!.id);
  const lamp = aspire(h, "budi", "Lampu penerangan jalan mati di gang kenanga", { category: "jalan" });
  const other = aspire(h, "eko", "Sampah menumpuk di ujung gang RT 3", { category: "persampahan" });
  const rest = aspire(h, "ani", "Taman bermain anak rusak perlu diperbaiki", { category: "lainnya" });
  // Raised at the RT 03 meeting: its own ticket, never aggregated.
  const kaderId = h.app.store.residents.findByIdentity("fake", "kader")!.id;
  const meeting = h.app.store.aspirations.create(
    { ticket: "ASP-RB01", residentId: kaderId, rw: 3, rt: 3, channel: "fake", category: "ekonomi", description: "Pelatihan UMKM ibu-ibu PKK", locationText: "Balai RW", lat: null, lon: null, photoPath: null },
    h.clock.now,
  );
  h.app.store.db.prepare(`UPDATE aspirations SET origin = 'rembug' WHERE id = ?`).run(meeting.id);
  const id = cycle.cycle.id;
  const rt2 = writeRembugResult(
    h.app.store,
    {
      cycleId: id,
      level: "rt",
      rw: 3,
      rt: 2,
      items: [
        { aspirationId: lamp.id, funding: "apbd", volume: 150, unit: "m", cost: 25_000_000 },
        { clusterId: drain.cluster, funding: "swadaya", swadaya: "tenaga kerja bakti warga" },
        { aspirationId: carried.id, source: "carry-over", funding: "csr", volume: 2.5, unit: "unit" },
      ],
    },
    h.clock.now,
  );
  writeRembugResult(
    h.app.store,
    { cycleId: id, level: "rt", rw: 3, rt: 3, items: [{ aspirationId: other.id, funding: "apbd" }, { aspirationId: meeting.id, source: "rembug", funding: "pusat", cost: 7_500_000 }] },
    h.clock.now,
  );
  // The RW list takes RT 02's second item first.
  writeRembugResult(h.app.store, { cycleId: id, level: "rw", rw: 3, items: [{ fromRtItems: [rt2.itemIds[1]!], funding: "apbd", cost: 40_000_000 }] }, h.clock.now);
  // A draft (not confirmed) changes nothing.
  writeRembugResult(h.app.store, { cycleId: id, level: "rt", rw: 3, rt: 4, confirmed: false, items: [{ aspirationId: rest.id, funding: "apbd" }] }, h.clock.now);
  return { drain, lamp, other, rest, carried, meeting };
}

describe("the recap after the rembug", () => {
  it("orders each RW by the RW list, then by RT rank, then the rest, and fills the planning columns", async () => {
    const s = await scene();
    const [rw3] = buildLongList(h.app.store.db, { rw: 3 });
    const first = (r: { tiket: string }) => r.tiket.split(", ")[0];
    expect(rw3!.rows.map(first)).toEqual([s.drain.ticket, s.lamp.ticket, s.other.ticket, s.meeting.ticket, s.carried.ticket, s.rest.ticket]);
    expect(rw3!.rows[0]).toMatchObject({ no: "1", rwRank: 1, rtRank: { rt: 2, rank: 2 }, funding: "apbd", cost: 40_000_000, swadaya: "tenaga kerja bakti warga", asal: "warga" });
    expect(rw3!.rows[1]).toMatchObject({ no: "", rtRank: { rt: 2, rank: 1 }, funding: "apbd", volume: "150", satuan: "m", cost: 25_000_000, asal: "warga" });
    expect(rw3!.rows[3]).toMatchObject({ rtRank: { rt: 3, rank: 2 }, funding: "pusat", cost: 7_500_000, asal: "rembug", rts: [3] });
    expect(rw3!.rows[4]).toMatchObject({ rtRank: { rt: 2, rank: 3 }, funding: "csr", volume: "2,5", satuan: "unit", asal: "carry-over" });
    expect(rw3!.rows[5]).toMatchObject({ no: "", funding: null, cost: null, asal: "warga" });
    expect(rw3!.rows[5]!.rtRank).toBeUndefined();

    const csv = toCsv([rw3!], { t: h.app.i18n.t, kelurahan: "Sukamaju" });
    expect(csv).toContain("Sumber dana,Volume,Satuan,Perkiraan biaya,Potensi swadaya,Asal usulan,Tiket asal");
    expect(csv).toContain(`RT 02: 1,Lampu penerangan jalan mati di gang kenanga`);
    expect(csv).toContain(`,APBD,150,m,Rp 25.000.000,,aspirasi warga,${s.lamp.ticket}`);
  });

  it("writes the columns into the XLSX form", async () => {
    const s = await scene();
    const file = path.join(h.dataDir, "dpu.xlsx");
    await writeLongList(file, "xlsx", buildLongList(h.app.store.db, { rws: [3] }), { t: h.app.i18n.t, kelurahan: "Sukamaju", now: h.clock.now });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("RW 03")!;
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    expect(header).toEqual([
      "No. prioritas", "Usulan", "Lokasi", "RT", "RW", "Kategori", "Bidang (Tridaya)", "Pendukung",
      "Sumber dana", "Volume", "Satuan", "Perkiraan biaya", "Potensi swadaya", "Asal usulan", "Tiket asal",
    ]);
    const row = (n: number) => {
      const r = ws.getRow(n);
      return [1, 9, 10, 11, 12, 13, 14, 15].map((c) => r.getCell(c).value ?? "");
    };
    expect(row(6)).toEqual(["1", "APBD", "", "", "Rp 40.000.000", "tenaga kerja bakti warga", "aspirasi warga", `${s.drain.ticket}`]);
    expect(row(7)).toEqual(["RT 02: 1", "APBD", "150", "m", "Rp 25.000.000", "", "aspirasi warga", s.lamp.ticket]);
    expect(row(9)).toEqual(["RT 03: 2", "dana pusat", "", "", "Rp 7.500.000", "", "rembug RT", "ASP-RB01"]);
    expect(row(10)).toEqual(["RT 02: 3", "CSR", "2,5", "unit", "", "", "usulan tahun lalu", s.carried.ticket]);
    expect(row(11)).toEqual(["", "", "", "", "", "", "aspirasi warga", s.rest.ticket]);
  });

  it("/rekap lists the priority items of each RW in list order, with their funding", async () => {
    const s = await scene();
    const text = textOf(await h.send("admin", "/rekap"));
    const start = text.indexOf("Daftar prioritas hasil rembug");
    expect(start).toBeGreaterThan(-1);
    const block = text.slice(start).split("\n\n")[0]!.split("\n");
    expect(block).toEqual([
      "Daftar prioritas hasil rembug (urut daftar RW, lalu urutan RT):",
      "RW 03:",
      `• 1. Selokan mampet di depan musholla Al Ikhlas (${s.drain.ticket}), sumber dana APBD`,
      `• RT 02: 1. Lampu penerangan jalan mati di gang kenanga (${s.lamp.ticket}), sumber dana APBD`,
      `• RT 03: 1. Sampah menumpuk di ujung gang RT 3 (${s.other.ticket}), sumber dana APBD`,
      `• RT 03: 2. Pelatihan UMKM ibu-ibu PKK (ASP-RB01), sumber dana dana pusat`,
      `• RT 02: 3. Pos ronda roboh perlu dibangun lagi (${s.carried.ticket}), sumber dana CSR`,
    ]);
  });
});
