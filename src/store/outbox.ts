/**
 * The transactional outbox: events written in the same SQLite transaction as their data, moved to the queue by the
 * relay, and done only when their consumer acknowledges them (delivered_at, in the consumer's own transaction).
 */
import { TOPICS, type TopicDef, type TopicName, type TopicPayload } from "../queue/payloads.js";
import type { Db } from "./db.js";

export interface OutboxRow {
  id: number;
  topic: TopicName;
  jobId: string;
  payload: unknown;
  createdAt: number;
  attempts: number;
}

/** A row the queue accepted whose consumer has not acknowledged it yet. */
export interface UnackedRow extends OutboxRow {
  /** When the queue last accepted it (first send or last re-publish). */
  sentAt: number;
  redeliveries: number;
}

export interface OutboxStats {
  /** Not yet accepted by the queue. */
  unsent: number;
  oldestUnsentAt: number | null;
  /** Accepted by the queue, not yet acknowledged by the consumer. */
  unacked: number;
  oldestUnackedAt: number | null;
  /** Refused by the consumer for good (never re-sent). */
  failed: number;
  withErrors: number;
  lastError: string | null;
}

type RawRow = {
  id: number;
  topic: TopicName;
  job_id: string;
  payload: string;
  created_at: number;
  attempts: number;
  sent_at: number | null;
  redeliveries: number;
};

const COLUMNS = `id, topic, job_id, payload, created_at, attempts, sent_at, redeliveries`;
const OPEN = `delivered_at IS NULL AND failed_at IS NULL`;

function toRow(r: RawRow): OutboxRow {
  return { id: r.id, topic: r.topic, jobId: r.job_id, payload: JSON.parse(r.payload) as unknown, createdAt: r.created_at, attempts: r.attempts };
}

export class OutboxRepo {
  private readonly insertStmt;
  private readonly unsentStmt;
  private readonly openStmt;
  private readonly dueStmt;
  private readonly unackedStmt;
  private readonly sentStmt;
  private readonly republishedStmt;
  private readonly ackStmt;
  private readonly isAckedStmt;
  private readonly failedStmt;
  private readonly errorStmt;
  private readonly statsStmt;
  private readonly lastErrorStmt;
  private readonly pruneStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(`INSERT OR IGNORE INTO outbox (topic, job_id, payload, created_at) VALUES (?, ?, ?, ?)`);
    this.unsentStmt = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE sent_at IS NULL AND ${OPEN} AND id > ? ORDER BY id LIMIT CAST(? AS INTEGER)`);
    this.openStmt = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE ${OPEN} AND id > ? ORDER BY id LIMIT CAST(? AS INTEGER)`);
    this.dueStmt = db.prepare(
      `SELECT ${COLUMNS} FROM outbox WHERE sent_at IS NOT NULL AND sent_at <= ? AND ${OPEN} AND id <= ? ORDER BY sent_at, id LIMIT CAST(? AS INTEGER)`,
    );
    this.unackedStmt = db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE sent_at IS NOT NULL AND ${OPEN} ORDER BY created_at, id LIMIT CAST(? AS INTEGER)`);
    this.sentStmt = db.prepare(`UPDATE outbox SET sent_at = ? WHERE id = ? AND ${OPEN}`);
    this.republishedStmt = db.prepare(`UPDATE outbox SET sent_at = ?, redeliveries = redeliveries + ? WHERE id = ? AND ${OPEN}`);
    this.ackStmt = db.prepare(`UPDATE outbox SET delivered_at = ?, sent_at = COALESCE(sent_at, ?) WHERE job_id = ? AND delivered_at IS NULL`);
    this.isAckedStmt = db.prepare(`SELECT 1 FROM outbox WHERE job_id = ? AND delivered_at IS NOT NULL`);
    this.failedStmt = db.prepare(`UPDATE outbox SET failed_at = ?, last_error = ? WHERE job_id = ? AND ${OPEN}`);
    this.errorStmt = db.prepare(`UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?`);
    this.statsStmt = db.prepare(
      `SELECT SUM(sent_at IS NULL AND ${OPEN}) AS unsent,
              MIN(CASE WHEN sent_at IS NULL AND ${OPEN} THEN created_at END) AS oldest_unsent,
              SUM(sent_at IS NOT NULL AND ${OPEN}) AS unacked,
              MIN(CASE WHEN sent_at IS NOT NULL AND ${OPEN} THEN created_at END) AS oldest_unacked,
              SUM(failed_at IS NOT NULL) AS failed,
              SUM(${OPEN} AND last_error IS NOT NULL) AS with_errors
         FROM outbox WHERE delivered_at IS NULL`,
    );
    this.lastErrorStmt = db.prepare(`SELECT last_error FROM outbox WHERE ${OPEN} AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1`);
    this.pruneStmt = db.prepare(`DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?`);
  }

  /**
   * Record an event. Call inside the transaction that writes the data it describes.
   * The job id is derived from the payload, so publishing the same event twice keeps one row.
   */
  publish<T extends TopicName>(topic: T, payload: TopicPayload<T>, now: number): string {
    const def = TOPICS[topic] as unknown as TopicDef<TopicPayload<T>>;
    const parsed = def.schema.parse(payload);
    const jobId = def.jobId(parsed);
    this.insertStmt.run(topic, jobId, JSON.stringify(parsed), now);
    return jobId;
  }

  /** Rows the queue has not accepted yet with id greater than `afterId`, oldest first. */
  unsent(limit: number, afterId = 0): OutboxRow[] {
    return (this.unsentStmt.all(afterId, limit) as RawRow[]).map(toRow);
  }

  /**
   * Every row not yet acknowledged (sent or not) with id greater than `afterId`: what a fresh in-process queue must
   * be given, since jobs handed to an earlier process's memory died with it.
   */
  open(limit: number, afterId = 0): OutboxRow[] {
    return (this.openStmt.all(afterId, limit) as RawRow[]).map(toRow);
  }

  /** Rows sent at or before `sentBefore` and still not acknowledged (id at most `maxId`), longest waiting first. */
  dueForRedelivery(sentBefore: number, limit: number, maxId = Number.MAX_SAFE_INTEGER): UnackedRow[] {
    return (this.dueStmt.all(sentBefore, maxId, limit) as RawRow[]).map((r) => ({ ...toRow(r), sentAt: r.sent_at!, redeliveries: r.redeliveries }));
  }

  /** Sent but unacknowledged rows, oldest first (the admin view). */
  unacked(limit: number): UnackedRow[] {
    return (this.unackedStmt.all(limit) as RawRow[]).map((r) => ({ ...toRow(r), sentAt: r.sent_at!, redeliveries: r.redeliveries }));
  }

  /** The queue accepted these rows. */
  markSent(ids: number[], now: number): void {
    this.db.transaction(() => {
      for (const id of ids) this.sentStmt.run(now, id);
    })();
  }

  /** The relay re-published these rows (`redelivered` true when the queue got a fresh job, false when it still held one). */
  markRepublished(rows: Array<{ id: number; redelivered: boolean }>, now: number): void {
    this.db.transaction(() => {
      for (const r of rows) this.republishedStmt.run(now, r.redelivered ? 1 : 0, r.id);
    })();
  }

  /**
   * The consumer applied the job: call inside the transaction that writes its effect. Returns false when there is
   * no open row for the job (already acknowledged, or a job that did not come from the outbox).
   */
  acknowledge(jobId: string, now: number): boolean {
    return this.ackStmt.run(now, now, jobId).changes === 1;
  }

  /** True when the job's row was acknowledged: its effect is already committed. */
  isAcknowledged(jobId: string): boolean {
    return this.isAckedStmt.get(jobId) !== undefined;
  }

  /** The consumer refused the job for good (bad payload, record gone): the relay never re-sends it. */
  markFailed(jobId: string, now: number, reason: string): void {
    this.failedStmt.run(now, reason.slice(0, 500), jobId);
  }

  recordError(ids: number[], error: string): void {
    this.db.transaction(() => {
      for (const id of ids) this.errorStmt.run(error.slice(0, 500), id);
    })();
  }

  stats(): OutboxStats {
    const s = this.statsStmt.get() as {
      unsent: number | null;
      oldest_unsent: number | null;
      unacked: number | null;
      oldest_unacked: number | null;
      failed: number | null;
      with_errors: number | null;
    };
    const last = this.lastErrorStmt.get() as { last_error: string } | undefined;
    return {
      unsent: s.unsent ?? 0,
      oldestUnsentAt: s.oldest_unsent,
      unacked: s.unacked ?? 0,
      oldestUnackedAt: s.oldest_unacked,
      failed: s.failed ?? 0,
      withErrors: s.with_errors ?? 0,
      lastError: last?.last_error ?? null,
    };
  }

  /** Delete rows acknowledged before `before`; returns how many. Refused rows stay, as the record of what failed. */
  prune(before: number): number {
    return this.pruneStmt.run(before).changes;
  }
}
