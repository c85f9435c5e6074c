/**
 * Rembug benchmark (`npx tsx bench/rembug.ts`): 100,000 aspirations over 25 RWs x 20 RTs; 500 rembug RT results
 * (one per RT, 5 items each) written as the rembug flow does (result, items and outbox row in one transaction), then
 * consumed by the real rembug worker (outbox relay, in-process queue, acknowledging transaction); then the recap,
 * the Daftar Panjang Usulan and its XLSX. Baselines in the same run: the recap and exports before any result, and a
 * redelivered (already acknowledged) job through the same worker.
 * Clusters are seeded directly (4 aspirations each); the aggregator's own cost is measured by bench/recap.ts.
 * Env: BENCH_REMBUG_N (default 100000).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toXlsx } from "../src/aggregator/export-files.js";
import { buildLongList } from "../src/aggregator/long-list.js";
import { buildRecap } from "../src/aggregator/recap.js";
import { formatRecap } from "../src/aggregator/recap-text.js";
import { tridayaOf } from "../src/core/domain.js";
import { silentLogger } from "../src/core/logger.js";
import { applyRembugConfirmed } from "../src/cycle/rembug-confirmed.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../src/i18n/fluent.js";
import { InProcessQueue } from "../src/queue/in-process.js";
import { QUEUES } from "../src/queue/payloads.js";
import type { JobHandler, ProcessOptions, QueuePort } from "../src/queue/port.js";
import { openStore } from "../src/store/index.js";
import { startPipeline } from "../src/workers/pipeline.js";
import { writeRembugResult } from "../tests/cycle/rembug-rows.js";

const N = Number(process.env.BENCH_REMBUG_N ?? 100_000);
const RWS = 25;
const RTS = 20;
const PER_CLUSTER = 4;
const RESIDENTS_PER_RT = 40;
const ITEMS = 5;
const CATEGORIES = ["jalan", "drainase", "persampahan", "air-bersih", "kesehatan"] as const;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const out = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The in-process queue, timing each job of the rembug queue through the worker's real handler (effect + ack + commit):
 * wall time into `times` and the process's CPU time into `cpu` (less sensitive to other load on a shared machine).
 */
function timed(queue: InProcessQueue, times: number[], cpu: number[] = []): QueuePort {
  return new Proxy(queue, {
    get(target, prop, recv) {
      if (prop === "process") {
        return (name: string, handler: JobHandler, opts?: ProcessOptions) =>
          target.process(
            name,
            name === QUEUES.rembug
              ? async (job) => {
                  const t0 = performance.now();
                  const c0 = process.cpuUsage();
                  await handler(job);
                  times.push(performance.now() - t0);
                  const c = process.cpuUsage(c0);
                  cpu.push((c.user + c.system) / 1000);
                }
              : handler,
            opts,
          );
      }
      const v = Reflect.get(target, prop, recv) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as QueuePort;
}

const dir = mkdtempSync(path.join(tmpdir(), "rembug-bench-rembug-"));
const store = openStore(path.join(dir, "bench.db"));
const { t } = loadI18n(DEFAULT_LOCALES_DIR);
const log = silentLogger();
try {
  const now = Date.UTC(2026, 10, 25);
  const cycle = store.cycles.open("Musrenbang 2027", "bench", now);
  if (!cycle.ok) throw new Error("cycle");
  // Residents with a reachable identity, 40 per RT.
  const residents: number[][] = [];
  store.tx(() => {
    const ins = store.db.prepare(`INSERT INTO residents (name, rw, rt, consent, registered_at, created_at) VALUES (?, ?, ?, 'given', 1, 1)`);
    const idn = store.db.prepare(`INSERT INTO identities (channel, address, resident_id, last_seen_at) VALUES ('telegram', ?, ?, 1)`);
    for (let rw = 1; rw <= RWS; rw++) {
      for (let rt = 1; rt <= RTS; rt++) {
        const list: number[] = [];
        for (let k = 0; k < RESIDENTS_PER_RT; k++) {
          const id = Number(ins.run(`Warga ${rw}-${rt}-${k}`, rw, rt).lastInsertRowid);
          idn.run(String(1_000_000 + id), id);
          list.push(id);
        }
        residents.push(list);
      }
    }
  });
  // Aspirations (all in the open cycle), 4 to a cluster within one RT, each sender a supporter.
  const clustersOfRt = new Map<string, number[]>();
  store.tx(() => {
    const asp = store.db.prepare(
      `INSERT INTO aspirations (ticket, resident_id, rw, rt, category, tridaya, description, status, created_at, updated_at, cycle_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'diterima', ?, ?, ?)`,
    );
    const cl = store.db.prepare(`INSERT INTO clusters (rw, category, tridaya, representative_aspiration_id, supporters, members, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, 1, 1)`);
    const mem = store.db.prepare(`INSERT INTO cluster_members (cluster_id, aspiration_id, state, joined_at) VALUES (?, ?, 'own', 1)`);
    const sup = store.db.prepare(`INSERT OR IGNORE INTO cluster_supporters (cluster_id, resident_id, aspiration_id, via, at) VALUES (?, ?, ?, 'aspiration', 1)`);
    const bump = store.db.prepare(`UPDATE clusters SET members = members + 1, supporters = (SELECT COUNT(*) FROM cluster_supporters WHERE cluster_id = ?) WHERE id = ?`);
    let cluster = 0;
    for (let i = 0; i < N; i++) {
      const slot = Math.floor(i / PER_CLUSTER);
      const rtIndex = slot % (RWS * RTS);
      const rw = 1 + Math.floor(rtIndex / RTS);
      const rt = 1 + (rtIndex % RTS);
      const category = CATEGORIES[slot % CATEGORIES.length]!;
      const who = residents[rtIndex]![(i * 7) % RESIDENTS_PER_RT]!;
      const id = Number(asp.run(`ASP-B${i.toString(36).toUpperCase()}`, who, rw, rt, category, tridayaOf(category), `usulan ${category} nomor ${slot} di RT ${rt}`, i, i, cycle.cycle.id).lastInsertRowid);
      if (i % PER_CLUSTER === 0) {
        cluster = Number(cl.run(rw, category, tridayaOf(category), id).lastInsertRowid);
        const key = `${rw}/${rt}`;
        clustersOfRt.set(key, [...(clustersOfRt.get(key) ?? []), cluster]);
      }
      mem.run(cluster, id);
      sup.run(cluster, who, id);
      bump.run(cluster, cluster);
    }
  });
  const clusters = store.db.prepare(`SELECT COUNT(*) FROM clusters`).pluck().get() as number;
  out(`seeded ${N} aspirations, ${clusters} clusters, ${RWS * RTS} RTs, ${RWS * RTS * RESIDENTS_PER_RT} residents`);

  const recapOnce = async () => {
    let t0 = performance.now();
    formatRecap(buildRecap(store.db), t, "id");
    const recap = performance.now() - t0;
    t0 = performance.now();
    const lists = buildLongList(store.db);
    const longList = performance.now() - t0;
    t0 = performance.now();
    await toXlsx(lists, { t, kelurahan: "Bench" });
    return { recap, longList, xlsx: performance.now() - t0 };
  };
  const base = await recapOnce();

  // 500 confirmations, written as the rembug flow would (result + items + outbox row, one transaction each).
  const writeTimes: number[] = [];
  for (let rw = 1; rw <= RWS; rw++) {
    for (let rt = 1; rt <= RTS; rt++) {
      const picks = (clustersOfRt.get(`${rw}/${rt}`) ?? []).slice(0, ITEMS);
      const t0 = performance.now();
      writeRembugResult(
        store,
        { cycleId: cycle.cycle.id, level: "rt", rw, rt, items: picks.map((clusterId, k) => ({ clusterId, funding: k % 2 ? "swadaya" : "apbd", volume: 10 * (k + 1), unit: "m", cost: 5_000_000 * (k + 1) })) },
        now,
      );
      writeTimes.push(performance.now() - t0);
    }
  }

  const times: number[] = [];
  const cpuTimes: number[] = [];
  const queue = timed(new InProcessQueue(), times, cpuTimes);
  const pipeline = await startPipeline({
    role: "all",
    config: { QUEUE_PREFIX: "bench", WORKER_CONCURRENCY: 1 },
    store,
    log,
    queue,
    ingest: () => undefined,
    rembugConfirmed: (id) => applyRembugConfirmed(store, t, id, now),
    relayIntervalMs: 50,
  });
  let t0 = performance.now();
  await pipeline.relay!.kick();
  if (!(await pipeline.settle(600_000))) throw new Error("consumer did not settle");
  const consumeWall = performance.now() - t0;
  const confirmTimes = [...times];
  const confirmCpu = [...cpuTimes];
  const notices = store.db.prepare(`SELECT COUNT(*) FROM outbound WHERE kind = 'notification'`).pluck().get() as number;
  const statuses = store.db.prepare(`SELECT status, COUNT(*) AS n FROM aspirations GROUP BY status ORDER BY status`).all() as Array<{ status: string; n: number }>;

  // Baseline for the consumer: the same jobs redelivered (already acknowledged: skipped inside the transaction).
  times.length = 0;
  const ids = store.db.prepare(`SELECT id FROM rembug_results ORDER BY id LIMIT 200`).pluck().all() as number[];
  await pipeline.queue.republish(QUEUES.rembug, ids.map((resultId) => ({ name: "rembug-confirmed", payload: { resultId }, opts: { jobId: `rembug-confirmed-${resultId}` } })));
  await pipeline.settle(60_000);
  const skipTimes = [...times];
  await pipeline.stop();
  if ((store.db.prepare(`SELECT COUNT(*) FROM outbound WHERE kind = 'notification'`).pluck().get() as number) !== notices) throw new Error("a redelivery queued notices");

  const after = await recapOnce();
  out(`write 500 rembug results (5 items + outbox row each): p50 ${ms(pct(writeTimes, 50))}, p99 ${ms(pct(writeTimes, 99))}`);
  out(`consumer per confirmation (effect + ack + commit):     p50 ${ms(pct(confirmTimes, 50))}, p99 ${ms(pct(confirmTimes, 99))}, max ${ms(Math.max(...confirmTimes))} (target p99 < 50 ms); ${confirmTimes.length} jobs, ${ms(consumeWall)} wall through relay + queue`);
  out(`  CPU time per confirmation:                          p50 ${ms(pct(confirmCpu, 50))}, p99 ${ms(pct(confirmCpu, 99))}`);
  out(`  baseline, redelivered job (skipped by its ack):      p50 ${ms(pct(skipTimes, 50))}, p99 ${ms(pct(skipTimes, 99))} (${skipTimes.length} jobs)`);
  out(`notification fan-out: ${notices} notices queued (${(notices / confirmTimes.length).toFixed(1)} per confirmation), ${(notices / (consumeWall / 1000)).toFixed(0)} notices/s end to end`);
  out(`statuses after: ${statuses.map((s) => `${s.status} ${s.n}`).join(", ")}`);
  out(`recap (/rekap all RWs, data + text): ${ms(after.recap)} with the results, baseline ${ms(base.recap)} before (target < 2000 ms)`);
  out(`daftar panjang usulan rows:          ${ms(after.longList)} with the results, baseline ${ms(base.longList)} before`);
  out(`XLSX (${RWS} sheets):                  ${ms(after.xlsx)} with the results, baseline ${ms(base.xlsx)} before`);
  out(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
