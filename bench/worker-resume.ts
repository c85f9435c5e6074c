/**
 * How soon a worker resumes after a Redis outage: a private redis-server is killed, kept down for a while, restarted
 * empty; then a job is added and the time from "Redis answers again" to "the worker ran the job" is measured.
 * Compared in the same run with a worker on BullMQ's default connection settings (what the code used before).
 * `npx tsx bench/worker-resume.ts` (needs /usr/bin/redis-server; never touches the shared Redis).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { silentLogger } from "../src/core/logger.js";
import { BullmqQueue } from "../src/queue/bullmq.js";

const OUTAGES_S = (process.env.OUTAGES_S ?? "3,15,30").split(",").map(Number);
const RUNS = Number(process.env.RUNS ?? 2);
const log = silentLogger();

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

async function startRedis(port: number): Promise<{ child: ChildProcess; upAt: number }> {
  const child = spawn("/usr/bin/redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (;;) {
    const r = new Redis({ port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    r.on("error", () => undefined);
    try {
      await r.connect();
      if ((await r.ping()) === "PONG") return { child, upAt: performance.now() };
    } catch {
      await new Promise((res) => setTimeout(res, 5));
    } finally {
      r.disconnect();
    }
  }
}

async function stopRedis(child: ChildProcess): Promise<void> {
  const exited = new Promise((res) => child.once("exit", res));
  child.kill("SIGKILL");
  await exited;
}

interface Subject {
  name: string;
  /** Start a consumer on queue "resume" that calls `ran(id)` for each job. */
  start(url: string, ran: (id: string) => void): Promise<() => Promise<void>>;
}

const SUBJECTS: Subject[] = [
  {
    name: "this code (BullmqQueue)",
    async start(url, ran) {
      const q = new BullmqQueue({ url, prefix: "resume", log, closeTimeoutMs: 2000 });
      await q.process("resume", async (job) => ran(job.id));
      return () => q.close();
    },
  },
  {
    name: "baseline: BullMQ default connection settings",
    async start(url, ran) {
      const w = new Worker("resume", async (job) => ran(job.id ?? ""), { connection: { url, maxRetriesPerRequest: null }, prefix: "resume" });
      w.on("error", () => undefined);
      await w.waitUntilReady();
      return async () => {
        await Promise.race([w.close(), new Promise((r) => setTimeout(r, 2000))]);
        await w.disconnect().catch(() => undefined);
      };
    },
  },
];

async function addJob(url: string, id: string): Promise<void> {
  const q = new Queue("resume", { connection: { url, maxRetriesPerRequest: 1 }, prefix: "resume" });
  q.on("error", () => undefined);
  await q.add("job", {}, { jobId: id });
  await q.close();
}

async function measure(subject: Subject, outageS: number, run: number): Promise<number> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let redis = await startRedis(port);
  const seen = new Map<string, number>();
  const stop = await subject.start(url, (id) => seen.set(id, performance.now()));
  const waitRan = async (id: string, timeoutMs: number) => {
    const until = performance.now() + timeoutMs;
    while (!seen.has(id)) {
      if (performance.now() > until) throw new Error(`job ${id} not run within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return seen.get(id)!;
  };
  await addJob(url, "before");
  await waitRan("before", 10_000);
  await stopRedis(redis.child);
  await new Promise((r) => setTimeout(r, outageS * 1000));
  redis = await startRedis(port);
  await addJob(url, `after-${run}`);
  const ranAt = await waitRan(`after-${run}`, 120_000);
  await stop();
  await stopRedis(redis.child);
  return ranAt - redis.upAt;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const rows: string[] = [];
for (const outage of OUTAGES_S) {
  const results = new Map<string, number[]>();
  // Interleaved, so both subjects see the same machine load.
  for (let run = 0; run < RUNS; run++) {
    for (const s of SUBJECTS) {
      const ms = await measure(s, outage, run);
      results.set(s.name, [...(results.get(s.name) ?? []), ms]);
      process.stderr.write(`outage ${outage} s, ${s.name}: resumed ${(ms / 1000).toFixed(2)} s after Redis was back\n`);
    }
  }
  for (const s of SUBJECTS) {
    const xs = results.get(s.name)!;
    rows.push(`| ${outage} s | ${s.name} | ${(median(xs) / 1000).toFixed(2)} s | ${xs.map((x) => (x / 1000).toFixed(2)).join(", ")} |`);
  }
}
process.stdout.write(`| outage | worker | resumed after Redis was back (median) | runs |\n|---|---|---|---|\n${rows.join("\n")}\n`);
process.exit(0);
