/**
 * Planning cycles (migration 013): at most one open at a time. Opening a cycle adopts the aspirations sent while none
 * was open and the proposals carried over from the last one; closing it marks every proposal that was not
 * accommodated as "usulan tahun lalu" (carried_from) so the next cycle picks it up with its ticket and history.
 */
import type { Wilayah } from "../core/domain.js";
import type { Db } from "./db.js";

export interface Cycle {
  id: number;
  name: string;
  openedAt: number;
  openedBy: string | null;
  closedAt: number | null;
  closedBy: string | null;
}

/** Statuses of a proposal that the Musrenbang accommodated; every other one carries over when its cycle closes. */
export const ACCOMMODATED_STATUSES = ["disetujui", "dikerjakan", "selesai"] as const;

/** The status a carried-over proposal starts the next cycle with: a candidate again, waiting for its rembug. */
export const CARRIED_STATUS = "diterima";

export interface RwProgress {
  rw: number;
  /** RTs of the RW in the wilayah. */
  rts: number;
  /** Of those, how many have a confirmed rembug RT result in the cycle. */
  confirmed: number;
  /** Whether the RW's own list is confirmed. */
  rwConfirmed: boolean;
}

export type OpenResult =
  | { ok: true; cycle: Cycle; adopted: number; carried: number }
  | { ok: false; error: "already-open"; open: Cycle };
export type CloseResult = { ok: true; cycle: Cycle; carried: number } | { ok: false; error: "none-open" };

interface Raw {
  id: number;
  name: string;
  opened_at: number;
  opened_by: string | null;
  closed_at: number | null;
  closed_by: string | null;
}

const toCycle = (r: Raw): Cycle => ({
  id: r.id,
  name: r.name,
  openedAt: r.opened_at,
  openedBy: r.opened_by,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
});

const ACCOMMODATED_SQL = ACCOMMODATED_STATUSES.map((s) => `'${s}'`).join(", ");

export class CycleRepo {
  constructor(private readonly db: Db) {}

  /** The open cycle, if any. */
  current(): Cycle | undefined {
    const r = this.db.prepare(`SELECT * FROM cycles WHERE closed_at IS NULL`).get() as Raw | undefined;
    return r ? toCycle(r) : undefined;
  }

  /** The open cycle, else the one closed last (what a recap after the Musrenbang is about). */
  latest(): Cycle | undefined {
    const r = this.db.prepare(`SELECT * FROM cycles ORDER BY closed_at IS NULL DESC, id DESC LIMIT 1`).get() as Raw | undefined;
    return r ? toCycle(r) : undefined;
  }

  byId(id: number): Cycle | undefined {
    const r = this.db.prepare(`SELECT * FROM cycles WHERE id = ?`).get(id) as Raw | undefined;
    return r ? toCycle(r) : undefined;
  }

  /**
   * Open a cycle (one transaction; a savepoint inside the caller's). Aspirations with no cycle join it, and so do
   * the proposals carried over from closed cycles: their cycle moves and a status history row says so.
   */
  open(name: string, by: string, now: number): OpenResult {
    return this.db.transaction((): OpenResult => {
      const open = this.current();
      if (open) return { ok: false, error: "already-open", open };
      const id = Number(this.db.prepare(`INSERT INTO cycles (name, opened_at, opened_by) VALUES (?, ?, ?)`).run(name, now, by).lastInsertRowid);
      const adopted = this.db.prepare(`UPDATE aspirations SET cycle_id = ?, updated_at = ? WHERE cycle_id IS NULL`).run(id, now).changes;
      const carriedIds = (
        this.db.prepare(`SELECT id, carried_from FROM aspirations WHERE carried_from IS NOT NULL AND cycle_id = carried_from`).all() as Array<{
          id: number;
          carried_from: number;
        }>
      );
      const move = this.db.prepare(`UPDATE aspirations SET cycle_id = ?, status = ?, status_reason = NULL, updated_at = ? WHERE id = ?`);
      const history = this.db.prepare(`INSERT INTO aspiration_status_history (aspiration_id, status, reason, actor, at) VALUES (?, ?, ?, ?, ?)`);
      for (const a of carriedIds) {
        move.run(id, CARRIED_STATUS, now, a.id);
        history.run(a.id, CARRIED_STATUS, `carry-over from cycle ${a.carried_from}`, by, now);
      }
      return { ok: true, cycle: this.byId(id)!, adopted, carried: carriedIds.length };
    })();
  }

  /**
   * Close the open cycle. Every aspiration of it that was not accommodated is marked carried over (carried_from);
   * it keeps its ticket, cluster, supporters and history, and moves when the next cycle opens.
   */
  close(by: string, now: number): CloseResult {
    return this.db.transaction((): CloseResult => {
      const open = this.current();
      if (!open) return { ok: false, error: "none-open" };
      this.db.prepare(`UPDATE cycles SET closed_at = ?, closed_by = ? WHERE id = ?`).run(now, by, open.id);
      const carried = this.db
        .prepare(
          `UPDATE aspirations SET carried_from = @cycle, updated_at = @now
             WHERE cycle_id = @cycle AND status NOT IN (${ACCOMMODATED_SQL})`,
        )
        .run({ cycle: open.id, now }).changes;
      return { ok: true, cycle: this.byId(open.id)!, carried };
    })();
  }

  /** Confirmed rembug RT results of the cycle, per RW (the RWs and RTs of the wilayah, in order). */
  progress(cycleId: number, wilayah: Wilayah): RwProgress[] {
    const rows = this.db
      .prepare(`SELECT level, rw, rt FROM rembug_results WHERE cycle_id = ? AND state = 'confirmed' AND level IN ('rt', 'rw')`)
      .all(cycleId) as Array<{ level: "rt" | "rw"; rw: number | null; rt: number | null }>;
    const rtDone = new Set(rows.filter((r) => r.level === "rt").map((r) => `${r.rw}/${r.rt}`));
    const rwDone = new Set(rows.filter((r) => r.level === "rw").map((r) => r.rw));
    return wilayah.rws.map((rw) => {
      const rts = wilayah.rtsOf(rw);
      return { rw, rts: rts.length, confirmed: rts.filter((rt) => rtDone.has(`${rw}/${rt}`)).length, rwConfirmed: rwDone.has(rw) };
    });
  }
}
