/** Conversation sessions, one per resident, stored as JSON. */
import { createHash } from "node:crypto";
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

  /** A hash of the stored state (null = no session): a proactive prompt applies only while it is unchanged. */
  stateHash(residentId: number): string | null {
    const row = this.getStmt.get(residentId) as { state: string } | undefined;
    return row ? createHash("sha256").update(row.state).digest("hex").slice(0, 24) : null;
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
