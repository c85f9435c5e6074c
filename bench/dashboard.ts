/**
 * Dashboard benchmark (`npx tsx bench/dashboard.ts`). Env: BENCH_DASHBOARD_N (aspirations, default 100000),
 * BENCH_DASHBOARD_RWS (default 20), BENCH_DASHBOARD_REQS (requests per page, default 40).
 *
 * Seeds N aspirations with bench/recap-measure.ts's seeding and aggregates them with the real aggregator, opens
 * the app on that data, signs an LPMK admin in (a session row, as /dasbor's link would make), then renders each
 * dashboard page through the whole Fastify stack in process (`inject`: routing, auth preHandler, CSRF token,
 * security headers, HTML). Reports p50/p95 per page and the ratio of each p95 to the p95 of GET /healthz measured
 * on the same server in the same run (interleaved, so both see the same load). Target: p95 < 300 ms.
 * BENCH_DASHBOARD_DIR keeps the seeded data there and reuses it on the next run (seeding 100,000 takes minutes).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAggregator } from "../src/aggregator/aggregator.js";
import { silentLogger } from "../src/core/logger.js";
import { openStore } from "../src/store/index.js";
import { createWebSession } from "../src/web/dashboard/signin-store.js";
import { startWebServer } from "../src/web/start-web.js";
import { closeApp, makeTestApp, removeDir, tempDataDir } from "../tests/support/telegram-test-app.js";
import { seedAspirations } from "./recap-measure.js";

const N = Number(process.env.BENCH_DASHBOARD_N ?? 100_000);
const RWS = Number(process.env.BENCH_DASHBOARD_RWS ?? 20);
const REQS = Number(process.env.BENCH_DASHBOARD_REQS ?? 40);
const out = (l: string) => process.stdout.write(`${l}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

function seed(dir: string): void {
  const t0 = performance.now();
  const seedStore = openStore(path.join(dir, "rembug.db"));
  const ids = seedAspirations(seedStore, { n: N, rws: RWS });
  const agg = createAggregator(seedStore.db, { log: silentLogger() });
  for (const id of ids) agg.ingest(id);
  const admin = Number(
    seedStore.db.prepare(`INSERT INTO residents (name, rw, rt, consent, registered_at, created_at) VALUES ('Sekretaris LPMK', 1, 1, 'given', 1, 1)`).run().lastInsertRowid,
  );
  seedStore.db.prepare(`INSERT INTO identities (channel, address, resident_id) VALUES ('console', 'sekretaris', ?)`).run(admin);
  const clusters = seedStore.db.prepare(`SELECT COUNT(*) FROM clusters`).pluck().get() as number;
  seedStore.close();
  out(`seeded ${N} aspirations over ${RWS} RWs (${clusters} clusters) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The LPMK admin the bench signs in as (seeded with the data). */
async function adminId(dir: string): Promise<number> {
  const store = openStore(path.join(dir, "rembug.db"));
  try {
    return store.db.prepare(`SELECT resident_id FROM identities WHERE channel = 'console' AND address = 'sekretaris'`).pluck().get() as number;
  } finally {
    store.close();
  }
}

async function main(): Promise<void> {
  const keep = process.env.BENCH_DASHBOARD_DIR;
  const dir = keep ?? tempDataDir("rembug-bench-dash-");
  if (keep) mkdirSync(keep, { recursive: true });
  const reuse = Boolean(keep && existsSync(path.join(dir, "rembug.db")));
  try {
    // A kelurahan of RWS RWs with 6 RTs each, matching the seeded residents.
    const wilayah = path.join(dir, "wilayah.csv");
    writeFileSync(wilayah, ["rw,rt", ...Array.from({ length: RWS }, (_, i) => Array.from({ length: 6 }, (_, j) => `${i + 1},${j + 1}`)).flat()].join("\n"));
    if (!reuse) seed(dir);
    else out(`reusing the data in ${dir}`);
    const admin = await adminId(dir);

    const app = makeTestApp(dir, { env: { LPMK_ADMINS: "console:sekretaris", WILAYAH_FILE: wilayah } });
    const web = await startWebServer(app, { listen: false });
    const cookie = `rembug_sesi=${createWebSession(app.store.db, { residentId: admin, channel: "console", address: "sekretaris" }, Date.now(), 3_600_000)}`;
    const ticket = app.store.db.prepare(`SELECT a.ticket FROM clusters c JOIN aspirations a ON a.id = c.representative_aspiration_id ORDER BY c.members DESC LIMIT 1`).pluck().get() as string;
    const pages: Array<[string, string]> = [
      ["baseline GET /healthz", "/healthz"],
      ["Ringkasan", "/dasbor"],
      ["Usulan (first page)", "/dasbor/usulan"],
      ["Usulan RW 3 + status", "/dasbor/usulan?rw=3&status=diterima"],
      ["Usulan category + RT", "/dasbor/usulan?kategori=drainase&rt=2"],
      ["Usulan search", `/dasbor/usulan?q=${encodeURIComponent("got mampet jalan mawar")}`],
      ["Usulan sort by supporters", "/dasbor/usulan?urut=dukungan"],
      ["Usulan every aspiration, page 500", "/dasbor/usulan?semua=1&hal=500"],
      [`Detail ${ticket}`, `/dasbor/usulan/${ticket}`],
    ];
    const times = new Map<string, number[]>(pages.map(([name]) => [name, []]));
    // Warm up each route once (statement caches, page cache), then interleave: one request per page per round.
    for (const [, url] of pages) {
      const r = await web.server.inject({ method: "GET", url, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode}`);
    }
    for (let i = 0; i < REQS; i++) {
      for (const [name, url] of pages) {
        const t0 = performance.now();
        const r = await web.server.inject({ method: "GET", url, headers: { cookie } });
        times.get(name)!.push(performance.now() - t0);
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode}`);
      }
    }
    const base = pct(times.get(pages[0]![0])!, 95);
    out(`\n${REQS} requests per page, in process (fastify.inject), ${N} aspirations`);
    out(`| page | p50 ms | p95 ms | p95 / baseline p95 | p95 < 300 ms |`);
    out(`|---|---:|---:|---:|---|`);
    for (const [name] of pages) {
      const xs = times.get(name)!;
      const p95 = pct(xs, 95);
      out(`| ${name} | ${pct(xs, 50).toFixed(1)} | ${p95.toFixed(1)} | ${(p95 / base).toFixed(1)}x | ${p95 < 300 ? "yes" : "NO"} |`);
    }
    await web.stop();
    await closeApp(app);
  } finally {
    if (!keep) removeDir(dir);
  }
}

await main();
