/** Append-only audit log of who did what (registrations, deletions, refused access, admin actions). */
import type { Db } from "./db.js";

export interface AuditEntry {
  at: number;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
}

export class AuditLog {
  private readonly insert;
  constructor(private readonly db: Db) {
    this.insert = db.prepare(`INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)`);
  }

  record(actor: string, action: string, subject?: string | null, detail?: unknown, now = Date.now()): void {
    this.insert.run(now, actor, action, subject ?? null, detail === undefined ? null : JSON.stringify(detail));
  }

  recent(limit = 100, action?: string): AuditEntry[] {
    const sql = action
      ? `SELECT at, actor, action, subject, detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT CAST(? AS INTEGER)`
      : `SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT CAST(? AS INTEGER)`;
    return (action ? this.db.prepare(sql).all(action, limit) : this.db.prepare(sql).all(limit)) as AuditEntry[];
  }
}
