/**
 * The outbox relay: moves unsent outbox rows to the queue with their deterministic job ids.
 * Runs right after each commit (`kick`) and on a short timer. If the queue is unreachable the rows stay
 * unsent and the next run retries them; a crash between enqueue and marking re-adds the same job ids,
 * which the queue ignores. With a non-durable queue (in-process) rows are marked only when their job
 * settles, so jobs lost with the process are re-added on the next start.
 */
import type { Logger } from "../core/logger.js";
import type { NewJob, QueueJob, QueuePort } from "../queue/port.js";
import { TOPICS } from "../queue/payloads.js";
import type { OutboxRepo, OutboxRow } from "../store/outbox.js";

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
  /** Sent rows older than this are deleted (default 7 days). */
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
  /** Non-durable queue: highest outbox id handed to the queue by this process. */
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
   * Move one batch. Returns how many rows were enqueued (0 when nothing is pending or the queue is away).
   */
  async runOnce(): Promise<number> {
    const { outbox, queue, log } = this.o;
    const durable = queue.durable;
    const rows = outbox.unsent(this.o.batchSize ?? 500, durable ? 0 : this.cursor);
    if (rows.length === 0) {
      this.maybePrune();
      return 0;
    }
    const byQueue = new Map<string, NewJob[]>();
    // Rows of a topic this version does not know (written by a newer version) stay unsent for that version.
    const known: OutboxRow[] = [];
    for (const r of rows) {
      const def = TOPICS[r.topic];
      if (!def) {
        log.error({ outboxId: r.id, topic: r.topic }, "outbox row has an unknown topic; left unsent");
        continue;
      }
      known.push(r);
      const payload = r.payload as never;
      const list = byQueue.get(def.queue) ?? [];
      list.push({
        name: def.jobName,
        payload,
        opts: { jobId: r.jobId, key: def.key?.(payload), attempts: def.attempts, backoffMs: def.backoffMs },
      });
      byQueue.set(def.queue, list);
    }
    if (!known.length) return 0;
    try {
      await withTimeout(
        Promise.all([...byQueue].map(([q, jobs]) => queue.addBulk(q, jobs))),
        this.o.enqueueTimeoutMs ?? 5000,
      );
    } catch (err) {
      outbox.recordError(
        known.map((r) => r.id),
        (err as Error).message,
      );
      if (!this.failing) log.warn({ err, pending: known.length }, "outbox relay cannot reach the queue; rows stay unsent and will be retried");
      this.failing = true;
      return 0;
    }
    this.o.afterEnqueue?.(known);
    if (durable) outbox.markSent(known.map((r) => r.id), this.now());
    else this.cursor = Math.max(this.cursor, ...known.map((r) => r.id));
    if (this.failing) log.info({ moved: known.length }, "outbox relay reaches the queue again");
    this.failing = false;
    return known.length;
  }

  /** Hook for consumers of a non-durable queue: the job settled, so its row is done. */
  settled(job: QueueJob, outcome: "completed" | "failed", error?: Error): void {
    if (this.o.queue.durable) return;
    this.o.outbox.markSentByJobId(job.id, this.now(), outcome === "failed" ? `failed: ${error?.message ?? "unknown"}` : undefined);
  }

  private maybePrune(): void {
    const now = this.now();
    if (now - this.lastPruneAt < 3600_000) return;
    this.lastPruneAt = now;
    const removed = this.o.outbox.prune(now - (this.o.keepSentMs ?? 7 * 24 * 3600_000));
    if (removed) this.o.log.debug({ removed }, "pruned sent outbox rows");
  }

  /** Stop the timer and wait for the run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopped = true;
    await this.running;
  }
}
