/**
 * The Telegram send pacer: keeps the bot under the Bot API's flood limits (about 30 messages per second in
 * total and 1 per second per chat) so it waits a little instead of collecting 429s. Per chat it allows a short
 * burst (a reply split in parts); in total it spaces sends evenly. In-process: one bot token, one process.
 */
import { setTimeout as sleepMs } from "node:timers/promises";

export interface SendPacerOptions {
  /** Sends per second over all chats (TELEGRAM_SENDS_PER_SECOND). */
  perSecond: number;
  /** Sends per second to one chat, on average (TELEGRAM_SENDS_PER_CHAT_PER_SECOND). */
  perChatPerSecond: number;
  /** Sends to one chat allowed back to back before the per-chat rate applies (default 3). */
  chatBurst?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<unknown>;
}

export class SendPacer {
  private readonly globalGap: number;
  private readonly chatGap: number;
  private readonly tolerance: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<unknown>;
  /** Theoretical arrival times (GCRA): a send may go once now >= tat - tolerance; taking it moves tat by the gap. */
  private globalTat = 0;
  private readonly chats = new Map<string, number>();
  private taken = 0;

  constructor(o: SendPacerOptions) {
    this.globalGap = 1000 / Math.max(0.001, o.perSecond);
    this.chatGap = 1000 / Math.max(0.001, o.perChatPerSecond);
    this.tolerance = (Math.max(1, o.chatBurst ?? 3) - 1) * this.chatGap;
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? sleepMs;
  }

  /**
   * Take a send slot to `chat` if one is free now (returns 0), or return how many ms to wait before asking again.
   * Nothing is reserved ahead: a chat waiting for its own limit does not hold other chats back.
   */
  tryTake(chat: string): number {
    const now = this.now();
    const chatTat = Math.max(this.chats.get(chat) ?? now, now);
    const globalTat = Math.max(this.globalTat, now);
    const wait = Math.max(chatTat - this.tolerance - now, globalTat - now);
    if (wait > 0) return wait;
    this.chats.set(chat, chatTat + this.chatGap);
    this.globalTat = globalTat + this.globalGap;
    if (++this.taken % 1000 === 0) this.prune(now);
    return 0;
  }

  /** Wait for a send slot to `chat`, then take it. */
  async take(chat: string): Promise<void> {
    for (let wait = this.tryTake(chat); wait > 0; wait = this.tryTake(chat)) await this.sleep(wait);
  }

  private prune(now: number): void {
    for (const [chat, tat] of this.chats) if (tat < now) this.chats.delete(chat);
  }
}
