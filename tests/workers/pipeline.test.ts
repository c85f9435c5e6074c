/** Process roles, start-up guards and the outbox transaction. */
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import { createAggregator } from "../../src/aggregator/aggregator.js";
import { createQueue } from "../../src/queue/create-queue.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { QUEUES } from "../../src/queue/payloads.js";
import { RedisGuardError } from "../../src/queue/redis-guard.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { PipelineRoleError, startPipeline } from "../../src/workers/pipeline.js";
import { withOutbox } from "../../src/workers/with-outbox.js";
import { createHarness, textOf } from "../support/flow-harness.js";
import { waitFor } from "../queue/helpers.js";
import { confirmAspiration, CountingConsumer, freePort, makeResident, RedisServer, tempStore } from "./support.js";

const log = silentLogger();

describe("pipeline roles and guards", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("refuses --role bot and --role worker without REDIS_URL, saying why", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    for (const role of ["bot", "worker"] as const) {
      const start = startPipeline({ role, config: { QUEUE_PREFIX: "x", WORKER_CONCURRENCY: 1 }, store: ts.store, log, ingest: () => undefined });
      await expect(start).rejects.toThrow(PipelineRoleError);
      await expect(start).rejects.toThrow(/needs REDIS_URL/);
    }
  });

  it("refuses to start BullMQ on a Redis that may evict keys", async () => {
    const server = new RedisServer(await freePort(), ["--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"]);
    await server.start();
    cleanups.push(() => server.stop());
    const start = createQueue({ REDIS_URL: server.url, QUEUE_PREFIX: "x" }, log);
    await expect(start).rejects.toThrow(RedisGuardError);
    await expect(start).rejects.toThrow(/maxmemory-policy "allkeys-lru".*noeviction/);
  });

  it("refuses to start BullMQ when Redis cannot be reached", async () => {
    const port = await freePort();
    await expect(createQueue({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: "x" }, log)).rejects.toThrow(/cannot connect to Redis/);
  });

  it("writes the outbox row in the same transaction as the aspiration, so a rollback drops both", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const outbox = new OutboxRepo(ts.store.db);
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const resident = makeResident(ts.store, "tx");
    const broken = withOutbox(
      { ...effects, "aspiration.create": { apply: (e, c) => { effects["aspiration.create"]!.apply!(e, c); throw new Error("disk full"); } } },
      { outbox, kick: () => undefined },
    );
    await expect(confirmAspiration(ts.store, broken, resident, 1)).rejects.toThrow("disk full");
    expect(ts.store.aspirations.listByResident(resident)).toEqual([]);
    expect(outbox.stats().unsent).toBe(0);

    const id = await confirmAspiration(ts.store, effects, resident, 2);
    const [row] = outbox.unsent(10);
    expect(row).toMatchObject({ topic: "aspiration.created", jobId: `aspiration-created-${id}`, payload: { aspirationId: id, rw: 3 } });
  });

  it("brings an aspiration confirmed in the conversation to the aggregator with the in-process queue", async () => {
    const h = await createHarness();
    cleanups.push(() => h.close());
    const counting = new CountingConsumer(h.app.store.db);
    const pipeline = await startPipeline({
      role: "all",
      config: { QUEUE_PREFIX: "x", WORKER_CONCURRENCY: 2 },
      store: h.app.store,
      log,
      host: h.app.host,
      ingest: counting.ingest,
    });
    cleanups.push(() => pipeline.stop());
    expect(pipeline.queue.driver).toBe("in-process");
    await h.register("701", "Budi", "4", "1");
    await h.send("701", "1");
    await h.send("701", "1");
    await h.send("701", "Jalan berlubang besar di depan sekolah dasar negeri");
    await h.send("701", "Jl. Kenanga");
    await h.send("701", "lewati");
    expect(textOf(await h.send("701", "kirim"))).toMatch(/ASP-[A-Z0-9]{4}/);
    await waitFor("aggregated", () => counting.count() === 1 && pipeline.outbox.stats().unsent === 0);
    expect(counting.perRw()).toEqual({ 4: 1 });
  });

  it("clusters a confirmed aspiration with the real aggregator", async () => {
    const h = await createHarness();
    cleanups.push(() => h.close());
    const aggregator = createAggregator(h.app.store.db, { log });
    const pipeline = await startPipeline({
      role: "all",
      config: { QUEUE_PREFIX: "x", WORKER_CONCURRENCY: 2 },
      store: h.app.store,
      log,
      host: h.app.host,
      ingest: (id) => aggregator.ingest(id),
    });
    cleanups.push(() => pipeline.stop());
    await h.register("702", "Sri", "2", "1");
    await h.send("702", "1");
    await h.send("702", "2");
    await h.send("702", "Got di gang mawar mampet, air meluap ke jalan setiap hujan");
    await h.send("702", "Gang Mawar");
    await h.send("702", "lewati");
    const ticket = /ASP-[A-Z0-9]{4}/.exec(textOf(await h.send("702", "kirim")))?.[0];
    const id = h.app.store.aspirations.byTicket(ticket!)!.id;
    await waitFor("clustered", () => aggregator.clusterOf(id) !== undefined && pipeline.outbox.stats().unsent === 0);
    // The worker ran the real clustering: a new cluster in RW 02, drainage, with this aspiration as its representative.
    const member = aggregator.clusterOf(id)!;
    const cluster = h.app.store.db.prepare("SELECT rw, category, tridaya, representative_aspiration_id AS rep, supporters, members FROM clusters WHERE id = ?").get(member.clusterId);
    expect(cluster).toEqual({ rw: 2, category: "drainase", tridaya: "lingkungan", rep: id, supporters: 1, members: 1 });
    expect(pipeline.outbox.stats().unsent).toBe(0);
  });

  it("fails a job without retrying when ingest reports the aspiration is gone", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const queue = new InProcessQueue({ log });
    let calls = 0;
    const pipeline = await startPipeline({
      role: "all",
      config: { QUEUE_PREFIX: "x", WORKER_CONCURRENCY: 1 },
      store: ts.store,
      log,
      queue,
      ingest: (aspirationId) => {
        calls++;
        return { ok: false, aspirationId, error: "not-found" };
      },
    });
    cleanups.push(() => pipeline.stop());
    await queue.add(QUEUES.aggregate, "aspiration-created", { aspirationId: 42, rw: 1 }, { jobId: "aspiration-created-42", attempts: 5 });
    await queue.add(QUEUES.aggregate, "aspiration-created", { aspirationId: "x" }, { jobId: "aspiration-created-bad", attempts: 5 });
    await waitFor("both failed", async () => (await queue.counts(QUEUES.aggregate)).failed === 2);
    expect(calls).toBe(1);
    const reasons = (await queue.failed(QUEUES.aggregate)).map((f) => f.reason).sort();
    expect(reasons[0]).toMatch(/ingest of aspiration 42 failed: not-found/);
    expect(reasons[1]).toMatch(/invalid aspiration-created payload/);
  });
});
