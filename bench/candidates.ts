/**
 * Candidate search benchmark (issue 9): one RW with BENCH_CANDIDATES_N aspirations (default 5000), then the
 * summary-step search for BENCH_CANDIDATES_Q drafts (default 1000). Prints ingest throughput and search p50/p99
 * (wall and CPU time), the same drafts through the flows' read (`similarProposals`, which adds the neutral titles),
 * and a same-run baseline: the full-text query alone, with the match string prepared outside the timing.
 * `npx tsx bench/candidates.ts`
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createAggregator, featuresOf, scopeToken } from "../src/aggregator/aggregator.js";
import { createNormalizer } from "../src/aggregator/normalize.js";
import { createClusterReads } from "../src/aggregator/reads.js";
import { createCandidateFinder } from "../src/aggregator/candidates.js";
import { CATEGORY_IDS, tridayaOf, type Category } from "../src/core/domain.js";
import { silentLogger } from "../src/core/logger.js";
import { openStore } from "../src/store/index.js";

const n = Number(process.env.BENCH_CANDIDATES_N ?? 5_000);
const queries = Number(process.env.BENCH_CANDIDATES_Q ?? 1_000);
const RW = 3;

const STREETS = ["Mawar", "Melati", "Kenanga", "Anggrek", "Dahlia", "Cempaka", "Flamboyan", "Sawo", "Nangka", "Durian", "Jambu", "Kamboja"];
const LANDMARKS = ["pasar", "makam", "pos ronda", "balai RW", "sekolah", "jembatan", "lapangan", "puskesmas"];
const PROBLEMS: Partial<Record<Category, string[]>> = {
  jalan: ["berlubang besar", "rusak parah aspal hancur", "perlu polisi tidur", "lampu jalan mati", "ambles habis hujan", "legok"],
  drainase: ["got mampet kalau hujan", "selokan tersumbat sampah", "saluran air meluap", "gorong-gorong ambrol", "solokan ora mili"],
  persampahan: ["sampah menumpuk tidak diangkut", "perlu tempat sampah", "TPS penuh dan bau", "runtah numpuk"],
  "air-bersih": ["air PDAM sering mati", "air keruh dan bau", "pipa PDAM bocor", "cai teu ngocor"],
};
const GENERIC = ["perlu perhatian", "perlu bantuan kegiatan", "perlu pelatihan warga", "alat posyandu kurang"];
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

function textFor(i: number, category: Category): string {
  const problem = pick(PROBLEMS[category] ?? GENERIC, Math.floor(i / 3));
  const street = pick(STREETS, Math.floor(i / 7));
  switch (i % 4) {
    case 0:
      return `${problem} di Jalan ${street} gang ${1 + (i % 9)}`;
    case 1:
      return `tolong ${problem} jln ${street.toLowerCase()} gg ${1 + (i % 9)}`;
    case 2:
      return `${problem} dekat ${pick(LANDMARKS, Math.floor(i / 5))}`;
    default:
      return `${problem} rt ${1 + (i % 6)}`;
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "rembug-bench-candidates-"));
const store = openStore(path.join(dir, "bench.db"));
try {
  const categoryOf = (i: number): Category =>
    i % 5 < 4 ? pick(["jalan", "drainase", "persampahan", "air-bersih"] as const, Math.floor(i / 2)) : pick(CATEGORY_IDS, i);
  const ids: number[] = [];
  store.tx(() => {
    const res = store.db.prepare(`INSERT INTO residents (name, rw, rt, consent, registered_at, created_at) VALUES (?, ?, ?, 'given', 1, 1)`);
    const residents = Array.from({ length: 300 }, (_, k) => Number(res.run(`Warga ${k}`, RW, 1 + (k % 6)).lastInsertRowid));
    const ins = store.db.prepare(
      `INSERT INTO aspirations (ticket, resident_id, rw, rt, category, tridaya, description, location_text, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'diterima', ?, ?)`,
    );
    for (let i = 0; i < n; i++) {
      const category = categoryOf(i);
      const resident = pick(residents, i * 7);
      ids.push(Number(ins.run(`ASP-C${i.toString(36).toUpperCase()}`, resident, RW, 1 + (resident % 6), category, tridayaOf(category), textFor(i, category), i, i).lastInsertRowid));
    }
  });
  const agg = createAggregator(store.db, { log: silentLogger() });
  let t0 = performance.now();
  for (const id of ids) agg.ingest(id);
  const ingestPerSecond = n / ((performance.now() - t0) / 1000);

  const finder = createCandidateFinder(store.db);
  const times: number[] = [];
  // CPU time of this process per search as well: on a shared machine the wall-clock tail is mostly waiting for a core.
  const cpu: number[] = [];
  let shown = 0;
  for (let q = 0; q < queries; q++) {
    const i = n + q * 13;
    const category = categoryOf(i);
    t0 = performance.now();
    const c0 = process.cpuUsage();
    shown += finder.find({ rw: RW, rt: 1 + (q % 6), category, description: textFor(i, category), location: null }).length;
    times.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  // The flows' read over the same drafts, then the baseline: the FTS query alone.
  const reads = createClusterReads(store.db);
  const readTimes: number[] = [];
  const norm = createNormalizer();
  const fts = store.db.prepare(`SELECT rowid FROM aggregator_fts WHERE aggregator_fts MATCH ? ORDER BY bm25(aggregator_fts) LIMIT 40`);
  const ftsTimes: number[] = [];
  const ftsCpu: number[] = [];
  for (let q = 0; q < queries; q++) {
    const i = n + q * 13;
    const category = categoryOf(i);
    const draft = { rw: RW, rt: 1 + (q % 6), category, description: textFor(i, category), location: null };
    t0 = performance.now();
    reads.similarProposals(draft);
    readTimes.push(performance.now() - t0);
    const match = norm.matchQuery(featuresOf(norm, { description: draft.description, location_text: null, rt: draft.rt, category }), scopeToken(RW, category));
    if (!match) continue;
    t0 = performance.now();
    const c0 = process.cpuUsage();
    fts.all(`body : (${match})`);
    ftsTimes.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    ftsCpu.push((c1.user + c1.system) / 1000);
  }
  for (const xs of [times, cpu, readTimes, ftsTimes, ftsCpu]) xs.sort((a, b) => a - b);
  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(2);
  const at = (p: number) => pct(times, p);
  process.stdout.write(
    [
      `candidate search, one RW with ${n} aspirations (${store.db.prepare(`SELECT COUNT(*) FROM clusters`).pluck().get()} clusters)`,
      `  ingest                 ${ingestPerSecond.toFixed(0)} aspirations/s`,
      `  search (${queries} drafts)  p50 ${at(0.5)} ms  p99 ${at(0.99)} ms  max ${times.at(-1)!.toFixed(2)} ms  mean shown ${(shown / queries).toFixed(2)}`,
      `  search CPU time         p50 ${pct(cpu, 0.5)} ms  p99 ${pct(cpu, 0.99)} ms (load average ${loadavg()[0]!.toFixed(1)})`,
      `  similarProposals read   p50 ${pct(readTimes, 0.5)} ms  p99 ${pct(readTimes, 0.99)} ms (wall)`,
      `  baseline: FTS query alone (${ftsTimes.length} drafts)  p50 ${pct(ftsTimes, 0.5)} ms  p99 ${pct(ftsTimes, 0.99)} ms wall, ` +
        `CPU p50 ${pct(ftsCpu, 0.5)} ms  p99 ${pct(ftsCpu, 0.99)} ms`,
      "",
    ].join("\n"),
  );
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
