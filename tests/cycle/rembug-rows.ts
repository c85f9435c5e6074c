/**
 * Writes a confirmed rembug result the way the rembug flow does (which another engineer builds at the same time):
 * the result, its ordered items and the "rembug.confirmed" outbox row, in one transaction. Shared by tests and bench.
 */
import type { Store } from "../../src/store/index.js";
import { OutboxRepo } from "../../src/store/outbox.js";

export interface ItemRow {
  aspirationId?: number;
  clusterId?: number;
  source?: "aspirasi" | "rembug" | "carry-over" | "rt-list";
  funding?: "swadaya" | "apbd" | "csr" | "pusat" | "lainnya";
  volume?: number;
  unit?: string;
  cost?: number;
  swadaya?: string;
  /** RW lists: the RT item ids it was made from. */
  fromRtItems?: number[];
}

export interface ResultRows {
  cycleId: number | null;
  level: "rt" | "rw" | "pokmas";
  rw?: number;
  rt?: number;
  pokmasId?: number;
  items: ItemRow[];
  /** Default true: a draft has no outbox row. */
  confirmed?: boolean;
}

/** Returns the result id and the item ids in rank order. */
export function writeRembugResult(store: Store, r: ResultRows, now: number): { resultId: number; itemIds: number[] } {
  const outbox = new OutboxRepo(store.db);
  return store.tx(() => {
    const confirmed = r.confirmed !== false;
    const resultId = Number(
      store.db
        .prepare(
          `INSERT INTO rembug_results (cycle_id, level, rw, rt, pokmas_id, state, attendance_total, created_by, created_at, updated_at, confirmed_by, confirmed_at)
           VALUES (?, ?, ?, ?, ?, ?, 12, 'test', ?, ?, ?, ?)`,
        )
        .run(r.cycleId, r.level, r.rw ?? null, r.rt ?? null, r.pokmasId ?? null, confirmed ? "confirmed" : "draft", now, now, confirmed ? "test" : null, confirmed ? now : null)
        .lastInsertRowid,
    );
    const insertItem = store.db.prepare(
      `INSERT INTO rembug_items (result_id, rank, aspiration_id, cluster_id, source, funding, volume, unit, cost, swadaya) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertSource = store.db.prepare(`INSERT INTO rembug_item_sources (rw_item_id, rt_item_id) VALUES (?, ?)`);
    const itemIds = r.items.map((it, i) => {
      const id = Number(
        insertItem.run(
          resultId,
          i + 1,
          it.aspirationId ?? null,
          it.clusterId ?? null,
          it.source ?? (it.fromRtItems ? "rt-list" : "aspirasi"),
          it.funding ?? null,
          it.volume ?? null,
          it.unit ?? null,
          it.cost ?? null,
          it.swadaya ?? null,
        ).lastInsertRowid,
      );
      for (const rt of it.fromRtItems ?? []) insertSource.run(id, rt);
      return id;
    });
    if (confirmed) outbox.publish("rembug.confirmed", { resultId }, now);
    return { resultId, itemIds };
  });
}
