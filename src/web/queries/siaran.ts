/**
 * Read functions for the dashboard's Siaran page (page 7) and the daftar hadir on Unduh (page 6): the broadcasts the
 * signed-in person may see (mayViewBroadcast, the same rule as /laporan), newest first and paged, each with its
 * delivery report from broadcastReport (per RW: delivery statuses and RSVP tallies; inclusion totals among Hadir).
 */
import { broadcastById, type BroadcastRow } from "../../broadcast/broadcast-repo.js";
import { broadcastReport, type DeliveryReport } from "../../broadcast/report.js";
import { mayViewBroadcast } from "../../broadcast/report-scope.js";
import type { Audience } from "../../broadcast/types.js";
import type { Db } from "../../store/db.js";
import type { DashUser } from "../dashboard/user.js";

export interface BroadcastListRow {
  broadcast: BroadcastRow;
  report: DeliveryReport | undefined;
}

const viewerOf = (u: DashUser) => ({ residentId: u.residentId, grants: u.grants, lpmk: u.isLpmk });

/** Whether `u` may see broadcast `b`'s report and daftar hadir. */
export function mayViewBroadcastAs(u: DashUser, b: Pick<BroadcastRow, "senderId" | "audience">): boolean {
  return mayViewBroadcast(viewerOf(u), b);
}

/** The delivery report of one broadcast, or undefined. */
export function reportOf(db: Db, id: number): DeliveryReport | undefined {
  return broadcastReport(db, id);
}

/** The broadcast, whether it exists and whether `u` may see it. */
export function broadcastFor(db: Db, u: DashUser, id: number): { broadcast: BroadcastRow | undefined; allowed: boolean } {
  const broadcast = Number.isInteger(id) && id > 0 ? broadcastById(db, id) : undefined;
  return { broadcast, allowed: !!broadcast && mayViewBroadcastAs(u, broadcast) };
}

/**
 * The ids of the broadcasts `u` may see, newest first. The LPMK see all (paged in SQL); for an RW head the audience
 * of each broadcast is checked here: a kelurahan sends a few broadcasts a week, and only id, sender and audience are read.
 */
function visibleIds(db: Db, u: DashUser, o: { kind?: "undangan"; limit: number; offset: number }): { ids: number[]; total: number } {
  const where = o.kind ? `WHERE kind = '${o.kind}'` : "";
  if (u.isLpmk) {
    const ids = db.prepare(`SELECT id FROM broadcasts ${where} ORDER BY id DESC LIMIT CAST(? AS INTEGER) OFFSET CAST(? AS INTEGER)`).pluck().all(o.limit, o.offset) as number[];
    return { ids, total: db.prepare(`SELECT COUNT(*) FROM broadcasts ${where}`).pluck().get() as number };
  }
  const all = db.prepare(`SELECT id, sender_resident_id AS senderId, audience FROM broadcasts ${where} ORDER BY id DESC`).all() as Array<{ id: number; senderId: number | null; audience: string }>;
  const ok = all.filter((r) => mayViewBroadcastAs(u, { senderId: r.senderId, audience: JSON.parse(r.audience) as Audience })).map((r) => r.id);
  return { ids: ok.slice(o.offset, o.offset + o.limit), total: ok.length };
}

/** Broadcasts `u` may see, newest first, with their reports; `total` for the pager. */
export function broadcastList(db: Db, u: DashUser, o: { limit: number; offset?: number }): { rows: BroadcastListRow[]; total: number } {
  const { ids, total } = visibleIds(db, u, { limit: o.limit, offset: o.offset ?? 0 });
  return { total, rows: ids.map((id) => ({ broadcast: broadcastById(db, id)!, report: broadcastReport(db, id) })) };
}

/** The newest undangan `u` may see (for their daftar hadir on the Unduh page). */
export function undanganInScope(db: Db, u: DashUser, limit: number): { rows: BroadcastRow[]; total: number } {
  const { ids, total } = visibleIds(db, u, { kind: "undangan", limit, offset: 0 });
  return { total, rows: ids.map((id) => broadcastById(db, id)!) };
}
