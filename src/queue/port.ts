/** The queue port: named queues, idempotent job ids, delays, retries with backoff, ordering per key, graceful close. */

export type QueueDriverName = "bullmq" | "in-process";

export interface JobOptions {
  /**
   * Idempotency id. Adding a job whose id is still known to the queue (waiting, active, delayed,
   * or retained after completion/failure) adds nothing. Must not contain ":" (BullMQ forbids it).
   */
  jobId: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** Run no earlier than this moment (epoch ms) by the driver's clock; wins over `delayMs`. */
  runAt?: number;
  /**
   * Ordering key. Jobs with the same key start in the order they were added and never run at the
   * same time (see each driver for the exact guarantee under retries).
   */
  key?: string;
  /** Total attempts including the first (default 5). */
  attempts?: number;
  /** Base of the exponential backoff: attempt n waits backoffMs * 2^(n-1) (default 1000). */
  backoffMs?: number;
}

export interface NewJob {
  name: string;
  payload: unknown;
  opts: JobOptions;
}

/** What a handler sees. */
export interface QueueJob {
  queue: string;
  id: string;
  name: string;
  payload: unknown;
  /** Attempts already made before this one (0 on the first run). */
  attemptsMade: number;
  key?: string;
  /** For a job a scheduler produced: the moment (epoch ms) of the iteration it stands for. */
  scheduledFor?: number;
}

/** A job scheduler: a cron pattern read in a time zone (5 fields, or 6 with leading seconds). */
export interface SchedulerSpec {
  pattern: string;
  tz: string;
}

/** What a scheduler produces at each iteration. */
export interface SchedulerTemplate {
  name: string;
  payload: unknown;
  attempts?: number;
  backoffMs?: number;
}

export interface SchedulerInfo {
  id: string;
  pattern: string;
  tz: string;
  /** The next iteration's moment, if known. */
  next: number | null;
}

export type JobHandler = (job: QueueJob) => Promise<void>;

export type JobOutcome = "completed" | "failed";

export interface ProcessOptions {
  /** Jobs run at the same time by this consumer (default 1). */
  concurrency?: number;
  /**
   * Called once a job is settled for good: completed, or failed with no attempts left.
   * Used by the relay of a non-durable driver to mark outbox rows done.
   */
  onSettled?: (job: QueueJob, outcome: JobOutcome, error?: Error) => void;
}

export interface Consumer {
  /** Stop taking new jobs and wait for the ones in hand to finish. */
  close(): Promise<void>;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  payload: unknown;
  attemptsMade: number;
  reason: string;
  failedAt: number | null;
}

/**
 * What `republish` did with one job: `added` (the queue did not know the id: lost, e.g. Redis restarted empty),
 * `replaced` (the id was retained as completed or failed, so a fresh job took its place), `pending` (the job is still
 * waiting, delayed or running: left alone).
 */
export type RepublishOutcome = "added" | "replaced" | "pending";

export interface QueuePort {
  readonly driver: QueueDriverName;
  /** True when queued jobs survive a process restart (BullMQ); false for the in-process driver. */
  readonly durable: boolean;
  add(queue: string, name: string, payload: unknown, opts: JobOptions): Promise<void>;
  /** Add several jobs; same semantics as `add` for each, fewer round trips. */
  addBulk(queue: string, jobs: NewJob[]): Promise<void>;
  /**
   * Add these jobs again for a consumer that has not acknowledged them. Unlike `add`, a job id retained as completed
   * or failed does not block it: the old job is replaced by a fresh one with its attempts reset. A job still waiting,
   * delayed or running is left alone. Returns one outcome per job, in order.
   */
  republish(queue: string, jobs: NewJob[]): Promise<RepublishOutcome[]>;
  process(queue: string, handler: JobHandler, opts?: ProcessOptions): Promise<Consumer>;
  counts(queue: string): Promise<QueueCounts>;
  /** Remove a job that has not started (waiting or delayed); true when one was removed. */
  remove(queue: string, jobId: string): Promise<boolean>;
  /**
   * Create or replace a job scheduler (BullMQ `upsertJobScheduler` with `pattern` and `tz`): it adds one job per
   * iteration, whose `scheduledFor` is the iteration's moment. Upserting the same id and spec again changes nothing.
   */
  upsertScheduler(queue: string, id: string, spec: SchedulerSpec, template: SchedulerTemplate): Promise<void>;
  /** Stop a scheduler; its iteration waiting to run is removed with it. True when it existed. */
  removeScheduler(queue: string, id: string): Promise<boolean>;
  schedulers(queue: string): Promise<SchedulerInfo[]>;
  /** Failed jobs, newest first. */
  failed(queue: string, limit?: number): Promise<FailedJob[]>;
  /** Close every consumer gracefully (in-flight jobs finish), then the producer side. */
  close(): Promise<void>;
}

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1000;

/**
 * Throw this from a handler for a failure that must not be retried (bad payload, record gone).
 * The job goes straight to the failed list.
 */
export class UnrecoverableJobError extends Error {
  override name = "UnrecoverableJobError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Delay before the next attempt after `attemptsMade` failed attempts (1-based), as BullMQ's "exponential" backoff. */
export function backoffDelay(baseMs: number, attemptsMade: number): number {
  return Math.round(baseMs * 2 ** Math.max(0, attemptsMade - 1));
}

/** Both drivers refuse job ids BullMQ cannot store. */
export function assertJobId(jobId: string): void {
  if (!jobId || jobId.includes(":") || /^\d+$/.test(jobId)) {
    throw new TypeError(`invalid job id "${jobId}": must be non-empty, not all digits, and without ":"`);
  }
}

/** Both drivers refuse scheduler ids BullMQ cannot store in a job id. */
export function assertSchedulerId(id: string): void {
  if (!id || id.includes(":")) throw new TypeError(`invalid scheduler id "${id}": must be non-empty and without ":"`);
}
