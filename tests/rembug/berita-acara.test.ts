/** The berita acara PDF: Indonesian text kept, a long list breaks between rows (never inside one), header repeated. */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeBeritaAcara, type BeritaAcara } from "../../src/rembug/berita-acara.js";

const base = (rows: BeritaAcara["rows"]): BeritaAcara => ({
  heading: "BERITA ACARA REMBUG RT",
  subheading: "Daftar Skala Prioritas Usulan RT 02 / RW 03, Kelurahan Sukamaju",
  facts: ["Kelurahan: Sukamaju", "Tanggal konfirmasi: 25 November 2026"],
  attendance: ["Jumlah hadir: 30 orang"],
  columns: { rank: "No.", item: "Usulan", funding: "Sumber dana", volume: "Volume", cost: "Perkiraan biaya", swadaya: "Potensi swadaya" },
  rows,
  empty: "Tidak ada usulan.",
  signatures: [{ role: "Ketua RT", name: "Pak Harto" }],
  footer: "Dibuat oleh bot Rembug.",
});

const pages = (file: string): string[] => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim());

describe("berita acara PDF", () => {
  it("never splits a row across pages and repeats the table header on every page", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      rank: i + 1,
      ticket: `ASP-${String(1000 + i)}`,
      title: `Drainase / gorong-gorong · Gang Mawar ${i + 1}`,
      origin: `Aspirasi warga, ${i + 2} pendukung`,
      funding: "APBD",
      volume: "150 m",
      cost: "Rp25.000.000",
      // Long enough to wrap over several lines in its column.
      swadaya: `tenaga kerja bakti ${i + 1} orang, pasir dua truk, semen sepuluh sak, konsumsi dari ibu-ibu PKK akhir${i}`,
    }));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ba-")), "ba.pdf");
    await writeBeritaAcara(file, base(rows));
    const ps = pages(file);
    expect(ps.length).toBeGreaterThan(2);
    for (const p of ps.slice(0, -1)) expect(p).toContain("Potensi swadaya");
    for (const r of rows) {
      const where = ps.findIndex((p) => p.includes(r.ticket));
      expect(where, r.ticket).toBeGreaterThanOrEqual(0);
      // The row's last wrapped words are on the same page as its ticket.
      expect(ps[where], r.ticket).toContain(`akhir${r.rank - 1}`);
      expect(ps[where], r.ticket).toContain(r.origin);
    }
    expect(ps.at(-1)).toContain("Pak Harto");
  });

  it("carries Indonesian text with its letters (DejaVu Sans embedded)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ba-")), "ba.pdf");
    await writeBeritaAcara(file, { ...base([]), facts: ["Kelurahan: Sukamaju — Kecamatan Pedurungan", "Catatan: perbaikan jalan “utama” ½ km, ±20 orang"] });
    const text = pages(file).join("\n");
    expect(text).toContain("Kelurahan: Sukamaju — Kecamatan Pedurungan");
    expect(text).toContain("perbaikan jalan “utama” ½ km, ±20 orang");
    expect(text).toContain("Tidak ada usulan.");
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/DejaVuSans/);
  });
});
