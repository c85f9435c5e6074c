/**
 * SQLITE_BUSY handling: a write lock held by another process is waited for with short async retries,
 * so the event loop (every other chat) keeps running instead of freezing in SQLite's busy handler.
 */
import { setTimeout as sleepMs } from "node:timers/promises";

/** Whether `err` says the database was locked by another connection (SQLITE_BUSY and its extended codes). */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "SQLITE_LOCKED");
}

export interface BusyRetryOptions {
  /** Give up (rethrow the busy error) after waiting this long in total (default 60 s). */
  maxWaitMs?: number;
  /** First pause; doubles up to `maxPauseMs` (defaults 25 ms and 1 s). */
  initialPauseMs?: number;
  maxPauseMs?: number;
  /** Stop waiting (rethrow the busy error) as soon as this says so, e.g. when the process is shutting down. */
  shouldStop?: () => boolean;
  /** Called before each pause (for logging). */
  onBusy?: (attempt: number, waitedMs: number) => void;
  sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Run `fn` (a synchronous SQLite transaction or statement) and, while it fails with SQLITE_BUSY, run it again
 * after a pause. Any other error is thrown at once.
 *
 * @example
 * const handled = await retryBusy(() => store.tx(() => handle(msg)));
 */
export async function retryBusy<T>(fn: () => T, o: BusyRetryOptions = {}): Promise<T> {
  const maxWait = o.maxWaitMs ?? 60_000;
  const maxPause = o.maxPauseMs ?? 1000;
  const sleep = o.sleep ?? sleepMs;
  let pause = o.initialPauseMs ?? 25;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || waited >= maxWait || o.shouldStop?.()) throw err;
      o.onBusy?.(attempt, waited);
      const p = Math.min(pause, maxPause, Math.max(1, maxWait - waited));
      await sleep(p);
      waited += p;
      pause = Math.min(maxPause, pause * 2);
    }
  }
}
