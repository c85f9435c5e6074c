/** The aggregate worker: validates "aspiration-created" jobs and hands the aspiration id to the aggregator's ingest. */
import type { Logger } from "../core/logger.js";
import { UnrecoverableJobError, type Consumer, type ProcessOptions, type QueuePort } from "../queue/port.js";
import { QUEUES, TOPICS } from "../queue/payloads.js";

/**
 * Adds one aspiration to the RW aggregation. Must be idempotent: the queue may deliver a job twice
 * (a worker killed after ingest but before the ack, a relay re-add after a crash).
 * May return the aggregator's result value: `{ ok: false, error }` fails the job without retries
 * (e.g. the aspiration is gone); throwing retries it with backoff (infrastructure fault).
 */
export type IngestFn = (aspirationId: number) => unknown;

function isFailure(v: unknown): v is { ok: false; error?: unknown } {
  return typeof v === "object" && v !== null && (v as { ok?: unknown }).ok === false;
}

export interface AggregateWorkerOptions {
  queue: QueuePort;
  ingest: IngestFn;
  log: Logger;
  concurrency?: number;
  onSettled?: ProcessOptions["onSettled"];
}

export async function startAggregateWorker(o: AggregateWorkerOptions): Promise<Consumer> {
  const def = TOPICS["aspiration.created"];
  return o.queue.process(
    QUEUES.aggregate,
    async (job) => {
      if (job.name !== def.jobName) throw new UnrecoverableJobError(`unknown job "${job.name}" on queue ${QUEUES.aggregate}`);
      const parsed = def.schema.safeParse(job.payload);
      if (!parsed.success) throw new UnrecoverableJobError(`invalid ${job.name} payload: ${parsed.error.message}`);
      const result = await o.ingest(parsed.data.aspirationId);
      if (isFailure(result)) {
        throw new UnrecoverableJobError(`ingest of aspiration ${parsed.data.aspirationId} failed: ${String(result.error ?? "unknown")}`);
      }
      o.log.debug({ jobId: job.id, aspirationId: parsed.data.aspirationId }, "aspiration aggregated");
    },
    { concurrency: o.concurrency ?? 4, onSettled: o.onSettled },
  );
}
