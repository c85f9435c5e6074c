/** Recap data and the Daftar Panjang Usulan files (CSV with BOM, XLSX with one sheet per RW, Markdown). */
import ExcelJS from "exceljs";
import path from "node:path";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator, type Aggregator } from "../../src/aggregator/aggregator.js";
import { toCsv, toMarkdown, writeLongList } from "../../src/aggregator/export-files.js";
import { buildLongList } from "../../src/aggregator/long-list.js";
import { buildRecap } from "../../src/aggregator/recap.js";
import { formatRecap } from "../../src/aggregator/recap-text.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../src/i18n/fluent.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "./helpers.js";

const { t } = loadI18n(DEFAULT_LOCALES_DIR);
let ts: TestStore;
let agg: Aggregator;
beforeEach(() => {
  ts = tmpStore("recap");
  agg = createAggregator(ts.store.db, { log: silentLogger() });
});
afterEach(() => ts.cleanup());

/** RW 3: a drainage duplicate (2 residents) and a road; RW 5: one health proposal, plus one not yet aggregated. */
function seed(): { tickets: string[] } {
  const add = (rw: number, rt: number, category: Parameters<typeof addAspiration>[1]["category"], text: string, location: string | null = null, ingest = true) => {
    const id = addAspiration(ts.store, { residentId: addResident(ts.store, rw, rt), rw, rt, category, text, location });
    if (ingest) agg.ingest(id);
    return id;
  };
  const ids = [
    add(3, 2, "drainase", "Got di Jl. Mawar mampet kalau hujan", "Jl. Mawar, depan musala"),
    add(3, 4, "drainase", "Selokan jln mawar tersumbat, tolong dikeruk"),
    add(3, 1, "jalan", '=HYPERLINK("http://x") jalan "Kenanga" berlubang'),
    add(5, 1, "kesehatan", "Perlu posbindu untuk lansia di RT 1"),
    add(5, 2, "kesehatan", "Perlu ambulans untuk warga", null, false),
  ];
  ts.store.aspirations.setStatus(ids[2]!, "dibahas-rembug-rt", null, "test", 3_000);
  const tickets = ids.map((id) => (ts.store.db.prepare("SELECT ticket FROM aspirations WHERE id = ?").pluck().get(id) as string));
  return { tickets };
}

describe("recap", () => {
  it("counts aggregated aspirations by RW and category, proposals after merging, waiting and not yet aggregated", () => {
    seed();
    const r = buildRecap(ts.store.db, { now: Date.UTC(2026, 10, 25) });
    expect(r.totals).toEqual({ aspirations: 4, clusters: 3, waiting: 3, pendingIngest: 1 });
    expect(r.rws.map((x) => [x.rw, x.aspirations, x.clusters, x.waiting, x.pendingIngest])).toEqual([
      [3, 3, 2, 2, 0],
      [5, 1, 1, 1, 1],
    ]);
    expect(r.rws[0]!.byCategory).toEqual([
      { category: "drainase", count: 2 },
      { category: "jalan", count: 1 },
    ]);
    expect(r.top[0]).toMatchObject({ rw: 3, category: "drainase", supporters: 2, members: 2 });
  });

  it("reads as a short chat message for one RW", () => {
    seed();
    const text = formatRecap(buildRecap(ts.store.db, { rw: 3, now: Date.UTC(2026, 10, 25) }), t, "id");
    expect(text.split("\n")).toEqual(
      [
        "*Rekap aspirasi RW 03* per 25 November 2026",
        "",
        "Aspirasi masuk: 3 (2 usulan setelah usulan serupa digabung)",
        "Menunggu dibahas di rembug: 2",
        "",
        "Per bidang:",
        "• Drainase / gorong-gorong: 2",
        "• Jalan / gang: 1",
        "",
        "Usulan dengan pendukung terbanyak:",
        expect.stringMatching(/^1\. Got di Jl\. Mawar mampet kalau hujan — 2 warga \(ASP-T\d+\)$/),
        expect.stringMatching(/^2\. =HYPERLINK.* — 1 warga \(ASP-T\d+\)$/),
      ],
    );
  });
});

describe("Daftar Panjang Usulan", () => {
  it("has one row per proposal with supporters, RTs and source tickets, and leaves the rembug columns empty", () => {
    const { tickets } = seed();
    const [rw3] = buildLongList(ts.store.db, { rw: 3 });
    expect(rw3!.rows[0]).toEqual({
      no: "",
      usulan: "Got di Jl. Mawar mampet kalau hujan",
      lokasi: "Jl. Mawar, depan musala",
      rt: "2, 4",
      rw: 3,
      category: "drainase",
      tridaya: "lingkungan",
      pendukung: 2,
      sumberDana: "",
      volume: "",
      satuan: "",
      biaya: "",
      swadaya: "",
      tiket: `${tickets[0]}, ${tickets[1]}`,
    });
  });

  it("writes CSV with a UTF-8 BOM, Indonesian headers, quoting and formula injection defused", () => {
    seed();
    const csv = toCsv(buildLongList(ts.store.db), { t, kelurahan: "Sukamaju" });
    expect(csv.startsWith("\uFEFFNo. prioritas,Usulan,Lokasi,RT,RW,Kategori,Bidang (Tridaya),Pendukung,Sumber dana,Volume,Satuan,Perkiraan biaya,Potensi swadaya,Tiket asal\r\n")).toBe(true);
    expect(csv).toContain(',Got di Jl. Mawar mampet kalau hujan,"Jl. Mawar, depan musala","2, 4",03,Drainase / gorong-gorong,Lingkungan,2,,,,,,"ASP-');
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"") jalan ""Kenanga"" berlubang",`);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 3);
  });

  it("writes one XLSX sheet per RW with a bold header row and column widths", async () => {
    seed();
    const file = path.join(ts.dir, "dpu.xlsx");
    await writeLongList(file, "xlsx", buildLongList(ts.store.db), { t, kelurahan: "Sukamaju" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["RW 03", "RW 05"]);
    const ws = wb.getWorksheet("RW 03")!;
    expect(ws.getRow(1).getCell(14).value).toBe("Tiket asal");
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(50);
    expect(ws.getRow(2).getCell(8).value).toBe(2);
    expect(ws.getRow(3).getCell(2).value).toMatch(/^=HYPERLINK/);
    expect(ws.getRow(3).getCell(2).formula).toBeUndefined();
  });

  it("writes Markdown with a titled table per RW", () => {
    seed();
    const md = toMarkdown(buildLongList(ts.store.db, { rw: 5 }), { t, kelurahan: "Sukamaju" });
    expect(md).toContain("# Daftar Panjang Usulan RW 05 — Kelurahan Sukamaju");
    expect(md).toMatch(/\|\s+\| Perlu posbindu untuk lansia di RT 1 \|\s+\| 1 \| 05 \| Kesehatan \| Sosial \| 1 \|/);
  });

  it("writes the file the admin asked for as UTF-8", async () => {
    seed();
    const file = path.join(ts.dir, "dpu.md");
    await writeLongList(file, "md", buildLongList(ts.store.db), { t, kelurahan: "Sukamaju" });
    expect(readFileSync(file, "utf8")).toContain("— Kelurahan Sukamaju");
  });
});
