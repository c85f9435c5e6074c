/**
 * The rembug worker: validates "rembug-confirmed" jobs and applies the confirmed result (statuses and notices),
 * acknowledging the outbox row in the same SQLite transaction (see acknowledged-handler).
 */
import type { Logger } from "../core/logger.js";
import { UnrecoverableJobError, type Consumer, type ProcessOptions, type QueuePort } from "../queue/port.js";
import { QUEUES, TOPICS } from "../queue/payloads.js";
import type { Db } from "../store/db.js";
import type { OutboxRepo } from "../store/outbox.js";
import { acknowledgedHandler, isRefusal, topicPayload } from "./acknowledged-handler.js";

/** Applies one confirmed result synchronously; `{ ok: false }` fails the job for good, throwing retries it. */
export type RembugConfirmedFn = (resultId: number) => unknown;

export interface RembugWorkerOptions {
  queue: QueuePort;
  apply: RembugConfirmedFn;
  db: Db;
  outbox: OutboxRepo;
  log: Logger;
  concurrency?: number;
  onSettled?: ProcessOptions["onSettled"];
  now?: () => number;
}

export async function startRembugWorker(o: RembugWorkerOptions): Promise<Consumer> {
  const def = TOPICS["rembug.confirmed"];
  const handler = acknowledgedHandler({ db: o.db, outbox: o.outbox, log: o.log, now: o.now }, (job) => {
    const payload = topicPayload(def, job);
    const result = o.apply(payload.resultId);
    if (isRefusal(result)) throw new UnrecoverableJobError(`rembug result ${payload.resultId}: ${String(result.error ?? "unknown")}`);
    o.log.debug({ jobId: job.id, resultId: payload.resultId }, "rembug result applied");
    return result;
  });
  // One at a time: results of one RW read each other's lists (a cluster shared by two RTs).
  return o.queue.process(QUEUES.rembug, handler, { concurrency: o.concurrency ?? 1, onSettled: o.onSettled });
}
