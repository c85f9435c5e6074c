/**
 * The outbox relay: moves unsent outbox rows to the queue with their deterministic job ids, and re-publishes rows
 * the consumer has not acknowledged `redeliverAfterMs` after they were sent (the queue lost them, e.g. Redis restarted
 * empty, or their job failed for good on retryable errors). Runs right after each commit (`kick`) and on a short
 * timer. If the queue is unreachable the rows stay unsent and the next run retries them; a crash between enqueue and
 * marking re-adds the same job ids, which the queue ignores. Delivery to the consumer is therefore at least once;
 * consumers acknowledge in the transaction of their effect and skip a job already acknowledged (see acknowledged-handler).
 * With a non-durable queue (in-process) every unacknowledged row is handed over again once per process start,
 * since the jobs of an earlier process died with it.
 */
import type { Logger } from "../core/logger.js";
import type { NewJob, QueuePort, RepublishOutcome } from "../queue/port.js";
import { TOPICS, type TopicDef } from "../queue/payloads.js";
import type { OutboxRepo, OutboxRow } from "../store/outbox.js";

/** Default of OUTBOX_REDELIVER_AFTER_S. */
export const DEFAULT_REDELIVER_AFTER_MS = 300_000;

export interface OutboxRelayOptions {
  outbox: OutboxRepo;
  queue: QueuePort;
  log: Logger;
  /** Timer period (default 1000 ms). */
  intervalMs?: number;
  /** Rows per enqueue round trip (default 500). */
  batchSize?: number;
  /** Give up on one enqueue after this long; the rows stay unsent (default 5000 ms). */
  enqueueTimeoutMs?: number;
  /** Re-publish a row sent this long ago and still not acknowledged (default 300 s). */
  redeliverAfterMs?: number;
  /** Acknowledged rows older than this are deleted (default 7 days). */
  keepSentMs?: number;
  now?: () => number;
  /** Test hook: runs after the queue accepted a batch and before the rows are marked sent. */
  afterEnqueue?: (rows: OutboxRow[]) => void;
}

export class RelayTimeoutError extends Error {
  override name = "RelayTimeoutError";
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RelayTimeoutError(`enqueue took longer than ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private failing = false;
  /** Non-durable queue: highest outbox id read by this process. */
  private cursor = 0;
  private lastPruneAt = 0;
  private readonly now: () => number;

  constructor(private readonly o: OutboxRelayOptions) {
    this.now = o.now ?? Date.now;
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.kick(), this.o.intervalMs ?? 1000);
    this.timer.unref();
    void this.kick();
  }

  /** Run now (coalesced with a run in progress). Never rejects; failures are logged and retried later. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.runOnce()) > 0);
        } while (this.again && !this.stopped);
      } catch (err) {
        // A bug or a database fault: the rows stay unsent and the timer tries again.
        this.o.log.error({ err }, "outbox relay run failed");
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /**
   * Move one batch: first rows the queue has never accepted (for a non-durable queue: every unacknowledged row this
   * process has not handed over yet), then rows due for redelivery. Returns how many rows were (re-)published
   * (0 when nothing is pending or the queue is away).
   */
  async runOnce(): Promise<number> {
    const { outbox, queue } = this.o;
    const limit = this.o.batchSize ?? 500;
    const rows = queue.durable ? outbox.unsent(limit) : outbox.open(limit, this.cursor);
    if (rows.length > 0) {
      const moved = await this.publishFresh(rows);
      // Only rows of unknown topics (left unsent) must not hold up redelivery; an unreachable queue does.
      if (moved > 0 || this.failing) return moved;
    }
    const redelivered = await this.redeliver(limit);
    if (redelivered === 0) this.maybePrune();
    return redelivered;
  }

  private jobsByQueue(rows: OutboxRow[]): { known: OutboxRow[]; byQueue: Map<string, Array<{ row: OutboxRow; job: NewJob }>> } {
    const byQueue = new Map<string, Array<{ row: OutboxRow; job: NewJob }>>();
    // Rows of a topic this version does not know (written by a newer version) stay unsent for that version.
    const known: OutboxRow[] = [];
    for (const r of rows) {
      const def = TOPICS[r.topic] as TopicDef<unknown> | undefined;
      if (!def) {
        this.o.log.error({ outboxId: r.id, topic: r.topic }, "outbox row has an unknown topic; left unsent");
        continue;
      }
      known.push(r);
      const payload = r.payload as never;
      const list = byQueue.get(def.queue) ?? [];
      list.push({
        row: r,
        job: { name: def.jobName, payload, opts: { jobId: r.jobId, key: def.key?.(payload), runAt: def.runAt?.(payload), attempts: def.attempts, backoffMs: def.backoffMs } },
      });
      byQueue.set(def.queue, list);
    }
    return { known, byQueue };
  }

  private async publishFresh(rows: OutboxRow[]): Promise<number> {
    const { outbox, queue, log } = this.o;
    // A non-durable queue's cursor moves past unknown topics too, or they would be read again on every run.
    if (!queue.durable) this.cursor = Math.max(this.cursor, ...rows.map((r) => r.id));
    const { known, byQueue } = this.jobsByQueue(rows);
    if (!known.length) return 0;
    try {
      await withTimeout(
        Promise.all([...byQueue].map(([q, list]) => queue.addBulk(q, list.map((x) => x.job)))),
        this.o.enqueueTimeoutMs ?? 5000,
      );
    } catch (err) {
      if (!queue.durable) this.cursor = Math.min(this.cursor, known[0]!.id - 1);
      this.failed(known, err);
      return 0;
    }
    this.o.afterEnqueue?.(known);
    outbox.markSent(known.map((r) => r.id), this.now());
    if (this.failing) log.info({ moved: known.length }, "outbox relay reaches the queue again");
    this.failing = false;
    return known.length;
  }

  private async redeliver(limit: number): Promise<number> {
    const { outbox, queue, log } = this.o;
    const now = this.now();
    // A non-durable queue: only rows this process has handed over (the others are still to come as fresh rows).
    const due = outbox.dueForRedelivery(now - (this.o.redeliverAfterMs ?? DEFAULT_REDELIVER_AFTER_MS), limit, queue.durable ? undefined : this.cursor);
    if (due.length === 0) return 0;
    const { known, byQueue } = this.jobsByQueue(due);
    if (!known.length) return 0;
    const marks: Array<{ id: number; redelivered: boolean }> = [];
    const counts: Record<RepublishOutcome, number> = { added: 0, replaced: 0, pending: 0 };
    try {
      await withTimeout(
        Promise.all(
          [...byQueue].map(async ([q, list]) => {
            // Acknowledged since they were read: nothing to re-publish (saves a redundant run).
            const open = list.filter((x) => !outbox.isAcknowledged(x.row.jobId));
            const outcomes = await queue.republish(q, open.map((x) => x.job));
            outcomes.forEach((o, i) => {
              counts[o]++;
              marks.push({ id: open[i]!.row.id, redelivered: o !== "pending" });
            });
          }),
        ),
        this.o.enqueueTimeoutMs ?? 5000,
      );
    } catch (err) {
      this.failed(known, err);
      return 0;
    }
    // Every checked row waits another period, whether it got a fresh job or its job is still queued.
    outbox.markRepublished(marks, this.now());
    if (counts.added + counts.replaced > 0) {
      log.warn(
        { lost: counts.added, replaced: counts.replaced, stillQueued: counts.pending },
        "outbox rows were not acknowledged in time; re-published them (jobs lost by the queue, or failed for good)",
      );
    }
    this.failing = false;
    return counts.added + counts.replaced;
  }

  private failed(rows: OutboxRow[], err: unknown): void {
    this.o.outbox.recordError(
      rows.map((r) => r.id),
      (err as Error).message,
    );
    if (!this.failing) this.o.log.warn({ err, pending: rows.length }, "outbox relay cannot reach the queue; rows stay unsent and will be retried");
    this.failing = true;
  }

  private maybePrune(): void {
    const now = this.now();
    if (now - this.lastPruneAt < 3600_000) return;
    this.lastPruneAt = now;
    const removed = this.o.outbox.prune(now - (this.o.keepSentMs ?? 7 * 24 * 3600_000));
    if (removed) this.o.log.debug({ removed }, "pruned acknowledged outbox rows");
  }

  /** Stop the timer and wait for the run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopped = true;
    await this.running;
  }
}
