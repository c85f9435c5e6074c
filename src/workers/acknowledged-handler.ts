/**
 * The consumer side of the outbox: a job's effect and its outbox acknowledgement commit in one SQLite transaction.
 * Every consumer of outbox jobs (aggregate, rembug results, broadcasts) wraps its effect with this.
 */
import type { Logger } from "../core/logger.js";
import { UnrecoverableJobError, type JobHandler, type QueueJob } from "../queue/port.js";
import type { TopicDef } from "../queue/payloads.js";
import type { Db } from "../store/db.js";
import type { OutboxRepo } from "../store/outbox.js";

/**
 * The payload of a job of topic `def`, validated: an unknown job name or a payload that does not parse can never
 * succeed, so both fail the job for good.
 */
export function topicPayload<P>(def: TopicDef<P>, job: QueueJob): P {
  if (job.name !== def.jobName) throw new UnrecoverableJobError(`unknown job "${job.name}" on queue ${def.queue}`);
  const parsed = def.schema.safeParse(job.payload);
  if (!parsed.success) throw new UnrecoverableJobError(`invalid ${job.name} payload: ${parsed.error.message}`);
  return parsed.data;
}

/** An effect reports a refusal as a value (`{ ok: false, error }`): the job fails for good and is never re-sent. */
export function isRefusal(v: unknown): v is { ok: false; error?: unknown } {
  return typeof v === "object" && v !== null && (v as { ok?: unknown }).ok === false;
}

export class AsyncEffectError extends TypeError {
  override name = "AsyncEffectError";
}

export interface AcknowledgedHandlerOptions {
  db: Db;
  outbox: OutboxRepo;
  log: Logger;
  now?: () => number;
}

/**
 * Wrap a job's effect so that, in one IMMEDIATE transaction:
 * - a job whose outbox row is already acknowledged is skipped (its effect committed before: a redelivery);
 * - otherwise `apply` runs and the row is acknowledged (`delivered_at`);
 * - a refusal (`{ ok: false }`, or an UnrecoverableJobError) marks the row failed for good instead, and fails the job
 *   without retries.
 * If `apply` throws anything else, nothing commits: the queue retries the job, and once its attempts are spent the row
 * stays unacknowledged, so the relay re-publishes it after OUTBOX_REDELIVER_AFTER_S with fresh attempts.
 *
 * `apply` must be synchronous (better-sqlite3); it may open transactions of its own, which become savepoints.
 * Its effect must be idempotent all the same: a job not from the outbox has no row to deduplicate on.
 *
 * @example
 * await queue.process(QUEUES.aggregate, acknowledgedHandler({ db, outbox, log }, (job) => aggregator.ingest(idOf(job))));
 */
export function acknowledgedHandler(o: AcknowledgedHandlerOptions, apply: (job: QueueJob) => unknown): JobHandler {
  const now = o.now ?? Date.now;
  const run = o.db.transaction((job: QueueJob): { skipped: boolean; refusal?: string } => {
    if (o.outbox.isAcknowledged(job.id)) return { skipped: true };
    let result: unknown;
    try {
      result = apply(job);
    } catch (err) {
      if (!(err instanceof UnrecoverableJobError)) throw err;
      result = { ok: false, error: err.message };
    }
    if (result instanceof Promise) throw new AsyncEffectError(`the effect of job ${job.id} returned a promise; it must be synchronous`);
    if (isRefusal(result)) {
      const refusal = String(result.error ?? "unknown");
      o.outbox.markFailed(job.id, now(), refusal);
      return { skipped: false, refusal };
    }
    o.outbox.acknowledge(job.id, now());
    return { skipped: false };
  });
  return async (job) => {
    const r = run.immediate(job);
    if (r.skipped) o.log.debug({ queue: job.queue, jobId: job.id }, "job already acknowledged; skipped");
    if (r.refusal !== undefined) throw new UnrecoverableJobError(r.refusal);
  };
}
