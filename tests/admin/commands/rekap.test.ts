/** `npm run admin -- rekap`: recap text on stdout, or the Daftar Panjang Usulan written to a file. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rekapCommand } from "../../../src/admin/commands/rekap.js";
import { createAggregator } from "../../../src/aggregator/aggregator.js";
import { loadConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";
import { addAspiration, addResident, tmpStore, type TestStore } from "../../aggregator/helpers.js";

const { t } = loadI18n(DEFAULT_LOCALES_DIR);
let ts: TestStore;
beforeEach(() => {
  ts = tmpStore("admin-rekap");
  const agg = createAggregator(ts.store.db, { log: silentLogger() });
  for (const [rw, text] of [
    [1, "Got di Jl. Mawar mampet kalau hujan"],
    [3, "Jalan Kenanga berlubang besar"],
  ] as const) {
    agg.ingest(addAspiration(ts.store, { residentId: addResident(ts.store, rw, 1), rw, rt: 1, category: "jalan", text }));
  }
});
afterEach(() => ts.cleanup());

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const config = loadConfig({ DATA_DIR: ts.dir, KELURAHAN_NAME: "Sukamaju" });
  const code = await rekapCommand.run({ config, store: ts.store, t, log: silentLogger(), args, out: (l) => lines.push(l) });
  return { code, out: lines.join("\n") };
}

describe("admin rekap", () => {
  it("prints the recap of every RW without options", async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Rekap aspirasi semua RW[\s\S]*RW 01: 1 aspirasi[\s\S]*RW 03: 1 aspirasi/);
    // Nothing has moved past "diterima": no follow-up counts yet (tests/followup/recap-counts.test.ts has them).
    expect(r.out).not.toContain("Tindak lanjut usulan");
  });

  it("says per what each count is, as the chat does", async () => {
    const r = await run([]);
    expect(r.out).toMatch(/Aspirasi masuk: 2 aspirasi dari warga\nSetelah aspirasi serupa digabung: 2 usulan\nMenunggu dibahas di rembug: 2 aspirasi \(dalam 2 usulan\)/);
  });

  it("refuses an RW the kelurahan does not have, with the chat's words and exit code 2", async () => {
    for (const args of [["--rw", "7"], ["--rw", "7", "--format", "csv"]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.out).toBe("RW 07 tidak terdaftar di kelurahan ini.");
    }
  });

  it("says where the file went, with the full path, and how much it holds", async () => {
    const out = path.join(ts.dir, "semua.xlsx");
    const r = await run(["--format", "xlsx", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Daftar Panjang Usulan (5 RW, 2 usulan) disimpan di ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Every RW of the wilayah file (wilayah.example.csv: RW 01-05), even those without usulan.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["RW 01", "RW 02", "RW 03", "RW 04", "RW 05"]);
  });

  it("resolves a relative --out against the directory the command was typed in (INIT_CWD), not the package root", async () => {
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = ts.dir;
    try {
      const r = await run(["--format", "md", "--out", "rw.md"]);
      expect(r.out).toMatch(new RegExp(`disimpan di ${path.join(ts.dir, "rw.md").replace(/[.\\/]/g, "\\$&")}$`));
      expect(readFileSync(path.join(ts.dir, "rw.md"), "utf8")).toContain("# Daftar Panjang Usulan RW 01");
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
    }
  });

  it("writes an XLSX with only the RW asked for", async () => {
    const out = path.join(ts.dir, "rw3.xlsx");
    const r = await run(["--rw", "3", "--format", "xlsx", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Daftar Panjang Usulan (1 RW, 1 usulan) disimpan di ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["RW 03"]);
    expect(wb.getWorksheet("RW 03")!.getRow(6).getCell(2).value).toBe("Jalan Kenanga berlubang besar");
  });

  it("writes a CSV with the delimiter asked for", async () => {
    const out = path.join(ts.dir, "all.csv");
    expect((await run(["--format", "csv", "--out", out, "--delimiter", ";"])).code).toBe(0);
    const lines = readFileSync(out, "utf8").split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFFNo\. prioritas;Usulan;Lokasi;RT;RW;/);
    expect(lines.filter((l) => l.includes(";Jalan / gang;Lingkungan;1;"))).toHaveLength(2);
  });

  it("refuses bad options with a usage line and exit code 2", async () => {
    for (const args of [["--format", "pdf"], ["--rw", "tiga"], ["--format", "xlsx"], ["--out", "x.csv"], ["--bogus"]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.out).toMatch(/usage: npm run admin -- rekap/);
    }
  });
});
