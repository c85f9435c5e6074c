/** The transactional outbox: events written in the same SQLite transaction as their data, read by the relay. */
import { TOPICS, type TopicName, type TopicPayload } from "../queue/payloads.js";
import type { Db } from "./db.js";

export interface OutboxRow {
  id: number;
  topic: TopicName;
  jobId: string;
  payload: unknown;
  createdAt: number;
  attempts: number;
}

export interface OutboxStats {
  unsent: number;
  oldestUnsentAt: number | null;
  withErrors: number;
  lastError: string | null;
}

export class OutboxRepo {
  private readonly insertStmt;
  private readonly unsentStmt;
  private readonly sentStmt;
  private readonly sentByJobStmt;
  private readonly errorStmt;
  private readonly statsStmt;
  private readonly lastErrorStmt;
  private readonly pruneStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(`INSERT OR IGNORE INTO outbox (topic, job_id, payload, created_at) VALUES (?, ?, ?, ?)`);
    this.unsentStmt = db.prepare(
      `SELECT id, topic, job_id, payload, created_at, attempts FROM outbox WHERE sent_at IS NULL AND id > ? ORDER BY id LIMIT ?`,
    );
    this.sentStmt = db.prepare(`UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL`);
    this.sentByJobStmt = db.prepare(`UPDATE outbox SET sent_at = ?, last_error = COALESCE(?, last_error) WHERE job_id = ? AND sent_at IS NULL`);
    this.errorStmt = db.prepare(`UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?`);
    this.statsStmt = db.prepare(
      `SELECT COUNT(*) AS unsent, MIN(created_at) AS oldest, SUM(last_error IS NOT NULL) AS with_errors FROM outbox WHERE sent_at IS NULL`,
    );
    this.lastErrorStmt = db.prepare(`SELECT last_error FROM outbox WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1`);
    this.pruneStmt = db.prepare(`DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?`);
  }

  /**
   * Record an event. Call inside the transaction that writes the data it describes.
   * The job id is derived from the payload, so publishing the same event twice keeps one row.
   */
  publish<T extends TopicName>(topic: T, payload: TopicPayload<T>, now: number): string {
    const def = TOPICS[topic];
    const parsed = def.schema.parse(payload);
    const jobId = def.jobId(parsed);
    this.insertStmt.run(topic, jobId, JSON.stringify(parsed), now);
    return jobId;
  }

  /** Unsent rows with id greater than `afterId`, oldest first. */
  unsent(limit: number, afterId = 0): OutboxRow[] {
    const rows = this.unsentStmt.all(afterId, limit) as Array<{
      id: number;
      topic: TopicName;
      job_id: string;
      payload: string;
      created_at: number;
      attempts: number;
    }>;
    return rows.map((r) => ({
      id: r.id,
      topic: r.topic,
      jobId: r.job_id,
      payload: JSON.parse(r.payload) as unknown,
      createdAt: r.created_at,
      attempts: r.attempts,
    }));
  }

  markSent(ids: number[], now: number): void {
    this.db.transaction(() => {
      for (const id of ids) this.sentStmt.run(now, id);
    })();
  }

  /** Mark the row behind a queue job done (in-process driver: when the job settles). */
  markSentByJobId(jobId: string, now: number, error?: string): void {
    this.sentByJobStmt.run(now, error ?? null, jobId);
  }

  recordError(ids: number[], error: string): void {
    this.db.transaction(() => {
      for (const id of ids) this.errorStmt.run(error.slice(0, 500), id);
    })();
  }

  stats(): OutboxStats {
    const s = this.statsStmt.get() as { unsent: number; oldest: number | null; with_errors: number | null };
    const last = this.lastErrorStmt.get() as { last_error: string } | undefined;
    return { unsent: s.unsent, oldestUnsentAt: s.oldest, withErrors: s.with_errors ?? 0, lastError: last?.last_error ?? null };
  }

  /** Delete rows sent before `before`; returns how many. */
  prune(before: number): number {
    return this.pruneStmt.run(before).changes;
  }
}
