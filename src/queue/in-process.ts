/**
 * In-process queue driver: jobs live in memory, for a single small deployment and the console demo.
 * Not durable: jobs in memory die with the process; the outbox relay of the next process re-adds every row no
 * consumer acknowledged.
 * Ordering per key: jobs with the same key start in the order they became ready and never overlap;
 * a job waiting for a retry releases its key, so later jobs of that key may run before the retry (as with BullMQ).
 */
import type { Logger } from "../core/logger.js";
import { systemClock, type QueueClock } from "./clock.js";
import { assertPattern, nextRun } from "./cron.js";
import {
  assertJobId,
  assertSchedulerId,
  backoffDelay,
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
  type SchedulerInfo,
  type SchedulerSpec,
  type SchedulerTemplate,
} from "./port.js";

type State = "waiting" | "active" | "delayed" | "completed" | "failed";

interface MemJob {
  id: string;
  name: string;
  payload: unknown;
  key?: string;
  attempts: number;
  backoffMs: number;
  attemptsMade: number;
  state: State;
  timer?: unknown;
  scheduledFor?: number;
  reason?: string;
  failedAt?: number;
}

interface MemConsumer {
  handler: JobHandler;
  concurrency: number;
  onSettled?: ProcessOptions["onSettled"];
  active: number;
  closing: boolean;
  inFlight: Set<Promise<void>>;
}

interface MemScheduler {
  id: string;
  spec: SchedulerSpec;
  template: SchedulerTemplate;
  /** The iteration the timer waits for. */
  next: number | null;
  timer?: unknown;
}

class MemQueue {
  readonly jobs = new Map<string, MemJob>();
  /** Jobs ready to run, in order. */
  ready: MemJob[] = [];
  readonly activeKeys = new Set<string>();
  /** Settled job ids, oldest first, for retention. */
  readonly completed: string[] = [];
  readonly failed: string[] = [];
  consumer?: MemConsumer;
  readonly schedulers = new Map<string, MemScheduler>();
  constructor(readonly name: string) {}
}

export interface InProcessQueueOptions {
  log?: Logger;
  /** Completed jobs remembered (for idempotent ids and counts); default 10 000. */
  keepCompleted?: number;
  /** Failed jobs kept for the admin view; default 5 000. */
  keepFailed?: number;
  /** Delays, retries and schedulers run on this clock (default: the system clock); tests pass a ManualClock's. */
  clock?: QueueClock;
}

export class InProcessQueue implements QueuePort {
  readonly driver = "in-process" as const;
  readonly durable = false;
  private readonly queues = new Map<string, MemQueue>();
  private closed = false;
  private readonly keepCompleted: number;
  private readonly keepFailed: number;
  private readonly clock: QueueClock;

  constructor(private readonly o: InProcessQueueOptions = {}) {
    this.clock = o.clock ?? systemClock;
    this.keepCompleted = o.keepCompleted ?? 10_000;
    this.keepFailed = o.keepFailed ?? 5_000;
  }

  private q(name: string): MemQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = new MemQueue(name);
      this.queues.set(name, q);
    }
    return q;
  }

  async add(queue: string, name: string, payload: unknown, opts: JobOptions): Promise<void> {
    this.addOne(this.q(queue), name, payload, opts);
    this.pump(this.q(queue));
  }

  async addBulk(queue: string, jobs: NewJob[]): Promise<void> {
    const q = this.q(queue);
    for (const j of jobs) assertJobId(j.opts.jobId);
    for (const j of jobs) this.addOne(q, j.name, j.payload, j.opts);
    this.pump(q);
  }

  async republish(queue: string, jobs: NewJob[]): Promise<RepublishOutcome[]> {
    const q = this.q(queue);
    for (const j of jobs) assertJobId(j.opts.jobId);
    const outcomes = jobs.map((j): RepublishOutcome => {
      const old = q.jobs.get(j.opts.jobId);
      if (old && old.state !== "completed" && old.state !== "failed") return "pending";
      if (old) {
        q.jobs.delete(old.id);
        const list = old.state === "completed" ? q.completed : q.failed;
        const i = list.indexOf(old.id);
        if (i >= 0) list.splice(i, 1);
      }
      this.addOne(q, j.name, j.payload, j.opts);
      return old ? "replaced" : "added";
    });
    this.pump(q);
    return outcomes;
  }

  private addOne(q: MemQueue, name: string, payload: unknown, opts: JobOptions, scheduledFor?: number): void {
    if (this.closed) throw new Error("queue is closed");
    assertJobId(opts.jobId);
    if (q.jobs.has(opts.jobId)) return;
    const job: MemJob = {
      id: opts.jobId,
      name,
      // Handlers get their own copy, as they would from Redis.
      payload: structuredClone(payload),
      key: opts.key,
      attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
      backoffMs: opts.backoffMs ?? DEFAULT_BACKOFF_MS,
      attemptsMade: 0,
      state: "waiting",
      ...(scheduledFor !== undefined ? { scheduledFor } : {}),
    };
    q.jobs.set(job.id, job);
    const delayMs = opts.runAt !== undefined ? opts.runAt - this.clock.now() : opts.delayMs;
    if (delayMs && delayMs > 0) this.delay(q, job, delayMs);
    else q.ready.push(job);
  }

  private delay(q: MemQueue, job: MemJob, ms: number): void {
    job.state = "delayed";
    job.timer = this.clock.setTimer(() => {
      job.timer = undefined;
      if (job.state !== "delayed") return;
      job.state = "waiting";
      q.ready.push(job);
      this.pump(q);
    }, ms);
  }

  async process(queue: string, handler: JobHandler, opts: ProcessOptions = {}): Promise<Consumer> {
    const q = this.q(queue);
    if (q.consumer && !q.consumer.closing) throw new Error(`queue ${queue} already has a consumer in this process`);
    const c: MemConsumer = {
      handler,
      concurrency: Math.max(1, opts.concurrency ?? 1),
      onSettled: opts.onSettled,
      active: 0,
      closing: false,
      inFlight: new Set(),
    };
    q.consumer = c;
    this.pump(q);
    return {
      close: async () => {
        c.closing = true;
        while (c.inFlight.size) await Promise.all([...c.inFlight]);
        if (q.consumer === c) q.consumer = undefined;
      },
    };
  }

  private pump(q: MemQueue): void {
    const c = q.consumer;
    if (!c || c.closing || this.closed) return;
    while (c.active < c.concurrency) {
      const i = q.ready.findIndex((j) => j.key === undefined || !q.activeKeys.has(j.key));
      if (i < 0) return;
      const [job] = q.ready.splice(i, 1);
      if (!job) return;
      this.run(q, c, job);
    }
  }

  private run(q: MemQueue, c: MemConsumer, job: MemJob): void {
    job.state = "active";
    c.active++;
    if (job.key !== undefined) q.activeKeys.add(job.key);
    const view: QueueJob = {
      queue: q.name,
      id: job.id,
      name: job.name,
      payload: job.payload,
      attemptsMade: job.attemptsMade,
      key: job.key,
      ...(job.scheduledFor !== undefined ? { scheduledFor: job.scheduledFor } : {}),
    };
    const p = (async () => {
      let error: Error | undefined;
      try {
        await c.handler(view);
      } catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
      }
      c.active--;
      if (job.key !== undefined) q.activeKeys.delete(job.key);
      job.attemptsMade++;
      if (!error) return this.settle(q, c, job, view, "completed");
      const unrecoverable = error instanceof UnrecoverableJobError || error.name === "UnrecoverableError";
      if (unrecoverable || job.attemptsMade >= job.attempts || c.closing) {
        if (c.closing && !unrecoverable && job.attemptsMade < job.attempts) {
          // Closing: put it back for a later consumer instead of failing it.
          job.state = "waiting";
          q.ready.unshift(job);
          return;
        }
        job.reason = error.message;
        job.failedAt = this.clock.now();
        this.o.log?.warn({ queue: q.name, jobId: job.id, err: error }, "job failed for good");
        return this.settle(q, c, job, view, "failed", error);
      }
      this.o.log?.debug({ queue: q.name, jobId: job.id, attemptsMade: job.attemptsMade }, "job failed; retrying");
      this.delay(q, job, backoffDelay(job.backoffMs, job.attemptsMade));
    })().finally(() => {
      c.inFlight.delete(p);
      this.pump(q);
    });
    c.inFlight.add(p);
  }

  private settle(q: MemQueue, c: MemConsumer, job: MemJob, view: QueueJob, outcome: "completed" | "failed", error?: Error): void {
    job.state = outcome;
    const list = outcome === "completed" ? q.completed : q.failed;
    const keep = outcome === "completed" ? this.keepCompleted : this.keepFailed;
    list.push(job.id);
    while (list.length > keep) {
      const old = list.shift();
      if (old !== undefined) q.jobs.delete(old);
    }
    try {
      c.onSettled?.({ ...view, attemptsMade: job.attemptsMade }, outcome, error);
    } catch (err) {
      this.o.log?.error({ err, queue: q.name, jobId: job.id }, "onSettled hook threw");
    }
  }

  async remove(queue: string, jobId: string): Promise<boolean> {
    const q = this.q(queue);
    const job = q.jobs.get(jobId);
    if (!job || (job.state !== "waiting" && job.state !== "delayed")) return false;
    if (job.timer !== undefined) this.clock.clearTimer(job.timer);
    job.timer = undefined;
    const i = q.ready.indexOf(job);
    if (i >= 0) q.ready.splice(i, 1);
    q.jobs.delete(jobId);
    return true;
  }

  /** As BullMQ: one iteration at a time, timed on the clock; a changed spec or template replaces the timer. */
  async upsertScheduler(queue: string, id: string, spec: SchedulerSpec, template: SchedulerTemplate): Promise<void> {
    if (this.closed) throw new Error("queue is closed");
    assertSchedulerId(id);
    assertPattern(spec.pattern, spec.tz);
    const q = this.q(queue);
    const old = q.schedulers.get(id);
    if (old && JSON.stringify([old.spec, old.template]) === JSON.stringify([spec, template])) return;
    if (old?.timer !== undefined) this.clock.clearTimer(old.timer);
    const s: MemScheduler = { id, spec: { ...spec }, template: structuredClone(template), next: null };
    q.schedulers.set(id, s);
    this.arm(q, s, this.clock.now());
  }

  private arm(q: MemQueue, s: MemScheduler, after: number): void {
    s.next = nextRun(s.spec.pattern, s.spec.tz, after);
    s.timer = undefined;
    if (s.next === null || this.closed) return;
    const at = s.next;
    s.timer = this.clock.setTimer(() => {
      if (q.schedulers.get(s.id) !== s || this.closed) return;
      const opts: JobOptions = { jobId: `repeat-${s.id}-${at}`, attempts: s.template.attempts, backoffMs: s.template.backoffMs };
      this.addOne(q, s.template.name, s.template.payload, opts, at);
      this.arm(q, s, at);
      this.pump(q);
    }, Math.max(0, at - this.clock.now()));
  }

  async removeScheduler(queue: string, id: string): Promise<boolean> {
    const q = this.q(queue);
    const s = q.schedulers.get(id);
    if (!s) return false;
    if (s.timer !== undefined) this.clock.clearTimer(s.timer);
    q.schedulers.delete(id);
    for (const j of [...q.jobs.values()]) if (j.id.startsWith(`repeat-${id}-`) && j.state === "waiting") await this.remove(queue, j.id);
    return true;
  }

  async schedulers(queue: string): Promise<SchedulerInfo[]> {
    return [...this.q(queue).schedulers.values()].map((s) => ({ id: s.id, pattern: s.spec.pattern, tz: s.spec.tz, next: s.next }));
  }

  async counts(queue: string): Promise<QueueCounts> {
    const counts: QueueCounts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 };
    for (const j of this.q(queue).jobs.values()) counts[j.state]++;
    return counts;
  }

  async failed(queue: string, limit = 50): Promise<FailedJob[]> {
    const q = this.q(queue);
    return q.failed
      .slice(-limit)
      .reverse()
      .map((id) => q.jobs.get(id))
      .filter((j): j is MemJob => j !== undefined)
      .map((j) => ({
        queue,
        id: j.id,
        name: j.name,
        payload: j.payload,
        attemptsMade: j.attemptsMade,
        reason: j.reason ?? "",
        failedAt: j.failedAt ?? null,
      }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    for (const q of this.queues.values()) {
      const c = q.consumer;
      if (c) {
        c.closing = true;
        while (c.inFlight.size) await Promise.all([...c.inFlight]);
      }
      for (const j of q.jobs.values()) if (j.timer !== undefined) this.clock.clearTimer(j.timer);
      for (const s of q.schedulers.values()) if (s.timer !== undefined) this.clock.clearTimer(s.timer);
    }
    this.closed = true;
  }
}
