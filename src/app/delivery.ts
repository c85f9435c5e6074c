/**
 * Sends what the outbox holds, in order per address. Transient failures are retried with backoff
 * (the adapter's retry-after wins); permanent ones (blocked bot) mark the identity unreachable.
 * A message sent as several platform messages resumes after the parts the recipient already has.
 */
import type { Logger } from "../core/logger.js";
import type { ChannelName } from "../core/messages.js";
import type { ChannelAdapter } from "../core/ports.js";
import type { Store } from "../store/index.js";
import type { PendingOutbound } from "../store/outbound.js";
import { KeyedSerial } from "./keyed-serial.js";

export interface DeliveryOptions {
  store: Store;
  log: Logger;
  channels: Map<ChannelName, ChannelAdapter>;
  now: () => number;
  /** Give up on a message after this many attempts. */
  maxAttempts?: number;
}

/** Rows read per query when draining one address. */
const BATCH = 20;
/** A read older than this many drain starts is not trusted (and lets `lastStart` forget old addresses). */
const READ_HORIZON = 10_000;

/** What was pending for an address, read by the host in the transaction that added its replies (see `readPending`). */
export interface PendingRead {
  rows: PendingOutbound[];
  /** `drainSeq` when the rows were read. */
  at: number;
}

export class Delivery {
  private readonly serial = new KeyedSerial();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly wakeups = new Map<string, { timer: NodeJS.Timeout; at: number }>();
  private stopped = false;
  private pollTimer: NodeJS.Timeout | undefined;
  /** Drains started so far, and when the last drain of each address started; drains queued or running per address. */
  private drainSeq = 0;
  private readonly lastStart = new Map<string, number>();
  private readonly queued = new Map<string, number>();

  constructor(private readonly o: DeliveryOptions) {}

  /**
   * Read what is pending for an address inside the caller's transaction (the host's, right after it added the replies),
   * to pass to `flush`: the drain then starts with these rows instead of querying again. Undefined while a drain of the
   * address is queued or running (its sends would make the rows stale).
   */
  readPending(channel: ChannelName, address: string): PendingRead | undefined {
    if (this.queued.has(`${channel}:${address}`)) return undefined;
    return { rows: this.o.store.outbound.pendingFor(channel, address, BATCH), at: this.drainSeq };
  }

  /** Send whatever is pending for this address (`read`: rows from `readPending`, used if no drain of it ran since). */
  flush(channel: ChannelName, address: string, read?: PendingRead): void {
    if (this.stopped) return;
    const key = `${channel}:${address}`;
    this.queued.set(key, (this.queued.get(key) ?? 0) + 1);
    void this.serial
      .run(key, () => this.drain(channel, address, read))
      .catch((err) => {
        this.o.log.error({ err, channel }, "delivery failed");
      })
      .finally(() => {
        const n = this.queued.get(key)! - 1;
        if (n > 0) this.queued.set(key, n);
        else this.queued.delete(key);
      });
  }

  /** Send everything pending on every channel that is registered. */
  flushAll(): void {
    for (const { channel, address } of this.o.store.outbound.pendingAddresses()) {
      if (this.o.channels.has(channel)) this.flush(channel, address);
    }
  }

  /** Also look for pending rows every `intervalMs` (rows written by other processes, retries whose timer was lost). */
  poll(intervalMs: number): void {
    if (this.pollTimer || this.stopped) return;
    this.pollTimer = setInterval(() => this.flushAll(), intervalMs);
    this.pollTimer.unref?.();
  }

  async idle(): Promise<void> {
    await this.serial.idle();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.wakeups.clear();
    await this.serial.idle();
  }

  /** Whether a retry is waiting on a timer. */
  get retriesWaiting(): number {
    return this.timers.size;
  }

  /** Wake the address up after `delayMs`; one timer per address (the earliest wins), so polling cannot pile timers up. */
  private later(channel: ChannelName, address: string, delayMs: number): void {
    if (this.stopped) return;
    const key = `${channel}:${address}`;
    const at = Date.now() + delayMs;
    const existing = this.wakeups.get(key);
    if (existing && existing.at <= at) return;
    if (existing) {
      clearTimeout(existing.timer);
      this.timers.delete(existing.timer);
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.wakeups.get(key)?.timer === timer) this.wakeups.delete(key);
      this.flush(channel, address);
    }, delayMs);
    timer.unref?.();
    this.timers.add(timer);
    this.wakeups.set(key, { timer, at });
  }

  /** The rows of `read` if they are still what is pending: no drain of the address started since they were read. */
  private startDrain(key: string, read?: PendingRead): PendingOutbound[] | undefined {
    const fresh = read && this.drainSeq - read.at <= READ_HORIZON && (this.lastStart.get(key) ?? -1) <= read.at;
    this.lastStart.set(key, ++this.drainSeq);
    if (this.lastStart.size > 2 * READ_HORIZON) {
      for (const [k, at] of this.lastStart) if (this.drainSeq - at > READ_HORIZON) this.lastStart.delete(k);
    }
    return fresh ? read.rows : undefined;
  }

  private async drain(channel: ChannelName, address: string, read?: PendingRead): Promise<void> {
    const { store, log } = this.o;
    let known = this.startDrain(`${channel}:${address}`, read);
    const adapter = this.o.channels.get(channel);
    if (!adapter) return;
    const maxAttempts = this.o.maxAttempts ?? 8;
    for (;;) {
      if (this.stopped) return;
      const batch = known ?? store.outbound.pendingFor(channel, address, BATCH);
      known = undefined;
      if (!batch.length) return;
      // Paced messages (notifications, broadcasts) the channel deferred: replies after them still go out.
      let deferredWait: number | undefined;
      for (const item of batch) {
        const wait = item.nextAttemptAt - this.o.now();
        if (wait > 0) {
          this.later(channel, address, wait);
          return;
        }
        let res;
        try {
          res = await adapter.send(address, item.msg, { kind: item.kind, ...(item.partsSent > 0 ? { skipParts: item.partsSent } : {}) });
        } catch (err) {
          res = { ok: false as const, permanent: false, reason: (err as Error).message };
        }
        const now = this.o.now();
        if (res.ok) {
          store.outbound.markSent(item.id, now, res.platformMessageId);
          continue;
        }
        if (res.deferred && !res.permanent) {
          // Not attempted (channel offline or pacing): ask again later without counting an attempt.
          const retryIn = Math.max(1, res.retryAfterMs ?? 5_000);
          if (item.kind !== "reply") {
            deferredWait = Math.min(deferredWait ?? retryIn, retryIn);
            continue;
          }
          this.later(channel, address, Math.min(retryIn, deferredWait ?? retryIn));
          return;
        }
        if (res.permanent) {
          // The address itself is gone (blocked, chat deleted): every message still pending for it would fail the same way.
          const dropped = store.outbound.failAllPending(channel, address, res.reason);
          store.residents.markUnreachable(channel, address, now);
          log.warn({ channel, outboundId: item.id, dropped, reason: res.reason }, "recipient unreachable; pending messages dropped");
          return;
        }
        if (item.attempts + 1 >= maxAttempts) {
          store.outbound.markFailed(item.id, res.reason);
          log.error({ channel, outboundId: item.id, reason: res.reason }, "message failed after retries");
          continue;
        }
        const backoff = res.retryAfterMs ?? Math.min(60_000, 500 * 2 ** item.attempts);
        // Parts already delivered are kept (never lowered): the retry starts with the first missing part.
        const partsSent = Math.max(item.partsSent, "partsSent" in res ? (res.partsSent ?? 0) : 0);
        store.outbound.scheduleRetry(item.id, res.reason, now + backoff, partsSent);
        log.warn({ channel, outboundId: item.id, reason: res.reason, backoffMs: backoff, partsSent }, "send failed; will retry");
        this.later(channel, address, backoff);
        return;
      }
      if (deferredWait !== undefined) {
        this.later(channel, address, deferredWait);
        return;
      }
      // A short batch was everything pending; skip the query that would only confirm it.
      if (batch.length < BATCH) return;
    }
  }
}
