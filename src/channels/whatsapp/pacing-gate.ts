/**
 * Pacing for messages the bot sends on its own initiative over WhatsApp (notifications, broadcasts):
 * a random gap between sends and an hourly cap, kept in SQLite so every process using the database shares it.
 */
import type { Db } from "../../store/db.js";

const HOUR_MS = 3_600_000;

export interface PacingOptions {
  minDelayMs: number;
  maxDelayMs: number;
  /** Paced sends allowed in any sliding hour. */
  hourlyCap: number;
  /** Random source in [0,1); injectable for tests. */
  random?: () => number;
}

export type PacingDecision =
  | { ok: true; sentLastHour: number }
  | { ok: false; waitMs: number; reason: "spacing" | "hourly-cap" };

export class PacingGate {
  private readonly random: () => number;
  private readonly min: number;
  private readonly max: number;

  constructor(
    private readonly db: Db,
    private readonly o: PacingOptions,
  ) {
    this.random = o.random ?? Math.random;
    this.min = Math.max(0, Math.min(o.minDelayMs, o.maxDelayMs));
    this.max = Math.max(o.minDelayMs, o.maxDelayMs, 0);
  }

  /**
   * Take the next paced send slot if it is due. Atomic across processes (one IMMEDIATE transaction):
   * when it returns ok, the caller may send one message now; otherwise it should ask again after `waitMs`.
   */
  tryAcquire(now: number): PacingDecision {
    return this.db
      .transaction((): PacingDecision => {
        const db = this.db;
        const nextAt = (db.prepare(`SELECT next_at FROM wa_pacing WHERE id = 1`).get() as { next_at: number } | undefined)?.next_at ?? 0;
        const window = db.prepare(`SELECT COUNT(*) AS n, MIN(at) AS oldest FROM wa_paced_sends WHERE at > ?`).get(now - HOUR_MS) as {
          n: number;
          oldest: number | null;
        };
        if (window.n >= this.o.hourlyCap) {
          const freeAt = (window.oldest ?? now) + HOUR_MS + 1;
          return { ok: false, reason: "hourly-cap", waitMs: Math.max(freeAt - now, nextAt - now, 1) };
        }
        if (now < nextAt) return { ok: false, reason: "spacing", waitMs: nextAt - now };
        const gap = Math.round(this.min + this.random() * (this.max - this.min));
        db.prepare(`INSERT INTO wa_pacing (id, next_at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET next_at = excluded.next_at`).run(now + gap);
        db.prepare(`INSERT INTO wa_paced_sends (at) VALUES (?)`).run(now);
        db.prepare(`DELETE FROM wa_paced_sends WHERE at <= ?`).run(now - HOUR_MS);
        return { ok: true, sentLastHour: window.n + 1 };
      })
      .immediate();
  }

  /** Paced sends allowed in any sliding hour. */
  get hourlyCap(): number {
    return this.o.hourlyCap;
  }

  /** Paced sends in the last hour (for the status line). */
  sentLastHour(now: number): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM wa_paced_sends WHERE at > ?`).get(now - HOUR_MS) as { n: number }).n;
  }
}
