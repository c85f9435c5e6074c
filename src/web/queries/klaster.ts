/**
 * Read functions for the dashboard's Klaster page (page 4): clusters in the user's RW scope with their members, paged.
 * Rahasia aspirations are never clustered, so no cluster shows one. Pure queries.
 */
import type { Db } from "../../store/db.js";

export interface ClusterListRow {
  clusterId: number;
  representativeId: number;
  rw: number;
  category: string;
  ticket: string;
  description: string;
  status: string;
  members: number;
  supporters: number;
  /** Tickets of the other members, oldest first. */
  memberTickets: string[];
}

export interface ClusterListFilter {
  /** RWs the user may see; undefined = every RW. */
  rws?: readonly number[];
  /** Only this RW (must be within `rws`; the caller checks). */
  rw?: number;
  /** Only clusters with more than one aspiration. */
  multiOnly?: boolean;
  /** Only the cluster containing this ticket. */
  ticket?: string;
  limit: number;
  offset?: number;
}

export function clusterList(db: Db, f: ClusterListFilter): { rows: ClusterListRow[]; total: number } {
  const where: string[] = [];
  const args: Array<number | string> = [];
  if (f.rws) {
    where.push(f.rws.length ? `c.rw IN (${f.rws.map(() => "?").join(",")})` : "0");
    args.push(...f.rws);
  }
  if (f.rw !== undefined) {
    where.push("c.rw = ?");
    args.push(f.rw);
  }
  if (f.multiOnly) where.push("c.members > 1");
  if (f.ticket) {
    where.push(`c.id = (SELECT m.cluster_id FROM cluster_members m JOIN aspirations x ON x.id = m.aspiration_id WHERE x.ticket = ?)`);
    args.push(f.ticket);
  }
  const sqlWhere = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const rows = db
    .prepare(
      `SELECT c.id, c.representative_aspiration_id AS rep, c.rw, c.category, c.members, c.supporters, r.ticket, r.description, r.status
         FROM clusters c JOIN aspirations r ON r.id = c.representative_aspiration_id
         ${sqlWhere} ORDER BY c.rw, c.supporters DESC, c.id LIMIT CAST(? AS INTEGER) OFFSET CAST(? AS INTEGER)`,
    )
    .all(...args, f.limit, f.offset ?? 0) as Array<{ id: number; rep: number; rw: number; category: string; members: number; supporters: number; ticket: string; description: string; status: string }>;
  const total = db.prepare(`SELECT COUNT(*) FROM clusters c ${sqlWhere}`).pluck().get(...args) as number;
  const membersOf = db.prepare(
    `SELECT a.ticket FROM cluster_members m JOIN aspirations a ON a.id = m.aspiration_id JOIN clusters c ON c.id = m.cluster_id
      WHERE m.cluster_id = ? AND a.id <> c.representative_aspiration_id ORDER BY a.id`,
  );
  return {
    total,
    rows: rows.map((r) => ({
      clusterId: r.id,
      representativeId: r.rep,
      rw: r.rw,
      category: r.category,
      ticket: r.ticket,
      description: r.description,
      status: r.status,
      members: r.members,
      supporters: r.supporters,
      memberTickets: membersOf.pluck().all(r.id) as string[],
    })),
  };
}
