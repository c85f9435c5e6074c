/**
 * BullMQ queue driver (Redis). Durable: jobs survive restarts of the bot and the workers.
 *
 * Ordering per key: BullMQ groups are not in the open-source edition, so keyed jobs go to one of
 * `partitions` sub-queues (`<queue>-p<n>`, chosen by a hash of the key). Each sub-queue has a global
 * concurrency of 1 (all worker processes together) and a local worker with concurrency 1, so first
 * attempts of jobs with the same key run one at a time in the order they were added. A job that fails
 * and waits for its retry releases the sub-queue: later jobs of the same key may run before the retry.
 * Consumers must therefore be idempotent and tolerate that reordering. Jobs without a key go to the
 * main queue and run with the consumer's concurrency.
 *
 * Idempotent job ids hold while BullMQ retains the job: completed jobs are kept `keepCompleted`
 * (count and age), failed ones `keepFailed`; re-adding an id after it was removed adds a new job.
 * A retained id also blocks a deliberate re-run, so the outbox relay's redelivery uses `republish`, which removes a
 * retained completed or failed job before adding it again (a job failed for good on retryable errors, whose outbox
 * row no consumer acknowledged, gets fresh attempts; one its consumer refused is marked in the outbox and not re-sent).
 */
import { Job, Queue, UnrecoverableError, Worker, type JobsOptions, type KeepJobs } from "bullmq";
import { Redis } from "ioredis";
import type { Logger } from "../core/logger.js";
import {
  assertJobId,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  UnrecoverableJobError,
  type Consumer,
  type FailedJob,
  type JobHandler,
  type JobOptions,
  type NewJob,
  type ProcessOptions,
  type QueueCounts,
  type QueueJob,
  type QueuePort,
  type RepublishOutcome,
} from "./port.js";

export interface BullmqQueueOptions {
  url: string;
  /** Redis key prefix for every queue (one deployment / one test = one prefix). */
  prefix: string;
  log: Logger;
  /** Sub-queues used for keyed jobs (default 4). Every producer and worker must use the same number. */
  partitions?: number;
  keepCompleted?: KeepJobs;
  keepFailed?: KeepJobs;
  /** Worker lock settings; small values only in tests (a killed worker's job is taken over sooner). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Longest pause between a worker's reconnect attempts after Redis went away (default 1000 ms). */
  reconnectMaxDelayMs?: number;
  /**
   * How long close() waits for jobs in hand to finish (default 15 s). After that (e.g. Redis is away)
   * the connections are dropped; jobs still in hand are taken over later as stalled jobs.
   */
  closeTimeoutMs?: number;
}

/** Resolves true if `p` settles within `ms`, false otherwise (the timer never keeps the process alive). */
async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([p.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** FNV-1a, stable across processes and versions. */
export function partitionOf(key: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % partitions;
}

interface WorkerGroup {
  workers: Worker[];
}

export class BullmqQueue implements QueuePort {
  readonly driver = "bullmq" as const;
  readonly durable = true;
  private readonly producer: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly groups = new Set<WorkerGroup>();
  private readonly partitions: number;
  private readonly keepCompleted: KeepJobs;
  private readonly keepFailed: KeepJobs;
  private lastErrorLogAt = 0;
  private closed = false;

  constructor(private readonly o: BullmqQueueOptions) {
    this.partitions = Math.max(1, o.partitions ?? 4);
    this.keepCompleted = o.keepCompleted ?? { age: 24 * 3600, count: 10_000 };
    this.keepFailed = o.keepFailed ?? { age: 30 * 24 * 3600, count: 5_000 };
    // Producer: fail fast while Redis is away (the outbox keeps the rows; the relay retries later).
    this.producer = new Redis(o.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 5000,
      retryStrategy: (times) => Math.min(200 * times, 2000),
    });
    this.producer.on("error", (err) => this.logError(err, "producer connection error"));
  }

  private logError(err: unknown, msg: string): void {
    // Redis outages produce an error per retry; log at most one every 10 s.
    const now = Date.now();
    if (now - this.lastErrorLogAt < 10_000) return;
    this.lastErrorLogAt = now;
    this.o.log.warn({ err }, msg);
  }

  /** The physical queue names behind a logical queue: main first, then the key partitions. */
  physicalNames(queue: string): string[] {
    return [queue, ...Array.from({ length: this.partitions }, (_, i) => `${queue}-p${i}`)];
  }

  /** The BullMQ queues behind logical queues (main and partitions), for Bull Board on the dashboard's Antrian page. */
  bullQueues(queues: readonly string[]): Queue[] {
    return queues.flatMap((q) => this.physicalNames(q)).map((name) => this.queue(name));
  }

  private physicalFor(queue: string, key: string | undefined): string {
    return key === undefined ? queue : `${queue}-p${partitionOf(key, this.partitions)}`;
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: this.producer,
        prefix: this.o.prefix,
        defaultJobOptions: { removeOnComplete: this.keepCompleted, removeOnFail: this.keepFailed },
      });
      q.on("error", (err) => this.logError(err, "queue error"));
      this.queues.set(name, q);
    }
    return q;
  }

  private jobOpts(opts: JobOptions): JobsOptions {
    assertJobId(opts.jobId);
    return {
      jobId: opts.jobId,
      delay: opts.delayMs && opts.delayMs > 0 ? opts.delayMs : undefined,
      attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
      backoff: { type: "exponential", delay: opts.backoffMs ?? DEFAULT_BACKOFF_MS },
    };
  }

  async add(queue: string, name: string, payload: unknown, opts: JobOptions): Promise<void> {
    await this.addBulk(queue, [{ name, payload, opts }]);
  }

  async addBulk(queue: string, jobs: NewJob[]): Promise<void> {
    if (this.closed) throw new Error("queue is closed");
    const byPhysical = new Map<string, Array<{ name: string; data: unknown; opts: JobsOptions }>>();
    for (const j of jobs) {
      const phys = this.physicalFor(queue, j.opts.key);
      const list = byPhysical.get(phys) ?? [];
      list.push({ name: j.name, data: j.payload, opts: this.jobOpts(j.opts) });
      byPhysical.set(phys, list);
    }
    await Promise.all(
      [...byPhysical].map(([phys, list]) =>
        list.length === 1 ? this.queue(phys).add(list[0]!.name, list[0]!.data, list[0]!.opts) : this.queue(phys).addBulk(list),
      ),
    );
  }

  async republish(queue: string, jobs: NewJob[]): Promise<RepublishOutcome[]> {
    if (this.closed) throw new Error("queue is closed");
    const lost = new Set<string>();
    const outcomes: RepublishOutcome[] = [];
    // One at a time: these are the few rows nobody acknowledged in OUTBOX_REDELIVER_AFTER_S, not the hot path.
    for (const j of jobs) {
      const phys = this.physicalFor(queue, j.opts.key);
      const q = this.queue(phys);
      const opts = this.jobOpts(j.opts);
      const old = await Job.fromId(q, j.opts.jobId);
      const state = old ? await old.getState() : "unknown";
      if (state === "completed" || state === "failed") {
        try {
          // A retained job blocks its id: Queue.add would silently return the old job and nothing would run.
          await old!.remove();
        } catch (err) {
          // Taken by a worker in between (locked): it is running, so it is on its way.
          this.o.log.debug({ err, jobId: j.opts.jobId }, "retained job could not be removed; left alone");
          outcomes.push("pending");
          continue;
        }
        await q.add(j.name, j.payload, opts);
        outcomes.push("replaced");
      } else if (state === "unknown") {
        await q.add(j.name, j.payload, opts);
        if (phys !== queue) lost.add(phys);
        outcomes.push("added");
      } else {
        outcomes.push("pending");
      }
    }
    // A lost job usually means Redis lost its data, the partitions' global concurrency (a Redis key) included.
    for (const phys of lost) await this.queue(phys).setGlobalConcurrency(1);
    return outcomes;
  }

  async process(queue: string, handler: JobHandler, opts: ProcessOptions = {}): Promise<Consumer> {
    if (this.closed) throw new Error("queue is closed");
    const processor = async (job: Job): Promise<void> => {
      const view: QueueJob = { queue, id: job.id ?? "", name: job.name, payload: job.data, attemptsMade: job.attemptsMade };
      try {
        await handler(view);
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err));
        const unrecoverable = error instanceof UnrecoverableJobError || error instanceof UnrecoverableError;
        const final = unrecoverable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (final) opts.onSettled?.({ ...view, attemptsMade: job.attemptsMade + 1 }, "failed", error);
        if (error instanceof UnrecoverableJobError) throw new UnrecoverableError(error.message);
        throw error;
      }
      opts.onSettled?.({ ...view, attemptsMade: job.attemptsMade + 1 }, "completed");
    };
    // Workers retry their connection for ever (maxRetriesPerRequest: null), so they resume after an outage, and
    // soon: BullMQ's own reconnect delay grows to 20 s, and its worker waits `runRetryDelay` (15 s) after a
    // connection error before it fetches again. Both are capped at `reconnectMaxDelayMs` (a reconnect attempt
    // to a local Redis once a second is cheap).
    const maxDelay = this.o.reconnectMaxDelayMs ?? 1000;
    const connection = {
      url: this.o.url,
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      retryStrategy: (times: number) => Math.min(100 * 2 ** Math.min(times, 10), maxDelay),
    };
    const common = {
      connection,
      runRetryDelay: maxDelay,
      prefix: this.o.prefix,
      removeOnComplete: this.keepCompleted,
      removeOnFail: this.keepFailed,
      ...(this.o.lockDurationMs ? { lockDuration: this.o.lockDurationMs } : {}),
      ...(this.o.stalledIntervalMs ? { stalledInterval: this.o.stalledIntervalMs } : {}),
    };
    const group: WorkerGroup = { workers: [] };
    const [main, ...parts] = this.physicalNames(queue);
    const start = (name: string, concurrency: number) => {
      const w = new Worker(name, processor, { ...common, concurrency });
      w.on("error", (err) => this.logError(err, "worker error"));
      group.workers.push(w);
    };
    try {
      start(main!, Math.max(1, opts.concurrency ?? 1));
      for (const p of parts) {
        await this.queue(p).setGlobalConcurrency(1);
        start(p, 1);
      }
      await Promise.all(group.workers.map((w) => w.waitUntilReady()));
    } catch (err) {
      // Workers already started would otherwise retry their connections for ever, holding the process open.
      await this.closeWorkers(group.workers);
      throw err;
    }
    this.groups.add(group);
    return {
      close: async () => {
        await this.closeWorkers(group.workers);
        this.groups.delete(group);
      },
    };
  }

  private async closeWorkers(workers: Worker[]): Promise<void> {
    const timeoutMs = this.o.closeTimeoutMs ?? 15_000;
    if (await settlesWithin(Promise.all(workers.map((w) => w.close())), timeoutMs)) return;
    this.o.log.warn({ timeoutMs }, "queue workers did not close in time (Redis unreachable?); dropping their connections");
    await settlesWithin(Promise.all(workers.map((w) => w.disconnect())), 2000);
  }

  async counts(queue: string): Promise<QueueCounts> {
    const total: QueueCounts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 };
    for (const phys of this.physicalNames(queue)) {
      const c = await this.queue(phys).getJobCounts("wait", "prioritized", "waiting-children", "active", "delayed", "completed", "failed");
      total.waiting += (c.wait ?? 0) + (c.prioritized ?? 0) + (c["waiting-children"] ?? 0);
      total.active += c.active ?? 0;
      total.delayed += c.delayed ?? 0;
      total.completed += c.completed ?? 0;
      total.failed += c.failed ?? 0;
    }
    return total;
  }

  async failed(queue: string, limit = 50): Promise<FailedJob[]> {
    const all: FailedJob[] = [];
    for (const phys of this.physicalNames(queue)) {
      const jobs = await this.queue(phys).getFailed(0, limit - 1);
      for (const j of jobs) {
        all.push({
          queue,
          id: j.id ?? "",
          name: j.name,
          payload: j.data,
          attemptsMade: j.attemptsMade,
          reason: j.failedReason ?? "",
          failedAt: j.finishedOn ?? null,
        });
      }
    }
    return all.sort((a, b) => (b.failedAt ?? 0) - (a.failedAt ?? 0)).slice(0, limit);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const g of [...this.groups]) await this.closeWorkers(g.workers);
    this.groups.clear();
    if (!(await settlesWithin(Promise.all([...this.queues.values()].map((q) => q.close())), 5000))) {
      this.o.log.warn("queue producers did not close in time (Redis unreachable?); dropping the connection");
    }
    this.producer.disconnect();
  }
}
