/**
 * Recap benchmark body (called by bench/pipeline.ts and bench/recap.ts): seeds N aspirations over R RWs,
 * aggregates them all through the real aggregator, then times the recap and the Daftar Panjang exports.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAggregator } from "../src/aggregator/aggregator.js";
import { toCsv, toXlsx } from "../src/aggregator/export-files.js";
import { buildLongList } from "../src/aggregator/long-list.js";
import { buildRecap } from "../src/aggregator/recap.js";
import { formatRecap } from "../src/aggregator/recap-text.js";
import { CATEGORY_IDS, tridayaOf } from "../src/core/domain.js";
import { silentLogger } from "../src/core/logger.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../src/i18n/fluent.js";
import { openStore, type Store } from "../src/store/index.js";

export interface RecapBenchResult {
  n: number;
  rws: number;
  clusters: number;
  /** Aggregating every aspiration (normalise, FTS candidates, score, write), per second. */
  ingestPerSecond: number;
  /** /rekap for all RWs (data + chat text). */
  recapAllMs: number;
  /** /rekap N for each RW in turn. */
  recapEachRwMs: number;
  /** Daftar Panjang Usulan rows for every RW + CSV text. */
  longListCsvMs: number;
  /** The same as XLSX (exceljs). */
  xlsxMs: number;
  /** Rows of the Daftar Panjang Usulan over all RWs: one per usulan (cluster of duplicates), not one per aspiration. */
  longListRows: number;
  /** Lines of the CSV file (header included) and size of the XLSX file. */
  csvLines: number;
  xlsxBytes: number;
}

const STREETS = ["Mawar", "Melati", "Kenanga", "Anggrek", "Dahlia", "Cempaka", "Flamboyan", "Sawo", "Nangka", "Durian", "Jambu", "Kamboja"];
const PROBLEMS: Record<string, string[]> = {
  jalan: ["berlubang besar", "rusak parah aspal hancur", "perlu polisi tidur", "lampu jalan mati", "becek belum di-paving"],
  drainase: ["got mampet kalau hujan", "selokan tersumbat sampah", "saluran air meluap", "gorong-gorong ambrol"],
  persampahan: ["sampah menumpuk tidak diangkut", "perlu tempat sampah", "TPS penuh dan bau"],
  "air-bersih": ["air PDAM sering mati", "air keruh dan bau", "pipa PDAM bocor"],
};
const GENERIC = ["perlu perhatian", "mohon ditindaklanjuti", "perlu bantuan kegiatan", "perlu pelatihan warga"];

function pick<T>(xs: readonly T[], i: number): T {
  return xs[i % xs.length]!;
}

/** Deterministic, realistic-looking aspirations; residents write the same problem several ways. */
function textFor(i: number, category: string): string {
  const street = pick(STREETS, Math.floor(i / 7));
  const problems = PROBLEMS[category] ?? GENERIC;
  const problem = pick(problems, Math.floor(i / 3));
  const style = i % 3;
  if (style === 0) return `${problem} di Jalan ${street} gang ${1 + (i % 9)}`;
  if (style === 1) return `tolong ${problem} jln ${street.toLowerCase()} gg ${1 + (i % 9)}`;
  return `${problem}, lokasi Jl. ${street} Gg. ${1 + (i % 9)}, sudah lama`;
}

/**
 * Seed `rws` RWs of 150 residents each and `n` deterministic aspirations (not aggregated yet); returns their ids.
 * Shared with bench/dashboard.ts.
 */
export function seedAspirations(store: Store, o: { n: number; rws: number }): number[] {
  const { n, rws } = o;
  // Residents: 150 per RW, spread over 6 RTs.
  const residents: number[][] = [];
  store.tx(() => {
    const ins = store.db.prepare(`INSERT INTO residents (name, rw, rt, consent, registered_at, created_at) VALUES (?, ?, ?, 'given', 1, 1)`);
    for (let rw = 1; rw <= rws; rw++) {
      const list: number[] = [];
      for (let k = 0; k < 150; k++) list.push(Number(ins.run(`Warga ${rw}-${k}`, rw, 1 + (k % 6)).lastInsertRowid));
      residents.push(list);
    }
  });
  const ids: number[] = [];
  store.tx(() => {
    const ins = store.db.prepare(
      `INSERT INTO aspirations (ticket, resident_id, rw, rt, category, tridaya, description, location_text, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    );
    for (let i = 0; i < n; i++) {
      const rw = 1 + (i % rws);
      const category = i % 5 < 4 ? pick(["jalan", "drainase", "persampahan", "air-bersih"] as const, Math.floor(i / rws)) : pick(CATEGORY_IDS, i);
      const resident = pick(residents[rw - 1]!, Math.floor(i / rws) * 7);
      const status = i % 4 === 0 ? "dibahas-rembug-rt" : "diterima";
      ids.push(
        Number(
          ins.run(`ASP-B${i.toString(36).toUpperCase()}`, resident, rw, 1 + (resident % 6), category, tridayaOf(category), textFor(i, category), status, i, i)
            .lastInsertRowid,
        ),
      );
    }
  });
  return ids;
}

export async function measureRecap(o: { n?: number; rws?: number } = {}): Promise<RecapBenchResult> {
  const n = o.n ?? 100_000;
  const rws = o.rws ?? 20;
  const dir = mkdtempSync(path.join(tmpdir(), "rembug-bench-recap-"));
  const store = openStore(path.join(dir, "bench.db"));
  try {
    const { t } = loadI18n(DEFAULT_LOCALES_DIR);
    const ids = seedAspirations(store, { n, rws });
    const agg = createAggregator(store.db, { log: silentLogger() });
    let t0 = performance.now();
    for (const id of ids) agg.ingest(id);
    const ingestPerSecond = n / ((performance.now() - t0) / 1000);
    const clusters = store.db.prepare(`SELECT COUNT(*) FROM clusters`).pluck().get() as number;

    t0 = performance.now();
    const all = formatRecap(buildRecap(store.db), t, "id");
    const recapAllMs = performance.now() - t0;
    t0 = performance.now();
    for (let rw = 1; rw <= rws; rw++) formatRecap(buildRecap(store.db, { rw }), t, "id");
    const recapEachRwMs = performance.now() - t0;
    t0 = performance.now();
    const lists = buildLongList(store.db);
    const csv = toCsv(lists, { t, kelurahan: "Bench" });
    const longListCsvMs = performance.now() - t0;
    t0 = performance.now();
    const xlsx = await toXlsx(lists, { t, kelurahan: "Bench" });
    const xlsxMs = performance.now() - t0;
    if (!all || !csv) throw new Error("empty recap");
    const longListRows = lists.reduce((sum, l) => sum + l.rows.length, 0);
    const csvLines = csv.split("\r\n").filter((l) => l.length > 0).length;
    return { n, rws, clusters, ingestPerSecond, recapAllMs, recapEachRwMs, longListCsvMs, xlsxMs, longListRows, csvLines, xlsxBytes: xlsx.length };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as lines in the style of bench/pipeline.ts. */
export function recapBenchLines(r: RecapBenchResult): string[] {
  const k = `${Math.round(r.n / 1000)}k`;
  return [
    `aggregate ${k} aspirations (${r.rws} RWs -> ${r.clusters} clusters): ${r.ingestPerSecond.toFixed(0)} aspirations/s`,
    `recap of ${k} aspirations over ${r.rws} RWs:    ${r.recapAllMs.toFixed(0)} ms all RWs, ${r.recapEachRwMs.toFixed(0)} ms for each RW in turn (target < 2000 ms)`,
    `daftar panjang usulan, ${k} aspirations:  ${r.longListCsvMs.toFixed(0)} ms rows + CSV, ${r.xlsxMs.toFixed(0)} ms XLSX`,
    `daftar panjang usulan, ${k} aspirations:  ${r.longListRows} rows (one per usulan) over ${r.rws} RWs; CSV ${r.csvLines} lines, XLSX ${(r.xlsxBytes / 1024).toFixed(0)} KB`,
  ];
}
