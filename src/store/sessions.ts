/** Conversation sessions, one per resident, stored as JSON. */
import type { Db } from "./db.js";

export class SessionRepo {
  private readonly getStmt;
  private readonly putStmt;
  private readonly clearStmt;
  constructor(db: Db) {
    this.clearStmt = db.prepare(`DELETE FROM sessions WHERE resident_id = ?`);
    this.getStmt = db.prepare(`SELECT state FROM sessions WHERE resident_id = ?`);
    this.putStmt = db.prepare(
      `INSERT INTO sessions (resident_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(resident_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    );
  }

  /** The raw stored state; the engine validates it (unknown shapes restart politely). */
  get(residentId: number): unknown {
    const row = this.getStmt.get(residentId) as { state: string } | undefined;
    if (!row) return undefined;
    try {
      return JSON.parse(row.state);
    } catch {
      return undefined;
    }
  }

  clear(residentId: number): void {
    this.clearStmt.run(residentId);
  }

  put(residentId: number, state: unknown, now: number): void {
    this.putStmt.run(residentId, JSON.stringify(state), now);
  }
}
