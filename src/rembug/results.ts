/**
 * Rembug results in SQLite: the draft kept across days, its confirmation (locked, with the rembug.confirmed outbox
 * event in the same transaction), reopening by the LPMK (old version superseded and kept, a new draft copies it),
 * and the items raised at a meeting (aspirations of their own, origin 'rembug').
 */
import { tridayaOf, type Category } from "../core/domain.js";
import type { Db } from "../store/db.js";
import { releaseDraftFile } from "../store/draft-files.js";
import { mergeKey } from "./merge-candidates.js";
import { scopeColumns, type Attendance, type DraftItem, type RembugDraft, type RembugScope } from "./scope.js";

export type ResultState = "draft" | "confirmed" | "superseded";

export interface StoredResult {
  id: number;
  version: number;
  state: ResultState;
  confirmedAt: number | null;
  confirmedBy: string | null;
  draft: RembugDraft;
}

/** The outbox topic a confirmed result is published under; its consumer moves statuses and tells residents. */
export const REMBUG_CONFIRMED_TOPIC = "rembug.confirmed";

interface ResultRow {
  id: number;
  version: number;
  state: ResultState;
  attendance_total: number | null;
  attendance_women: number | null;
  attendance_youth: number | null;
  attendance_elderly: number | null;
  attendance_disabled: number | null;
  attendance_photo: string | null;
  confirmed_at: number | null;
  confirmed_by: string | null;
}

interface ItemRow {
  id: number;
  rank: number;
  aspiration_id: number;
  cluster_id: number | null;
  source: DraftItem["source"];
  funding: DraftItem["funding"] | null;
  volume: number | null;
  unit: string | null;
  cost: number | null;
  swadaya: string | null;
  ticket: string;
  category: string;
  location_text: string | null;
  rt: number;
  origin: string;
  supporters: number | null;
}

const WHERE_SCOPE = `IFNULL(cycle_id, 0) = IFNULL(@cycleId, 0) AND level = @level AND IFNULL(rw, 0) = IFNULL(@rw, 0)
  AND IFNULL(rt, 0) = IFNULL(@rt, 0) AND IFNULL(pokmas_id, 0) = IFNULL(@pokmasId, 0)`;

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The candidate key an item was picked under (see candidates.ts and merge-candidates.ts). */
function keyOf(i: ItemRow, rtItemIds: number[] | undefined): string {
  if (i.source === "rembug") return `r:${i.ticket}`;
  if (i.source === "rt-list") {
    if (i.cluster_id !== null) return `k:${i.cluster_id}`;
    // Lines of different clusters the RW head combined by hand.
    if (rtItemIds && rtItemIds.length > 1) return mergeKey(rtItemIds);
    return `i:${rtItemIds?.[0] ?? i.id}`;
  }
  return i.cluster_id !== null ? `c:${i.cluster_id}` : `a:${i.aspiration_id}`;
}

export class RembugResultRepo {
  constructor(private readonly db: Db) {}

  private currentRow(scope: RembugScope, cycleId: number): ResultRow | undefined {
    return this.db
      .prepare(`SELECT * FROM rembug_results WHERE ${WHERE_SCOPE} AND state <> 'superseded'`)
      .get({ ...scopeColumns(scope), cycleId }) as ResultRow | undefined;
  }

  /** The draft or confirmed result of the area in the cycle, with its items in rank order. */
  current(scope: RembugScope, cycleId: number): StoredResult | undefined {
    const r = this.currentRow(scope, cycleId);
    return r ? this.load(r) : undefined;
  }

  byId(id: number): (StoredResult & { scope: ReturnType<typeof scopeColumns>; cycleId: number | null; createdBy: string | null }) | undefined {
    const r = this.db.prepare(`SELECT * FROM rembug_results WHERE id = ?`).get(id) as
      | (ResultRow & { level: "rt" | "rw" | "pokmas"; rw: number | null; rt: number | null; pokmas_id: number | null; cycle_id: number | null; created_by: string | null })
      | undefined;
    if (!r) return undefined;
    return { ...this.load(r), scope: { level: r.level, rw: r.rw, rt: r.rt, pokmasId: r.pokmas_id }, cycleId: r.cycle_id, createdBy: r.created_by };
  }

  /** Every version of the area in the cycle, oldest first. */
  history(scope: RembugScope, cycleId: number): Array<{ id: number; version: number; state: ResultState }> {
    return this.db
      .prepare(`SELECT id, version, state FROM rembug_results WHERE ${WHERE_SCOPE} ORDER BY version`)
      .all({ ...scopeColumns(scope), cycleId }) as Array<{ id: number; version: number; state: ResultState }>;
  }

  private load(r: ResultRow): StoredResult {
    const items = this.db
      .prepare(
        `SELECT i.*, a.ticket, a.category, a.location_text, a.rt, a.origin, c.supporters
         FROM rembug_items i JOIN aspirations a ON a.id = i.aspiration_id LEFT JOIN clusters c ON c.id = i.cluster_id
         WHERE i.result_id = ? ORDER BY i.rank`,
      )
      .all(r.id) as ItemRow[];
    const sources = this.db.prepare(`SELECT rt_item_id FROM rembug_item_sources WHERE rw_item_id = ? ORDER BY rt_item_id`);
    const attendance: Attendance = {
      total: opt(r.attendance_total),
      women: opt(r.attendance_women),
      youth: opt(r.attendance_youth),
      elderly: opt(r.attendance_elderly),
      disabled: opt(r.attendance_disabled),
      photo: r.attendance_photo,
    };
    return {
      id: r.id,
      version: r.version,
      state: r.state,
      confirmedAt: r.confirmed_at,
      confirmedBy: r.confirmed_by,
      draft: {
        attendance,
        items: items.map((i) => {
          const rtItemIds = i.source === "rt-list" ? (sources.all(i.id) as Array<{ rt_item_id: number }>).map((s) => s.rt_item_id) : undefined;
          const item: DraftItem = {
            key: keyOf(i, rtItemIds),
            ticket: i.ticket,
            category: i.category,
            locationText: i.location_text,
            rt: i.rt,
            supporters: i.supporters ?? 1,
            clusterId: i.cluster_id,
            source: i.source,
            ...(rtItemIds ? { rtItemIds } : {}),
            funding: opt(i.funding),
            volume: opt(i.volume),
            unit: opt(i.unit),
            cost: opt(i.cost),
            swadaya: opt(i.swadaya),
          };
          return item;
        }),
      },
    };
  }

  /**
   * Store the draft of the area (creating version 1, or replacing the current draft's list and attendance).
   * A confirmed result is locked: nothing changes and `locked` is returned.
   */
  saveDraft(scope: RembugScope, cycleId: number, draft: RembugDraft, actor: string, now: number): { ok: true; id: number } | { ok: false; error: "locked" } {
    const cols = scopeColumns(scope);
    const existing = this.currentRow(scope, cycleId);
    if (existing?.state === "confirmed") return { ok: false, error: "locked" };
    const a = draft.attendance;
    let id: number;
    if (existing) {
      id = existing.id;
      this.db
        .prepare(
          `UPDATE rembug_results SET attendance_total = ?, attendance_women = ?, attendance_youth = ?, attendance_elderly = ?,
           attendance_disabled = ?, attendance_photo = ?, updated_at = ? WHERE id = ?`,
        )
        .run(a.total ?? null, a.women ?? null, a.youth ?? null, a.elderly ?? null, a.disabled ?? null, a.photo ?? null, now, id);
    } else {
      const version =
        ((this.db.prepare(`SELECT MAX(version) AS v FROM rembug_results WHERE ${WHERE_SCOPE}`).get({ ...cols, cycleId }) as { v: number | null }).v ?? 0) + 1;
      id = Number(
        this.db
          .prepare(
            `INSERT INTO rembug_results (cycle_id, level, rw, rt, pokmas_id, version, state, attendance_total, attendance_women,
             attendance_youth, attendance_elderly, attendance_disabled, attendance_photo, created_by, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(cycleId, cols.level, cols.rw, cols.rt, cols.pokmasId, version, a.total ?? null, a.women ?? null, a.youth ?? null, a.elderly ?? null, a.disabled ?? null, a.photo ?? null, actor, now, now)
          .lastInsertRowid,
      );
    }
    this.replaceItems(id, draft.items);
    return { ok: true, id };
  }

  private replaceItems(resultId: number, items: DraftItem[]): void {
    const db = this.db;
    db.prepare(`DELETE FROM rembug_item_sources WHERE rw_item_id IN (SELECT id FROM rembug_items WHERE result_id = ?)`).run(resultId);
    db.prepare(`DELETE FROM rembug_items WHERE result_id = ?`).run(resultId);
    const idOf = db.prepare(`SELECT id FROM aspirations WHERE ticket = ?`);
    const clusterNow = db.prepare(`SELECT cluster_id FROM cluster_members WHERE aspiration_id = ?`).pluck();
    const insert = db.prepare(
      `INSERT INTO rembug_items (result_id, rank, aspiration_id, cluster_id, source, funding, volume, unit, cost, swadaya)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const source = db.prepare(`INSERT OR IGNORE INTO rembug_item_sources (rw_item_id, rt_item_id) VALUES (?, ?)`);
    items.forEach((it, i) => {
      const asp = idOf.get(it.ticket) as { id: number } | undefined;
      if (!asp) throw new Error(`rembug item ${it.ticket} has no aspiration`);
      // A draft may name a cluster the LPMK merged away meanwhile (src/aggregator/cluster-edit.ts): use the ticket's current one.
      const clusterId = it.clusterId === null ? null : ((clusterNow.get(asp.id) as number | undefined) ?? it.clusterId);
      const row = insert.run(resultId, i + 1, asp.id, clusterId, it.source, it.funding ?? null, it.volume ?? null, it.unit ?? null, it.cost ?? null, it.swadaya ?? null);
      for (const rtItem of it.rtItemIds ?? []) source.run(Number(row.lastInsertRowid), rtItem);
    });
  }

  /**
   * Save and lock the result, and publish `rembug.confirmed` { resultId } in the same transaction.
   * Returns `locked` when the area's result was already confirmed (a second confirmation needs a reopening).
   */
  confirm(scope: RembugScope, cycleId: number, draft: RembugDraft, actor: string, now: number): { ok: true; id: number } | { ok: false; error: "locked" } {
    return this.db.transaction(() => {
      const saved = this.saveDraft(scope, cycleId, draft, actor, now);
      if (!saved.ok) return saved;
      this.db.prepare(`UPDATE rembug_results SET state = 'confirmed', confirmed_at = ?, confirmed_by = ?, updated_at = ? WHERE id = ?`).run(now, actor, now, saved.id);
      // The attendance photo now belongs to the result, not to the head's unfinished drafts.
      releaseDraftFile(this.db, draft.attendance.photo);
      // Written raw: the topic's queue mapping (src/queue/payloads.ts) belongs to the consumer's module; until it
      // exists the relay leaves the row unsent rather than losing it.
      this.db
        .prepare(`INSERT OR IGNORE INTO outbox (topic, job_id, payload, created_at) VALUES (?, ?, ?, ?)`)
        .run(REMBUG_CONFIRMED_TOPIC, `rembug-confirmed-${saved.id}`, JSON.stringify({ resultId: saved.id }), now);
      return saved;
    })();
  }

  /** LPMK: the confirmed result becomes superseded (kept) and a new draft version copies its list and attendance. */
  reopen(scope: RembugScope, cycleId: number, actor: string, now: number): { ok: true; id: number; version: number } | { ok: false; error: "not-confirmed" } {
    return this.db.transaction(() => {
      const cur = this.currentRow(scope, cycleId);
      if (!cur || cur.state !== "confirmed") return { ok: false as const, error: "not-confirmed" as const };
      const copy = this.load(cur).draft;
      this.db.prepare(`UPDATE rembug_results SET state = 'superseded', updated_at = ? WHERE id = ?`).run(now, cur.id);
      const saved = this.saveDraft(scope, cycleId, copy, actor, now);
      if (!saved.ok) throw new Error("reopened result still locked");
      return { ok: true as const, id: saved.id, version: cur.version + 1 };
    })();
  }

  /** An item raised at the meeting: an aspiration of its own (origin 'rembug', no resident), in the cycle. */
  raise(
    o: { ticket: string; category: Category; description: string; locationText: string | null; rw: number; rt: number; cycleId: number; channel: string; actor: string },
    now: number,
  ): void {
    const info = this.db
      .prepare(
        `INSERT INTO aspirations (ticket, resident_id, rw, rt, category, tridaya, description, location_text, status, channel, created_at, updated_at, cycle_id, origin)
         VALUES (?, NULL, ?, ?, ?, ?, ?, ?, 'diterima', ?, ?, ?, ?, 'rembug')`,
      )
      .run(o.ticket, o.rw, o.rt, o.category, tridayaOf(o.category), o.description, o.locationText, o.channel, now, now, o.cycleId);
    this.db
      .prepare(`INSERT INTO aspiration_status_history (aspiration_id, status, reason, actor, at) VALUES (?, 'diterima', 'rembug', ?, ?)`)
      .run(Number(info.lastInsertRowid), o.actor, now);
  }

  /** The open planning cycle (the cycles table belongs to the cycle module; read only here). */
  openCycle(): { id: number; name: string } | undefined {
    return this.db.prepare(`SELECT id, name FROM cycles WHERE closed_at IS NULL`).get() as { id: number; name: string } | undefined;
  }
}
