/**
 * The Telegram send pacer: keeps the bot under the Bot API's flood limits (about 30 messages per second in
 * total and 1 per second per chat) so it waits a little instead of collecting 429s. Per chat it allows a short
 * burst (a reply split in parts); in total it spaces sends evenly. In-process: one bot token, one process.
 *
 * Waiting sends queue here and one timer hands out the slots: a reply to a resident in a conversation goes before
 * every waiting notification or broadcast send (a broadcast in progress does not hold replies back), and otherwise
 * first come, first served among the chats whose own limit allows a send. (Each waiter sleeping and retrying on its
 * own woke every waiter at every slot: with a broadcast's sends waiting, thousands of wake-ups a second.)
 */
export interface SendPacerOptions {
  /** Sends per second over all chats (TELEGRAM_SENDS_PER_SECOND). */
  perSecond: number;
  /** Sends per second to one chat, on average (TELEGRAM_SENDS_PER_CHAT_PER_SECOND). */
  perChatPerSecond: number;
  /** Sends to one chat allowed back to back before the per-chat rate applies (default 3). */
  chatBurst?: number;
  now?: () => number;
}

/** How far behind the clock the total rate may catch up (a late timer's missed slots), in ms. */
const GLOBAL_SLACK_MS = 15;
/** The catching up never puts more than `perSecond` sends into any second (plus this margin for network jitter). */
const WINDOW_MARGIN_MS = 50;

interface Waiter {
  chat: string;
  resolve: () => void;
}

export class SendPacer {
  private readonly globalGap: number;
  private readonly chatGap: number;
  private readonly tolerance: number;
  private readonly now: () => number;
  /** Theoretical arrival times (GCRA): a send may go once now >= tat - tolerance; taking it moves tat by the gap. */
  private globalTat = 0;
  private readonly chats = new Map<string, number>();
  private taken = 0;
  /** When each of the last `perSecond` sends went (a ring): the next may go 1 s after the oldest of them. */
  private readonly recent: number[];
  private recentPos = 0;
  /** Replies first, then everything else; each in arrival order. */
  private readonly replies: Waiter[] = [];
  private readonly others: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(o: SendPacerOptions) {
    this.globalGap = 1000 / Math.max(0.001, o.perSecond);
    this.chatGap = 1000 / Math.max(0.001, o.perChatPerSecond);
    this.tolerance = (Math.max(1, o.chatBurst ?? 3) - 1) * this.chatGap;
    this.now = o.now ?? Date.now;
    this.recent = new Array<number>(Math.max(1, Math.floor(o.perSecond))).fill(-Infinity);
  }

  /** How long until the total rate allows a send. */
  private globalWait(now: number): number {
    return Math.max(this.globalTat - now, this.recent[this.recentPos]! + 1000 + WINDOW_MARGIN_MS - now);
  }

  /** How long until `chat` may be sent to, ignoring the total rate. */
  private chatWait(chat: string, now: number): number {
    return Math.max(this.chats.get(chat) ?? now, now) - this.tolerance - now;
  }

  private takeSlot(chat: string, now: number): void {
    this.chats.set(chat, Math.max(this.chats.get(chat) ?? now, now) + this.chatGap);
    // A slot the timer woke up too late for is not lost: sends may catch up on the last GLOBAL_SLACK_MS. (Without
    // it, on a busy machine where timers fire 5-10 ms late, 200/s paced became about 100/s sent.)
    this.globalTat = Math.max(this.globalTat, now - GLOBAL_SLACK_MS) + this.globalGap;
    this.recent[this.recentPos] = now;
    this.recentPos = (this.recentPos + 1) % this.recent.length;
    if (++this.taken % 1000 === 0) this.prune(now);
  }

  /**
   * Take a send slot to `chat` if one is free now (returns 0), or return how many ms to wait before asking again.
   * Nothing is reserved ahead: a chat waiting for its own limit does not hold other chats back. Sends already
   * queued in `take` go first.
   */
  tryTake(chat: string): number {
    const now = this.now();
    const wait = Math.max(this.chatWait(chat, now), this.globalWait(now), this.replies.length + this.others.length > 0 ? this.globalGap : 0);
    if (wait > 0) return wait;
    this.takeSlot(chat, now);
    return 0;
  }

  /**
   * Wait for a send slot to `chat`, then take it. `reply`: a reply in a conversation, served before the rest.
   * Undefined: the slot was free and is taken (nothing to wait for).
   */
  take(chat: string, reply = false): Promise<void> | undefined {
    if (!this.replies.length && !this.others.length && this.tryTake(chat) === 0) return undefined;
    return new Promise<void>((resolve) => {
      (reply ? this.replies : this.others).push({ chat, resolve });
      this.dispatch();
    });
  }

  /** Hand out every slot free now, then sleep until the next one can be. */
  private dispatch(): void {
    for (;;) {
      if (!this.replies.length && !this.others.length) return;
      const now = this.now();
      const globalWait = this.globalWait(now);
      if (globalWait > 0) return this.wake(globalWait);
      let soonest = Infinity;
      const pick = (queue: Waiter[]): Waiter | undefined => {
        for (let i = 0; i < queue.length; i++) {
          const w = queue[i]!;
          const wait = this.chatWait(w.chat, now);
          if (wait <= 0) return queue.splice(i, 1)[0];
          soonest = Math.min(soonest, wait);
        }
        return undefined;
      };
      const next = pick(this.replies) ?? pick(this.others);
      if (!next) return this.wake(soonest);
      this.takeSlot(next.chat, now);
      next.resolve();
    }
  }

  private wake(ms: number): void {
    const at = this.now() + ms;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.dispatch();
      },
      Math.max(1, Math.ceil(ms)),
    );
    // A waiting send keeps the process alive until it is sent, as a sleeping waiter did.
  }

  private prune(now: number): void {
    for (const [chat, tat] of this.chats) if (tat < now) this.chats.delete(chat);
  }
}
