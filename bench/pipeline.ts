/**
 * Pipeline benchmark (`npm run bench:pipeline`): outbox -> consumed throughput on BullMQ against raw BullMQ
 * add/process throughput in the same run (the ceiling; the ratio is computed per pair of runs made back to back),
 * commit -> consumed latency at a fixed rate, the recap and exports of 100,000 aspirations, peak RSS.
 * Env: REDIS_URL (default redis://127.0.0.1:6379), BENCH_N (jobs per throughput run, default 20000),
 * BENCH_RATE (aspirations/s for the latency run, default 200), BENCH_SECONDS (latency run length, default 15),
 * BENCH_REPS (interleaved throughput repetitions, default 3), BENCH_PARTITIONS (key partitions, default 4),
 * BENCH_ONE_RW=1 (worst case: all aspirations in one RW, i.e. one ordering key).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { afterEffect, applyEffect, coreEffectHandlers, type EffectCtx } from "../src/app/effects.js";
import { silentLogger } from "../src/core/logger.js";
import type { Effect } from "../src/engine/types.js";
import type { Category } from "../src/core/domain.js";
import { createAggregator } from "../src/aggregator/aggregator.js";
import { BullmqQueue } from "../src/queue/bullmq.js";
import { assertRedisReadyForQueue } from "../src/queue/redis-guard.js";
import { openStore, type Store } from "../src/store/index.js";
import { OutboxRepo } from "../src/store/outbox.js";
import { startPipeline } from "../src/workers/pipeline.js";
import { withOutbox } from "../src/workers/with-outbox.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const N = Number(process.env.BENCH_N ?? 20_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONCURRENCY = 4;
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 4);
const REPS = Number(process.env.BENCH_REPS ?? 3);
// Worst case: every aspiration in one RW, so one key and one partition (strictly serial).
const ONE_RW = process.env.BENCH_ONE_RW === "1";
const RWS = 20;
const log = silentLogger();
const out = (line: string) => process.stdout.write(`${line}\n`);
const prefixes: string[] = [];

function prefix(tag: string): string {
  const p = `rembug-bench-${tag}-${process.pid}-${Date.now().toString(36)}`;
  prefixes.push(p);
  return p;
}

async function deleteKeys(p: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${p}:*`, "COUNT", 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== "0");
  redis.disconnect();
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function tempStore(): { store: Store; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "rembug-bench-"));
  const store = openStore(path.join(dir, "rembug.db"));
  return { store, cleanup: () => (store.close(), rmSync(dir, { recursive: true, force: true })) };
}

type ConsumerKind = "noop" | "aggregator";

/**
 * The consumer behind the worker. "noop": an idempotent insert (measures the transport); "aggregator": the real
 * RW aggregator (normalisation, FTS5 candidates, clustering), i.e. outbox -> aggregated.
 */
function consumer(store: Store, kind: ConsumerKind, onConsumed?: (id: number) => void): { ingest(id: number): unknown; count(): number } {
  if (kind === "aggregator") {
    const agg = createAggregator(store.db, { log });
    let n = 0;
    return {
      ingest(id) {
        const r = agg.ingest(id);
        if (r.ok && !r.alreadyIngested) n++;
        onConsumed?.(id);
        return r;
      },
      count: () => n,
    };
  }
  return noopConsumer(store, onConsumed);
}

/** An idempotent consumer like the aggregator's contract: one row per aspiration, no matter how often delivered. */
function noopConsumer(store: Store, onConsumed?: (id: number) => void): { ingest(id: number): void; count(): number } {
  store.db.exec(`CREATE TABLE IF NOT EXISTS bench_consumed (aspiration_id INTEGER PRIMARY KEY, at INTEGER NOT NULL)`);
  const ins = store.db.prepare(`INSERT OR IGNORE INTO bench_consumed (aspiration_id, at) VALUES (?, ?)`);
  let n = 0;
  return {
    ingest(id) {
      if (ins.run(id, Date.now()).changes) n++;
      onConsumed?.(id);
    },
    count: () => n,
  };
}

function resident(store: Store): number {
  const r = store.residents.resolve("fake", "bench", { lang: "id", now: Date.now() });
  store.residents.update(r.id, { name: "Bench", rw: 1, rt: 1, consent: "given", registered: true }, Date.now());
  return r.id;
}

let ticketSeq = 0;
const SUBJECTS: Array<[Category, string]> = [
  ["jalan", "Jalan berlubang dan rusak parah"],
  ["drainase", "Selokan mampet, air meluap kalau hujan"],
  ["persampahan", "Sampah menumpuk dan tidak diangkut seminggu"],
  ["air-bersih", "Air PAM sering mati berhari-hari"],
  ["kesehatan", "Posyandu perlu timbangan bayi baru"],
  ["ekonomi", "Pelatihan pemasaran online untuk UMKM ibu-ibu"],
  ["keamanan", "Lampu penerangan jalan mati, rawan maling"],
  ["pendidikan", "Taman baca anak perlu buku dan rak"],
];
const PLACES = ["depan masjid", "dekat pos ronda", "samping balai RW", "gang mawar", "gang melati", "belakang pasar", "depan SD negeri", "ujung gang kenanga"];

function aspirationEffect(i: number): Effect {
  ticketSeq++;
  const [category, text] = SUBJECTS[i % SUBJECTS.length]!;
  const place = PLACES[Math.floor(i / SUBJECTS.length) % PLACES.length]!;
  return {
    type: "aspiration.create",
    ticket: `ASP-${ticketSeq.toString(36).toUpperCase().padStart(6, "0")}`,
    rw: 1 + (i % RWS),
    rt: 1 + (i % 4),
    draft: { category, description: `${text} ${place}, mohon segera ditangani (${i})`, locationText: place, lat: null, lon: null, photoPath: null },
  };
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("benchmark timed out");
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Raw BullMQ: addBulk in batches of 500, a no-op processor with the same concurrency. */
async function rawBullmq(): Promise<number> {
  const p = prefix("raw");
  const connection = { url: REDIS_URL, maxRetriesPerRequest: null };
  const queue = new Queue("raw", { connection, prefix: p, defaultJobOptions: { removeOnComplete: { count: 10_000 } } });
  let done = 0;
  const worker = new Worker("raw", async () => undefined, { connection, prefix: p, concurrency: CONCURRENCY });
  worker.on("completed", () => done++);
  await worker.waitUntilReady();
  const t0 = performance.now();
  for (let i = 0; i < N; i += 500) {
    await queue.addBulk(Array.from({ length: Math.min(500, N - i) }, (_, k) => ({ name: "job", data: { i: i + k }, opts: { jobId: `raw-${i + k}` } })));
  }
  await waitUntil(() => done >= N);
  const secs = (performance.now() - t0) / 1000;
  await worker.close();
  await queue.close();
  return N / secs;
}

/** Outbox -> relay -> BullMQ -> aggregate worker -> idempotent consumer, starting from N committed outbox rows. */
async function outboxThroughput(kind: ConsumerKind): Promise<number> {
  const ts = tempStore();
  const p = prefix("outbox");
  const outbox = new OutboxRepo(ts.store.db);
  const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
  const rid = resident(ts.store);
  const ctx: EffectCtx = { store: ts.store, residentId: rid, channel: "fake", address: "bench", now: Date.now(), log };
  ts.store.tx(() => {
    for (let i = 0; i < N; i++) applyEffect(effects, aspirationEffect(i), ctx);
  });
  if (ONE_RW) ts.store.db.exec(`UPDATE outbox SET payload = json_set(payload, '$.rw', 1)`);
  const c = consumer(ts.store, kind);
  const t0 = performance.now();
  const pipeline = await startPipeline({
    role: "all",
    config: { REDIS_URL, QUEUE_PREFIX: p, WORKER_CONCURRENCY: CONCURRENCY },
    store: ts.store,
    log,
    queue: new BullmqQueue({ url: REDIS_URL, prefix: p, log, partitions: PARTITIONS }),
    ingest: c.ingest,
    relayIntervalMs: 50,
  });
  await waitUntil(() => c.count() >= N);
  const secs = (performance.now() - t0) / 1000;
  await pipeline.stop();
  ts.cleanup();
  return N / secs;
}

/** Commit aspirations at a fixed rate as the conversation host does (tx, then after-commit kick); latency to consumption. */
async function latencyAtRate(kind: ConsumerKind): Promise<{ p50: number; p99: number; max: number; count: number }> {
  const ts = tempStore();
  const p = prefix("latency");
  const committedAt = new Map<number, number>();
  const latencies: number[] = [];
  const c = consumer(ts.store, kind, (id) => {
    const at = committedAt.get(id);
    if (at !== undefined) {
      latencies.push(performance.now() - at);
      committedAt.delete(id);
    }
  });
  const pipeline = await startPipeline({
    role: "all",
    config: { REDIS_URL, QUEUE_PREFIX: p, WORKER_CONCURRENCY: CONCURRENCY },
    store: ts.store,
    log,
    queue: new BullmqQueue({ url: REDIS_URL, prefix: p, log, partitions: PARTITIONS }),
    ingest: c.ingest,
  });
  const effects = pipeline.effects!;
  const rid = resident(ts.store);
  const total = RATE * SECONDS;
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const effect = aspirationEffect(i);
    const ctx: EffectCtx = { store: ts.store, residentId: rid, channel: "fake", address: "bench", now: Date.now(), log };
    ts.store.tx(() => applyEffect(effects, effect, ctx));
    const id = ts.store.aspirations.byTicket((effect as { ticket: string }).ticket)!.id;
    committedAt.set(id, performance.now());
    await afterEffect(effects, effect, ctx);
  }
  await waitUntil(() => c.count() >= total);
  await pipeline.stop();
  ts.cleanup();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN, count: latencies.length };
}

async function main(): Promise<void> {
  await assertRedisReadyForQueue(REDIS_URL);
  out(`# pipeline benchmark: N=${N}, concurrency=${CONCURRENCY}, ${RWS} RWs, Redis ${REDIS_URL.replace(/\/\/.*@/, "//***@")}`);
  try {
    // Interleaved repetitions: the machine is shared. Each raw run is followed at once by an outbox run, and the
    // ratio is taken per such pair (both saw the same load), then the median of the pairs; throughputs are medians too.
    const raws: number[] = [];
    const obs: number[] = [];
    for (let r = 0; r < REPS; r++) {
      raws.push(await rawBullmq());
      obs.push(await outboxThroughput("noop"));
    }
    const med = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
    };
    const ratios = obs.map((ob, i) => ob / raws[i]!);
    const ratio = med(ratios);
    const runs = (xs: number[], digits = 0) => xs.map((x) => x.toFixed(digits)).join(", ");
    out(`raw BullMQ add/process (ceiling):        ${med(raws).toFixed(0)} jobs/s  (median of ${runs(raws)})`);
    out(`outbox -> consumed via BullMQ:            ${med(obs).toFixed(0)} aspirations/s  (median of ${runs(obs)})`);
    out(`outbox / raw, per pair of runs made back to back: ${ratio.toFixed(2)}x (pairs: ${runs(ratios, 2)}; target >= 0.5x)`);
    const agg = await outboxThroughput("aggregator");
    out(`outbox -> aggregated (real aggregator):   ${agg.toFixed(0)} aspirations/s  (one run; bounded by clustering, not by the queue)`);
    const lat = await latencyAtRate("aggregator");
    out(
      `commit -> aggregated at ${RATE}/s for ${SECONDS}s:  p50 ${lat.p50.toFixed(1)} ms, p99 ${lat.p99.toFixed(1)} ms, max ${lat.max.toFixed(1)} ms ` +
        `(${lat.count} aspirations; target p99 < 1000 ms)`,
    );

    // ==== RECAP BENCHMARK (aggregator) =================================================================
    // 100k aspirations over 20 RWs, aggregated through the real aggregator, then /rekap and the exports.
    // Runs bench/recap.ts in a child process so its memory does not count in this process's peak RSS.
    // BENCH_RECAP_N overrides the count.
    const recap = spawnSync(process.execPath, ["--import", "tsx", path.join(path.dirname(new URL(import.meta.url).pathname), "recap.ts")], {
      encoding: "utf8",
      env: { ...process.env, BENCH_RECAP_N: process.env.BENCH_RECAP_N ?? "100000" },
    });
    for (const line of recap.stdout.trimEnd().split("\n")) out(line);
    if (recap.status !== 0) out(`recap benchmark failed: ${recap.stderr.trim().split("\n").at(-1) ?? recap.status}`);
    // ==== END RECAP BENCHMARK =========================================================================
  } finally {
    for (const p of prefixes) await deleteKeys(p);
  }
  out(`peak RSS:                                 ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
