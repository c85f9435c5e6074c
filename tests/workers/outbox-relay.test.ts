/** The outbox relay on its own: rows it cannot route stay unsent. */
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import { BullmqQueue } from "../../src/queue/bullmq.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { OutboxRelay } from "../../src/workers/outbox-relay.js";
import { withOutbox } from "../../src/workers/with-outbox.js";
import { deleteKeys, REDIS_URL, uniquePrefix } from "../queue/helpers.js";
import { confirmAspiration, makeResident, tempStore } from "./support.js";

const log = silentLogger();

describe("outbox relay", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  });

  it("leaves a row of an unknown topic unsent while it moves the rows it knows to the durable queue", async () => {
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

    const relay = new OutboxRelay({ outbox, queue, log });
    expect(await relay.runOnce()).toBe(1);
    const unsent = outbox.unsent(10);
    expect(unsent.map((r) => r.topic)).toEqual(["aspiration.rated"]);
    expect((await queue.counts("aggregate")).waiting).toBe(1);
    // Nothing left that this version can move.
    expect(await relay.runOnce()).toBe(0);
    expect(outbox.unsent(10)).toHaveLength(1);
  });
});
