/**
 * Sends what the outbox holds, in order per address, at least once. A rate limit (429) is a wait, not an attempt;
 * transient failures (5xx, network) back off up to `maxBackoffMs` and are retried for `giveUpMs` after the message
 * was queued; a message the platform rejects (too long) fails at once; a gone address (blocked bot) is marked
 * unreachable. A message sent as several platform messages resumes after the parts the recipient already has.
 * The "sent" marks are committed in groups (see SentMarks), retried (never the send) while SQLite is busy.
 * A proactive prompt moves the resident's session only once delivered (see PromptOffer).
 */
import type { DeliveryOutcome, OpsObserver } from "../core/ops-observer.js";
import type { Logger } from "../core/logger.js";
import type { ChannelName } from "../core/messages.js";
import type { ChannelAdapter, SendResult } from "../core/ports.js";
import type { Store } from "../store/index.js";
import type { BusyRetryOptions } from "../store/busy.js";
import type { PendingOutbound } from "../store/outbound.js";
import { KeyedSerial } from "./keyed-serial.js";
import { SentMarks } from "./sent-marks.js";

export interface DeliveryOptions {
  store: Store;
  log: Logger;
  channels: Map<ChannelName, ChannelAdapter>;
  now: () => number;
  /** Give up on a message that still fails (5xx, network) this long after it was queued (default 24 h). */
  giveUpMs?: number;
  /** Longest pause between two tries of a failing message (default 5 min). */
  maxBackoffMs?: number;
  /** How SQLite write locks held by other processes are waited for (tests shorten it). */
  busy?: BusyRetryOptions;
  /** Longest wait before "sent" marks are committed when no inbound transaction carries them (default 20 ms). */
  markDelayMs?: number;
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
  /** Addresses the platform rate-limited, until when (clock of `now`). */
  private readonly blockedUntil = new Map<string, number>();
  /** Delivered messages whose "sent" mark is not committed yet; the host's transactions carry them (writeMarks). */
  private readonly marks: SentMarks;
  /** Drains started so far, and when the last drain of each address started; drains queued or running per address. */
  private drainSeq = 0;
  private readonly lastStart = new Map<string, number>();
  private readonly queued = new Map<string, number>();

  /** Busy waits end early when delivery stops (a send whose mark is not written is then remembered, see SentMarks). */
  private readonly busy: BusyRetryOptions;

  /** Metrics hooks (set by the composition root). */
  observer: OpsObserver = {};

  constructor(private readonly o: DeliveryOptions) {
    this.busy = { ...o.busy, shouldStop: () => this.stopped };
    this.marks = new SentMarks({ store: o.store, log: o.log, delayMs: o.markDelayMs ?? 20, busy: this.busy });
  }

  /**
   * Write the waiting "sent" marks in the caller's transaction (the host's, before it handles a message, so an answer
   * to a delivered prompt finds the prompt's session). Call the result once that transaction committed.
   */
  writeMarks(): (() => void) | undefined {
    return this.marks.writeInTx();
  }

  /**
   * Read what is pending for an address inside the caller's transaction (the host's, right after it added the replies),
   * to pass to `flush`: the drain then starts with these rows instead of querying again. Undefined while a drain of the
   * address is queued or running (its sends would make the rows stale).
   */
  readPending(channel: ChannelName, address: string, written: PendingOutbound[] = []): PendingRead | undefined {
    if (this.queued.has(`${channel}:${address}`)) return undefined;
    // The rows just written are what is pending when nothing older is: no need to read them back.
    const first = written[0];
    if (first && written.length <= BATCH && !this.o.store.outbound.hasPendingBefore(channel, address, first.id)) {
      return { rows: written, at: this.drainSeq };
    }
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

  /** Resolves when nothing is being sent and every "sent" mark is committed. */
  async idle(): Promise<void> {
    await this.serial.idle();
    await this.marks.flush();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.wakeups.clear();
    await this.serial.idle();
    await this.marks.stop();
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
    const key = `${channel}:${address}`;
    const giveUpMs = this.o.giveUpMs ?? 24 * 3_600_000;
    const maxBackoff = this.o.maxBackoffMs ?? 300_000;
    for (;;) {
      if (this.stopped) return;
      const blocked = (this.blockedUntil.get(key) ?? 0) - this.o.now();
      if (blocked > 0) {
        this.later(channel, address, blocked);
        return;
      }
      this.blockedUntil.delete(key);
      const batch = known ?? store.outbound.pendingFor(channel, address, BATCH);
      known = undefined;
      if (!batch.length) return;
      // Paced messages (notifications, broadcasts) the channel deferred: replies after them still go out.
      let deferredWait: number | undefined;
      for (const item of batch) {
        // Delivered already; its mark is not committed yet.
        if (this.marks.has(item.id)) continue;
        const wait = item.nextAttemptAt - this.o.now();
        if (wait > 0) {
          this.later(channel, address, wait);
          return;
        }
        // A proactive prompt whose session changed meanwhile goes out as its plain variant, without the question.
        const offerApplies = item.offer ? store.sessions.stateHash(item.offer.residentId) === item.offer.baseState : false;
        const msg = item.offer && !offerApplies ? item.offer.fallback : item.msg;
        let res;
        try {
          res = await adapter.send(address, msg, {
            kind: item.kind,
            ...(item.partsSent > 0 ? { skipParts: item.partsSent } : {}),
            onPartDelivered: (n) => this.recordPart(item.id, n),
          });
        } catch (err) {
          res = { ok: false as const, permanent: false, reason: (err as Error).message };
        }
        const now = this.o.now();
        this.observer.delivery?.(channel, outcomeOf(res, now - item.createdAt >= giveUpMs));
        if (res.ok) {
          this.marks.add({ item, ...(res.platformMessageId !== undefined ? { platformMessageId: res.platformMessageId } : {}), offerApplies, at: now });
          continue;
        }
        const partsSent = Math.max(item.partsSent, res.partsSent ?? 0);
        if (res.rateLimited) {
          // A wait, not an attempt: nothing more goes to this address before the platform's retry-after.
          const retryIn = Math.max(1, res.retryAfterMs ?? 1000);
          if (partsSent > item.partsSent) await this.write(() => store.outbound.keepParts(item.id, partsSent));
          this.blockedUntil.set(key, now + retryIn);
          log.warn({ channel, outboundId: item.id, retryAfterMs: retryIn }, "rate limited; waiting");
          this.later(channel, address, retryIn);
          return;
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
          const dropped = await this.write(() => store.outbound.failAllPending(channel, address, res.reason));
          await this.write(() => store.residents.markUnreachable(channel, address, now));
          log.warn({ channel, outboundId: item.id, dropped, reason: res.reason }, "recipient unreachable; pending messages dropped");
          return;
        }
        if (res.rejected) {
          await this.write(() => store.outbound.markFailed(item.id, res.reason));
          log.error({ channel, outboundId: item.id, reason: res.reason }, "message rejected by the platform; not retried");
          continue;
        }
        if (now - item.createdAt >= giveUpMs) {
          await this.write(() => store.outbound.markFailed(item.id, res.reason));
          log.error({ channel, outboundId: item.id, reason: res.reason, attempts: item.attempts + 1 }, "message failed for good after the give-up window");
          continue;
        }
        const backoff = Math.min(maxBackoff, res.retryAfterMs ?? 1000 * 2 ** Math.min(item.attempts, 20));
        // Parts already delivered are kept (never lowered): the retry starts with the first missing part.
        await this.write(() => store.outbound.scheduleRetry(item.id, res.reason, now + backoff, partsSent));
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
      // The next read must not return the rows just sent: their marks are committed first.
      await this.marks.flush();
    }
  }

  /** A part of a multi-part message was delivered: record it now (best effort; the final mark follows anyway). */
  private recordPart(id: number, partsSent: number): void {
    this.write(() => this.o.store.outbound.keepParts(id, partsSent)).catch((err: unknown) => {
      this.o.log.debug({ outboundId: id, err: (err as Error).message }, "could not record a delivered part");
    });
  }

  /** A write of the delivery loop, waiting (async) while another process holds the SQLite write lock. */
  private write<T>(fn: () => T): Promise<T> {
    return this.o.store.busyTx(fn, this.busy);
  }
}

/** The metrics label of one send attempt's result (the branches of `drain`, in the same order). */
function outcomeOf(res: SendResult, pastGiveUp: boolean): DeliveryOutcome {
  if (res.ok) return "sent";
  if (res.rateLimited) return "rate-limited";
  if (res.deferred && !res.permanent) return "deferred";
  if (res.permanent) return "unreachable";
  if (res.rejected) return "rejected";
  return pastGiveUp ? "gave-up" : "retry";
}
