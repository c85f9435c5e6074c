/** `npm run admin -- usulan import`: every row is checked first; one bad row applies nothing and names its line. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/admin/run-admin.js";
import { openStore, type Store } from "../../src/store/index.js";

const NOW = Date.UTC(2027, 2, 1, 3, 0, 0);

function seed(store: Store): void {
  const r = store.residents.resolve("fake", "w1", { lang: "id", now: NOW });
  store.residents.update(r.id, { name: "Warga Satu", rw: 1, rt: 1, consent: "given", registered: true }, NOW);
  store.residents.rememberAddress(r.id, "fake", "w1", NOW);
  for (const ticket of ["ASP-7K3Q", "ASP-P4MN", "ASP-2ABC"]) {
    const a = store.aspirations.create(
      { ticket, residentId: r.id, rw: 1, rt: 1, channel: "fake", category: "jalan", description: `Jalan rusak ${ticket}`, locationText: null, lat: null, lon: null, photoPath: null },
      NOW,
    );
    store.aspirations.setStatus(a.id, "diusulkan-musrenbang", null, "test", NOW);
  }
}

describe("usulan import", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(file: string) {
    const out: string[] = [];
    const code = await runAdmin(["usulan", "import", file], (l) => out.push(l), () => undefined, { DATA_DIR: dir, LOG_LEVEL: "silent" });
    return { code, out: out.join("\n") };
  }
  const statuses = () => {
    const store = openStore(path.join(dir, "rembug.db"));
    try {
      return store.db.prepare(`SELECT ticket, status, status_reason, funding_channel FROM aspirations ORDER BY ticket`).all();
    } finally {
      store.close();
    }
  };

  it("applies nothing when one row is bad, and names the line and why", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-import-"));
    const store = openStore(path.join(dir, "rembug.db"));
    seed(store);
    const outboundBefore = store.db.prepare(`SELECT count(*) FROM outbound`).pluck().get();
    store.close();
    const file = path.join(dir, "hasil.csv");
    writeFileSync(file, "ticket,status,reason,channel\nASP-7K3Q,disetujui,,RKPD\nASP-P4MN,ditolak,,\nASP-2ABC,selesai,,\n");
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Tidak ada yang diterapkan: 2 baris bermasalah");
    expect(r.out).toContain("Baris 3: Status «Ditolak» memerlukan alasan.");
    expect(r.out).toMatch(/Baris 4: Usulan ASP-2ABC tidak dapat dipindah ke «Selesai»/);
    expect(r.out).not.toContain("Baris 2");
    expect(statuses().map((s) => (s as { status: string }).status)).toEqual(["diusulkan-musrenbang", "diusulkan-musrenbang", "diusulkan-musrenbang"]);
    const after = openStore(path.join(dir, "rembug.db"));
    expect(after.db.prepare(`SELECT count(*) FROM outbound`).pluck().get()).toBe(outboundBefore);
    expect(after.db.prepare(`SELECT count(*) FROM audit_log WHERE action LIKE 'usulan.%'`).pluck().get()).toBe(0);
    after.close();
  });

  it("applies every row of a good XLSX file, with reasons and channels in plain words", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-import-"));
    const store = openStore(path.join(dir, "rembug.db"));
    seed(store);
    store.close();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hasil");
    ws.addRow(["Tiket", "Status", "Alasan", "Saluran"]);
    ws.addRow(["ASP-7K3Q", "setuju", "", "apbd"]);
    ws.addRow(["asp p4mn", "ditolak", "anggaran", ""]);
    const file = path.join(dir, "hasil.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(file);
    expect(r.out).toContain("2 usulan dipindah; 1 warga diberi tahu.");
    expect(r.code).toBe(0);
    expect(statuses()).toEqual([
      { ticket: "ASP-2ABC", status: "diusulkan-musrenbang", status_reason: null, funding_channel: null },
      { ticket: "ASP-7K3Q", status: "disetujui", status_reason: null, funding_channel: "apbd-kelurahan" },
      { ticket: "ASP-P4MN", status: "ditolak", status_reason: "Anggaran tidak cukup", funding_channel: null },
    ]);
  });
});
