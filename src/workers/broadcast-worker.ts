/**
 * The broadcast worker: a "broadcast-created" job writes one outbound row per recipient (the fan-out), acknowledging
 * the outbox row in the same SQLite transaction; the delivery loop then sends them paced per platform. A redelivered
 * job queues nobody twice (only recipients without an outbound row get one).
 */
import type { Logger } from "../core/logger.js";
import { UnrecoverableJobError, type Consumer, type QueuePort } from "../queue/port.js";
import { BROADCAST_OCCURRENCE_JOB, broadcastOccurrenceSchema, QUEUES, TOPICS } from "../queue/payloads.js";
import type { Db } from "../store/db.js";
import type { OutboxRepo } from "../store/outbox.js";
import { acknowledgedHandler, isRefusal, topicPayload } from "./acknowledged-handler.js";

/** Synchronous (it runs inside the acknowledging transaction) and idempotent. */
export type FanOutFn = (broadcastId: number) => unknown;

/**
 * A repeating broadcast's iteration: create the iteration's broadcast (idempotent per schedule and moment) and fan
 * it out, in one transaction. Synchronous.
 */
export type OccurrenceFn = (scheduleId: number, slot: number) => unknown;

export interface BroadcastWorkerOptions {
  queue: QueuePort;
  fanOut: FanOutFn;
  /** Without it, iterations of repeating broadcasts fail (no schedules in this process). */
  occurrence?: OccurrenceFn;
  db: Db;
  outbox: OutboxRepo;
  log: Logger;
  /** After a fan-out committed (flush the delivery loop in this process). */
  onFannedOut?: () => void;
  now?: () => number;
}

export async function startBroadcastWorker(o: BroadcastWorkerOptions): Promise<Consumer> {
  const def = TOPICS["broadcast.created"];
  const handler = acknowledgedHandler({ db: o.db, outbox: o.outbox, log: o.log, now: o.now }, (job) => {
    const payload = topicPayload(def, job);
    const result = o.fanOut(payload.broadcastId);
    if (isRefusal(result)) throw new UnrecoverableJobError(`fan-out of broadcast ${payload.broadcastId} failed: ${String(result.error ?? "unknown")}`);
    return result;
  });
  return o.queue.process(
    QUEUES.broadcast,
    async (job) => {
      if (job.name === BROADCAST_OCCURRENCE_JOB) {
        // Not an outbox job: no row to acknowledge; the iteration's broadcast row makes it idempotent.
        const p = broadcastOccurrenceSchema.safeParse(job.payload);
        if (!p.success || !o.occurrence) throw new UnrecoverableJobError(`cannot run ${job.name} ${job.id}`);
        const result = o.db.transaction(() => o.occurrence!(p.data.scheduleId, job.scheduledFor ?? (o.now ?? Date.now)()))();
        if (isRefusal(result)) throw new UnrecoverableJobError(`iteration of schedule ${p.data.scheduleId} failed: ${String(result.error ?? "unknown")}`);
      } else {
        await handler(job);
      }
      o.onFannedOut?.();
    },
    { concurrency: 1 },
  );
}
