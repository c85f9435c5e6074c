/** Recap data and the Daftar Panjang Usulan files (CSV with BOM, XLSX with one sheet per RW, Markdown). */
import ExcelJS from "exceljs";
import path from "node:path";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator, type Aggregator } from "../../src/aggregator/aggregator.js";
import { toCsv, toMarkdown, wrappedLines, writeLongList } from "../../src/aggregator/export-files.js";
import { musrenbangYear } from "../../src/aggregator/planning-cycle.js";
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

/** Where a resident sent a location pin, as the aspiration flow stores it. */
function pin(id: number, lat: number, lon: number): void {
  ts.store.db.prepare("UPDATE aspirations SET lat = ?, lon = ? WHERE id = ?").run(lat, lon, id);
}

const NOW = Date.UTC(2026, 10, 25, 2, 30);

/** RW 3: a drainage duplicate (2 residents) and a road; RW 5: one health proposal, plus one not yet aggregated. */
function seed(): { tickets: string[]; ids: number[] } {
  const add = (rw: number, rt: number, category: Parameters<typeof addAspiration>[1]["category"], text: string, location: string | null = null, ingest = true) => {
    const id = addAspiration(ts.store, { residentId: addResident(ts.store, rw, rt), rw, rt, category, text, location });
    if (ingest) agg.ingest(id);
    return id;
  };
  const ids = [
    add(3, 2, "drainase", "Got di Jl. Mawar mampet kalau hujan", "Jl. Mawar, depan musala"),
    // A resident of RT 4 reporting the drain where it is, in RT 2 (issue 9, fifth round: the automatic merge wants
    // the same RT; the resident's own RT still shows in the recap's RT column).
    add(3, 4, "drainase", "Selokan jln mawar tersumbat, tolong dikeruk", "Jl. Mawar RT 02"),
    add(3, 1, "jalan", '=HYPERLINK("http://x") jalan "Kenanga" berlubang'),
    add(5, 1, "kesehatan", "Perlu posbindu untuk lansia di RT 1"),
    add(5, 2, "kesehatan", "Perlu ambulans untuk warga", null, false),
  ];
  ts.store.aspirations.setStatus(ids[2]!, "dibahas-rembug-rt", null, "test", 3_000);
  const tickets = ids.map((id) => (ts.store.db.prepare("SELECT ticket FROM aspirations WHERE id = ?").pluck().get(id) as string));
  return { tickets, ids };
}

describe("recap", () => {
  it("counts aggregated aspirations by RW and category, proposals after merging, waiting and not yet aggregated", () => {
    seed();
    const r = buildRecap(ts.store.db, { now: Date.UTC(2026, 10, 25) });
    expect(r.totals).toEqual({ aspirations: 4, clusters: 3, waiting: 3, waitingClusters: 2, pendingIngest: 1 });
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
        "Aspirasi masuk: 3 aspirasi dari warga",
        "Setelah aspirasi serupa digabung: 2 usulan",
        "Menunggu dibahas di rembug: 2 aspirasi (dalam 1 usulan)",
        "",
        "Per bidang (jumlah aspirasi):",
        "• Drainase / gorong-gorong: 2 aspirasi",
        "• Jalan / gang: 1 aspirasi",
        "",
        "Tindak lanjut usulan per RW (selesai · dikonfirmasi warga sudah beres · dilaporkan belum/sebagian):",
        "RW 03: 0 selesai · 0 warga mengonfirmasi · 0 warga melaporkan belum beres",
        "  Usulan menurut status: Diterima 1 · Dibahas di rembug RT 1",
        "",
        "Usulan dengan pendukung terbanyak:",
        expect.stringMatching(/^1\. Got di Jl\. Mawar mampet kalau hujan — 2 pendukung \(ASP-T\d+\)$/),
        "   Lokasi: Jl. Mawar, depan musala",
        expect.stringMatching(/^2\. =HYPERLINK.* — 1 pendukung \(ASP-T\d+\)$/),
      ],
    );
  });

  it("names the unit of every count for all RWs: aspirasi per RW and bidang, usulan after merging", () => {
    seed();
    const lines = formatRecap(buildRecap(ts.store.db, { now: NOW }), t, "id").split("\n");
    expect(lines).toContain("Menunggu dibahas di rembug: 3 aspirasi (dalam 2 usulan)");
    expect(lines).toContain("• RW 03: 3 aspirasi → 2 usulan; 2 aspirasi menunggu rembug");
    expect(lines).toContain("• RW 05: 1 aspirasi → 1 usulan; 1 aspirasi menunggu rembug");
    expect(lines).toContain("Masih diolah: 1 aspirasi (akan masuk rekap sebentar lagi).");
  });

  it("shows a pin's coordinates and map link under a top usulan, alone or beside the typed place", () => {
    const { ids } = seed();
    pin(ids[0]!, -6.2, 106.816666);
    pin(ids[3]!, -6.98765, 110.4);
    const lines = formatRecap(buildRecap(ts.store.db, { now: NOW }), t, "id").split("\n");
    expect(lines).toContain(
      "   Lokasi: Jl. Mawar, depan musala (titik -6.20000, 106.81667, peta: https://www.openstreetmap.org/?mlat=-6.20000&mlon=106.81667#map=18/-6.20000/106.81667)",
    );
    expect(lines).toContain(
      "   Lokasi: Titik -6.98765, 110.40000 (peta: https://www.openstreetmap.org/?mlat=-6.98765&mlon=110.40000#map=18/-6.98765/110.40000)",
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
      lat: null,
      lon: null,
      rts: [2, 4],
      rw: 3,
      category: "drainase",
      tridaya: "lingkungan",
      pendukung: 2,
      sumberDana: "",
      volume: "",
      satuan: "",
      biaya: "",
      swadaya: "",
      funding: null,
      cost: null,
      asal: "warga",
      tiket: `${tickets[0]}, ${tickets[1]}`,
    });
  });

  it("writes CSV with a UTF-8 BOM, Indonesian headers, quoting and formula injection defused", () => {
    seed();
    const csv = toCsv(buildLongList(ts.store.db), { t, kelurahan: "Sukamaju" });
    expect(csv.startsWith("\uFEFFNo. prioritas,Usulan,Lokasi,RT,RW,Kategori,Bidang (Tridaya),Pendukung,Sumber dana,Volume,Satuan,Perkiraan biaya,Potensi swadaya,Asal usulan,Tiket asal\r\n")).toBe(true);
    expect(csv).toContain(',Got di Jl. Mawar mampet kalau hujan,"Jl. Mawar, depan musala","02, 04","=""03""",Drainase / gorong-gorong,Lingkungan,2,,,,,,aspirasi warga,"ASP-');
    // A single RT is a bare number that Excel would turn into 1: written as text too.
    expect(csv).toContain(`berlubang",,"=""01""","=""03""",Jalan / gang,`);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"") jalan ""Kenanga"" berlubang",`);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 3);
  });

  it("writes a printable XLSX form: title rows, A4 landscape fitted to the width, header repeated, a sheet for every RW", async () => {
    const { ids } = seed();
    pin(ids[2]!, -6.2, 106.8);
    pin(ids[0]!, -6.1, 106.7);
    const file = path.join(ts.dir, "dpu.xlsx");
    const lists = buildLongList(ts.store.db, { rws: [1, 3, 5] });
    await writeLongList(file, "xlsx", lists, { t, kelurahan: "Sukamaju", now: NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.created.getTime()).toBe(NOW);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["RW 01", "RW 03", "RW 05"]);
    const ws = wb.getWorksheet("RW 03")!;
    expect([1, 2, 3].map((r) => ws.getRow(r).getCell(1).value)).toEqual([
      "Daftar Panjang Usulan RW 03 — Kelurahan Sukamaju",
      "Siklus perencanaan: Musrenbang Kelurahan 2027",
      expect.stringMatching(/^Dibuat: 25 November 2026 pukul \d\d\.30$/),
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, firstPageNumber: 1, printTitlesRow: "5:5" });
    expect(ws.headerFooter.oddFooter).toBe("&CDaftar Panjang Usulan RW 03 · Halaman &P");
    expect(ws.getRow(5).getCell(1).value).toBe("No. prioritas");
    expect(ws.getRow(5).getCell(15).value).toBe("Tiket asal");
    expect(ws.getRow(5).font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    const first = ws.getRow(6);
    expect([first.getCell(4).value, first.getCell(5).value, first.getCell(8).value]).toEqual(["02, 04", "03", 2]);
    // Wrapped text gets room: the spreadsheet does not grow rows written by a program.
    expect(first.height).toBeGreaterThan(14.5);
    expect(ws.getRow(7).getCell(2).value).toMatch(/^=HYPERLINK/);
    expect(ws.getRow(7).getCell(2).formula).toBeUndefined();
    expect(first.getCell(3).value).toBe("Jl. Mawar, depan musala\nTitik -6.10000, 106.70000\nhttps://www.openstreetmap.org/?mlat=-6.10000&mlon=106.70000#map=18/-6.10000/106.70000");
    // On paper each part of a pin has its own line, so that no coordinate is split.
    expect(ws.getRow(7).getCell(3).value).toBe("Titik -6.20000, 106.80000\nhttps://www.openstreetmap.org/?mlat=-6.20000&mlon=106.80000#map=18/-6.20000/106.80000");
    const empty = wb.getWorksheet("RW 01")!;
    expect(empty.getRow(5).getCell(2).value).toBe("Usulan");
    expect(empty.getRow(6).getCell(1).value).toBe("Belum ada usulan dari RW ini.");
    expect(empty.pageSetup.printTitlesRow).toBe("5:5");
  });

  it("estimates wrapped lines by words, and breaks a map link where a spreadsheet would, with a spare line", () => {
    expect(wrappedLines("Jalan berlubang", 40)).toBe(1);
    expect(wrappedLines("satu dua tiga empat lima enam tujuh", 10)).toBe(4);
    expect(wrappedLines("a\nb", 40)).toBe(2);
    expect(wrappedLines("https://www.openstreetmap.org/?mlat=-6.20000&mlon=106.80000#map=18/-6.20000/106.80000", 30)).toBe(4);
  });

  it("writes Markdown with a titled table per RW, and says so for an RW without usulan", () => {
    seed();
    const md = toMarkdown(buildLongList(ts.store.db, { rws: [4, 5] }), { t, kelurahan: "Sukamaju", now: NOW });
    expect(md).toContain("# Daftar Panjang Usulan RW 05 — Kelurahan Sukamaju");
    expect(md).toContain("Siklus perencanaan: Musrenbang Kelurahan 2027  \nDibuat: 25 November 2026");
    expect(md).toMatch(/\|\s+\| Perlu posbindu untuk lansia di RT 1 \|\s+\| 01 \| 05 \| Kesehatan \| Sosial \| 1 \|/);
    expect(md).toMatch(/# Daftar Panjang Usulan RW 04 — Kelurahan Sukamaju\n\n.*\n.*\n\nBelum ada usulan dari RW ini\.\n/);
  });

  it("puts a pin's coordinates and map link in the Lokasi column of CSV and Markdown", () => {
    const { ids } = seed();
    pin(ids[0]!, -6.2, 106.816666);
    pin(ids[3]!, -6.98765, 110.4);
    const lists = buildLongList(ts.store.db);
    const link = (la: string, lo: string) => `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`;
    const csv = toCsv(lists, { t, kelurahan: "Sukamaju" });
    expect(csv).toContain(`,"Jl. Mawar, depan musala (titik -6.20000, 106.81667, peta: ${link("-6.20000", "106.81667")})",`);
    expect(csv).toContain(`,"Titik -6.98765, 110.40000 (peta: ${link("-6.98765", "110.40000")})",`);
    const md = toMarkdown(lists, { t, kelurahan: "Sukamaju", now: NOW });
    expect(md).toContain(`| Titik -6.98765, 110.40000 (peta: ${link("-6.98765", "110.40000")}) | 01 | 05 |`);
  });

  it("gives a month-by-month Musrenbang year: January-March is this year's, from April the next", () => {
    expect(musrenbangYear(new Date(2027, 2, 31).getTime())).toBe(2027);
    expect(musrenbangYear(new Date(2027, 3, 1).getTime())).toBe(2028);
    expect(musrenbangYear(new Date(2027, 3, 1).getTime(), 2030)).toBe(2030);
  });

  it("writes the file the admin asked for as UTF-8", async () => {
    seed();
    const file = path.join(ts.dir, "dpu.md");
    await writeLongList(file, "md", buildLongList(ts.store.db), { t, kelurahan: "Sukamaju" });
    expect(readFileSync(file, "utf8")).toContain("— Kelurahan Sukamaju");
  });
});
