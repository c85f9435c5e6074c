/**
 * Fault tests on the in-process queue: the process dies with jobs in memory (one of them in the middle),
 * and the relay crashes between enqueue and marking. The outbox brings everything back, once.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { QUEUES } from "../../src/queue/payloads.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { OutboxRelay } from "../../src/workers/outbox-relay.js";
import { startAggregateWorker } from "../../src/workers/aggregate-worker.js";
import { startPipeline } from "../../src/workers/pipeline.js";
import { withOutbox } from "../../src/workers/with-outbox.js";
import { waitFor } from "../queue/helpers.js";
import { confirmAspiration, CountingConsumer, makeResident, spawnTs, tempStore } from "./support.js";

const log = silentLogger();
const CHILD = path.resolve(import.meta.dirname, "fixtures/pipeline-child.ts");
const config = { QUEUE_PREFIX: "unused", WORKER_CONCURRENCY: 2 };

describe("pipeline faults on the in-process queue", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("aggregates every aspiration once when the process dies in the middle of a job", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const outbox = new OutboxRepo(ts.store.db);
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const resident = makeResident(ts.store, "die");
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await confirmAspiration(ts.store, effects, resident, i));
    const hang = ids[7]!;

    const child = spawnTs(CHILD, { DRIVER: "in-process", ROLE: "all", DB_FILE: ts.file, HANG_ON_ID: String(hang) });
    cleanups.push(() => child.kill());
    await child.waitFor(`HUNG ${hang}`);
    await child.kill();
    // The killed process had applied and acknowledged the hung job; the jobs still in its memory died with it.
    expect(outbox.stats().unacked).toBeGreaterThan(0);

    const counting = new CountingConsumer(ts.store.db);
    const queue = new InProcessQueue({ log });
    const pipeline = await startPipeline({ role: "all", config, store: ts.store, log, queue, ingest: counting.ingest, relayIntervalMs: 50 });
    cleanups.push(() => pipeline.stop());
    await waitFor("all aggregated and acknowledged", () => counting.count() === 20 && outbox.stats().unacked === 0 && outbox.stats().unsent === 0);
    // Applied once each: the hung job's acknowledgement committed with its effect, so it is not handed over again.
    expect([...counting.deliveries().values()].every((n) => n === 1)).toBe(true);
    expect((await queue.counts(QUEUES.aggregate)).completed).toBeLessThan(20);
  }, 60_000);

  it("runs one job per aspiration when the relay crashes between enqueue and marking", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const outbox = new OutboxRepo(ts.store.db);
    const queue = new InProcessQueue({ log });
    cleanups.push(() => queue.close());
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const resident = makeResident(ts.store, "crash");
    for (let i = 0; i < 5; i++) await confirmAspiration(ts.store, effects, resident, i);

    const crashing = new OutboxRelay({ outbox, queue, log, afterEnqueue: () => {
      throw new Error("process died after enqueue");
    } });
    // The run dies after the queue took the jobs; kick() logs it and never rejects (it runs after commits and on a timer).
    await expect(crashing.kick()).resolves.toBeUndefined();
    expect(outbox.stats().unsent).toBe(5);
    const restarted = new OutboxRelay({ outbox, queue, log });
    await restarted.kick();
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(5);

    const counting = new CountingConsumer(ts.store.db);
    await startAggregateWorker({ queue, ingest: counting.ingest, db: ts.store.db, outbox, log });
    await waitFor("consumed and acknowledged", () => counting.count() === 5 && outbox.stats().unacked === 0);
    expect([...counting.deliveries().values()]).toEqual([1, 1, 1, 1, 1]);
  });
});
