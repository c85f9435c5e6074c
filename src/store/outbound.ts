/** The outbound outbox: replies and notifications to send, in order per address, retried until sent or failed for good. */
import type { ChannelName, OutboundMessage } from "../core/messages.js";
import type { Db } from "./db.js";

export type OutboundKind = "reply" | "notification" | "broadcast";

/**
 * A proactive prompt's session change (duplicate hint, later RSVPs and confirmations): the session to enter once
 * the message is delivered, only if the resident's session is still `baseState` (a hash of its stored state,
 * null = none). When it changed before the send, `fallback` is sent instead (the same news, without the question).
 */
export interface PromptOffer {
  residentId: number;
  baseState: string | null;
  session: unknown;
  fallback: OutboundMessage;
}

export interface PendingOutbound {
  id: number;
  channel: ChannelName;
  address: string;
  kind: OutboundKind;
  msg: OutboundMessage;
  attempts: number;
  nextAttemptAt: number;
  /** Parts (platform messages) of this message an earlier attempt already delivered; the next send skips them. */
  partsSent: number;
  createdAt: number;
  offer?: PromptOffer;
}

export class OutboundRepo {
  private readonly insert;
  private readonly pendingForStmt;
  private readonly sentStmt;
  private readonly failStmt;
  private readonly failAddressStmt;
  private readonly retryStmt;
  private readonly addressesStmt;
  private readonly partsStmt;
  private readonly clearOfferStmt;
  private readonly pendingBeforeStmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO outbound (channel, address, kind, payload, created_at, offer) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.pendingForStmt = db.prepare(
      `SELECT id, channel, address, kind, payload, attempts, next_attempt_at, parts_sent, created_at, offer FROM outbound
       WHERE status = 'pending' AND channel = ? AND address = ? ORDER BY id LIMIT CAST(? AS INTEGER)`,
    );
    // A sent reply keeps no text (it may quote the resident's name or words), and no address unless it belongs to
    // a resident who consented (identities hold everyone else's address only as a keyed hash).
    this.sentStmt = db.prepare(
      `UPDATE outbound SET status = 'sent', sent_at = ?, platform_message_id = ?, attempts = attempts + 1, payload = '',
         address = CASE WHEN EXISTS (SELECT 1 FROM identities i WHERE i.channel = outbound.channel AND i.address = outbound.address)
                        THEN address ELSE '' END
       WHERE id = ?`,
    );
    this.failAddressStmt = db.prepare(
      `UPDATE outbound SET status = 'failed', last_error = ?, attempts = attempts + 1 WHERE status = 'pending' AND channel = ? AND address = ?`,
    );
    this.failStmt = db.prepare(`UPDATE outbound SET status = 'failed', last_error = ?, attempts = attempts + 1 WHERE id = ?`);
    // parts_sent only grows: a part the recipient has is never sent again.
    this.retryStmt = db.prepare(
      `UPDATE outbound SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, parts_sent = MAX(parts_sent, ?) WHERE id = ?`,
    );
    this.clearOfferStmt = db.prepare(`UPDATE outbound SET offer = NULL WHERE id = ?`);
    this.partsStmt = db.prepare(`UPDATE outbound SET parts_sent = MAX(parts_sent, ?) WHERE id = ?`);
    this.pendingBeforeStmt = db
      .prepare(`SELECT 1 FROM outbound WHERE status = 'pending' AND channel = ? AND address = ? AND id < ? LIMIT 1`)
      .pluck();
    this.addressesStmt = db.prepare(
      `SELECT DISTINCT channel, address FROM outbound WHERE status = 'pending' AND (? IS NULL OR channel = ?)`,
    );
  }

  add(channel: ChannelName, address: string, msg: OutboundMessage, kind: OutboundKind, now: number, offer?: PromptOffer): number {
    return Number(this.insert.run(channel, address, kind, JSON.stringify(msg), now, offer ? JSON.stringify(offer) : null).lastInsertRowid);
  }

  /** Add a row and return it as `pendingFor` would (for a caller that hands it on without reading it back). */
  addPending(channel: ChannelName, address: string, msg: OutboundMessage, kind: OutboundKind, now: number): PendingOutbound {
    const id = this.add(channel, address, msg, kind, now);
    return { id, channel, address, kind, msg, attempts: 0, nextAttemptAt: 0, partsSent: 0, createdAt: now };
  }

  pendingFor(channel: ChannelName, address: string, limit = 50): PendingOutbound[] {
    return (this.pendingForStmt.all(channel, address, limit) as Array<Record<string, unknown>>).map((r) => ({
      id: r.id as number,
      channel: r.channel as ChannelName,
      address: r.address as string,
      kind: r.kind as OutboundKind,
      msg: JSON.parse(r.payload as string) as OutboundMessage,
      attempts: r.attempts as number,
      nextAttemptAt: r.next_attempt_at as number,
      partsSent: r.parts_sent as number,
      createdAt: r.created_at as number,
      ...(r.offer ? { offer: JSON.parse(r.offer as string) as PromptOffer } : {}),
    }));
  }

  /** Whether an older row than `id` is still pending for the address (the read-back can then not be skipped). */
  hasPendingBefore(channel: ChannelName, address: string, id: number): boolean {
    return this.pendingBeforeStmt.get(channel, address, id) !== undefined;
  }

  /** Every address with something still to send (used at start-up and by the retry timer). */
  pendingAddresses(channel?: ChannelName): Array<{ channel: ChannelName; address: string }> {
    return this.addressesStmt.all(channel ?? null, channel ?? null) as Array<{ channel: ChannelName; address: string }>;
  }

  markSent(id: number, now: number, platformMessageId?: string): void {
    this.sentStmt.run(now, platformMessageId ?? null, id);
  }

  /** Give up on every pending row for an address (the recipient blocked the bot or the chat is gone). */
  failAllPending(channel: ChannelName, address: string, reason: string): number {
    return this.failAddressStmt.run(reason, channel, address).changes;
  }

  markFailed(id: number, reason: string): void {
    this.failStmt.run(reason, id);
  }

  /** Drop a proactive prompt's offer once it is settled (it quotes the session it would have entered). */
  clearOffer(id: number): void {
    this.clearOfferStmt.run(id);
  }

  /** Remember parts the recipient already has without counting an attempt (a rate-limited send). */
  keepParts(id: number, partsSent: number): void {
    if (partsSent > 0) this.partsStmt.run(partsSent, id);
  }

  /** Count a failed attempt and retry at `at`; `partsSent` = parts of the message the recipient already has. */
  scheduleRetry(id: number, reason: string, at: number, partsSent = 0): void {
    this.retryStmt.run(reason, at, partsSent, id);
  }
}
