/** The consumer-side acknowledgement every outbox consumer uses: effect and ack commit together, or neither does. */
import { afterEach, describe, expect, it } from "vitest";
import { coreEffectHandlers } from "../../src/app/effects.js";
import { silentLogger } from "../../src/core/logger.js";
import { UnrecoverableJobError, type QueueJob } from "../../src/queue/port.js";
import { OutboxRepo } from "../../src/store/outbox.js";
import { acknowledgedHandler } from "../../src/workers/acknowledged-handler.js";
import { withOutbox } from "../../src/workers/with-outbox.js";
import { confirmAspiration, makeResident, tempStore, type TempStore } from "./support.js";

const log = silentLogger();

describe("acknowledgedHandler", () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const c of cleanups.reverse()) c();
    cleanups.length = 0;
  });

  async function setup(): Promise<{ ts: TempStore; outbox: OutboxRepo; job: QueueJob; effects: () => number }> {
    const ts = tempStore();
    cleanups.push(() => ts.cleanup());
    const outbox = new OutboxRepo(ts.store.db);
    const id = await confirmAspiration(ts.store, withOutbox(coreEffectHandlers, { outbox, kick: () => undefined }), makeResident(ts.store, "a"), 1);
    outbox.markSent([outbox.unsent(1)[0]!.id], 1);
    ts.store.db.exec(`CREATE TABLE effect (aspiration_id INTEGER NOT NULL)`);
    const job: QueueJob = { queue: "aggregate", id: `aspiration-created-${id}`, name: "aspiration-created", payload: { aspirationId: id, rw: 2 }, attemptsMade: 0 };
    const effects = () => (ts.store.db.prepare(`SELECT COUNT(*) AS n FROM effect`).get() as { n: number }).n;
    return { ts, outbox, job, effects };
  }

  it("commits the effect and the acknowledgement in one transaction: if the ack cannot be written, the effect is undone", async () => {
    const { ts, outbox, job, effects } = await setup();
    const insert = ts.store.db.prepare(`INSERT INTO effect VALUES (?)`);
    const handler = acknowledgedHandler({ db: ts.store.db, outbox, log }, (j) => insert.run((j.payload as { aspirationId: number }).aspirationId));
    ts.store.db.exec(`CREATE TRIGGER no_ack BEFORE UPDATE OF delivered_at ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await expect(handler(job)).rejects.toThrow("disk full");
    expect(effects()).toBe(0);
    expect(outbox.stats().unacked).toBe(1);

    ts.store.db.exec(`DROP TRIGGER no_ack`);
    await handler(job);
    expect(effects()).toBe(1);
    expect(outbox.stats().unacked).toBe(0);
  });

  it("leaves the row unacknowledged when the effect throws, and skips a job whose row is already acknowledged", async () => {
    const { ts, outbox, job, effects } = await setup();
    const insert = ts.store.db.prepare(`INSERT INTO effect VALUES (?)`);
    let fail = true;
    const handler = acknowledgedHandler({ db: ts.store.db, outbox, log }, () => {
      insert.run(1);
      if (fail) throw new Error("SQLITE_BUSY");
    });
    await expect(handler(job)).rejects.toThrow("SQLITE_BUSY");
    expect(effects()).toBe(0);
    expect(outbox.stats().unacked).toBe(1);
    fail = false;
    await handler(job);
    await handler(job);
    expect(effects()).toBe(1);
  });

  it("marks a refused job failed for good, so the relay never re-sends it", async () => {
    const { ts, outbox, job } = await setup();
    const handler = acknowledgedHandler({ db: ts.store.db, outbox, log }, () => ({ ok: false, error: "not-found" }));
    await expect(handler(job)).rejects.toThrow(UnrecoverableJobError);
    expect(outbox.stats()).toMatchObject({ unacked: 0, failed: 1 });
    expect(outbox.dueForRedelivery(Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
    expect(ts.store.db.prepare(`SELECT last_error FROM outbox`).get()).toEqual({ last_error: "not-found" });
  });

  it("refuses an effect that returns a promise (it could not join the transaction)", async () => {
    const { ts, outbox, job } = await setup();
    const handler = acknowledgedHandler({ db: ts.store.db, outbox, log }, async () => undefined);
    await expect(handler(job)).rejects.toThrow(/must be synchronous/);
    expect(outbox.stats().unacked).toBe(1);
  });
});
