/**
 * Read functions for the dashboard's Siaran page (page 7): the broadcasts, newest first and paged, each with its
 * delivery report (per RW and channel) and RSVP tally. Uses BroadcastRepo.report for now; when bcast-b's
 * `broadcastReport(db, id)` lands in src/broadcast/, switch `reportOf` to it (one line).
 */
import { BroadcastRepo, type BroadcastReport, type BroadcastRow } from "../../broadcast/broadcast-repo.js";
import type { Store } from "../../store/index.js";

export interface BroadcastListRow {
  broadcast: BroadcastRow;
  report: BroadcastReport | undefined;
}

/** The delivery report of one broadcast, or undefined. */
export function reportOf(store: Store, id: number): BroadcastReport | undefined {
  return new BroadcastRepo(store).report(id);
}

/** Broadcasts, newest first, with their reports; `total` for the pager. */
export function broadcastList(store: Store, o: { limit: number; offset?: number }): { rows: BroadcastListRow[]; total: number } {
  const ids = store.db.prepare(`SELECT id FROM broadcasts ORDER BY id DESC LIMIT ? OFFSET ?`).pluck().all(o.limit, o.offset ?? 0) as number[];
  const total = store.db.prepare(`SELECT COUNT(*) FROM broadcasts`).pluck().get() as number;
  const repo = new BroadcastRepo(store);
  return { total, rows: ids.map((id) => ({ broadcast: repo.get(id)!, report: repo.report(id) })) };
}
