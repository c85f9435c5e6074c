/** Remembers which WhatsApp groups were already told (once) to message the bot directly. */
import type { Db } from "../../store/db.js";

export class GroupNotices {
  private readonly claimStmt;

  constructor(db: Db) {
    this.claimStmt = db.prepare(`INSERT OR IGNORE INTO wa_groups_notified (jid, notified_at) VALUES (?, ?)`);
  }

  /** True exactly once per group: the caller should send the notice now. */
  claim(groupJid: string, now: number): boolean {
    return this.claimStmt.run(groupJid, now).changes === 1;
  }
}
