/** The inbound journal: every message is stored before the platform is told it arrived, and handled exactly once. */
import type { InboundMessage } from "../core/messages.js";
import type { Db } from "./db.js";

export interface JournaledMessage {
  msg: InboundMessage;
}

export class InboundJournal {
  private readonly insert;
  private readonly insertDone;
  private readonly pendingStmt;
  private readonly done;
  private readonly isDoneStmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO inbound (channel, message_id, address, payload, received_at) VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertDone = db.prepare(
      `INSERT OR IGNORE INTO inbound (channel, message_id, address, payload, received_at, processed_at) VALUES (?, ?, ?, NULL, ?, ?)`,
    );
    this.pendingStmt = db.prepare(`SELECT payload FROM inbound WHERE processed_at IS NULL ORDER BY received_at, rowid`);
    this.done = db.prepare(`UPDATE inbound SET processed_at = ?, payload = NULL WHERE channel = ? AND message_id = ? AND processed_at IS NULL`);
    this.isDoneStmt = db.prepare(`SELECT processed_at FROM inbound WHERE channel = ? AND message_id = ?`);
  }

  /** Journal a message. Returns false when it was seen before (a redelivery). */
  add(msg: InboundMessage): boolean {
    return this.insert.run(msg.channel, msg.messageId, msg.address, JSON.stringify(msg), msg.receivedAt).changes === 1;
  }

  /**
   * Journal a message as handled at once (no payload kept), for a message handled in the transaction that journals it:
   * one write instead of an insert and an update. Returns false when it was seen before (a redelivery).
   */
  addHandled(msg: InboundMessage, now: number): boolean {
    return this.insertDone.run(msg.channel, msg.messageId, msg.address, msg.receivedAt, now).changes === 1;
  }

  /** Messages journaled but not yet handled, oldest first (used after a restart). */
  pending(): InboundMessage[] {
    return (this.pendingStmt.all() as Array<{ payload: string }>).map((r) => JSON.parse(r.payload) as InboundMessage);
  }

  /** Mark handled and drop the payload (it may hold personal text). Returns false if it was already handled. */
  markProcessed(msg: InboundMessage, now: number): boolean {
    return this.done.run(now, msg.channel, msg.messageId).changes === 1;
  }

  isProcessed(msg: InboundMessage): boolean {
    const row = this.isDoneStmt.get(msg.channel, msg.messageId) as { processed_at: number | null } | undefined;
    return row?.processed_at != null;
  }
}
