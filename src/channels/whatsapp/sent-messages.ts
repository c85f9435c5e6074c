/** Messages the bot sent over WhatsApp, kept so Baileys' `getMessage` can re-encrypt them on a retry request. */
import { BufferJSON, proto, type WAMessage, type WAMessageKey } from "@whiskeysockets/baileys";
import type { Db } from "../../store/db.js";

export class SentMessageStore {
  private readonly insert;
  private readonly byId;
  private readonly prune;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT OR REPLACE INTO wa_sent_messages (id, remote_jid, message, created_at) VALUES (?, ?, ?, ?)`,
    );
    this.byId = db.prepare(`SELECT message FROM wa_sent_messages WHERE id = ?`);
    this.prune = db.prepare(`DELETE FROM wa_sent_messages WHERE created_at < ?`);
  }

  /** Remember what `sendMessage` returned. Messages without a key id or content are ignored. */
  remember(sent: WAMessage | undefined, now: number): void {
    const id = sent?.key.id;
    if (!id || !sent.message) return;
    this.insert.run(id, sent.key.remoteJid ?? "", JSON.stringify(sent.message, BufferJSON.replacer), now);
  }

  /** The message content for a key, or undefined when unknown (never an empty message). */
  get(key: WAMessageKey): proto.IMessage | undefined {
    if (!key.id) return undefined;
    const row = this.byId.get(key.id) as { message: string } | undefined;
    if (!row) return undefined;
    return proto.Message.fromObject(JSON.parse(row.message, BufferJSON.reviver) as Record<string, unknown>);
  }

  /** Drop messages older than `maxAgeMs` (retries only ask for recent ones). Returns how many were removed. */
  pruneOlderThan(maxAgeMs: number, now: number): number {
    return this.prune.run(now - maxAgeMs).changes;
  }
}
