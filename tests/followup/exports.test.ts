/** The Musrenbang exports: every file has the kelurahan, cycle and date; the berita acara lists each RW's outcome. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/admin/run-admin.js";
import { openStore } from "../../src/store/index.js";

const NOW = Date.UTC(2027, 2, 1, 3, 0, 0);

describe("Musrenbang exports", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the Daftar Usulan Tidak Disepakati as CSV and the berita acara as PDF, per RW, with their header", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rembug-exports-"));
    const store = openStore(path.join(dir, "rembug.db"));
    const r = store.residents.resolve("fake", "w1", { lang: "id", now: NOW });
    const rows: Array<[string, number, string, string | null, string | null]> = [
      ["ASP-7K3Q", 1, "disetujui", null, "rkpd"],
      ["ASP-P4MN", 1, "ditolak", "Bukan kewenangan kelurahan", null],
      ["ASP-2ABC", 2, "selesai", null, "swadaya"],
      ["ASP-9XYZ", 2, "diterima", null, null],
    ];
    for (const [ticket, rw, status, reason, ch] of rows) {
      const a = store.aspirations.create(
        { ticket, residentId: r.id, rw, rt: 1, channel: "fake", category: "jalan", description: `Jalan ${ticket} berlubang`, locationText: null, lat: null, lon: null, photoPath: null },
        NOW,
      );
      store.db.prepare(`UPDATE aspirations SET status = ?, status_reason = ?, funding_channel = ? WHERE id = ?`).run(status, reason, ch, a.id);
    }
    store.db.prepare(`INSERT INTO cycles (name, opened_at) VALUES ('Musrenbang 2027', ?)`).run(NOW);
    store.db
      .prepare(
        `INSERT INTO rembug_results (level, rw, state, attendance_total, attendance_women, attendance_youth, attendance_elderly, attendance_disabled, created_at, updated_at, confirmed_at)
         VALUES ('rw', 1, 'confirmed', 42, 18, 9, 7, 2, ?, ?, ?)`,
      )
      .run(NOW, NOW, NOW);
    store.close();
    const env = { DATA_DIR: dir, LOG_LEVEL: "silent", KELURAHAN_NAME: "Sukamaju" };
    const out: string[] = [];
    const csv = path.join(dir, "tidak-disepakati.csv");
    expect(await runAdmin(["usulan", "tidak-disepakati", "--out", csv], (l) => out.push(l), () => undefined, env)).toBe(0);
    const csvText = readFileSync(csv, "utf8");
    expect(csvText).toContain("DAFTAR USULAN TIDAK DISEPAKATI");
    expect(csvText).toContain("Kelurahan: Sukamaju");
    expect(csvText).toContain("Siklus: Musrenbang 2027");
    expect(csvText).toMatch(/Tanggal: \d{1,2} \w+ 20\d\d/);
    expect(csvText).toContain("No,Tiket,Usulan,RW,Alasan\r\n1,ASP-P4MN,Jalan ASP-P4MN berlubang,01,Bukan kewenangan kelurahan\r\n");
    expect(csvText).not.toContain("ASP-7K3Q");

    const pdf = path.join(dir, "berita-acara.pdf");
    expect(await runAdmin(["usulan", "berita-acara", "--out", pdf], (l) => out.push(l), () => undefined, env)).toBe(0);
    const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
    expect(text).toContain("BERITA ACARA MUSRENBANG KELURAHAN Kelurahan: Sukamaju Siklus: Musrenbang 2027");
    expect(text).toContain("RW 01 Kehadiran rembug RW: 42 orang (perempuan 18, pemuda 9, lansia 7, disabilitas 2)");
    expect(text).toContain("1. ASP-7K3Q · Jalan ASP-7K3Q berlubang · pendanaan: RKPD");
    expect(text).toContain("1. ASP-P4MN · Jalan ASP-P4MN berlubang · alasan: Bukan kewenangan kelurahan");
    expect(text).toContain("RW 02 Kehadiran rembug RW: belum dicatat Usulan yang disepakati 1. ASP-2ABC · Jalan ASP-2ABC berlubang · pendanaan: Swadaya");
    expect(text).not.toContain("ASP-9XYZ");
  });
});
