/**
 * The "sent" marks of delivered messages, committed in groups instead of one transaction per send: in the next
 * transaction the host opens for an inbound message (so an answer to a prompt is handled after the prompt's session
 * change), or after `delayMs` when nothing comes in. Until its mark is committed, a delivered message is known here
 * as sent, so this process never sends it again; a process that dies before the commit sends it once more after its
 * restart (delivery is at least once: the window is the send plus at most `delayMs`).
 */
import type { Logger } from "../core/logger.js";
import type { BusyRetryOptions } from "../store/busy.js";
import type { Store } from "../store/index.js";
import type { PendingOutbound } from "../store/outbound.js";

export interface SentMark {
  item: PendingOutbound;
  platformMessageId?: string;
  /** Whether the prompt's session change still applied when the message was sent (see PromptOffer). */
  offerApplies: boolean;
  /** When the platform answered. */
  at: number;
}

export interface SentMarksOptions {
  store: Store;
  log: Logger;
  /** Longest wait before the marks are committed on their own (no inbound transaction came). */
  delayMs: number;
  busy: BusyRetryOptions;
}

export class SentMarks {
  private readonly waiting = new Map<number, SentMark>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(private readonly o: SentMarksOptions) {}

  /** Whether this message was delivered and its mark is not committed yet (it must not be sent again). */
  has(id: number): boolean {
    return this.waiting.has(id);
  }

  add(mark: SentMark): void {
    this.waiting.set(mark.item.id, mark);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((err: unknown) => this.o.log.warn({ err }, "sent marks not written yet; they are tried again"));
    }, this.o.delayMs);
  }

  /**
   * Write every waiting mark in the transaction in progress (the host's). Returns what to call once that transaction
   * committed; if it rolls back instead, the marks stay waiting and are written by a later transaction.
   */
  writeInTx(): (() => void) | undefined {
    if (!this.waiting.size) return undefined;
    const written = [...this.waiting.values()];
    for (const mark of written) this.write(mark);
    return () => {
      for (const mark of written) if (this.waiting.get(mark.item.id) === mark) this.waiting.delete(mark.item.id);
      if (!this.waiting.size && this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** Commit every waiting mark now, in a transaction of their own (waiting while another process holds the lock). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => undefined);
    if (!this.waiting.size) return;
    const run = this.o.store.busyTx(() => this.writeInTx(), this.o.busy).then((committed) => committed?.());
    const tracked = run.finally(() => {
      if (this.flushing === tracked) this.flushing = undefined;
    });
    this.flushing = tracked;
    await run;
  }

  /** Stop the timer; the marks still waiting are committed once more (a failure leaves them to be sent again). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      await this.flush();
    } catch (err) {
      this.o.log.warn({ err, count: this.waiting.size }, "sent marks not written at stop; those messages are sent again after the restart");
    }
  }

  private write(mark: SentMark): void {
    const { store } = this.o;
    const { item } = mark;
    store.outbound.markSent(item.id, mark.at, mark.platformMessageId);
    const offer = item.offer;
    if (!offer) return;
    if (mark.offerApplies && store.sessions.stateHash(offer.residentId) === offer.baseState) {
      try {
        // Its own savepoint: a resident who deleted their data meanwhile has no session to enter.
        store.tx(() => store.sessions.put(offer.residentId, offer.session, mark.at));
      } catch (err) {
        this.o.log.warn({ err, outboundId: item.id }, "a delivered prompt's session change could not be applied");
      }
    }
    store.outbound.clearOffer(item.id);
  }
}
