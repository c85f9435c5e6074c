/** Conversation sessions, one per resident, stored as JSON. */
import { createHash } from "node:crypto";
import type { Db } from "./db.js";

/** Residents whose last written state this process remembers (see `read`); the oldest is forgotten first. */
const TRUSTED_MAX = 10_000;

export class SessionRepo {
  private readonly getStmt;
  private readonly putStmt;
  private readonly clearStmt;
  /** The state each resident's row was last given by `put(..., { checked: true })` here, by resident id. */
  private readonly checked = new Map<number, string>();
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
    return this.read(residentId)?.state;
  }

  /**
   * The stored state, and whether it is exactly what this process last wrote for the resident with `checked` (an
   * engine result, checked when it was made): the engine then need not check it again. A row another process (or
   * anything else here) wrote since is not `checked`.
   */
  read(residentId: number): { state: unknown; checked: boolean } | undefined {
    const row = this.getStmt.get(residentId) as { state: string } | undefined;
    if (!row) return undefined;
    try {
      return { state: JSON.parse(row.state), checked: this.checked.get(residentId) === row.state };
    } catch {
      return undefined;
    }
  }

  clear(residentId: number): void {
    this.checked.delete(residentId);
    this.clearStmt.run(residentId);
  }

  /** Store a state; `checked`: it is an engine result (see `read`). */
  put(residentId: number, state: unknown, now: number, o: { checked?: boolean } = {}): void {
    const json = JSON.stringify(state);
    this.putStmt.run(residentId, json, now);
    this.checked.delete(residentId);
    if (!o.checked) return;
    this.checked.set(residentId, json);
    if (this.checked.size > TRUSTED_MAX) this.checked.delete(this.checked.keys().next().value!);
  }
}
