/**
 * The aggregate worker: validates "aspiration-created" jobs and hands the aspiration id to the aggregator's ingest,
 * acknowledging the outbox row in the same SQLite transaction (see acknowledged-handler).
 */
import type { Logger } from "../core/logger.js";
import { UnrecoverableJobError, type Consumer, type ProcessOptions, type QueuePort } from "../queue/port.js";
import { QUEUES, TOPICS } from "../queue/payloads.js";
import type { Db } from "../store/db.js";
import type { OutboxRepo } from "../store/outbox.js";
import { acknowledgedHandler, isRefusal, topicPayload } from "./acknowledged-handler.js";

/**
 * Adds one aspiration to the RW aggregation, synchronously (it runs inside the acknowledging transaction). Must be
 * idempotent: a job whose acknowledgement committed is skipped, but a job may still be delivered twice when it did
 * not come from the outbox, or when the outbox row was pruned.
 * May return the aggregator's result value: `{ ok: false, error }` fails the job without retries
 * (e.g. the aspiration is gone); throwing retries it with backoff (infrastructure fault).
 */
export type IngestFn = (aspirationId: number) => unknown;

export interface AggregateWorkerOptions {
  queue: QueuePort;
  ingest: IngestFn;
  db: Db;
  outbox: OutboxRepo;
  log: Logger;
  concurrency?: number;
  onSettled?: ProcessOptions["onSettled"];
  now?: () => number;
}

export async function startAggregateWorker(o: AggregateWorkerOptions): Promise<Consumer> {
  const def = TOPICS["aspiration.created"];
  const handler = acknowledgedHandler({ db: o.db, outbox: o.outbox, log: o.log, now: o.now }, (job) => {
    const payload = topicPayload(def, job);
    const result = o.ingest(payload.aspirationId);
    // A rahasia aspiration is left out of clustering on purpose: the job is done, not failed.
    if (isRefusal(result) && result.error !== "rahasia") {
      throw new UnrecoverableJobError(`ingest of aspiration ${payload.aspirationId} failed: ${String(result.error ?? "unknown")}`);
    }
    o.log.debug({ jobId: job.id, aspirationId: payload.aspirationId }, "aspiration aggregated");
    return result;
  });
  return o.queue.process(QUEUES.aggregate, handler, { concurrency: o.concurrency ?? 4, onSettled: o.onSettled });
}
