/**
 * Fault tests on BullMQ: nothing lost and nothing double-counted when a worker process is killed mid-job,
 * when the relay crashes between enqueue and marking, and when Redis goes away while residents confirm.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { QUEUES } from "../../src/queue/payloads.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { OutboxRelay } from "../../src/workers/outbox-relay.js";
import { startPipeline, type Pipeline } from "../../src/workers/pipeline.js";
import { withOutbox } from "../../src/workers/with-outbox.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";
import { deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "../queue/helpers.js";
import { confirmAspiration, CountingConsumer, freePort, makeResident, RedisServer, spawnTs, tempStore, type TempStore } from "./support.js";

const log = silentLogger();
const CHILD = path.resolve(import.meta.dirname, "fixtures/pipeline-child.ts");

describe("pipeline faults on BullMQ", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  function track<T extends { stop(): Promise<void> } | { close(): Promise<void> }>(x: T): T {
    cleanups.push(() => ("stop" in x ? x.stop() : x.close()));
    return x;
  }

  function setup(): { ts: TempStore; prefix: string } {
    const ts = tempStore();
    const prefix = uniquePrefix("faults");
    cleanups.push(() => ts.cleanup());
    cleanups.push(async () => void (await deleteKeys(REDIS_URL, prefix)));
    return { ts, prefix };
  }

  it("aggregates every aspiration once when a worker process is killed in the middle of a job", async () => {
    const { ts, prefix } = setup();
    const counting = new CountingConsumer(ts.store.db);
    const config = { REDIS_URL, QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: 2 };
    const bot = track(
      await startPipeline({ role: "bot", config, store: ts.store, log, queue: new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 2 }) }),
    );
    const resident = makeResident(ts.store, "kill");
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push(await confirmAspiration(ts.store, bot.effects!, resident, i));
    await bot.relay!.kick();
    expect(bot.outbox.stats().unsent).toBe(0);

    const hang = ids[10]!;
    const child = spawnTs(CHILD, { DRIVER: "bullmq", ROLE: "worker", DB_FILE: ts.file, REDIS_URL, QUEUE_PREFIX: prefix, HANG_ON_ID: String(hang) });
    cleanups.push(() => child.kill());
    await child.waitFor(`HUNG ${hang}`);
    await child.kill();

    const workerQueue = new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 2, lockDurationMs: 1000, stalledIntervalMs: 300 });
    track(await startPipeline({ role: "worker", config, store: ts.store, log, queue: workerQueue, ingest: counting.ingest }));
    await waitFor("all jobs completed", async () => (await workerQueue.counts(QUEUES.aggregate)).completed === 30, 30_000);

    expect(counting.count()).toBe(30);
    // The killed job was taken over and completed (30 completed), but its effect had committed with its
    // acknowledgement in the killed process, so the takeover skipped it: every aspiration was applied once.
    expect([...counting.deliveries().values()].every((n) => n === 1)).toBe(true);
    expect(ts.store.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NULL`).get()).toEqual({ n: 0 });
    expect((await workerQueue.counts(QUEUES.aggregate)).failed).toBe(0);
  }, 60_000);

  it("adds one job per aspiration when the relay crashes between enqueue and marking the rows sent", async () => {
    const { ts, prefix } = setup();
    const counting = new CountingConsumer(ts.store.db);
    const outbox = new OutboxRepo(ts.store.db);
    const queue = track(new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 2 }));
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const resident = makeResident(ts.store, "crash");
    for (let i = 0; i < 5; i++) await confirmAspiration(ts.store, effects, resident, i);

    const crashing = new OutboxRelay({ outbox, queue, log, afterEnqueue: () => {
      throw new Error("process died after enqueue");
    } });
    // The run dies after the queue took the jobs; kick() logs it and never rejects (it runs after commits and on a timer).
    await expect(crashing.kick()).resolves.toBeUndefined();
    // The rows stay unsent, and are not blamed on the queue: it took the jobs, only the marking was lost.
    expect(outbox.stats()).toMatchObject({ unsent: 5, withErrors: 0, lastError: null });
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(5);

    const restarted = new OutboxRelay({ outbox, queue, log });
    await restarted.kick();
    expect(outbox.stats().unsent).toBe(0);
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(5);

    const consumer = await queue.process(QUEUES.aggregate, async (job) => counting.ingest((job.payload as { aspirationId: number }).aspirationId));
    cleanups.push(() => consumer.close());
    await waitFor("consumed", async () => (await queue.counts(QUEUES.aggregate)).completed === 5);
    expect(counting.count()).toBe(5);
    expect([...counting.deliveries().values()]).toEqual([1, 1, 1, 1, 1]);
  });

  it("gives residents their ticket while Redis is down and aggregates their aspirations once Redis is back", async () => {
    const server = new RedisServer(await freePort());
    await server.start();
    cleanups.push(() => server.stop());
    const h: Harness = await createHarness();
    cleanups.push(() => h.close());
    const counting = new CountingConsumer(h.app.store.db);
    const queue = new BullmqQueue({ url: server.url, prefix: "outage", log, partitions: 2 });
    const pipeline: Pipeline = track(
      await startPipeline({
        role: "all",
        config: { REDIS_URL: server.url, QUEUE_PREFIX: "outage", WORKER_CONCURRENCY: 2 },
        store: h.app.store,
        log,
        host: h.app.host,
        queue,
        ingest: counting.ingest,
        relayIntervalMs: 100,
      }),
    );

    const submit = async (user: string, rw: string): Promise<string> => {
      await h.register(user, `Warga ${user}`, rw, "1");
      await h.send(user, "1");
      await h.send(user, "2");
      await h.send(user, "Selokan di depan rumah mampet dan banjir setiap hujan deras");
      await h.send(user, "Gang Melati dekat pos ronda");
      await h.send(user, "lewati");
      return textOf(await h.send(user, "kirim"));
    };

    for (const [i, user] of ["601", "602", "603"].entries()) expect(await submit(user, String(1 + i))).toMatch(/ASP-[A-Z0-9]{4}/);
    await waitFor("aggregated before the outage", () => counting.count() === 3);

    await server.stop();
    for (const [i, user] of ["604", "605", "606"].entries()) expect(await submit(user, String(1 + i))).toMatch(/ASP-[A-Z0-9]{4}/);
    await waitFor("relay tried and kept the rows", () => pipeline.outbox.stats().withErrors === 3);
    expect(pipeline.outbox.stats().unsent).toBe(3);
    expect(counting.count()).toBe(3);

    await server.start();
    await waitFor("aggregated after the outage", () => counting.count() === 6, 30_000);
    expect(pipeline.outbox.stats().unsent).toBe(0);
    expect([...counting.deliveries().values()].every((n) => n === 1)).toBe(true);
    expect(counting.perRw()).toEqual({ 1: 2, 2: 2, 3: 2 });
  }, 60_000);

  it("stops instead of hanging when Redis is gone at shutdown", async () => {
    const server = new RedisServer(await freePort());
    await server.start();
    cleanups.push(() => server.stop());
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const pipeline = await startPipeline({
      role: "all",
      config: { REDIS_URL: server.url, QUEUE_PREFIX: "shutdown", WORKER_CONCURRENCY: 2 },
      store: ts.store,
      log,
      queue: new BullmqQueue({ url: server.url, prefix: "shutdown", log, closeTimeoutMs: 500 }),
      ingest: () => undefined,
    });
    await server.stop();
    await expect(pipeline.stop()).resolves.toBeUndefined();
  }, 30_000);
});
