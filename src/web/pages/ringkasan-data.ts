/**
 * The numbers of the Ringkasan page, per RW in the user's scope: aspirations, clusters, supporters, rembug RT
 * confirmed out of the wilayah's RTs (in the open cycle), proposals per status (one per cluster, as the exports
 * count them), and the open cycle's progress. Grouped queries over indexes: no per-row work in JavaScript.
 */
import { ASPIRATION_STATUSES, type AspirationStatus, type Wilayah } from "../../core/domain.js";
import type { Db } from "../../store/db.js";
import { scopeWhere, type DashUser } from "../dashboard/user.js";

export interface RwSummary {
  rw: number;
  aspirations: number;
  clusters: number;
  supporters: number;
  rtConfirmed: number;
  rtTotal: number;
  proposals: number;
  byStatus: Record<AspirationStatus, number>;
}

export interface OpenCycle {
  id: number;
  name: string;
  openedAt: number;
  aspirations: number;
  rtConfirmed: number;
  rtTotal: number;
  rwConfirmed: number;
  rwTotal: number;
}

export interface Ringkasan {
  rws: RwSummary[];
  cycle: OpenCycle | null;
  total: RwSummary;
}

const emptyStatus = (): Record<AspirationStatus, number> => Object.fromEntries(ASPIRATION_STATUSES.map((s) => [s, 0])) as Record<AspirationStatus, number>;

export function ringkasanData(db: Db, wilayah: Wilayah, user: DashUser): Ringkasan {
  const rwList = user.allRws ? wilayah.rws : user.rws;
  const inScope = new Set(rwList);
  const by = new Map<number, RwSummary>(
    rwList.map((rw) => [rw, { rw, aspirations: 0, clusters: 0, supporters: 0, rtConfirmed: 0, rtTotal: wilayah.rtsOf(rw).length, proposals: 0, byStatus: emptyStatus() }]),
  );
  const get = (rw: number): RwSummary | undefined => (inScope.has(rw) ? by.get(rw) : undefined);
  const s = scopeWhere(user, "a");
  for (const r of db.prepare(`SELECT a.rw, COUNT(*) AS n FROM aspirations a WHERE ${s.sql} GROUP BY a.rw`).all(...s.params) as Array<{ rw: number; n: number }>) {
    const x = get(r.rw);
    if (x) x.aspirations = r.n;
  }
  for (const r of db.prepare(`SELECT rw, COUNT(*) AS n, SUM(supporters) AS sup FROM clusters GROUP BY rw`).all() as Array<{ rw: number; n: number; sup: number }>) {
    const x = get(r.rw);
    if (x) ((x.clusters = r.n), (x.supporters += r.sup ?? 0));
  }
  // One row per usulan (aspirations.proposal, migration 026); one outside any cluster has its one resident behind it.
  const proposals = db
    .prepare(
      `SELECT a.rw, a.status, COUNT(*) AS n, SUM(NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.aspiration_id = a.id)) AS single
         FROM aspirations a WHERE a.proposal = 1 AND ${s.sql} GROUP BY a.rw, a.status`,
    )
    .all(...s.params) as Array<{ rw: number; status: AspirationStatus; n: number; single: number }>;
  for (const r of proposals) {
    const x = get(r.rw);
    if (x) ((x.byStatus[r.status] = (x.byStatus[r.status] ?? 0) + r.n), (x.proposals += r.n), (x.supporters += r.single));
  }
  const open = db.prepare(`SELECT id, name, opened_at FROM cycles WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1`).get() as { id: number; name: string; opened_at: number } | undefined;
  const cycleKey = open?.id ?? 0;
  for (const r of db
    .prepare(`SELECT rw, COUNT(DISTINCT rt) AS n FROM rembug_results WHERE level = 'rt' AND state = 'confirmed' AND IFNULL(cycle_id, 0) = ? GROUP BY rw`)
    .all(cycleKey) as Array<{ rw: number; n: number }>) {
    const x = get(r.rw);
    if (x) x.rtConfirmed = r.n;
  }
  const rws = [...by.values()];
  const total: RwSummary = { rw: 0, aspirations: 0, clusters: 0, supporters: 0, rtConfirmed: 0, rtTotal: 0, proposals: 0, byStatus: emptyStatus() };
  for (const x of rws) {
    for (const k of ["aspirations", "clusters", "supporters", "rtConfirmed", "rtTotal", "proposals"] as const) total[k] += x[k];
    for (const st of ASPIRATION_STATUSES) total.byStatus[st] += x.byStatus[st];
  }
  let cycle: OpenCycle | null = null;
  if (open) {
    const inCycle = db.prepare(`SELECT COUNT(*) FROM aspirations a WHERE a.cycle_id = ? AND ${s.sql}`).pluck().get(open.id, ...s.params) as number;
    const rwDone = (
      db.prepare(`SELECT DISTINCT rw FROM rembug_results WHERE level = 'rw' AND state = 'confirmed' AND cycle_id = ?`).pluck().all(open.id) as number[]
    ).filter((rw) => inScope.has(rw)).length;
    cycle = { id: open.id, name: open.name, openedAt: open.opened_at, aspirations: inCycle, rtConfirmed: total.rtConfirmed, rtTotal: total.rtTotal, rwConfirmed: rwDone, rwTotal: rwList.length };
  }
  return { rws, cycle, total };
}
