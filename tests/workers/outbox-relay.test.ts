/** The outbox relay on its own: rows it cannot route stay unsent; rows nobody acknowledged are re-published in time. */
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { createAggregator } from "../../src/aggregator/aggregator.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { QUEUES } from "../../src/queue/payloads.js";
import { startAggregateWorker } from "../../src/workers/aggregate-worker.js";
import { OutboxRelay } from "../../src/workers/outbox-relay.js";
import { withOutbox } from "../../src/workers/with-outbox.js";
import { deleteKeys, REDIS_URL, uniquePrefix, waitFor } from "../queue/helpers.js";
import { confirmAspiration, makeResident, tempStore } from "./support.js";

const log = silentLogger();

describe("outbox relay", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("leaves a row of an unknown topic unsent while it moves, and re-publishes, the rows it knows", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const prefix = uniquePrefix("relay-unknown");
    const queue = new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 1 });
    cleanups.push(async () => {
      await queue.close();
      await deleteKeys(REDIS_URL, prefix);
    });
    const outbox = new OutboxRepo(ts.store.db);
    // A row written by a newer version of the bot, before a rollback.
    ts.store.db
      .prepare(`INSERT INTO outbox (topic, job_id, payload, created_at) VALUES ('aspiration.rated', 'aspiration-rated-1', '{}', 1)`)
      .run();
    await confirmAspiration(ts.store, withOutbox(coreEffectHandlers, { outbox, kick: () => undefined }), makeResident(ts.store, "r1"), 1);

    let clock = 1_000_000;
    const relay = new OutboxRelay({ outbox, queue, log, redeliverAfterMs: 300_000, now: () => clock });
    expect(await relay.runOnce()).toBe(1);
    const unsent = outbox.unsent(10);
    expect(unsent.map((r) => r.topic)).toEqual(["aspiration.rated"]);
    expect((await queue.counts("aggregate")).waiting).toBe(1);
    // Nothing left that this version can move.
    expect(await relay.runOnce()).toBe(0);
    expect(outbox.unsent(10)).toHaveLength(1);
    // The row it cannot move does not hold up the redelivery of one the queue lost.
    await deleteKeys(REDIS_URL, prefix);
    clock += 300_000;
    expect(await relay.runOnce()).toBe(1);
    expect((await queue.counts("aggregate")).waiting).toBe(1);
  });

  const clusterRows = (ts: ReturnType<typeof tempStore>) =>
    ts.store.db.prepare(`SELECT aspiration_id FROM cluster_members ORDER BY aspiration_id`).all() as Array<{ aspiration_id: number }>;

  it("re-publishes, with the same job ids, rows whose jobs the queue lost once OUTBOX_REDELIVER_AFTER_S has passed", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const prefix = uniquePrefix("relay-redeliver");
    const queue = new BullmqQueue({ url: REDIS_URL, prefix, log, partitions: 2 });
    cleanups.push(async () => {
      await queue.close();
      await deleteKeys(REDIS_URL, prefix);
    });
    const outbox = new OutboxRepo(ts.store.db);
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const resident = makeResident(ts.store, "r1");
    const ids = [await confirmAspiration(ts.store, effects, resident, 1), await confirmAspiration(ts.store, effects, resident, 2)];
    let clock = 1_000_000;
    const relay = new OutboxRelay({ outbox, queue, log, redeliverAfterMs: 300_000, now: () => clock });

    await relay.kick();
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(2);
    expect(outbox.stats()).toMatchObject({ unsent: 0, unacked: 2 });
    // Redis loses its data (restart without AOF, failover, FLUSHALL): the rows say "sent", the jobs are gone.
    await deleteKeys(REDIS_URL, prefix);
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(0);

    clock += 299_999;
    await relay.kick();
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(0);
    clock += 1;
    await relay.kick();
    expect((await queue.counts(QUEUES.aggregate)).waiting).toBe(2);
    expect(outbox.unacked(10).map((r) => r.redeliveries)).toEqual([1, 1]);

    // The acknowledgement matches the rows by job id: the re-published jobs carry the same ids.
    const aggregator = createAggregator(ts.store.db, { log });
    const consumer = await startAggregateWorker({ queue, ingest: (id) => aggregator.ingest(id), db: ts.store.db, outbox, log });
    cleanups.push(() => consumer.close());
    await waitFor("acknowledged", () => outbox.stats().unacked === 0);
    expect(clusterRows(ts).map((r) => r.aspiration_id)).toEqual(ids);

    // Acknowledged rows are never re-published, however late.
    clock += 3_600_000;
    expect(await relay.runOnce()).toBe(0);
    expect(await queue.counts(QUEUES.aggregate)).toMatchObject({ waiting: 0, completed: 2 });
  });

  it("replaces a job the queue retained as completed when its consumer never acknowledged it", async () => {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const queue = new InProcessQueue({ log });
    cleanups.push(() => queue.close());
    const outbox = new OutboxRepo(ts.store.db);
    const effects = withOutbox(coreEffectHandlers, { outbox, kick: () => undefined });
    const id = await confirmAspiration(ts.store, effects, makeResident(ts.store, "r1"), 1);
    let clock = 5_000_000;
    const relay = new OutboxRelay({ outbox, queue, log, redeliverAfterMs: 60_000, now: () => clock });

    // A consumer that completes the job without applying or acknowledging it (an older worker during an upgrade).
    const old = await queue.process(QUEUES.aggregate, async () => undefined);
    await relay.kick();
    await waitFor("completed without an ack", async () => (await queue.counts(QUEUES.aggregate)).completed === 1);
    await old.close();
    expect(outbox.stats().unacked).toBe(1);

    const aggregator = createAggregator(ts.store.db, { log });
    const consumer = await startAggregateWorker({ queue, ingest: (a) => aggregator.ingest(a), db: ts.store.db, outbox, log });
    cleanups.push(() => consumer.close());
    clock += 59_999;
    await relay.kick();
    expect(outbox.stats().unacked).toBe(1);
    clock += 1;
    // The job id is still retained as completed, so adding it again would change nothing; the relay replaces it.
    expect(await relay.runOnce()).toBe(1);
    await waitFor("acknowledged", () => outbox.stats().unacked === 0);
    expect(clusterRows(ts)).toEqual([{ aspiration_id: id }]);
  });
});
